"""The free-text scrubber: leaks go, useful words stay, output is bounded."""

from __future__ import annotations

import dataclasses
import re
import timeit
from urllib.parse import unquote

import pytest

from consentry.anonymize import scrub
from consentry.anonymize.scrub import (
    DEFAULT_SCRUBBER,
    MAX_MESSAGE_CHARS,
    MAX_STACK_CHARS,
    REDACTED,
    Rule,
    Scrubber,
    scrub_message,
    scrub_stack,
)
from tests.corpus.benign import benign_samples, over_redaction_rate
from tests.corpus.leaks import LeakSample, leak_samples, leak_stacks, luhn_check_digit


def _ids(samples: list[LeakSample]) -> list[object]:
    seen: dict[str, int] = {}
    params: list[object] = []
    for sample in samples:
        seen[sample.category] = seen.get(sample.category, 0) + 1
        params.append(pytest.param(sample, id=f"{sample.category}-{seen[sample.category]}"))
    return params


def _assert_gone(secret: str, output: str) -> None:
    """The secret is absent, also once the output is lower-cased and percent-decoded."""
    views = {output, output.lower(), unquote(output), unquote(output).lower()}
    for view in views:
        assert secret.lower() not in view.lower(), f"{secret!r} survived in {output!r}"


# ---------------------------------------------------------------------------------------
# Leaks


def test_corpus_covers_enough_samples() -> None:
    samples = leak_samples()
    assert len(samples) >= 60
    assert len({s.category for s in samples}) >= 40
    assert len(leak_stacks()) >= 8


@pytest.mark.parametrize("sample", _ids(leak_samples()))
def test_leak_does_not_survive_message_scrubbing(sample: LeakSample) -> None:
    _assert_gone(sample.secret, scrub_message(sample.text))


@pytest.mark.parametrize("sample", _ids(leak_samples()))
def test_leak_does_not_survive_stack_scrubbing(sample: LeakSample) -> None:
    _assert_gone(sample.secret, scrub_stack(sample.text))


@pytest.mark.parametrize("sample", _ids(leak_stacks()))
def test_stack_leak_does_not_survive(sample: LeakSample) -> None:
    _assert_gone(sample.secret, scrub_stack(sample.text))


@pytest.mark.parametrize("sample", _ids(leak_samples() + leak_stacks()))
def test_scrubbing_leaks_is_idempotent(sample: LeakSample) -> None:
    once = scrub_message(sample.text)
    assert scrub_message(once) == once
    once_stack = scrub_stack(sample.text)
    assert scrub_stack(once_stack) == once_stack


# ---------------------------------------------------------------------------------------
# Benign text


# What the allow-list is known to change in this corpus, and why: tool and package names
# outside the vocabulary (no maintained list of them ships in a package), long digit
# and hex runs (ids, hashes, timestamps in ms), and code-shaped quotes.
ALLOW_LIST_COSTS = frozenset(
    {
        "httpx.ReadTimeout: timed out",
        "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB",
        "Failed to load tiktoken encoding cl100k_base",
        "num_ctx=8192 num_predict=256",
        "Order 1234567812345678 failed",
        "request id 123e4567-e89b-12d3-a456-426614174000",
        "Property 'foo' does not exist on type 'Window & typeof globalThis'.",
        "SHA256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "Debug adapter process has terminated unexpectedly (exit code: 3221225477)",
        "Cannot find module 'lodash.debounce'",
        "    at ChatPanel.render (webview.js:1:2048)",
        '  File "<frozen importlib._bootstrap>", line 1204, in _gcd_import',
        "1718035200000",
        "outbox holds 10000 events (180 MB)",
        "Updated to 1.96.0 (commit 138f619c86f1199955d53b4166bef66ef252935c)",
    }
)


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=t[:40]) for t in benign_samples() if t not in ALLOW_LIST_COSTS]
)
def test_benign_text_is_unchanged(text: str) -> None:
    assert scrub_message(text) == text


def test_benign_corpus_is_large_enough() -> None:
    assert len(benign_samples()) >= 120


def test_over_redaction_rate_is_low() -> None:
    rate = over_redaction_rate(DEFAULT_SCRUBBER)
    print(f"over-redaction rate: {rate:.1%} of {len(benign_samples())} benign samples")
    assert rate <= 0.08


