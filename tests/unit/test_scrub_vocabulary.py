"""The software vocabulary and labelled digests: package names and hashes stay, keys go."""

from __future__ import annotations

import pytest

from consentry.anonymize import vocabulary
from consentry.anonymize.scrub import scrub_message, scrub_stack

SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
COMMIT = "138f619c86f1199955d53b4166bef66ef252935c"


def test_dictionaries_are_installed_and_read() -> None:
    """The cspell lists are found above the package (a checkout or an extension's libs)."""
    assert vocabulary._dictionary_folders(), "npm ci installs @cspell/dict-* (package.json)"
    words = vocabulary._technical_words()
    assert {"httpx", "tiktoken", "lodash", "debounce", "typeof", "webview"} <= words
    assert all(w in vocabulary.words() for w in ("httpx", "lodash"))


def test_brands_that_are_census_names_are_left_out() -> None:
    """The tools list's brands that a census list holds as a name ('Bazel', 'Zipkin')
    are not taken in; the others are ('Pylance', 'Neovim', 'IntelliJ')."""
    words = vocabulary._technical_words()
    assert not {"bazel", "zipkin", "gitter"} & words
    assert {"pylance", "neovim", "intelli"} <= words
    text = "Pylance extension is not installed."
    assert scrub_message(text) == text


def test_software_tools_give_their_lower_case_commands() -> None:
    """The tools list's commands as typed are words."""
    words = vocabulary._technical_words()
    assert {"ripgrep", "systemctl", "collectd"} <= words


@pytest.mark.parametrize(
    "text",
    [
        "httpx.ReadTimeout: timed out",
        "Cannot find module 'lodash.debounce'",
        "Failed to load tiktoken encoding cl100k_base",
        "torch.cuda.OutOfMemoryError: CUDA out of memory.",
        '  File "<frozen importlib._bootstrap>", line 1204, in _gcd_import',
        f"SHA256 {SHA256_EMPTY}",
        f"Updated to 1.96.0 (commit {COMMIT})",
        f"checksum: {SHA256_EMPTY.upper()} ok",
        f"digest sha256:{SHA256_EMPTY}",
    ],
)
def test_software_text_stays(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    "text",
    [
        f"token {COMMIT}",  # a 40-hex value named as a token is a token
        "md5 5f4dcc3b5aa765d61d8327deb882cf99",  # md5 labels password hashes too
        f"sha256 {COMMIT}",  # wrong length for the algorithm
        f"commit {COMMIT[:20]}{COMMIT[20:].upper()}",  # mixed case: not a printed digest
        f"hash {SHA256_EMPTY}",  # "hash" labels password hashes too
    ],
)
def test_unlabelled_or_odd_hex_still_goes(text: str) -> None:
    hexes = text.split()[-1]
    assert hexes not in scrub_message(text)
    assert hexes not in scrub_stack(f"Error: {text}\n    at run (/opt/x/index.js:1:2)")


def test_a_name_in_a_package_shaped_chunk_still_goes() -> None:
    """Only dictionary words pass: a surname glued to a package name is still redacted."""
    out = scrub_message("Cannot find module 'lodash.kowalczykowski'")
    assert "kowalczykowski" not in out


def test_node_and_typescript_api_names_are_words() -> None:
    """Node's and TypeScript's API vocabulary: HTTP/2 frame names, `ctx`, nghttp2."""
    assert all(w in vocabulary.words() for w in ("ctx", "goaway", "altsvc", "nghttp", "altname"))
    assert scrub_message("num_ctx=8192 num_predict=256") == "num_ctx=8192 num_predict=256"


def test_contractions_and_own_module_names_are_words() -> None:
    words = vocabulary.words()
    assert all(w in words for w in ("shouldn", "hasn", "weren"))
    assert "outbox" in words  # consentry.delivery.outbox
    assert scrub_message("this shouldn't happen") == "this shouldn't happen"


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("retries", True),
        ("retried", True),
        ("Pagination", True),
        ("claude-haiku-4-5-20251001", True),
        ("claude-haiku-4-5-20251301", False),  # no 13th month: not a date
        ("v20251001", False),  # glued to letters: a document number's shape
        ("kowalczykies", False),
        ("Uncommitted", True),  # "un" and a known word of five letters or more
        ("unkowalczyk", False),
        ("unjani", False),  # "un" and a short word: a given name's shape
    ],
)
def test_respelt_inflections_and_date_stamps(name: str, known: bool) -> None:
    assert vocabulary.is_known_identifier(name) is known


def test_package_names_are_whole_entries() -> None:
    names = vocabulary.package_names()
    assert {"lodash", "node-fetch"} <= names
    assert all(name == name.lower() for name in names)


def test_neighbouring_words_of_a_documented_identifier_are_a_word_written_together() -> None:
    """``eventloop`` is ``get_event_loop``'s pair; words of three letters are not joined."""
    assert vocabulary._joined_pairs("get_event_loop") == {"eventloop"}
    assert vocabulary._joined_pairs("EventLoopPolicy") == {"eventloop", "looppolicy"}
    assert "eventloop" in vocabulary.words()
    text = "Exiting as there is no eventloop"
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    "name",
    # Two vocabulary words written together, but no identifier's neighbours: given names
    # and surnames ("abdelaziz") and first-name-surname logins ("cassandrawhite").
    ["abdelaziz", "cassandrawhite", "markmoore", "johnsmith", "blackstock", "kernelmoore"],
)
def test_names_of_two_words_written_together_still_go(name: str) -> None:
    assert scrub_message(f"Assigned to {name} yesterday") == "Assigned to <redacted> yesterday"


def test_the_model_registrys_field_names_are_words() -> None:
    """LiteLLM's model list names its fields ``litellm_provider``, ``max_input_tokens``:
    the proxy's own name is in the registry, and its errors quote its settings."""
    assert "litellm" in vocabulary.words()
    text = "redacted by litellm. 'litellm.turn_off_message_logging=True'"
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    "word",
    ["quantized", "quantizing", "subagent", "reauthenticate", "multimodal", "autostash"],
)
def test_verbs_of_ization_nouns_and_prefixed_words_are_words(word: str) -> None:
    """ "quantized" of "quantization"; "re-", "sub-", "multi-", "auto-" onto a word of five
    letters or more. 8 of some 150,000 given names and surnames (faker's and
    gender-guesser's) come in this way, none of the census's, which are excluded."""
    assert scrub_message(f"the {word} step failed") == f"the {word} step failed"


@pytest.mark.parametrize("name", ["Redpath", "Prewitt", "Reinert"])
def test_census_names_that_look_prefixed_are_not_words(name: str) -> None:
    assert name.lower() not in vocabulary.words()
    assert not vocabulary.is_known_identifier(name.lower())


@pytest.mark.parametrize("word", ["Jérémy", "Þórðarson", "Åhlén", "Größe", "naïve"])
def test_a_word_with_a_letter_outside_ascii_is_judged_whole(word: str) -> None:
    # Its ASCII runs are fragments or an English word ("J", "r", "my"; "arson").
    assert not vocabulary.is_known_identifier(word)
    assert word not in scrub_message(f"opened by {word} today")


def test_micro_units_stay_after_normalising() -> None:
    # NFKC makes the micro sign a Greek mu: both spell the unit.
    assert scrub_message("took 5µs, then 3 µs") == "took 5µs, then 3 µs"
