"""Rules added for leaks an independent adversarial run found: units after numbers,
quoted prose holding placeholders, labelled prompts, private namespaces and code-host
paths in free text, branch names, and identifier fields of names."""

from __future__ import annotations

import pytest

from consentry.anonymize.catalog import Accepted, validate
from consentry.anonymize.free_text import allow_list
from consentry.anonymize.identifiers import model_id
from consentry.anonymize.scrub import scrub_message
from consentry.anonymize.secrets import redact_assignments


def test_numbers_keep_real_units() -> None:
    text = (
        "took 30000ms, 8k tokens, 70B, 1.5GiB, 512MiB, 100Mbps, 2.4GHz, 3x, 5xx, 1st, 12px,"
        " 50%, 30s, 1e6, 404s, 4096KB, 16kHz, 120fps, code 0xAB"
    )
    assert allow_list(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "PPS number 1234567TA",  # an Irish PPS number: seven digits and check letters
        "member id 4471920AB",
        "ref 1234567T",  # one letter after a long number is a check character, not tera
    ],
)
def test_a_number_with_letters_that_are_no_unit_goes(text: str) -> None:
    out = allow_list(text)
    assert text.split()[-1] not in out


def test_quoted_prose_is_text_even_around_a_placeholder() -> None:
    text = "prompt too long: 'Write an email to Ms. Okonkwo telling her the contract is off'"
    assert scrub_message(text) == "prompt too long: '<text>'"
    # A type expression is still no prose.
    kept = "type 'Promise<string> | undefined' is not assignable"
    assert scrub_message(kept) == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "at parse (ContextWindowExceeded for prompt: Refactor the payroll module so that)",
            "at parse (ContextWindowExceeded for prompt: <text>)",
        ),
        (
            "truncated: user said: my daughter has a cold, adjust the planner",
            "truncated: user said: <text>",
        ),
        ("(Prompt: Translate the termination letter into German)", "(Prompt: <text>)"),
        (
            "content filter triggered on: how do I get her new address",
            "content filter triggered on: <text>",
        ),
        ("search query: cheap flights to see my sister", "search query: <text>"),
    ],
)
def test_a_labelled_prompt_is_text(text: str, expected: str) -> None:
    assert scrub_message(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Invalid input: expected string, received number",
        "Invalid prompt: must be a string or array of strings",
        "Request textDocument/inlineCompletion failed with message: Cancelled",
    ],
)
def test_an_error_about_a_prompt_is_no_prompt(text: str) -> None:
    assert scrub_message(text) == text


def test_quotes_glued_to_a_placeholder_are_apostrophes_on_every_pass() -> None:
    once = scrub_message("\x1b0` sk-2yW4Acq9GFz6Y1t9EwL56nGisiWgNZq6 Error 0`")
    assert scrub_message(once) == once


@pytest.mark.parametrize(
    "text",
    [
        "ollama: model 'ravi-private/codellama-acme-internal:13b' not found",
        "ollama: model ravi-private/codellama-acme-internal:13b not found",
        "loading someone-else/llama-3-8b-finetune failed",
    ],
)
def test_a_model_behind_a_private_namespace_goes(text: str) -> None:
    assert "private" not in scrub_message(text) and "someone" not in scrub_message(text)