@pytest.mark.parametrize(
    ("text", "survivor"),
    [
        pytest.param("connect ECONNREFUSED 10.1.2.3:443", "connect ECONNREFUSED ", id="errno"),
        pytest.param(
            "Request failed with status code 429 for ana@example.org",
            "Request failed with status code 429 for ",
            id="status",
        ),
        pytest.param(
            "Cannot read properties of undefined (reading 'foo') in /home/ana/x.js",
            "Cannot read properties of undefined (reading 'foo') in ",
            id="property",
        ),
        pytest.param(
            "Rate limit exceeded for model gpt-4o, key " + "sk-" + "a1B2" * 8,
            "Rate limit exceeded for model gpt-4o, key ",
            id="rate-limit",
        ),
        pytest.param(
            "ENOENT: no such file or directory, open 'C:\\Users\\ana\\p\\settings.json'",
            "settings.json",
            id="base-name",
        ),
        pytest.param(
            "POST https://api.openai.com/v1/chat/completions?key=abc123 failed",
            "https://api.openai.com/v1/chat/completions?key=",
            id="api-url",
        ),
    ],
)
def test_useful_words_survive(text: str, survivor: str) -> None:
    out = scrub_message(text)
    assert survivor in out
    assert out != text


# ---------------------------------------------------------------------------------------
# Exact outputs

