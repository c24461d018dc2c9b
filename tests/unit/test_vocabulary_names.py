"""Words the vocabulary takes from documented names, and the person names it must not."""

from __future__ import annotations

import pytest

from consentry.anonymize import vocabulary
from consentry.anonymize.scrub import scrub_message


def test_parameters_are_read_from_code_objects_and_text_signatures() -> None:
    """A Python function's parameters come from its code, a builtin's from its signature."""

    def connect(host: str, *, server_hostname: str | None = None) -> None:
        del host, server_hostname

    assert vocabulary._parameters(connect) == ["host", "server_hostname"]
    assert vocabulary._parameters(len) == ["obj"]
    assert vocabulary._parameters(object()) == []


def test_standard_modules_parameter_names_are_words() -> None:
    """ssl's and zlib's parameters, whole and split, of four letters or more."""
    names = vocabulary._parameter_names()
    assert {"cadata", "cafile", "wbits", "closefd", "keepends", "hostname"} <= names
    assert all(len(word) >= vocabulary.MIN_PARAMETER_WORD for word in names)
    assert all(w in vocabulary.words() for w in ("cadata", "wbits"))


@pytest.mark.parametrize(
    "text",
    [
        "ssl.SSLError: no start line: cadata does not contain a certificate (_ssl.c:4020)",
        "Compress level must between 9 and 15, zlib does not support wbits=8",
    ],
)
def test_a_message_naming_a_parameter_stays(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize("name", ["Chal", "kowalczyk", "Abdelaziz", "Zbigniew"])
def test_names_are_not_parameters(name: str) -> None:
    """urllib.request's 'chal' is not read: it is also a given name."""
    assert name.lower() not in vocabulary._parameter_names()
    assert scrub_message(f"Assigned to {name} yesterday") == "Assigned to <redacted> yesterday"


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("verifier", True),
        ("Verifiers", True),
        ("notifier", True),
        # A plain "-ier" after a "-y" word is a surname as often ("forty", "potty").
        ("Fortier", False),
        ("pottier", False),
    ],
)
def test_agent_nouns_of_ify_verbs_are_words(word: str, known: bool) -> None:
    assert vocabulary.is_known_identifier(word) is known


def test_a_module_the_interpreter_lacks_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Python built without lzma or ssl still loads the rest."""
    monkeypatch.setattr(vocabulary, "PARAMETER_MODULES", ("no_such_module_here", "zlib"))
    assert "wbits" in vocabulary._parameter_names()
