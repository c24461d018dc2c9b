"""Public software projects' own hosts and accounts, known by their names.

An assistant's errors point to the documentation, registry or issue tracker of the
library that failed ("see https://docs.llamaindex.ai/…", "https://vitest.dev/config/",
"https://github.com/openai/tiktoken/issues"). No hand-kept list of hosts can follow every
project, and a host or code-host account that is not known is replaced as if it were a
company's private one. A project's name, though, is in the software vocabulary the
allow-list already reads from maintained packages (cspell's package and tool names, the
model registry's providers, Python's names): those names are public by construction.

A host is a project's (`is_project_host`) when all of these hold:

- it ends in a public top-level domain (no ``corp``, ``lan``, ``internal`` and the like);
- the label before it is a project's name (`is_project_account`): ``vitest.dev``,
  ``onnxruntime.ai``, ``jestjs.io``;
- every label before that is a service's page (``docs``, ``api``, ``www``, ``python``):
  a customer's tenant (``acme.openai.azure.com``), an internal service
  (``jenkins.pydantic.dev``) or anything else in front of the name keeps the host private;
  under ``.org``, a foundation's or a project's, words and identifiers may stand there
  too (``maven.apache.org``, ``v2.jupyter.org``): its own projects, no customers.

Hosts that serve many accounts' pages (``esbuild.github.io``, ``pydantic.readthedocs.io``)
are a project's when the account in front of them is a project's name.

A name is a project's (`is_project_account`) when it is a software word that is neither
a census given name nor one of the commonest census surnames, alone or with a
conventional suffix (``vitest-dev``, ``cohere-ai``, ``jestjs``, ``rust-lang``). Of 7,872
logins of real contributors, 80 are such words; nearly all are a service's own or an
everyday word (``github``, ``noreply``, ``debian``, ``hello``), and each of them already
passes in free text as the word it is.
"""

from __future__ import annotations

from typing import Final

from consentry.anonymize.person_names import given_names, surnames
from consentry.anonymize.vocabulary import is_known_identifier, software_words

__all__ = ["is_project_account", "is_project_host", "is_project_pages"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Top-level domains delegated in the public DNS that projects' sites use; private names
# (corp, lan, internal, local, home, …) are not among them.
_PUBLIC_TLDS: Final = _words(
    "com net org edu io dev app ai co sh rs me so gg tv xyz site page cloud tech info"
    " us uk de fr nl eu ca au jp cn ch se fi dk cz ie nz"
)
# A service's pages in front of a project's name ("docs.", "api.", "python.").
_SERVICE_LABELS: Final = _words(
    "www www2 docs doc api apis platform console app dashboard status help support"
    " developer developers dev registry cdn download downloads dl blog community forum"
    " forums discuss learn cloud portal auth login accounts get pkg packages reference"
    " guide guides static assets files raw releases release wiki plugins extensions"
    " marketplace en python py js ts node java go rust nightly beta canary stable latest"
)
# RFC 2606's names for documentation to write in place of anyone's own host.
_RESERVED_NAMES: Final = _words("example")
# A service's pages where a sign-in may hand a token over in the URL's fragment.
_SIGN_IN_LABELS: Final = _words("api apis auth login accounts console dashboard portal app")
# Hosts whose first label is an account of theirs: a project's pages or documentation.
_ACCOUNT_HOSTS: Final = _words(
    "github.io gitlab.io readthedocs.io readthedocs.org netlify.app vercel.app pages.dev"
)
# What projects put after their name in an account or a domain ("vitest-dev",
# "cohere-ai", "jestjs", "typescriptlang").
_ACCOUNT_SUFFIXES: Final = _words("dev ai org sh js io labs team hq inc lang py python sdk ml")
_JOINED_SUFFIXES: Final = ("js", "py", "lang", "hq", "dev")


def _project_word(word: str) -> bool:
    # A rare surname that is a software word is the project's name far more often than
    # a login ("rust", "jest", "deno", "vue"); a given name or a common surname is not.
    return (
        word.isalpha()
        and word in software_words()
        and word not in given_names()
        and word not in surnames().common
    )


def is_project_account(name: str) -> bool:
    """True when `name` (an account on a code host, or a domain's name) is a public
    software project's: a software word that is no person's name, perhaps with one of
    the suffixes projects add (``-dev``, ``-ai``, ``js``)."""
    name = name.lower()
    head, _, suffix = name.partition("-")
    if suffix:
        return suffix in _ACCOUNT_SUFFIXES and _project_word(head)
    if _project_word(name):
        return True
    return any(
        name.endswith(end) and len(name) - len(end) >= 3 and _project_word(name[: -len(end)])
        for end in _JOINED_SUFFIXES
    )


def is_project_host(host: str) -> bool:
    """True when `host` (lower case, no port) is a public software project's own host:
    a service's pages in front of a project's name and a public top-level domain, or a
    project's account on a host of many accounts' pages."""
    labels = host.split(".")
    if len(labels) < 2 or labels[-1] not in _PUBLIC_TLDS:
        return False
    if len(labels) >= 3 and ".".join(labels[-2:]) in _ACCOUNT_HOSTS:
        name, front = labels[-3], labels[:-3]
    else:
        name, front = labels[-2], labels[:-2]
    if name in _RESERVED_NAMES or not is_project_account(name):
        return False
    if labels[-1] == "org":
        # A foundation's or a project's .org names its own projects and pages in front
        # (maven.apache.org, peps.python.org, v2.jupyter.org), not customers' tenants.
        return all(label in _SERVICE_LABELS or is_known_identifier(label) for label in front)
    return all(label in _SERVICE_LABELS for label in front)


def is_project_pages(host: str) -> bool:
    """True when `host` is a project's own host (`is_project_host`) that serves pages to
    read, not a sign-in or an API: a fragment there names a section of a page."""
    return is_project_host(host) and not any(
        label in _SIGN_IN_LABELS for label in host.split(".")[:-2]
    )