KEY = "sk-" + "proj-" + "Q" * 8 + "1234567890" * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Failed to read C:\\Users\\alice\\proj\\settings.json: ENOENT",
            "Failed to read <path>\\settings.json: ENOENT",
            id="windows-path",
        ),
        pytest.param(
            "open '/Users/bob/Library/Application Support/Code/User/settings.json'",
            "open '<path>/settings.json'",
            id="macos-path-with-space",
        ),
        pytest.param(
            "Working directory /home/carol does not exist",
            "Working directory <path> does not exist",
            id="bare-home",
        ),
        pytest.param(
            "Unable to open 'file:///c%3A/Users/dave/x.ts'",
            "Unable to open '<path>/x.ts'",
            id="encoded-file-uri",
        ),
        pytest.param(
            "vscode-remote://ssh-remote%2Bmyhost/home/erin/x.py not found",
            "<path>/x.py not found",
            id="vscode-remote",
        ),
        pytest.param(
            "Owner frank of /home/frank/x.db", "Owner <user> of <path>/x.db", id="user-echo"
        ),
        pytest.param(
            f"Incorrect API key provided: {KEY}.", "Incorrect API key provided: <secret>.", id="key"
        ),
        pytest.param(
            "connect postgres://app:" + "hunter2" + "@db.corp.acme.internal:5432/app?sslmode=on",
            # "sslmode" is a software term (cspell's dictionaries); the value still goes, and
            # the database name under an unknown host.
            "connect postgres://<secret>@<host>:5432/<path>?sslmode=",
            id="connection-string",
        ),
        pytest.param(
            "See https://docs.python.org/3/library/json.html#json.dumps.",
            "See https://docs.python.org/3/library/json.html#json.dumps.",
            id="docs-url",
        ),
        pytest.param(
            "clone https://github.com/acme/secret-repo.git failed",
            "clone https://github.com/<path> failed",
            id="code-host",
        ),
        pytest.param(
            "request to 10.0.0.5:8080 and [fe80::1ff:fe23:4567:890a]:443 from 127.0.0.1",
            "request to <ip>:8080 and [<ip>]:443 from 127.0.0.1",
            id="ips",
        ),
        pytest.param("adapter 00:1A:2B:3C:4D:5E down", "adapter <mac> down", id="mac"),
        pytest.param(
            "host build-server-07.corp.acme.internal and alice-mac.local via github.com",
            "host <host> and <host> via github.com",
            id="hosts",
        ),
        pytest.param(
            'password=hunter2 {"api_key": "abc"} token=ab12cd34ef key: model',
            'password=<secret> {"api_key": "<secret>"} token=<secret> key: model',
            id="assignments",
        ),
        pytest.param(
            "Password authentication failed for user 'gina'",
            "Password authentication failed for user '<user>'",
            id="user-quoted",
        ),
        pytest.param(
            "Access denied for user 'root'@'localhost' (using password: YES); password: no",
            "Access denied for user 'root'@'localhost' (using password: YES); password: no",
            id="role-account-and-boolean-kept",
        ),
        pytest.param(
            "botocore.exceptions.NoCredentialsError: Unable to locate credentials;"
            " PasswordError: too short; db.password: hunter2",
            "botocore.exceptions.NoCredentialsError: Unable to locate credentials;"
            " PasswordError: too short; db.password: <secret>",
            id="exception-class-is-no-key",
        ),
        pytest.param(
            "npm ERR! code ENOTFOUND npm ERR! errno ENOTFOUND\nnpm ERR! syscall",
            "npm ERR! code ENOTFOUND npm ERR! errno ENOTFOUND\nnpm ERR! syscall",
            id="npm-log-is-no-host",
        ),
        pytest.param(
            'FATAL: role "kevin" does not exist; su: user priya does not exist;'
            " id: 'omar': no such user; Invalid user lee9 from 203.0.113.5",
            'FATAL: role "<user>" does not exist; su: user <user> does not exist;'
            " id: '<user>': no such user; Invalid user <user> from <ip>",
            id="account-slots",
        ),
        pytest.param(
            "Permission to acme-corp/payroll.git denied to kevin."
            " Logged in to github.com as kev-1 (keyring)."
            " Username for 'https://github.com': kevin-acme (got 'kevin@KEVIN-PC.(none)')",
            "Permission to <path> denied to <user>. Logged in to github.com as <user> (keyring)."
            " Username for 'https://github.com': <user> (got '<email>')",
            id="code-host-account-slots",
        ),
        pytest.param(
            "messages with role 'tool' must follow; role \"postgres\" does not exist;"
            " user does not exist; Failed password for invalid user admin from; invalid USER mode",
            "messages with role 'tool' must follow; role \"postgres\" does not exist;"
            " user does not exist; Failed password for invalid user admin from; invalid USER mode",
            id="account-slots-keep-roles",
        ),
        pytest.param(
            'database "acme_customers_prod" does not exist; pods "payroll-api-7d9f8" not found;'
            " permission denied for schema finance_reporting; The specified bucket does not"
            " exist: acme-payroll-exports",
            'database "<redacted>" does not exist; pods "<redacted>" not found;'
            " permission denied for schema <redacted>; The specified bucket does not"
            " exist: <redacted>",
            id="resource-names",
        ),
        pytest.param(
            'relation "users" does not exist; deployment \'gpt-4o\'; context "staging"',
            'relation "users" does not exist; deployment \'gpt-4o\'; context "staging"',
            id="resource-names-kept",
        ),
        pytest.param(
            "The config profile (acme-prod-admin) could not be found; project: acme-prod-3948;"
            " Table: acme-sessions not found; No such container: hr-worker; for release"
            " payroll-api; The API deployment acme-gpt-hr for resource x; no such index [acme-l]",
            "The config profile (<redacted>) could not be found; project: <redacted>;"
            " Table: <redacted> not found; No such container: <redacted>; for release"
            " <redacted>; The API deployment <redacted> for resource x; no such index [<redacted>]",
            id="resource-names-unquoted",
        ),
        pytest.param(
            "model 'payroll-llama' not found; model 'llama3.1:8b' not found; API deployment"
            " gpt-4o; the project directory: ../README.md",
            "model '<redacted>' not found; model 'llama3.1:8b' not found; API deployment"
            " gpt-4o; the project directory: ../README.md",
            id="model-and-project-slots",
        ),
        pytest.param(
            "Invalid API Key provided: sk_live_51Hx"
            + "*" * 24
            + "4242; card ****4242; ok **bold**",
            "Invalid API Key provided: <secret>; card <secret>; ok **bold**",
            id="masked-secrets",
        ),
        pytest.param(
            "fatal: [web-prod-03]: FAILED!; fatal: [Errno 13] denied; job on runner ci-gpu-03;"
            " runner GitHub Actions 2; Logged in as kevin",
            "fatal: [<host>]: FAILED!; fatal: [Errno 13] denied; job on runner <host>;"
            " runner GitHub Actions 2; Logged in as <user>",
            id="ansible-runner-login-slots",
        ),
        pytest.param(
            "[main 4f2a1c3] chore: rotate the key after Priya's incident\n"
            "error: could not apply 3f2a1b9... WIP: add backdoor for QA",
            "[main 4f2a1c3] <text>\nerror: could not apply <redacted>... <text>",
            id="git-commit-subjects",
        ),
        pytest.param(
            "token: g h p _ 1 6 C 7 e 4 2 F 2 9 2; rule - - - - - - - - -; a b c d",
            "token: <redacted>; rule - - - - - - - - -; a b c d",
            id="spaced-out",
        ),
        pytest.param(
            "exp 12/27 cvv 123; CVC: 4321; card 42 of 52; date_of_birth 1987-03-14",
            "exp 12/27 <redacted> <secret>; CVC: <secret>; card 42 of 52; date_of_birth <redacted>",
            id="card-code-and-birth-label",
        ),
        pytest.param(
            "Commit message: 'revert: remove Dmitri from rota'\n"
            "Document untitled:Notes with Priya is dirty\ncannot open untitled:Untitled-1\n"
            "open untitled:Untitled-2?content=my%20pin%20is%204821",
            "Commit message: '<text>'\nDocument untitled:<text>\ncannot open untitled:Untitled-1\n"
            "open untitled:<text>",
            id="labelled-text-and-untitled",
        ),
        pytest.param(
            "Prompt was: write a breakup text to my partner\n"
            "first user message: I'm Alex, help me\nUser said (truncated): find my lawyer\n"
            "Invalid prompt: messages must not be empty",
            "Prompt was: <text>\nfirst user message: <text>\nUser said (truncated): <text>\n"
            "Invalid prompt: messages must not be empty",
            id="prompt-text",
        ),
        pytest.param(
            "Authorization: Bearer " + "abcDEF" + "123456ghiJKL",
            "Authorization: Bearer <secret>",
            id="bearer",
        ),
        pytest.param(
            "call +44 20 7946 0958 or (415) 555-0172 at 12:30:45 on line 42:17",
            "call <phone> or <phone> at 12:30:45 on line 42:17",
            id="phones",
        ),
        pytest.param(
            "denied for S-1-5-21-3623811015-3361044348-30300820-1013 (S-1-5-18 ok)",
            "denied for <sid> (S-1-5-18 ok)",
            id="sid",
        ),
        pytest.param(
            "git fetch git@gitlab.acme.internal:team/repo.git", "git fetch <url>", id="scp-remote"
        ),
        pytest.param(
            "getaddrinfo ENOTFOUND llm-proxy", "getaddrinfo ENOTFOUND <host>", id="dns-host"
        ),
        pytest.param(
            "ssh: connect to host payroll-db port 22: Connection refused",
            "ssh: connect to host <host> port 22: Connection refused",
            id="ssh-host-slot",
        ),
        pytest.param(
            "ssh: Could not resolve hostname payroll-db: Name or service not known",
            "ssh: Could not resolve hostname <host>: Name or service not known",
            id="ssh-resolve-slot",
        ),
        pytest.param(
            "Failed to connect to build-07 port 443 after 0 ms: Could not resolve host: vault",
            "Failed to connect to <host> port 443 after 0 ms: Could not resolve host: <host>",
            id="curl-host-slots",
        ),
        pytest.param(
            "dial tcp: lookup payroll-db on 127.0.0.53:53: no such host; lookup failed: x",
            "dial tcp: lookup <host> on 127.0.0.53:53: no such host; lookup failed: x",
            id="go-lookup-slot",
        ),
        pytest.param(
            'could not translate host name "ledger-db" to address; connect ECONNREFUSED '
            "ledger-db:5432, not 127.0.0.1:5432",
            'could not translate host name "<host>" to address; connect ECONNREFUSED '
            "<host>:5432, not 127.0.0.1:5432",
            id="libpq-and-node-slots",
        ),
        pytest.param(
            "Warning: Permanently added '[payroll-db]:2222' (RSA) to the list of known hosts.",
            "Warning: Permanently added '[<host>]:2222' (RSA) to the list of known hosts.",
            id="ssh-known-hosts-slot",
        ),
        pytest.param(
            "Could not resolve host: github.com; connect to host github.com port 22",
            "Could not resolve host: github.com; connect to host github.com port 22",
            id="host-slots-keep-trusted",
        ),
        pytest.param(
            'Could not establish connection to "payroll-db"; dial tcp david-pc:8888: refused;'
            " Host key for chen-server has changed; Unknown MySQL server host 'crm-mysql'",
            'Could not establish connection to "<host>"; dial tcp <host>:8888: refused;'
            " Host key for <host> has changed; Unknown MySQL server host '<host>'",
            id="remote-go-ssh-mysql-slots",
        ),
        pytest.param(
            'connection to server at "analytics-pg" (172.20.0.5), port 5432 failed; Error 111'
            " connecting to session-cache:6379; Could not connect to Redis at cache-2:6379;"
            " failed to connect to server [mongo-analytics:27017]",
            'connection to server at "<host>" (<ip>), port 5432 failed; Error 111'
            " connecting to <host>:6379; Could not connect to Redis at <host>:6379;"
            " failed to connect to server [<host>:27017]",
            id="database-driver-slots",
        ),
        pytest.param(
            "Setting up SSH Host ml-box: ok; in remote host dev-vm; Connection to gpu-2 timed"
            " out; denied on host devbox; `host=payroll-db port=5432`",
            "Setting up SSH Host <host>: ok; in remote host <host>; Connection to <host> timed"
            " out; denied on host <host>; `host=<host> port=5432`",
            id="loose-host-slots",
        ),
        pytest.param(
            "the host header for host header; Connection to server port 8080 refused;"
            " connecting to localhost:11434; dial tcp 127.0.0.1:5432",
            "the host header for host header; Connection to server port 8080 refused;"
            " connecting to localhost:11434; dial tcp 127.0.0.1:5432",
            id="loose-host-slots-keep-words",
        ),
        pytest.param(
            "ssh -i key -p 2222 deploy@payroll-db failed; jsmith@10.1.2.3: Permission denied",
            "ssh -i key -p 2222 <user>@<host> failed; <user>@<ip>: Permission denied",
            id="ssh-logins",
        ),
        pytest.param(
            "git@github.com: Permission denied; npm i react@next typescript@beta",
            "git@github.com: Permission denied; npm i react@next typescript@beta",
            id="ssh-login-shapes-kept",
        ),
        pytest.param(
            "fetch git@gitlab-internal:payments/ledger.git; scp root@backup01:/srv/db.sql .",
            "fetch <url>; scp <url> .",
            id="scp-remote-without-dots",
        ),
        pytest.param(
            "yarn add a@npm:b@^4.2.0 c@https://example.org/c.tgz node@sha256:abc0",
            "yarn add a@npm:b@^4.2.0 c@https://example.org/<file> node@sha256:abc0",
            id="scp-shapes-kept",
        ),
        pytest.param(
            "see https://ollama.com/jsmith/ledger-7b and https://ollama.com/library/qwen3:8b",
            "see https://ollama.com/<path> and https://ollama.com/library/qwen3:8b",
            id="model-registry-accounts",
        ),
        pytest.param(
            "ratio /0 (/home/hana/proj) bad",
            # The home path goes, and "proj" with it: a folder's name, no file's.
            "ratio /0 (<path>) bad",
            id="path-inside-a-non-path",
        ),
        pytest.param(
            "source map webpack:///home/ivan/app/src/x.ts missing",
            "source map webpack:///<path>/x.ts missing",
            id="webpack-home-path",
        ),
        pytest.param(
            "proxy https://gw.corp.acme.com/https://api.openai.com/v1",
            "proxy https://<host>/https://api.openai.com/v1",
            id="url-in-url",
        ),
        pytest.param(
            "webhook https://hooks.slack.com/services/" + "T0/B0/abc123 failed",
            # detect-secrets' Slack rule takes the whole URL; "webhook" is a software term.
            "webhook <secret> failed",
            id="slack-webhook",
        ),
    ],
)
def test_exact_message_output(text: str, expected: str) -> None:
    assert scrub_message(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "    at activate (/home/alice/.vscode/extensions/acme.ext-1.2.3/dist/ext.js:10:5)",
            "    at activate (<file>:10:5)",
            id="v8-linux",
        ),
        pytest.param(
            '  File "/Users/bob/proj/app/main.py", line 12, in handler',
            '  File "<file>", line 12, in handler',
            id="python",
        ),
        pytest.param(
            "    at C:\\Users\\Jo Ann\\app\\out\\x.js:1:2",
            "    at <file>:1:2",
            id="v8-windows-bare",
        ),
        pytest.param(
            "    at run (file:///c%3A/Users/kim/app/main.mjs:5:11)",
            "    at run (<file>:5:11)",
            id="file-uri-frame",
        ),
        pytest.param(
            "handler@webpack://acme/./src/x.ts?1234:3:9", "handler@<file>:3:9", id="at-sign-frame"
        ),
        pytest.param(
            "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
            "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
            id="node-internal",
        ),
        pytest.param(
            "Traceback (most recent call last):\n"
            '  File "/srv/app/client.py", line 7, in connect\n'
            '    return Client(api_key="x")\n'
            "           ^^^^^^^^^^^^^^^^^^^\n"
            "ValueError: bad value for /home/lee",
            "Traceback (most recent call last):\n"
            '  File "<file>", line 7, in connect\n'
            "ValueError: bad value for <path>",
            id="python-source-lines-dropped",
        ),
    ],
)
def test_exact_stack_output(text: str, expected: str) -> None:
    assert scrub_stack(text) == expected


