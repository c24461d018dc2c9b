"""Fake personal data and secrets in realistic error messages and stack traces.

Every secret is assembled at run time from fragments and deterministic pseudo-random
characters, so the source holds nothing a secret scanner would take for a real key.
"""

from __future__ import annotations

import base64
import json
import random
import string
from dataclasses import dataclass

ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_HEX = "0123456789abcdef"
LOWER_ALNUM = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


@dataclass(frozen=True)
class LeakSample:
    """`text` is a realistic message holding `secret`, which must not survive scrubbing."""

    category: str
    text: str
    secret: str


class _Fake:
    """Deterministic fake values: the same corpus on every run and every machine."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)

    def chars(self, n: int, alphabet: str = ALNUM) -> str:
        return "".join(self._random.choice(alphabet) for _ in range(n))

    def digits(self, n: int) -> str:
        return self.chars(n, string.digits)

    def luhn_number(self, prefix: str, length: int) -> str:
        body = prefix + self.digits(length - len(prefix) - 1)
        return body + luhn_check_digit(body)

    def iban(self, country: str, bban: str) -> str:
        return country + iban_check_digits(country, bban) + bban

    def jwt(self) -> str:
        def part(obj: dict[str, object]) -> str:
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")

        header = part({"alg": "HS256", "typ": "JWT"})
        payload = part({"sub": self.digits(10), "name": "Test Person", "iat": 1718035200})
        return f"{header}.{payload}.{self.chars(43, URLSAFE)}"

    def pem_body(self, lines: int) -> list[str]:
        return [self.chars(64, B64) for _ in range(lines)]


def luhn_check_digit(body: str) -> str:
    """The digit that makes `body + digit` pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def iban_check_digits(country: str, bban: str) -> str:
    """The two check digits of an IBAN with this country code and account part."""
    number = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(number) % 97:02d}"


def _group(value: str, size: int, sep: str) -> str:
    return sep.join(value[i : i + size] for i in range(0, len(value), size))


def _pem(kind: str, body: list[str], newline: str = "\n") -> str:
    label = f"{kind} PRIVATE KEY".strip()
    begin, end = "-----" + "BEGIN " + label + "-----", "-----" + "END " + label + "-----"
    return newline.join([begin, *body, end])


