"""An adversarial corpus of secrets and personal data, in two halves nobody tunes on both.

`tune_samples()` and `holdout_samples()` come from different seeds *and* different
templates and vendors: a rule written for one half's formats does not see the other's.
The anonymizer is tuned on the tune half only; the holdout half says whether what helps
generalises. Every value is assembled at run time from fragments and seeded
pseudo-random characters, so the source holds nothing a secret scanner would take for
a real key.

Each sample names its category and the secrets (one or more strings) that must not
surface anywhere: not at the endpoint, not in a file under CONSENTRY_HOME, not on the
server's stderr, not in any message to the editor. `tests/corpus/through_server.py`
plants them.
"""

from __future__ import annotations

import base64
import html
import random
import string
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal

from tests.corpus.leaks import iban_check_digits, luhn_check_digit

Half = Literal["tune", "holdout"]
HALVES: Final[tuple[Half, ...]] = ("tune", "holdout")
TUNE_SEED: Final = 20261201
HOLDOUT_SEED: Final = 20261202
PER_CATEGORY: Final = 22

ALNUM: Final = string.ascii_letters + string.digits
LOWER: Final = string.ascii_lowercase
HEX: Final = "0123456789abcdef"
URLSAFE: Final = ALNUM + "-_"
B64: Final = ALNUM + "+/"

# Categories whose values have a format a detector can know (a vendor prefix, a
# checksum, an assignment, a path shape, an address): the goal is that none surfaces.
RULE_CATEGORIES: Final = frozenset(
    {
        "vendor-keys",
        "credentials",
        "emails",
        "phones",
        "national-ids",
        "cards-ibans",
        "hosts",
        "user-paths",
        "evasions",
        "long-strings",
    }
)


@dataclass(frozen=True)
class Planted:
    """`text` carries every string of `secrets`; none of them may surface.

    `parts`, when set, is the text split over two fields of one event (category
    `split-fields`); `text` is then their concatenation.
    """

    category: str
    text: str
    secrets: tuple[str, ...]
    parts: tuple[str, ...] = ()