# ---------------------------------------------------------------------------------------
# Numbers: cards and order ids


def _luhn(body: str) -> str:
    return body + luhn_check_digit(body)


def _not_luhn(body: str) -> str:
    return body + str((int(luhn_check_digit(body)) + 1) % 10)


@pytest.mark.parametrize(
    ("number", "is_card"),
    [
        pytest.param("1234567812345678", False, id="order-id-not-luhn"),
        pytest.param(_luhn("123456781234567"), False, id="order-id-luhn-but-no-network"),
        pytest.param(_not_luhn("411111111111111"), False, id="visa-shape-not-luhn"),
        pytest.param(_luhn("400000000000000"), True, id="visa"),
        pytest.param(_luhn("55000000000000"), True, id="mastercard-15"),
        pytest.param(_luhn("3700000000000"), True, id="amex-14"),
    ],
)
def test_card_needs_luhn_and_a_network_prefix(number: str, is_card: bool) -> None:
    out = scrub_message(f"order {number} failed")
    assert (out == "order <card> failed") is is_card
    if not is_card:
        # Not a card, but a long digit run is an id: the allow-list keeps short numbers only.
        assert out == "order <id> failed"


def test_spaced_card_followed_by_more_digits_is_still_found() -> None:
    card = _luhn("424242424242424")
    spaced = " ".join(card[i : i + 4] for i in range(0, 16, 4))
    assert scrub_message(f"card {spaced} 7 times") == "card <card> 7 times"