def leak_samples() -> list[LeakSample]:
    """At least one sample per category the scrubber must handle."""
    f = _Fake(20240610)
    s: list[LeakSample] = []

    def add(category: str, template: str, secret: str) -> None:
        """`template` with `{}` standing for `secret`, or holding it already."""
        text = template.replace("{}", secret)
        assert secret in text, (category, secret)
        s.append(LeakSample(category, text, secret))

    # E-mail addresses
    add("email", "401 from provider for {}", "dana.k@example.com")
    add("email", "Invite sent to {} failed", "jordan+ai@contoso-mail.net")
    add("email", "mailto:{}%40acme-corp.io not allowed", "priya.n")
    add("email", 'account {"email":"{}@university.edu","plan":"pro"}', "wei.zhang")

    # Home directories and user names in paths
    add("path-windows", "Failed to read C:\\Users\\{}\\proj\\settings.json: ENOENT", "alicew")
    add(
        "path-windows",
        "EPERM: operation not permitted, open 'C:/Users/{}/AppData/Roaming/Code/x.log'",
        "marguerite",
    )
    add("path-windows-space", "Cannot load C:\\Users\\{}\\Documents\\m.gguf", "Jonas Berg")
    add("path-windows-json", 'config {"cwd":"C:\\\\Users\\\\{}\\\\repos\\\\app"} bad', "kenjiro")
    add("path-macos", "ENOENT: no such file or directory, open '/Users/{}/proj/x.ts'", "bobby")
    add(
        "path-macos-space",
        "Cannot write /Users/{}/Library/Application Support/Code/User/settings.json",
        "lucia",
    )
    add("path-linux", "EACCES: permission denied, mkdir '/home/{}/.cache/acme'", "tarquin")
    add("path-linux", "Model file /home/{}/models/llama.gguf is corrupt", "svetlana")
    add("path-linux-bare", "Working directory /home/{} does not exist", "ignatius")
    add("path-wsl", "spawn failed in /mnt/c/Users/{}/src/bot: ENOENT", "ophelia")
    add("path-wsl-unc", "Cannot open \\\\wsl$\\Ubuntu\\home\\{}\\x.py", "radomir")
    add("path-wsl-unc", "watch failed for \\\\wsl.localhost\\Ubuntu-22.04\\home\\{}\\p", "ysolde")
    add("path-unc", "Access denied: \\\\{}\\finance\\q3\\report.xlsx", "fileserver-hq")
    add("path-tilde", "Could not read ~{}/.config/acme.json", "bertrand")
    add("file-uri", "Document file:///home/{}/work/app.ts has errors", "eleonora")
    add("file-uri-encoded", "Unable to open 'file:///c%3A/Users/{}/x.ts': Unable to read", "thad")
    remote = "Cannot resolve vscode-remote://ssh-remote%2Bgpu-box-17/home/cornelia/x.py"
    add("vscode-remote-uri", remote, "cornelia")
    add("vscode-remote-uri", remote, "gpu-box-17")
    add("user-name-echo", "Owner {} of /home/{}/x.db is not you", "winifred")

    # LLM provider keys
    add("openai", "Incorrect API key provided: {}.", "sk-" + f.chars(48))
    add("openai-project", "OpenAI error with key {}", "sk-" + "proj-" + f.chars(56, URLSAFE))
    add("anthropic", "x-api-key header {}", "sk-" + "ant-" + "api03-" + f.chars(80, URLSAFE))
    add("google", "Gemini request failed, key={}", "AI" + "za" + f.chars(35, URLSAFE))
    add("huggingface", "401 Client Error for token {}", "hf" + "_" + f.chars(34))
    add("groq", "Groq rejected {}", "gs" + "k_" + f.chars(52))
    add("replicate", "Replicate auth failed: {}", "r8" + "_" + f.chars(37))
    add("perplexity", "pplx key {} revoked", "pp" + "lx-" + f.chars(48))
    add("xai", "xAI: invalid key {}", "xa" + "i-" + f.chars(80))

    # Code hosts
    for kind in "pousr":
        add("github", "GitHub API 401 with {}", "gh" + kind + "_" + f.chars(36))
    add("github-pat", "push rejected for {}", "github" + "_pat_" + f.chars(22) + "_" + f.chars(59))
    add("gitlab", "GitLab token {} expired", "gl" + "pat-" + f.chars(20, URLSAFE))
    add("bitbucket", "Bitbucket app password {} rejected", "AT" + "BB" + f.chars(32))

    # Clouds
    add("aws-key-id", "The security token {} is invalid", "AK" + "IA" + f.chars(16, UPPER_ALNUM))
    add("aws-session-key-id", "assumed role key {}", "AS" + "IA" + f.chars(16, UPPER_ALNUM))
    add("aws-secret", "aws_secret_access_key = {}", f.chars(40, B64))
    pem_body = f.pem_body(3)
    gcp = json.dumps(
        {
            "type": "service_account",
            "private_key_id": f.chars(40, LOWER_HEX),
            "private_key": _pem("", pem_body) + "\n",
        }
    )
    add("gcp-service-account", f"Could not load credentials {gcp}", pem_body[1])
    add(
        "azure-storage",
        "DefaultEndpointsProtocol=https;AccountName=acmestore;AccountKey={};EndpointSuffix=x",
        f.chars(86, B64) + "==",
    )

    # Chat
    slack_bot = "xo" + "xb-" + f.digits(12) + "-" + f.chars(24)
    add("slack", "Slack API not_authed for {}", slack_bot)
    slack_user = "xo" + "xp-" + f.digits(12) + "-" + f.digits(13) + "-" + f.chars(32)
    add("slack-user", "token {}", slack_user)
    slack_hook = "T" + f.chars(8, UPPER_ALNUM) + "/B" + f.chars(8, UPPER_ALNUM) + "/" + f.chars(24)
    add("slack-webhook", "POST https://hooks.slack.com/services/{} 404", slack_hook)
    add(
        "discord-webhook",
        "hook https://discord.com/api/webhooks/{}",
        f.digits(18) + "/" + f.chars(68),
    )
    discord_bot = "M" + f.chars(25) + "." + f.chars(6) + "." + f.chars(38, URLSAFE)
    add("discord-bot", "Discord login failed: {}", discord_bot)
    add("telegram", "Telegram 401 for bot {}", f.digits(10) + ":" + "AA" + f.chars(33, URLSAFE))

    # Payment
    for prefix in ("sk_live_", "rk_live_", "pk_live_", "sk_test_"):
        add("stripe", "Stripe: No such key {}", prefix[:3] + prefix[3:] + f.chars(24))

    # Package registries
    add("npm", "npm ERR! 403 token {}", "np" + "m_" + f.chars(36))
    add("pypi", "upload failed with {}", "py" + "pi-" + "AgEI" + "cHlwaS5vcmc" + f.chars(60))
    add("nuget", "NuGet push with key {}", "oy" + "2" + f.chars(43, LOWER_ALNUM))
    add("rubygems", "gem push: {}", "ruby" + "gems_" + f.chars(48, LOWER_HEX))

    # Tokens and headers
    add("jwt", "Token rejected: {}", f.jwt())
    add("bearer", "Authorization: Bearer {}", f.chars(40, URLSAFE + "."))
    add(
        "basic",
        "proxy sent Authorization: Basic {}",
        base64.b64encode(b"alex:Tr0ub4dor&3").decode(),
    )
    rsa_body = f.pem_body(4)
    add("pem-rsa", "Failed to parse key:\n" + _pem("RSA", rsa_body) + "\nat load", rsa_body[2])
    ssh_body = f.pem_body(3)
    add("pem-openssh", "ssh: " + _pem("OPENSSH", ssh_body), ssh_body[0])
    ec_body = f.pem_body(2)
    add("pem-escaped", '{"key": "' + _pem("EC", ec_body, "\\n") + '"}', ec_body[1])

    # Assignments
    add("key-assignment", "request failed: key={}", f.chars(32))
    add("api-key-colon", "config error api_key: {}", f.chars(40))
    add("token-assignment", "callback state=ok token={}", f.chars(28))
    add("password", "login failed password={}", "Winter2024!")
    add("secret", "client secret={} invalid", f.chars(12, string.ascii_lowercase))
    add("passwd", "passwd: {} rejected by server", "hunter-two-42")
    add("json-password", 'payload {"user": "x", "password": "{}"}', "correct horse battery")

    # Connection strings and URLs
    add("postgres", "connect postgres://app_user:{}@db.corp.acme.internal:5432/app", "S3cr3tPw")
    add(
        "mongodb",
        "MongoServerError at mongodb+srv://ml-team:{}@cluster0.ab1cd.mongodb.net/prod?w=1",
        "Mongo2024pw",
    )
    add(
        "mssql",
        "Server=tcp:acme-sql.database.windows.net,1433;User Id=sqladmin;Password={};",
        "P@ssw0rd-77",
    )
    add("url-credentials", "GET https://deploy:{}@artifacts.acme.dev/repo failed", "Gh0stRider")
    add(
        "url-query",
        "fetch https://api.acme-llm.dev/v1/complete?session={}&user=dk failed",
        "9f8e7d",
    )
    add("url-host", "proxy https://{}/v1 refused", "llm-gateway.internal.acme.com")
    add(
        "scp-remote", "git fetch failed for git@gitlab.acme.internal:platform/{}.git", "secret-repo"
    )

    # Network identifiers
    add("ipv4", "connect ECONNREFUSED {}:8080", "10.24.3.117")
    add("ipv4", "client {} blocked", "203.0.113.42")
    add("ipv6-full", "bind failed on {}", "2001:0db8:85a3:0000:0000:8a2e:0370:7334")
    add("ipv6-compressed", "connect ETIMEDOUT [{}]:443", "fe80::1ff:fe23:4567:890a")
    add("mac", "adapter {} down", "3c:22:fb:9a:10:7e")
    add("mac", "MAC {} not registered", "00-1A-2B-3C-4D-5E")
    add("host-internal", "getaddrinfo ENOTFOUND {}.corp.acme.internal", "build-server-07")
    add("host-local", "mDNS lookup for {}.local timed out", "alice-macbook")
    add("host-bare", "getaddrinfo EAI_AGAIN {}", "gpu-rig-3")

    # Financial and personal numbers
    visa = _group(f.luhn_number("4", 16), 4, " ")
    add("card-visa", "Payment declined for card {}", visa)
    add("card-mastercard", "card {} expired", _group(f.luhn_number("53", 16), 4, "-"))
    add("card-amex", "charge on {} failed", f.luhn_number("37", 15))
    add("iban", "SEPA mandate for {} rejected", _group(f.iban("DE", f.digits(18)), 4, " "))
    add("iban", "payout to {} queued", f.iban("GB", "WEST" + f.digits(14)))
    add("phone-intl", "SMS to +44 20 {} failed", "7946 0958")
    add("phone-us", "Call (415) {} for support", "555-0172")
    add("phone-e164", "verify +1{} via SMS", "4155550172")
    add("phone-fr", "rappel au +33 6 {}", "12 34 56 78")
    add("phone-national", "Telefon 030 {} nicht erreichbar", "12345678")
    add("sid", "Access denied for S-1-5-21-{}-3361044348-30300820-1013", "3623811015")

    # User names in phrases
    add("user-assignment", "LDAP bind failed user={}", "quentinr")
    add("username-colon", "SSO error username: {}", "fenwick.m")
    add("user-quoted", "Password authentication failed for user '{}'", "brunhilde")
    return s