def test_models_behind_public_namespaces_stay() -> None:
    text = "model ollama/llama3:8b, meta-llama/Llama-3.1-8B-Instruct, openrouter/gpt-4o"
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("branch feature/JIRA-4821-remove-audit-trail diverged", "branch <redacted> diverged"),
        ("checked out hotfix/ceo-bonus", "checked out <redacted>"),
        ("error: branch 'fix-login-for-ceo' not found", "error: branch '<redacted>' not found"),
        (
            "repo github.com/acme-internal/fraud-detection-v2 gone",
            "repo github.com/<redacted>/<redacted> gone",
        ),
        ("api.github.com/repos/acme/x 404", "api.github.com/repos/<redacted>/<redacted> 404"),
    ],
)
def test_branches_and_repositories_go(text: str, expected: str) -> None:
    assert allow_list(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "branch protection rule",
        "Your branch is up to date with origin/main.",
        "fatal: invalid reference: release/2.0",
        "branch v2.1 is 2 ahead",
        "open github.com/login/device and enter the code",
    ],
)
def test_default_branches_versions_and_host_pages_stay(text: str) -> None:
    assert allow_list(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Your branch is up to date with 'origin/main'.",
        "Your branch is behind 'upstream/develop' by 3 commits.",
        "fatal: could not find remote ref 'refs/heads/main'",
        "error: branch 'release/1.4' not found.",
        "could not read 'tags/v1.2.0'",
    ],
)
def test_quoted_default_refs_stay(text: str) -> None:
    # Only default names and versions: no folder on a disk, no one's chosen name.
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Your branch is up to date with 'origin/acme-merger'.", "'<path>'"),
        ("cannot open 'release/notes.txt'", "'<path>'"),
        ("cannot open 'main/payroll'", "'<path>'"),
        ("error: pathspec 'feature/inline-chat' did not match", "'<path>'"),
    ],
)
def test_quoted_refs_with_chosen_names_go(text: str, expected: str) -> None:
    assert expected in scrub_message(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cannot activate the 'GitHub Copilot Chat' extension because its dependency "
        "'GitHub Copilot' failed to activate",
        "Extension 'Jupyter Keymap Tools' failed to activate",
    ],
)
def test_an_extension_name_quoted_by_vs_code_is_judged_word_by_word(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # Not capitalised as a marketplace name, or longer than one.
        "'ask my lawyer about it' extension",
        "Extension 'Please summarize my divorce papers for the judge' failed",
        # Not next to the word.
        "Cannot find 'GitHub Copilot Chat' anywhere",
    ],
)
def test_other_quoted_runs_near_extension_are_text(text: str) -> None:
    assert "'<text>'" in scrub_message(text)


def _suggestion(**fields: str) -> dict[str, object]:
    return {
        "event": "suggestion_outcome",
        "properties": {"outcome": "accepted", "model": "gpt-4o", **fields},
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("provider", "anthropic"),
        ("provider", "azure_openai"),
        ("languageId", "typescriptreact"),
        ("languageId", "jsonc"),
    ],
)
def test_identifier_fields_keep_known_names(field: str, value: str) -> None:
    result = validate(_suggestion(**{field: value}))
    assert isinstance(result, Accepted) and result.properties[field] == value


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("provider", "wieslawa.domanska"),
        ("provider", "jkowalski"),
        ("languageId", "hsilva"),
        ("languageId", "Okonkwo.Adeyemi"),
    ],
)
def test_identifier_fields_refuse_personal_names(field: str, value: str) -> None:
    result = validate(_suggestion(**{field: value}))
    assert isinstance(result, Accepted) and result.properties[field] == "<redacted>"


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("ECONNREFUSED", True),
        ("RateLimitError", True),
        ("editor.action.inlineSuggest.commit", True),
        ("github.copilot.generate", True),
        ("typescriptreact", True),
        ("Okonkwo.Adeyemi", False),
        ("jkowalski", False),
    ],
)
def test_error_types_and_commands_keep_names_only(value: str, kept: bool) -> None:
    result = validate({"event": "error", "properties": {"errorType": value, "component": value}})
    assert isinstance(result, Accepted)
    assert (result.properties["errorType"] == value) is kept
    assert (result.properties["component"] == value) is kept