class Fake:
    """Seeded fake values: the same corpus on every run and machine."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def chars(self, n: int, alphabet: str = ALNUM) -> str:
        """`n` characters of `alphabet`."""
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def digits(self, n: int) -> str:
        """`n` decimal digits."""
        return self.chars(n, string.digits)

    def pick(self, options: list[str] | tuple[str, ...]) -> str:
        """One of `options`."""
        return self.r.choice(options)

    def name(self) -> str:
        """A distinctive pronounceable name (6-9 letters), unlikely in any message."""
        syllables = ["qua", "zel", "mor", "vin", "tha", "lix", "bru", "dey", "gor", "pim", "xan"]
        return "".join(self.r.choice(syllables) for _ in range(3))

    def person(self) -> str:
        """A first and last name."""
        return self.name().capitalize() + " " + self.name().capitalize()

    def luhn(self, prefix: str, length: int) -> str:
        """A card number passing the Luhn check."""
        body = prefix + self.digits(length - len(prefix) - 1)
        return body + luhn_check_digit(body)


Template = Callable[[Fake], tuple[str, tuple[str, ...]]]


def _one(text: str, secret: str) -> tuple[str, tuple[str, ...]]:
    assert secret in text, (text, secret)
    return text, (secret,)


# ---- vendor keys: the tune half has the common providers, the holdout half others ----
def _vendor(prefix_parts: tuple[str, ...], body: Callable[[Fake], str], msg: str) -> Template:
    def make(f: Fake) -> tuple[str, tuple[str, ...]]:
        secret = "".join(prefix_parts) + body(f)
        return _one(msg.replace("{}", secret), secret)

    return make


def _uuid_shaped(f: Fake) -> str:
    raw = f.chars(32, HEX)
    # Version nibble 0: shaped like a UUID, not one of RFC 9562's.
    raw = raw[:12] + "0" + raw[13:]
    return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"


VENDORS_TUNE: Final[list[Template]] = [
    _vendor(("sk-", "proj-"), lambda f: f.chars(48, URLSAFE), "OpenAI: Incorrect API key {}"),
    _vendor(("sk-", "ant-", "api03-"), lambda f: f.chars(80, URLSAFE), "anthropic key {} denied"),
    _vendor(("gh", "p_"), lambda f: f.chars(36), "GitHub 401 with {}"),
    _vendor(("AK", "IA"), lambda f: f.chars(16, string.ascii_uppercase + "234567"), "AWS {}"),
    _vendor(("sk_", "live_"), lambda f: f.chars(24), "Stripe: No such key {}"),
    _vendor(("xo", "xb-"), lambda f: f.digits(12) + "-" + f.chars(24), "slack not_authed {}"),
    _vendor(("hf", "_"), lambda f: f.chars(34), "HF hub 401 token {}"),
    _vendor(("gl", "pat-"), lambda f: f.chars(20, URLSAFE), "GitLab token {} expired"),
    _vendor(("np", "m_"), lambda f: f.chars(36), "npm ERR! 403 {}"),
    _vendor(("AI", "za"), lambda f: f.chars(35, URLSAFE), "Gemini key={} rejected"),
    _vendor(("gs", "k_"), lambda f: f.chars(52), "Groq rejected {}"),
    _vendor(("",), lambda f: f.chars(32, HEX), "Azure Ocp-Apim-Subscription-Key {} invalid"),
]
VENDORS_HOLDOUT: Final[list[Template]] = [
    _vendor(("shp", "at_"), lambda f: f.chars(32, HEX), "Shopify says {} is invalid"),
    _vendor(("dop", "_v1_"), lambda f: f.chars(64, HEX), "DigitalOcean auth {}"),
    _vendor(("GOC", "SPX-"), lambda f: f.chars(28, URLSAFE), "oauth client {} refused"),
    _vendor(("hv", "s."), lambda f: f.chars(90, URLSAFE), "vault token {} expired"),
    _vendor(("api", "_org_"), lambda f: f.chars(34), "hub org token {}"),
    _vendor(("ke", "y-"), lambda f: f.chars(32, HEX), "Mailgun rejected {}"),
    _vendor(("S", "G."), lambda f: f.chars(22, URLSAFE) + "." + f.chars(43, URLSAFE), "mail {}"),
    _vendor(("lin", "_api_"), lambda f: f.chars(40), "Linear {} unauthorized"),
    _vendor(("dp", ".pt."), lambda f: f.chars(43), "Doppler token {}"),
    _vendor(("pu", "l-"), lambda f: f.chars(40, HEX), "pulumi login {}"),
    _vendor(("PM", "AK-"), lambda f: f.chars(24, HEX) + "-" + f.chars(34, HEX), "Postman {}"),
    _vendor(("AT", "ATT"), lambda f: f.chars(180, URLSAFE), "Jira {} 401"),
    _vendor(("fig", "d_"), lambda f: f.chars(40, URLSAFE), "Figma token {}"),
    _vendor(("dap", "i"), lambda f: f.chars(32, HEX), "Databricks {}"),
    _vendor(("NR", "AK-"), lambda f: f.chars(27, string.ascii_uppercase + string.digits), "{}"),
    _vendor(("gl", "c_"), lambda f: f.chars(60, URLSAFE), "Grafana cloud {} denied"),
    # Heroku API keys are shaped like UUIDs (no RFC version or variant).
    _vendor(("",), _uuid_shaped, "HEROKU_API_KEY={}"),
    _vendor(
        ("AGE-SECRET", "-KEY-1"), lambda f: f.chars(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), "{}"
    ),
]


# ---- credentials in many syntaxes ----
def _cred(template: str, value: Callable[[Fake], str]) -> Template:
    def make(f: Fake) -> tuple[str, tuple[str, ...]]:
        secret = value(f)
        return _one(template.replace("{}", secret), secret)

    return make


def _pw(f: Fake) -> str:
    return f.name().capitalize() + f.pick(["!", "#", "$", "%"]) + f.digits(4)


CREDS_TUNE: Final[list[Template]] = [
    _cred("login failed password={}", _pw),
    _cred("config error api_key: {}", lambda f: f.chars(32)),
    _cred('payload {"user": "x", "token": "{}"}', lambda f: f.chars(28)),
    _cred("Authorization: Bearer {}", lambda f: f.chars(40, URLSAFE)),
    _cred("connect postgres://app:{}@db.internal:5432/app", _pw),
    _cred("secret={} rejected", lambda f: f.chars(20, LOWER)),
    _cred("export GITHUB_TOKEN={}", lambda f: f.chars(30)),
]
CREDS_HOLDOUT: Final[list[Template]] = [
    _cred('clientSecret := "{}"', lambda f: f.chars(26)),
    _cred('password       = "{}"', _pw),
    _cred('<add key="DbPassword" value="{}" />', _pw),
    _cred("curl -u elastic:{} http://search:9200", _pw),
    _cred("tool --password {} --verbose", _pw),
    _cred("SMTP_PASS={}", lambda f: "correct" + f.name() + "staple"),
    _cred("Authorization: token {}", lambda f: f.chars(40, HEX)),
    _cred("Cookie: PHPSESSID={}; path=/", lambda f: f.chars(26, LOWER + string.digits)),
    _cred("db:\n  secret: {}\n", lambda f: f.chars(24)),
    _cred("[auth]\npasswd = {}", _pw),
    _cred("'token' => '{}',", lambda f: f.chars(32)),
    _cred("set AWS_SECRET_ACCESS_KEY={}", lambda f: f.chars(40, B64)),
    _cred("X-Api-Key: {}", lambda f: f.chars(32, HEX)),
]


# ---- e-mail addresses ----
def _email_text(template: str, domain: str) -> Template:
    def make(f: Fake) -> tuple[str, tuple[str, ...]]:
        local = f.name() + f.pick([".", "_", "+"]) + f.name()
        return _one(template.replace("{}", f"{local}@{domain}"), local)

    return make


EMAILS_TUNE: Final[list[Template]] = [
    _email_text("401 for account {}", "example.com"),
    _email_text("invite to {} failed", "contoso-mail.net"),
    _email_text('{"email":"{}","plan":"pro"}', "uni.edu"),
]
EMAILS_HOLDOUT: Final[list[Template]] = [
    _email_text("mailto:{} not allowed", "fabrikam.co.uk"),
    _email_text("<{}> rejected by policy", "mail.internal"),
    _email_text("user={} quota exceeded", "gmail.com"),
    _email_text("seat owner {} (billing)", "startup.io"),
]


# ---- phone numbers ----
def _phone(template: str, number: Callable[[Fake], str]) -> Template:
    def make(f: Fake) -> tuple[str, tuple[str, ...]]:
        n = number(f)
        return _one(template.replace("{}", n), n)

    return make


PHONES_TUNE: Final[list[Template]] = [
    _phone("call {} for support", lambda f: f"+1 415 {f.digits(3)} {f.digits(4)}"),
    _phone("SMS to {} failed", lambda f: f"+44 7{f.digits(3)} {f.digits(6)}"),
    _phone("phone: {}", lambda f: f"({f.digits(3)}) {f.digits(3)}-{f.digits(4)}"),
]
PHONES_HOLDOUT: Final[list[Template]] = [
    _phone("Rückruf unter {}", lambda f: f"+49 30 {f.digits(7)}"),
    _phone(
        "tel {} unreachable",
        lambda f: f"+33 6 {f.digits(2)} {f.digits(2)} {f.digits(2)} {f.digits(2)}",
    ),
    _phone("contact {}", lambda f: f"0{f.digits(3)}.{f.digits(3)}.{f.digits(4)}"),
    _phone("whatsapp {}", lambda f: f"+91-{f.digits(5)}-{f.digits(5)}"),
]


# ---- national ids ----
def _cpf(f: Fake) -> str:
    d = [int(c) for c in f.digits(9)]
    for _ in range(2):
        s = sum(v * w for v, w in zip(d, range(len(d) + 1, 1, -1), strict=True))
        d.append((s * 10) % 11 % 10)
    t = "".join(map(str, d))
    return f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}"


IDS_TUNE: Final[list[Template]] = [
    _phone(
        "SSN {} on file", lambda f: f"{f.pick(['123', '287', '501'])}-{f.digits(2)}-{f.digits(4)}"
    ),
    _phone(
        "NINO {}",
        lambda f: f"{f.pick(['AB', 'CE', 'JT'])} {f.digits(2)} {f.digits(2)} {f.digits(2)} C",
    ),
    _phone(
        "Aadhaar {} linked",
        lambda f: f"{f.pick(['2', '5', '8'])}{f.digits(3)} {f.digits(4)} {f.digits(4)}",
    ),
]
IDS_HOLDOUT: Final[list[Template]] = [
    _phone("CPF {} inválido", _cpf),
    _phone("DNI {}", lambda f: f"{f.digits(8)}{f.pick(['T', 'R', 'W', 'A'])}"),
    _phone("Steuer-ID {}", lambda f: f"{f.pick(['1', '2', '6'])}{f.digits(10)}"),
    _phone("codice fiscale {}", lambda f: f"RSS{f.chars(3, string.ascii_uppercase)}80A01H501U"),
    _phone("ssn={}", lambda f: f"{f.pick(['412', '623'])}{f.digits(2)}{f.digits(4)}"),
]


# ---- cards and IBANs ----
def _iban(country: str, bban_len: int) -> Callable[[Fake], str]:
    def make(f: Fake) -> str:
        bban = f.digits(bban_len)
        return country + iban_check_digits(country, bban) + bban

    return make


def _grouped(value: str, sep: str) -> str:
    return sep.join(value[i : i + 4] for i in range(0, len(value), 4))


CARDS_TUNE: Final[list[Template]] = [
    _phone("card {} declined", lambda f: f.luhn("4", 16)),
    _phone("charge to {} failed", lambda f: _grouped(f.luhn("5", 16), " ")),
    _phone("IBAN {} invalid", _iban("DE", 18)),
]
CARDS_HOLDOUT: Final[list[Template]] = [
    _phone("card {} expired", lambda f: _grouped(f.luhn("41", 16), ".")),
    _phone("amex {}", lambda f: f.luhn("37", 15)),
    _phone("SEPA to {} rejected", lambda f: _grouped(_iban("FR", 23)(f), " ")),
    _phone("iban={}", _iban("NL", 14)),
]


# ---- hosts and addresses ----
HOSTS_TUNE: Final[list[Template]] = [
    _phone(
        "connect ECONNREFUSED {}:5432", lambda f: f"10.{f.digits(2)}.{f.digits(1)}.{f.digits(2)}"
    ),
    _phone("getaddrinfo ENOTFOUND {}", lambda f: f"{f.name()}.corp.internal"),
    _phone("proxy {} timed out", lambda f: f"http://{f.name()}.lan:3128"),
]
HOSTS_HOLDOUT: Final[list[Template]] = [
    _phone("NAS at {} unreachable", lambda f: f"{f.name()}01.fritz.box"),
    _phone("ssh: connect to host {} port 22", lambda f: f"build-{f.name()}.local"),
    _phone("peer {} reset", lambda f: f"192.168.{f.digits(2)}.{f.digits(2)}"),
    _phone("remote {}", lambda f: f"fe80::{f.chars(4, HEX)}:{f.chars(4, HEX)}"),
    _phone("git fetch from {} failed", lambda f: f"git.{f.name()}-intra.net"),
]


# ---- user paths on every OS ----
def _user_path(template: str) -> Template:
    def make(f: Fake) -> tuple[str, tuple[str, ...]]:
        user = f.name()
        return _one(template.replace("{}", user), user)

    return make


PATHS_TUNE: Final[list[Template]] = [
    _user_path("ENOENT: open '/home/{}/proj/x.ts'"),
    _user_path("Cannot read C:\\Users\\{}\\proj\\settings.json"),
    _user_path("EACCES /Users/{}/Library/Caches/acme"),
    _user_path("file:///home/{}/work/app.ts has errors"),
]
PATHS_HOLDOUT: Final[list[Template]] = [
    _user_path("bash: /c/Users/{}/bin/tool: not found"),
    _user_path("open \\\\?\\C:\\Users\\{}\\AppData\\x.db failed"),
    _user_path("gcc -I/home/{}/include -c main.c"),
    _user_path("WSL path /mnt/c/Users/{}/src"),
    _user_path("cwd=~{}/projects"),
    _user_path("/var/home/{}/.config/app.json is locked"),
]


# ---- file names ----
def _file(template: str, stem: Callable[[Fake], str]) -> Template:
    def make(f: Fake) -> tuple[str, tuple[str, ...]]:
        name = stem(f)
        return _one(template.replace("{}", name), name)

    return make


FILES_TUNE: Final[list[Template]] = [
    _file("ENOENT: open 'reports/{}.xlsx'", lambda f: f"salary-{f.name()}-2025"),
    _file("cannot parse {}.docx", lambda f: f"divorce-settlement-{f.name()}"),
    # The file part of a stack frame is a name like any other.
    _file("Error: boom\n    at handler (src/{}.js:3:9)", lambda f: f"webhook-{f.name()}-hook"),
    # A document's name in quotes, with spaces; scans and photos; archives.
    _user_path("ENOENT: no such file 'Medical Records {} 2024.pdf'"),
    _user_path("upload failed: {}_passport_scan.jpeg is too large"),
    _user_path("extracting {}-photos-2023.tar.gz failed"),
    # Spreadsheets, slides, mail, mail stores, password safes, keys.
    _user_path("open {}-payroll.csv: permission denied"),
    _user_path("cannot render Q3-board-{}.pptx"),
    _user_path("attachment {}_resignation.eml exceeds the limit"),
    _user_path("Outlook data file archive-{}.pst is in use"),
    _user_path("database {}.kdbx is locked"),
    _user_path("PEM_read_bio: cannot read {}-prod.pem"),
    # A dot-file and a name with no extension at all.
    _user_path("failed to parse .env.{}"),
    _user_path("EISDIR: illegal operation on a directory, read '{}-contract-final'"),
    # Windows and relative paths, and frames outside any safe root.
    _user_path("Cannot open D:\\Shared\\{}-budget.xlsx"),
    _user_path("wrote ./exports/{}-customers.json"),
    _user_path("TypeError: x is undefined\n    at run (C:\\work\\{}-hr\\index.js:10:5)"),
    _user_path('Traceback:\n  File "/srv/{}-billing/app.py", line 3, in run'),
    _user_path("Error\n    at {}-report.ts:12:3"),
    _user_path("Error: boom\n    at render (/srv/app/node_modules/.vite/deps/{}-page.js:3:9)"),
    # A bare name, as a field that expects a name may get it.
    _user_path("{}-forecast.json"),
    _user_path("{}-backup.tar.bz2"),
    _user_path("{}_resume_final"),
]
FILES_HOLDOUT: Final[list[Template]] = [
    _file("upload of <path>/{}.pdf failed", lambda f: f"hiv-test-results-{f.name()}"),
    _file("'DANGEROUS/{}' not found", lambda f: f"layoffs_{f.name()}.csv"),
    _file("open {} failed", lambda f: f"{f.name()}_passport_scan.png"),
    _file(
        'Traceback (most recent call last):\n  File "{}", line 3, in run\nValueError: x',
        lambda f: f"ssn_{f.digits(3)}-{f.digits(2)}-{f.digits(4)}.py",
    ),
]


# ---- model paths ----
MODELS_TUNE: Final[list[Template]] = [
    _user_path("/home/{}/models/llama-3-8b.gguf"),
    _file("{}", lambda f: f"ft:gpt-4o-mini:{f.name()}-corp:secret-proj:{f.chars(8, LOWER)}"),
    # A model under a person's or a company's namespace (Hugging Face, Ollama).
    _user_path("{}/llama-3-8b-finetune"),
    _user_path("hf.co/{}/qwen2.5-coder-7b-sft-GGUF:Q4_K_M"),
    _user_path("{}/codellama:13b-q5"),
    _user_path("huggingface/{}-labs/mistral-7b-instruct-dpo"),
    # Weights on disk: LM Studio and GGUF / safetensors paths on each OS, file URIs.
    _user_path("D:\\llm\\{}-merged-7b.Q5_K_M.gguf"),
    _user_path("/Volumes/{}/lmstudio/mistral-7b-instruct.safetensors"),
    _user_path("file:///opt/models/{}-lora/adapter_model.safetensors"),
    _user_path("./checkpoints/{}-7b"),
    # Fine-tunes, deployments and endpoints that name an organisation or project.
    _user_path("ft:gpt-3.5-turbo-0125:{}::9xQ2bLmA"),
    _user_path("azure/{}-gpt4o-prod"),
    _phone(
        "arn:aws:bedrock:us-east-1:{}:provisioned-model/abcd1234efgh",
        lambda f: f.digits(12),
    ),
    _user_path("projects/{}-ml-prod/locations/us-central1/endpoints/1234567890"),
    _user_path("registry.{}.internal:5000/llm/llama3:8b"),
    _user_path("openai/{}-assistant-v2"),
]
MODELS_HOLDOUT: Final[list[Template]] = [
    _file("{}/models/llama.gguf", lambda f: f.name()),
    _file("hf.co/{}/private-finetune-GGUF", lambda f: f.name() + "-org"),
    _file("C:\\Models\\{}\\mistral.gguf", lambda f: f.name()),
]


# ---- code and prompts ----
CODE_TUNE: Final[list[Template]] = [
    _file(
        "SyntaxError near: const {} = computeBonus(emp)",
        lambda f: f"bonusFor{f.name().capitalize()}",
    ),
    _file("prompt was: summarize the {} merger memo", lambda f: f.name().capitalize()),
]
CODE_HOLDOUT: Final[list[Template]] = [
    _file("SELECT salary FROM staff WHERE name = '{}'", lambda f: f.person()),
    _file("--- a/src/{}.py\n+++ b/src/{}.py\n@@ -1 +1 @@\n-x\n+y", lambda f: f.name()),
    _file("user asked: draft a letter firing {} tomorrow", lambda f: f.person()),
]


# ---- evasions ----
def _evasion(kind: str) -> Template:
    def make(f: Fake) -> tuple[str, tuple[str, ...]]:
        secret = "gh" + "p_" + f.chars(36) if kind != "html" else "sk-" + "proj-" + f.chars(40)
        if kind == "zero-width":
            sent = "\u200b".join([secret[:10], secret[10:20], secret[20:]])
            return f"token {sent}", (secret,)
        if kind == "full-width":
            sent = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in secret)
            return f"token {sent}", (secret, sent)
        if kind == "base64":
            sent = base64.b64encode(f"user:{secret}".encode()).decode()
            return f"blob {sent}", (secret, sent)
        if kind == "percent":
            sent = urllib.parse.quote(f"key={secret}", safe="")
            return f"GET /cb?state={sent}", (secret,)
        if kind == "unicode-escape":
            sent = "".join(f"\\u{ord(c):04x}" for c in secret)
            return f"value {sent}", (secret, sent)
        sent = html.escape(f'<k v="{secret}">').replace("s", "&#115;", 1)
        return f"markup {sent}", (secret,)

    return make


EVASIONS_TUNE: Final[list[Template]] = [
    _evasion("zero-width"),
    _evasion("base64"),
    _evasion("percent"),
]
EVASIONS_HOLDOUT: Final[list[Template]] = [
    _evasion("full-width"),
    _evasion("unicode-escape"),
    _evasion("html"),
]


# ---- long strings: a secret buried deep, near the field limits ----
_FILLER = "Request failed with status code 500 while streaming the completion. "


def _long(position: float, vendor: Template) -> Template:
    def make(f: Fake) -> tuple[str, tuple[str, ...]]:
        text, secrets = vendor(f)
        n = int(60 * position)
        return _FILLER * n + text + " " + _FILLER * (60 - n), secrets

    return make


LONG_TUNE: Final[list[Template]] = [_long(0.5, VENDORS_TUNE[0]), _long(0.9, CREDS_TUNE[0])]
LONG_HOLDOUT: Final[list[Template]] = [
    _long(0.1, VENDORS_HOLDOUT[1]),
    _long(0.99, CREDS_HOLDOUT[0]),
]


# ---- initialize params: planted by the runner into clientInfo, options, workspace ----
INIT_TUNE: Final[list[Template]] = [
    _user_path("/home/{}/work"),
    _vendor(("gh", "p_"), lambda f: f.chars(36), "{}"),
    _email_text("{}", "example.com"),
]
INIT_HOLDOUT: Final[list[Template]] = [
    _phone("{}", _iban("GB", 18)),
    _user_path("C:\\Users\\{}\\src"),
    _file("{}", lambda f: f"{f.name()}-laptop.local"),
]

CATEGORIES: Final[dict[str, tuple[list[Template], list[Template]]]] = {
    "vendor-keys": (VENDORS_TUNE, VENDORS_HOLDOUT),
    "credentials": (CREDS_TUNE, CREDS_HOLDOUT),
    "emails": (EMAILS_TUNE, EMAILS_HOLDOUT),
    "phones": (PHONES_TUNE, PHONES_HOLDOUT),
    "national-ids": (IDS_TUNE, IDS_HOLDOUT),
    "cards-ibans": (CARDS_TUNE, CARDS_HOLDOUT),
    "hosts": (HOSTS_TUNE, HOSTS_HOLDOUT),
    "user-paths": (PATHS_TUNE, PATHS_HOLDOUT),
    "file-names": (FILES_TUNE, FILES_HOLDOUT),
    "model-paths": (MODELS_TUNE, MODELS_HOLDOUT),
    "code-and-prompts": (CODE_TUNE, CODE_HOLDOUT),
    "evasions": (EVASIONS_TUNE, EVASIONS_HOLDOUT),
    "split-fields": (VENDORS_TUNE + CREDS_TUNE, VENDORS_HOLDOUT + CREDS_HOLDOUT),
    "long-strings": (LONG_TUNE, LONG_HOLDOUT),
    "initialize-params": (INIT_TUNE, INIT_HOLDOUT),
}


def _split(category: str, text: str, secrets: tuple[str, ...]) -> Planted:
    """The text cut in the middle of its (first) secret, each half in its own field."""
    secret = secrets[0]
    start = text.index(secret)
    cut = start + len(secret) // 2
    halves = (secret[: len(secret) // 2], secret[len(secret) // 2 :])
    kept = tuple(h for h in halves if len(h) >= 8)
    return Planted(category, text, kept or (secret,), (text[:cut], text[cut:]))


def samples(half: Half) -> list[Planted]:
    """`PER_CATEGORY` samples of every category for one half, from its seed."""
    f = Fake(TUNE_SEED if half == "tune" else HOLDOUT_SEED)
    out: list[Planted] = []
    for category, (tune, holdout) in CATEGORIES.items():
        templates = tune if half == "tune" else holdout
        for i in range(PER_CATEGORY):
            text, secrets = templates[i % len(templates)](f)
            if category == "split-fields":
                out.append(_split(category, text, secrets))
            else:
                out.append(Planted(category, text, secrets))
    return out


def tune_samples() -> list[Planted]:
    """The half the anonymizer may be tuned on."""
    return samples("tune")


def holdout_samples() -> list[Planted]:
    """The half nobody tunes on: other seed, other templates, other vendors."""
    return samples("holdout")
