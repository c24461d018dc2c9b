"""Messages written by black-box reviews, each with the private values it holds.

Each review was written by someone who had read none of the rules, from what real
software prints, with the values that must not survive listed beside each message; a
message without private values says what such a message keeps. A review's *tune* half
was read and tuned on; a *holdout* half was measured before anyone read it.

- **translated** — how PostgreSQL, MySQL, SQL Server, Oracle, git, .NET, Windows, LDAP
  and business applications print errors in 24 (tune, 300 messages) and 22 (holdout,
  200; another author, written after the tune half's rules) languages, and prompts
  typed in them: names, logins, passwords, ids, dates of birth, addresses, hosts.
- **agent** — an assistant's own errors in agent mode: tool calls with their arguments,
  MCP servers, terminal commands, model API errors echoing requests, context and
  checkpoint notices, the agent's git, indexing, rate limits, settings echoing someone's
  configuration (tune, 250 messages, read after it was measured); terminal commands of
  cloud and database tools, diffs, MCP launch lines, provider errors naming deployments
  and accounts, retrieval, crash frames and code review bots (holdout, 220, another
  author, unread).
- **agent-third** — a third author's agent-mode messages, 300 in sixteen kinds (terminal,
  MCP, provider, git, code review bots, file edits, search, retrieval, cloud and
  database command lines, CI, integrations, settings, sign-in, notebooks, crashes),
  measured whole before anyone read it, then split by kind (seed 20261203) into a tune
  half (140, read) and a holdout half (160, unread).
- **review-bots** — what code review and pull-request tooling prints (CodeRabbit, Copilot
  code review, PR-Agent, linters on a pull request, quality gates, security scans, CI
  checks, branch policies, commit linters, mentions), 200 messages by a fourth author,
  measured whole before anyone read it, then split by kind (seed 20261204) into a tune
  half (100, read) and a holdout half (100, unread).
- **terminal** — command lines an agent ran and what the tools printed (git, containers,
  Kubernetes, infrastructure as code, cloud and PaaS command lines, databases, package
  managers, builds, HTTP, shell, ssh), 228 messages by a fifth author, measured whole
  before anyone read it, then split by kind (seed 20261205) into a tune half (108, read)
  and a holdout half (120, unread).
- **data-science** — what notebooks and data tooling print (pandas, NumPy and
  scikit-learn, PyTorch and TensorFlow, SQLAlchemy's drivers, Spark, polars and DuckDB,
  plotting, Jupyter, Hugging Face datasets, MLflow and Weights & Biases, dbt, Great
  Expectations and pandera, Airflow and Prefect), 260 messages by a sixth author, rows'
  values echoed in errors among them, measured whole before anyone read it, then split by
  kind (seed 20261206) into a tune half (122, read) and a holdout half (138, unread).
- **web-mobile** — what web and mobile app development prints (browser consoles, Next.js
  and Vite, React, React Native and Expo, Gradle and logcat, Xcode and App Store
  Connect, Flutter, Firebase, payment, sign-in and messaging SDKs, API clients, ORMs,
  end-to-end tests, deploy command lines, analytics SDKs), 240 messages in sixteen kinds
  by a seventh author, measured whole before anyone read it (22 of the 192 with private
  values leaking, the same at `9581d59` and at the commit it was added on; 27 of the 48
  without any unchanged), then split by kind (seed 20261207, eight kinds a half) into a
  tune half (120, read) and a holdout half (120, unread).
- **backend** — what backend services and their operations print (Spring, ASP.NET Core,
  Go services, Rails, Django and Flask, Node services, Kafka and RabbitMQ, Redis, search
  engines, SQL databases, scheduled jobs, mail and PDF generation, object storage, sign-in
  services, observability, configuration), 240 messages in sixteen kinds by an eighth
  author, measured whole before anyone read it, at `9581d59` (20 of the 192 with private
  values leaking, 16 of the 48 without any unchanged) and at the commit it was added on
  (16 and 16), then split by kind (seed 20261208, eight kinds a half) into a tune half
  (120, read) and a holdout half (120, unread).
- **editor** — what the editor and its extensions print (the extension host, language
  servers, debuggers, Remote-SSH, Dev Containers, WSL and Codespaces, notebooks, source
  control, Settings Sync and accounts, tasks and the terminal, the marketplace, test
  adapters, AI extensions, JetBrains IDEs and Neovim, workspace files, crash reports),
  240 messages in sixteen kinds by a ninth author, measured whole before anyone read it
  at `2d6dff2` (19 of the 192 with private values leaking, 38 of the 48 without any
  unchanged), then split by kind (seed 20261209, eight kinds a half) into a tune half
  (120, read) and a holdout half (120, unread).
- **security** — what identity, security and networking tools print (SAML and SSO, OIDC
  and OAuth, VPNs, proxies and firewalls, TLS certificates, secret managers, cloud IAM,
  MFA and passwords, LDAP and Kerberos, ssh keys, scanners, audit logs and SIEM alerts,
  DNS and the network, Kubernetes' security, mail security, device management), 240
  messages in sixteen kinds by a tenth author, measured whole before anyone read it at
  `737ff2f` (34 of the 192 with private values leaking, 25 of the 48 without any
  unchanged; 34 and 24 at `4e6ebde`, before the editor review's and a white-box
  review's rules), then split by kind (seed 20261210, eight kinds a half) into a tune
  half (120, read) and a holdout half (120, unread).
- **business** — what developing business software prints, with its company's and its
  customers' data in it (Salesforce, SAP, HR and payroll, payments, accounting and
  invoicing, healthcare's HL7 and FHIR, insurance claims, banking's ISO 20022, SWIFT and
  ACH files, e-commerce, logistics and EDI, CRM and support desks, education, government
  forms, legal documents and e-signature, property management, marketing e-mail), 240
  messages in sixteen kinds by an eleventh author, measured whole before anyone read it
  at `16afd22` (59 of the 192 with private values leaking, 19 of the 48 without any
  unchanged; 60 and 19 at `75ad8f4`, before that round's rules), then split by kind
  (seed 20261211, eight kinds a half) into a tune half (120, read) and a holdout half
  (120, unread: banking, CRM and support, education, healthcare, logistics and EDI,
  payments, Salesforce, SAP). Its author counted record ids (Salesforce's, Stripe's,
  IDoc numbers) and amounts beside a named person as private, where the rules keep a
  number of seven digits or fewer and a name made of known words.

A value a provider rule knows (an API key's format) is stored cut by ``{cut}``, which
loading takes out, so the files hold nothing a secret scanner takes for a real key.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from tests.corpus.adversarial import Half
from tests.corpus.measure import Tally, through_field

_FOLDER: Final = Path(__file__).with_name("reviews")
_CUT: Final = "{cut}"
# Each review and the halves it has.
REVIEWS: Final[dict[str, tuple[Half, ...]]] = {
    "translated": ("tune", "holdout"),
    "agent": ("tune", "holdout"),
    "agent-third": ("tune", "holdout"),
    "review-bots": ("tune", "holdout"),
    "terminal": ("tune", "holdout"),
    "data-science": ("tune", "holdout"),
    "web-mobile": ("tune", "holdout"),
    "backend": ("tune", "holdout"),
    "editor": ("tune", "holdout"),
    "security": ("tune", "holdout"),
    "business": ("tune", "holdout"),
}


@dataclass(frozen=True)
class ReviewSample:
    """One message, its language, its kind and the values that must not survive it."""

    lang: str
    kind: str
    text: str
    private: tuple[str, ...]


def samples(review: str, half: Half) -> list[ReviewSample]:
    """The messages of one half of a review, in the order written."""
    out: list[ReviewSample] = []
    path = _FOLDER / f"{review}-{half}.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out.append(
            ReviewSample(
                lang=row["lang"],
                kind=row["kind"],
                text=row["text"].replace(_CUT, ""),
                private=tuple(p.replace(_CUT, "") for p in row["private"]),
            )
        )
    return out


@dataclass(frozen=True)
class ReviewFigures:
    """How many messages with private values leaked one of them through `message`, by
    kind, and how many without any came through unchanged."""

    leaked: Tally
    by_kind: dict[str, tuple[int, int]]
    unchanged: Tally


def measure(review: str, half: Half) -> ReviewFigures:
    """Each message of one half through the `message` field of an `error` event."""
    leaked = Counter[str]()
    totals = Counter[str]()
    clean = Tally()
    for sample in samples(review, half):
        out = through_field("message", sample.text)
        if not sample.private:
            clean.add(out == sample.text)
            continue
        totals[sample.kind] += 1
        if any(value in out for value in sample.private):
            leaked[sample.kind] += 1
    return ReviewFigures(
        leaked=Tally(sum(leaked.values()), sum(totals.values())),
        by_kind={kind: (leaked[kind], totals[kind]) for kind in sorted(totals)},
        unchanged=clean,
    )