def test_a_software_name_before_a_version_is_judged_alike_on_every_pass() -> None:
    once = scrub_message("x" * 500 + " Error https://,failedfailed- 111110.0.0")
    assert scrub_message(once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RUT 8.357.016-4 not found", "RUT <id> not found"),
        ("version 1.100.200-3 installed", "version 1.100.200-3 installed"),
        ("RUT 8.357.016-5 invalid", "RUT 8.357.016-5 invalid"),
        ("my password is lighthouse-otter887", "my password is <secret>"),
        ("password is 8 characters long", "password is 8 characters long"),
        ("Your password is incorrect", "Your password is incorrect"),
    ],
)
def test_chilean_rut_and_stated_passwords(text: str, expected: str) -> None:
    # A RUT's check digit is modulo 11; "password is P" states a password, "is 8" a length.
    assert scrub_message(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # htpasswd(1): -b takes the password on the command line, after FILE and USER
        # (after USER alone with -n); -C takes a value of its own.
        (
            "htpasswd -b site.htpasswd admin dragonfly77",
            "htpasswd -b site.htpasswd admin <secret>",
        ),
        ("htpasswd -bc site.htpasswd ana meadow", "htpasswd -bc site.htpasswd ana <secret>"),
        ("htpasswd -nb ana tulip42", "htpasswd -nb ana <secret>"),
        (
            "htpasswd -B -C 10 -b u.htpasswd ana meadow",
            "htpasswd -B -C 10 -b u.htpasswd ana <secret>",
        ),
        ("htpasswd -c site.htpasswd admin", "htpasswd -c site.htpasswd admin"),
        ("htpasswd -b site.htpasswd admin $PASS", "htpasswd -b site.htpasswd admin $PASS"),
        # net user NAME PASSWORD, net use \\HOST\SHARE PASSWORD /user:NAME; "*" prompts.
        ("net user ana Summer2024 /add", "net user ana <secret> /add"),
        ("NET USER Administrator meadow", "NET USER Administrator <secret>"),
        ("net user ana * /add", "net user ana * /add"),
        ("net user ana /delete", "net user ana /delete"),
        # mysqladmin's password command, .netrc, a username configuration line.
        ("mysqladmin -u root password meadow", "mysqladmin -u root password <secret>"),
        ("machine h login ana password tulip", "machine h login ana password <secret>"),
        ("user ana password sunshine", "user ana password <secret>"),
        (
            "username ana privilege 15 password 0 tulip",
            "username ana privilege 15 password 0 <secret>",
        ),
        ("User cancelled the password prompt", "User cancelled the password prompt"),
        # login NAME / PASSWORD.
        ("login admin / hunter2", "login admin / <secret>"),
        ("Login: root / toor", "Login: root / <secret>"),
        ("Login failed / timed out", "Login failed / timed out"),
        # A password echoed into a command reading it on stdin.
        ("echo 'ana:tulip42' | chpasswd", "echo '<secret>' | chpasswd"),
        ("echo hunter2 | passwd --stdin ana", "echo <secret> | passwd --stdin ana"),
        ("echo hunter2 | sudo -S apt-get update", "echo <secret> | sudo -S apt-get update"),
        (
            "echo meadow | docker login -u me --password-stdin",
            "echo <secret> | docker login -u me --password-stdin",
        ),
        (
            "echo $TOKEN | docker login --password-stdin",
            "echo $TOKEN | docker login --password-stdin",
        ),
        ("chpasswd <<< 'ana:tulip'", "chpasswd <<< '<secret>'"),
        ("echo hello | grep h", "echo hello | grep h"),
    ],
)
def test_passwords_in_command_grammars(text: str, expected: str) -> None:
    # The detectors alone: whether the command's name is a known word is the word pass's.
    assert redact_assignments(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<|im_start|>user\nWrite to my landlord<|im_end|>", "<|im_start|>user\n<text><|im_end|>"),
        (
            "<|im_start|>system You are a bot<|im_end|><|im_start|>user hi",
            "<|im_start|>system <text><|im_end|><|im_start|>user <text>",
        ),
        ("<|user|>\nwhat is the weather</s>", "<|user|>\n<text></s>"),
        ("<|system|>be brief<|end|>", "<|system|><text><|end|>"),
        (
            "<s>[INST] <<SYS>>\nYou help\n<</SYS>>\n\nSummarise the memo [/INST] Sure",
            "<s>[INST] <<SYS>>\n<text>\n<</SYS>>\n\n<text> [/INST] <text>",
        ),
        (
            "<start_of_turn>user\nexplain it<end_of_turn>",
            "<start_of_turn>user\n<text><end_of_turn>",
        ),
        (
            "<|start_header_id|>user<|end_header_id|>\n\nhello there<|eot_id|>",
            "<|start_header_id|>user<|end_header_id|>\n\n<text><|eot_id|>",
        ),
        (
            "### Instruction:\nRewrite the contract\n\n### Response:",
            "### Instruction:\n<text>\n\n### Response:",
        ),
        ("<s> write about cats", "<s> <text>"),
        (
            "\n\nHuman: write a letter to my landlord\n\nAssistant:",
            "\n\nHuman: <text>\n\nAssistant:",
        ),
        ("System: You are a helpful bot\nUser: write my essay", "System: <text>\nUser: <text>"),
    ],
)
def test_text_after_a_chat_template_marker_is_a_prompt(text: str, expected: str) -> None:
    assert allow_list(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Error: invalid token <s> at position 3",  # a token named, not a turn
        "token </s> not allowed in input",  # after a closing marker: the error goes on
        "User: cancelled",
        "System: out of memory",  # a single role line is a log line, not a transcript
        "Human: hi",  # two words: judged word by word
    ],
)
def test_markers_named_in_errors_and_single_role_lines_stay(text: str) -> None:
    assert allow_list(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("geo 48.85837, 2.294481 ok", "geo <location> ok"),
        ("at -33.8688,151.2093", "at <location>"),
        ("lat=48.8583 lon=2.2944", "lat=<location> lon=<location>"),
        ("latitude: 51.5007, longitude: -0.1246", "latitude: <location>, longitude: <location>"),
        ('{"lat": 51.5007, "lng": -0.1246}', '{"lat": <location>, "lng": <location>}'),
        # Out of range, fractions below one, part of a vector, too few decimals: numbers.
        ("at 95.12345, 2.2345", "at 95.12345, 2.2345"),
        ("logprobs [-0.1234, -0.5678]", "logprobs [-0.1234, -0.5678]"),
        ("embedding [1.2345, 2.3456, 3.4567]", "embedding [1.2345, 2.3456, 3.4567]"),
        ("ratio 1.25, 2.5", "ratio 1.25, 2.5"),
    ],
)
def test_decimal_coordinates_are_a_location(text: str, expected: str) -> None:
    assert scrub_message(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("office SW1A 1AA London", "office <location> London"),
        ("EC1A 1BB", "<location>"),
        ("ship to W1A 0AX", "ship to <location>"),
        ("DN55 1PT", "<location>"),
        ("GIR 0AA", "<location>"),
        # Q is never an outward code's first letter, C never an inward code's letter.
        ("QA1 1AA", "QA1 1AA"),
        ("M1 1CA", "M1 1CA"),
        ("H264 2AB", "H264 2AB"),
        ("zip 94103-1234", "zip <id>"),  # ZIP+4: grouped digits
    ],
)
def test_uk_postcodes_are_a_location(text: str, expected: str) -> None:
    assert scrub_message(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("use `x = compute(a, b)` here", "use `<code>` here"),
        ("run `const limit = 42`", "run `<code>`"),
        ("`user.password == input` failed", "`<code>` failed"),
        ("`if (a && b) { go() }`", "`<code>`"),
        ("`df.groupby('name').sum()`", "`<code>`"),
        ("`return total * 2`", "`<code>`"),
        ('`print("hello")`', "`<code>`"),
        ("fenced:\n```py\nx = load(user)\nprint(x)\n```\ndone", "fenced:\n<code>\ndone"),
    ],
)
def test_code_in_backticks_is_code(text: str, expected: str) -> None:
    assert allow_list(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "use `--force`",
        "run `npm install` first",
        "set `maxTokens`",
        "`token=False` is ignored",  # an assignment without blanks: a setting
        "call `.has_next_page()` first",
        "`range(128)` is out of bounds",  # literal arguments
        "Try `pip install numpy`.",
        "special tokens `[CLS], [SEP]`",
    ],
)
def test_words_options_and_commands_in_backticks_are_judged_as_words(text: str) -> None:
    assert allow_list(text) == text


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("starcoder2:15b", True),  # "star" and "coder" written together, Ollama's name:tag
        ("codegemma:7b", True),
        ("starcoder2:15b-instruct-q4_K_M", True),
        ("star-coder2:15b", True),  # the same words joined by a dash passed before
        ("kowalczyk:7b", False),  # a name outside the vocabulary
        ("someone/starcoder2:15b", False),  # a namespace the registry does not name
        ("starcoder2", False),  # no tag: not Ollama's form, judged as before
        ("x7gq2blpz:1b", False),
    ],
)
def test_ollama_names_of_words_written_together(value: str, kept: bool) -> None:
    assert (model_id(value) == value) is kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("smbclient //fs/share -U ana%meadow", "smbclient //fs/share -U ana%<secret>"),
        ("xfreerdp /v:host /u:ana /p:meadow", "xfreerdp /v:host /u:ana /p:<secret>"),
        ("sqlcmd -S db -U sa -P meadow", "sqlcmd -S db -U sa -P <secret>"),
        (
            "ipmitool -H h -U admin -P meadow chassis status",
            "ipmitool -H h -U admin -P <secret> chassis status",
        ),
        ("rdesktop -u ana -p meadow host", "rdesktop -u ana -p <secret> host"),
        ("PsExec.exe -u ana -p meadow cmd", "PsExec.exe -u ana -p <secret> cmd"),
        (
            "schtasks /create /tn x /ru ana /RP meadow",
            "schtasks /create /tn x /ru ana /RP <secret>",
        ),
        ("sc config svc obj= ana password= meadow", "sc config svc obj= ana password= <secret>"),
        ("mosquitto_pub -u ana -P meadow -t t", "mosquitto_pub -u ana -P <secret> -t t"),
        ("az login -u ana -p meadow", "az login -u ana -p <secret>"),
        ("ldappasswd -x -w meadow -s tulip uid=b", "ldappasswd -x -w <secret> -s <secret> uid=b"),
        (
            "keytool -genkey -storepass meadow -keypass tulip",
            "keytool -genkey -storepass <secret> -keypass <secret>",
        ),
        (
            "nmcli device wifi connect HomeNet password meadow",
            "nmcli device wifi connect HomeNet password <secret>",
        ),
        ("wpa_passphrase HomeNet meadow > wpa.conf", "wpa_passphrase HomeNet <secret> > wpa.conf"),
        ("127.0.0.1:6379> AUTH ana meadow", "127.0.0.1:6379> AUTH ana <secret>"),
        ("redis-cli -h h AUTH meadow", "redis-cli -h h AUTH <secret>"),
        ("vault login s.meadowtoken", "vault login <secret>"),
        # Prose and errors that name the commands.
        ("AUTH failed", "AUTH failed"),
        (
            "ERR AUTH <password> called without any password configured",
            "ERR AUTH <password> called without any password configured",
        ),
        ("vault login failed", "vault login failed"),
        ("wpa_passphrase failed with code 1", "wpa_passphrase failed with code 1"),
        ("use -U 50%", "use -U 50%"),
        ("bypass=true", "bypass=true"),
    ],
)
def test_passwords_of_more_documented_command_grammars(text: str, expected: str) -> None:
    assert redact_assignments(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "<|START_OF_TURN_TOKEN|><|USER_TOKEN|>write my will<|END_OF_TURN_TOKEN|>",
            "<|START_OF_TURN_TOKEN|><|USER_TOKEN|><text><|END_OF_TURN_TOKEN|>",
        ),
        (
            "<|start_of_role|>user<|end_of_role|>draft the memo<|end_of_text|>",
            "<|start_of_role|>user<|end_of_role|><text><|end_of_text|>",
        ),
        (
            "<|start|>assistant<|channel|>final<|message|>Sure thing<|return|>",
            "<|start|>assistant<|channel|>final<|message|><text><|return|>",
        ),
    ],
)
def test_more_chat_templates(text: str, expected: str) -> None:
    assert allow_list(text) == expected