def test_iban_needs_its_check_digits() -> None:
    assert scrub_message("to DE89 3704 0044 0532 0130 00 now") == "to <iban> now"
    # Wrong check digits: not an IBAN, but still a run of grouped digits.
    assert scrub_message("to DE00 3704 0044 0532 0130 00 now") == "to <id> now"


# ---------------------------------------------------------------------------------------
# Bounds


def test_message_is_cut_after_scrubbing() -> None:
    text = "x " * 600 + "tail"
    out = scrub_message(text)
    assert len(out) == MAX_MESSAGE_CHARS
    assert out.endswith("\u2026")


def test_scrubbing_happens_before_the_cut() -> None:
    # The key starts before the limit and ends after it: it must not leak in part.
    key = "gh" + "p_" + "Z9" * 18
    text = "e" * (MAX_MESSAGE_CHARS - 10) + " " + key
    out = scrub_message(text)
    assert len(out) <= MAX_MESSAGE_CHARS
    assert "Z9Z9" not in out


def test_huge_input_is_bounded_and_loses_no_secret_at_the_input_cut() -> None:
    key = "gh" + "p_" + "Y8" * 18
    text = ("word " * 4000)[: MAX_MESSAGE_CHARS * 8 - 5] + key + " more"
    out = scrub_message(text)
    assert len(out) <= MAX_MESSAGE_CHARS
    assert "Y8Y8" not in scrub_message("a " + text[-200:])
    assert scrub_message(out) == out