def leak_stacks() -> list[LeakSample]:
    """Stack traces whose frames carry home paths, user names and keys."""
    f = _Fake(7)
    key = "sk-" + "proj-" + f.chars(48)
    ext = "/home/gwendolyn/.vscode/extensions/acme.assistant-1.4.2/dist/extension.js"
    win_ext = (
        "c:\\Users\\Hamish Ross\\.vscode\\extensions\\acme.assistant-1.4.2\\dist\\extension.js"
    )
    return [
        LeakSample(
            "stack-node-linux",
            "TypeError: Cannot read properties of undefined (reading 'choices')\n"
            f"    at parseCompletion ({ext}:812:19)\n"
            f"    at async Chat.send ({ext}:1033:7)\n"
            "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
            "gwendolyn",
        ),
        LeakSample(
            "stack-node-windows",
            f"Error: ECONNREFUSED\n    at activate ({win_ext}:10:5)\n    at {win_ext}:22:9",
            "Hamish Ross",
        ),
        LeakSample(
            "stack-node-macos",
            "Error: spawn ollama ENOENT\n"
            "    at ChildProcess._handle.onexit (node:internal/child_process:286:19)\n"
            "    at startServer (/Users/leopold/dev/acme-ext/out/server.js:41:13)",
            "leopold",
        ),
        LeakSample(
            "stack-file-uri",
            "Error: boom\n"
            "    at run (file:///Users/anneliese/proj/dist/main.mjs:5:11)\n"
            "    at file:///c%3A/Users/anneliese/proj/dist/main.mjs:9:1",
            "anneliese",
        ),
        LeakSample(
            "stack-python-macos",
            "Traceback (most recent call last):\n"
            '  File "/Users/bartholomew/proj/app/main.py", line 12, in handler\n'
            "    result = client.chat(model)\n"
            "             ^^^^^^^^^^^^^^^^^^\n"
            '  File "/Users/bartholomew/proj/.venv/lib/python3.11/site-packages/httpx/_client.py",'
            " line 901, in send\n"
            "    raise exc\n"
            "httpx.ConnectError: All connection attempts failed",
            "bartholomew",
        ),
        LeakSample(
            "stack-python-windows",
            "Traceback (most recent call last):\n"
            '  File "C:\\Users\\ingeborg\\AppData\\Local\\acme\\worker.py", line 3, in <module>\n'
            "    main()\n"
            "ValueError: bad config",
            "ingeborg",
        ),
        LeakSample(
            "stack-python-source-secret",
            "Traceback (most recent call last):\n"
            '  File "/srv/app/client.py", line 7, in connect\n'
            f'    return Client(api_key="{key}")\n'
            "AuthenticationError: 401",
            key,
        ),
        LeakSample(
            "stack-wsl",
            "Error: EACCES\n    at open (/mnt/c/Users/percival/x/index.js:3:3)",
            "percival",
        ),
        LeakSample(
            "stack-firefox",
            "handler@file:///home/rosalind/app/bundle.js:10:22\nmain@file:///home/rosalind/app/bundle.js:3:1",
            "rosalind",
        ),
        LeakSample(
            "stack-message-key",
            f"Error: 401 Unauthorized using key {key}\n    at call (extension.js:1:2)",
            key,
        ),
        LeakSample(
            "stack-message-email",
            "Error: no seat for theodora.v@example.org\n    at check (extension.js:4:2)",
            "theodora.v@example.org",
        ),
    ]