def test_full_width_bars_of_a_chat_template_are_made_plain_first() -> None:
    # DeepSeek's template writes its bars full-width (U+FF5C); NFKC makes them plain first.
    out = scrub_message("<\uff5cUser\uff5c>hello there friend<\uff5cAssistant\uff5c>")
    assert out == "<|User|><text><|Assistant|>"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 48\u00b051\u203229.6\u2033N 2\u00b017\u203240.2\u2033E now", "at <location> now"),
        ("at 48\u00b051'29\"N, 2\u00b017'40\"E", "at <location>"),
        ("40\u00b0 26.767' N 79\u00b0 58.933' W", "<location>"),
        ("48.8584\u00b0 N, 2.2945\u00b0 E", "<location>"),
    ],
)
def test_degrees_and_minutes_with_hemispheres_are_a_location(text: str, expected: str) -> None:
    assert scrub_message(text) == expected


def test_whole_degrees_are_no_location() -> None:
    # A hundred kilometres wide, and "90\u00b0" is an angle as often: the word pass judges.
    assert "<location>" not in scrub_message("rotate 90\u00b0 N times, at 48\u00b0 N, 2\u00b0 E")


@pytest.mark.parametrize(
    "text",
    [
        "username ana privilege 15 password 0 tulip",
        "fenced:\n```py\nx = load(user)\n```\ndone",
        "<|im_start|>user\nWrite to my landlord<|im_end|>",
        "use `x = compute(a, b)` here",
        "geo 48.85837, 2.294481 and SW1A 1AA",
        "echo 'ana:tulip42' | chpasswd",
        "htpasswd -nb ana tulip42",
    ],
)
def test_the_new_rules_are_idempotent(text: str) -> None:
    once = scrub_message(text)
    assert scrub_message(once) == once