def test_stack_is_cut_at_a_line_boundary() -> None:
    frame = "    at fn (node_modules/acme/extension.js:1:2)\n"
    out = scrub_stack("Error: boom\n" + frame * 400)
    assert len(out) <= MAX_STACK_CHARS
    assert out.endswith("\n\u2026")


def test_cut_never_splits_a_placeholder() -> None:
    prefix = "word " * ((MAX_MESSAGE_CHARS - 5) // 5) + "a" * ((MAX_MESSAGE_CHARS - 5) % 5 + 1)
    out = scrub_message(prefix + " ana@example.org and more text after it")
    assert out == prefix + " \u2026"


def test_bounds_are_configurable() -> None:
    short = Scrubber(max_message_chars=20, max_stack_chars=30)
    assert len(short.scrub_message("yes " * 30)) == 20
    assert len(short.scrub_stack("zone " * 30)) == 30


# ---------------------------------------------------------------------------------------
# The object and its contract


def test_default_scrubber_is_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_SCRUBBER.max_message_chars = 5  # type: ignore[misc]


def test_module_functions_use_the_default_scrubber() -> None:
    text = "mail ana@example.org"
    assert scrub_message(text) == DEFAULT_SCRUBBER.scrub_message(text) == "mail <email>"
    assert scrub_stack(text) == DEFAULT_SCRUBBER.scrub_stack(text)


def test_redacted_marker_is_reexported() -> None:
    assert REDACTED == "<redacted>"
    assert REDACTED in scrub.PLACEHOLDERS


def test_allowed_hosts_are_configurable() -> None:
    own = Scrubber(allowed_hosts=scrub.DEFAULT_ALLOWED_HOSTS | {"status.acme.com"})
    assert own.scrub_message("see status.acme.com") == "see status.acme.com"
    assert scrub_message("see status.acme.com") == "see <host>"


def test_a_failing_rule_raises_so_the_caller_can_drop_the_event() -> None:
    def explode(match: re.Match[str], ctx: object) -> str:
        raise RuntimeError("rule bug")

    broken = Scrubber(rules=(Rule("broken", re.compile("x"), explode),))
    assert broken.scrub_message("no match here") == "no match here"
    with pytest.raises(RuntimeError):
        broken.scrub_message("x marks the spot")


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in scrub.EARLY_RULES + scrub.MESSAGE_RULES]
    assert len(names) == len(set(names))


def test_a_typical_message_is_fast() -> None:
    message = (
        "Request failed with status code 429 while calling gpt-4o for completion; retrying "
        "in 20 seconds (attempt 3 of 5). Cannot read properties of undefined (reading "
        "'choices') at line 42."
    )
    leaky = (
        "401 from provider for dana@example.com using key "
        + "sk-"
        + "proj-"
        + "a1B2c3D4" * 4
        + " reading /home/dana/proj/x.ts from 10.0.0.5:8080"
    )
    runs = 200
    for text in (message, leaky):

        def run(text: str = text) -> str:
            return scrub_message(text)

        best = min(timeit.repeat(run, number=runs, repeat=5)) / runs
        print(f"{len(text)} chars: {best * 1e6:.0f} us")
        # Generous against a loaded machine: the minimum is far below this on an idle one.
        assert best < 1e-3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Special-use and private-network names (RFC 6761, RFC 6762 appendix G, Consul).
        ("vault.service.dc2.consul: no route", "<host>: no route"),
        ("printer.fritz.box offline", "<host> offline"),
        ("nas.home:5000 refused", "<host>:5000 refused"),
        ("srv01.acme.test down", "<host> down"),
        ("System.getProperty(user.home) failed", "System.getProperty(user.home) failed"),
        # inet_aton() forms of an IPv4 address.
        ("0x0A.0x00.0x03.0x11 unreachable", "<ip> unreachable"),
        ("10.0x1.2.3 unreachable", "<ip> unreachable"),
        ("status 0xC0000005", "status 0xC0000005"),
        # A CNPJ, numeric and alphanumeric.
        ("CNPJ 12.345.678/0001-95 rejected", "CNPJ <id> rejected"),
        ("CNPJ 12.ABC.345/01DE-35 rejected", "CNPJ <id> rejected"),
        # A card with runs of spaces, or wrapped across a line in groups of four.
        ("card=5178  7471  9795  4846 declined", "card=<card> declined"),
        ("card number 5470 7308\n8860 2176", "card number <card>"),
        ("line 12\n4111 1111 1111 1111", "line 12\n<card>"),
        # A path keeps its base name only when it is a file's, with an extension.
        ("cannot expand ~hsilva/projects/acquisition-target-zeta", "cannot expand <path>"),
        ("open /home/ana/proj/acquisition-target-zeta/x.py", "open <path>/x.py"),
        # A URL's path under a host that became <host> goes with it.
        (
            "https://acme-openai-prod.openai.azure.com/openai/deployments/gpt4o-review/chat 404",
            "https://<host>/<path> 404",
        ),
        ("http://10.0.0.5:11434/api/chat?x=1", "http://<ip>:11434/api/chat?x="),
    ],
)
def test_private_hosts_ids_and_cards(text: str, expected: str) -> None:
    assert scrub.DEFAULT_SCRUBBER.with_context(free_text="scrubbed").scrub_message(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The word password and a value apart by spaces (.netrc, prose).
        (
            "machine api.heroku.com login ops@acme.io password S3cure#Vault958",
            "machine <host> login <email> password <secret>",
        ),
        ("password Zq8!mWv2#Lp", "password <secret>"),
        ("with password correct-horse-battery-9953 -- retry", "with password <secret> -- retry"),
        ("password authentication failed for user", "password authentication failed for user"),
        ("Password must be at least 8 characters", "Password must be at least 8 characters"),
        ('password       = "hunter2"', 'password       = "<secret>"'),
        # Short options of commands that take a password so.
        ("docker login -u bot -p Sommer2024!Berlin796 x", "docker login -u <user> -p <secret> x"),
        ("mysql -uroot -pSommer2024 shop", "mysql -uroot -p<secret> shop"),
        ("sshpass -p hunter2 ssh host", "sshpass -p <secret> ssh host"),
        ("redis-cli -a s3cr3t ping", "redis-cli -a <secret> ping"),
        ("docker run -p 8080:80 img", "docker run -p 8080:80 img"),
        ("mysql -P 3306 -h db", "mysql -P 3306 -h db"),
        # A setter of a secret called with literals; a secret's value computed by a call.
        ("x set_password('svc', 'me', 'hunter2hunter2961') y", "x set_password(<secret>) y"),
        ("checkPassword(user) failed", "checkPassword(user) failed"),
        ("line: password_hash = md5(user_pw + 'acme-salt-2019')", "line: password_hash = <secret>"),
    ],
)
def test_passwords_outside_key_value(text: str, expected: str) -> None:
    assert scrub.DEFAULT_SCRUBBER.with_context(free_text="scrubbed").scrub_message(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A variable naming the home or profile folder leads a path as "~" does: the
        # folders after it are the user's, whether or not they are words.
        ("see ~/report_draft/notes.txt", "see <path>/notes.txt"),
        ("see $HOME/report_draft/notes.txt", "see <path>/notes.txt"),
        ("cd ${HOME}/projects/collectd_exporter", "cd <path>"),
        ("export PATH=$PATH:$HOME/collectd_exporter", "export PATH=$PATH:<path>"),
        ("$HOME/.config/Code/User/settings.json", "<path>/settings.json"),
        ("%USERPROFILE%\\Documents\\report_draft.docx", "<path>\\report_draft.docx"),
        ("%userprofile%\\projects\\collectd", "<path>"),
        ("%HOMEPATH%\\projects\\collectd", "<path>"),
        ("%HOMEDRIVE%%HOMEPATH%\\projects\\collectd", "<path>"),
        ("$env:USERPROFILE\\projects\\collectd", "<path>"),
        ("${env:APPDATA}\\Code\\User\\settings.json", "<path>\\settings.json"),
        ("%APPDATA%\\Code\\User\\settings.json", "<path>\\settings.json"),
        ("%LOCALAPPDATA%\\Programs\\collectd", "<path>"),
        ("PS> $home\\projects\\collectd", "PS> <path>"),
        # The variable alone, or another variable that starts alike, is no path.
        ("$HOME is not set", "$HOME is not set"),
        ("%USERPROFILE% is not set", "%USERPROFILE% is not set"),
        ("echo $HOMEBREW_PREFIX/bin", "echo $HOMEBREW_PREFIX/bin"),
    ],
)
def test_home_variables_lead_a_path_as_tilde_does(text: str, expected: str) -> None:
    assert scrub.DEFAULT_SCRUBBER.with_context(free_text="scrubbed").scrub_message(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Long dotted versions: a lone 0 in a middle part, or a version or build label.
        ("Chromium: 128.0.6613.186", "Chromium: 128.0.6613.186"),
        (
            "Microsoft Windows [Version 10.0.26100.2605]",
            "Microsoft Windows [Version 10.0.26100.2605]",
        ),
        ("DRIVER_VERSION=32.0.101.8517", "DRIVER_VERSION=32.0.101.8517"),
        ("Windows SDK 10.0.19041.0 not found", "Windows SDK 10.0.19041.0 not found"),
        ("Version 6.1.7601.24544", "Version 6.1.7601.24544"),
        ("build 6.1.7601.24544 failed", "build 6.1.7601.24544 failed"),
        ("V8: 12.8.374.38-electron.0", "V8: 12.8.374.38-electron.0"),
        # Dotted phones and ids keep going: no plan writes a lone 0 between its groups.
        ("call 555.123.4567", "call <id>"),
        ("call 1.555.123.4567", "call <phone>"),
        ("call 1-800-555-0199", "call <phone>"),
        ("call 1 415 555 0199", "call <phone>"),
        ("+33.1.23.45.67.89", "<phone>"),
        ("020.7946.0958", "<phone>"),
        ("01.23.45.67.89", "<phone>"),
        ("AHV 756.1234.5678.97", "AHV <id>"),
        ("card 4101.8649.4425.7681", "card <id>"),
        ("id 123.456.789.0", "id <id>"),
        ("id 1234.0.567.890", "id <id>"),
    ],
)
def test_long_versions_stay_and_dotted_phones_go(text: str, expected: str) -> None:
    assert scrub.DEFAULT_SCRUBBER.with_context(free_text="scrubbed").scrub_message(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Files every repository names alike are no one's document; their words are
        # judged as any others'.
        ("Skipping README.md that matches gitignore spec.", None),
        ("Could not open requirements file: requirements.txt", None),
        ("CMakeLists.txt not found", None),
        ("read .github/copilot-instructions.md", None),
        ("Loaded AGENTS.md and CLAUDE.md", None),
        ("see CODE_OF_CONDUCT.md", None),
        # Any other document's name still goes.
        ("open divorce-notes.md", "open <file>"),
        ("open README-kowalczyk.md", "open <file>"),
        ("kowalczyk/README.md", "<path>"),
    ],
)
def test_conventional_file_names_stay(text: str, expected: str | None) -> None:
    assert scrub_message(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A build's number of eight or nine digits right after its label stays.
        ("ElectronBuildId: 10427718", None),
        ("BUILD_ID=12345678", None),
        ("build #123456789 failed", None),
        ("Build number: 20240112", None),
        # Ten digits, no label, or another word: a long number still goes.
        ("build 4155551234", "build <id>"),
        ("rebuild 12345678", "rebuild <id>"),
        ("builds 12345678", "builds <id>"),
        ("call 12345678", "call <id>"),
    ],
)
def test_build_numbers_after_their_label_stay(text: str, expected: str | None) -> None:
    assert scrub_message(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A flag named in prose: the word of grammar after it is not its value.
        ("cannot specify both --password and --password-stdin", None),
        ("--password is required", None),
        ("use --token or --api-key", None),
        ("WARNING! Using --password via the CLI is insecure. Use --password-stdin.", None),
        ("--token has no effect", None),
        # A value after the flag, or any value after "=", still goes.
        ("--password hunter2 x", "--password <secret> x"),
        ("--password=and", "--password=<secret>"),
        ("mysql --password Sommer2024", "mysql --password <secret>"),
    ],
)
def test_words_of_grammar_after_a_secret_flag_stay(text: str, expected: str | None) -> None:
    assert scrub_message(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Four dotted numbers after a version label, or a major version's N.0.0.0 after a
        # product token (a browser's reduced User-Agent), are versions.
        ("Chrome/120.0.0.0 Safari/537.36", None),
        ("Version=4.0.0.0, Culture=neutral", None),
        ("Version: 10.1.2.3", None),
        # An address after another word, or a host's address after a product-like token.
        ("proxy/10.1.2.3", "proxy/<ip>"),
        ("Proxy/10.1.2.3 refused", "Proxy/<ip> refused"),
        ("x/Chrome/120.0.0.0", "x/Chrome/<ip>"),
        ("Host: 10.1.2.3", "Host: <ip>"),
    ],
)
def test_versions_shaped_like_addresses(text: str, expected: str | None) -> None:
    out = scrub.DEFAULT_SCRUBBER.with_context(free_text="scrubbed").scrub_message(text)
    assert out == (text if expected is None else expected)
