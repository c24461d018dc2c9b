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
- every label before that is a service's public page (``docs``, ``api``, ``www``,
  ``python``) or an API's version (``v2``): a customer's tenant
  (``acme.openai.azure.com``), an environment (``dev.``, ``console.``, ``app.``), an
  internal service (``jenkins.pydantic.dev``) or anything else in front of the name
  keeps the host private; under ``.org``, a foundation's or a project's, another
  project's name may stand there too (``v2.jupyter.org``).

Hosts that serve many accounts' pages (``esbuild.github.io``, ``pydantic.readthedocs.io``)
are a project's when the account in front of them is a project's name.

A name is a project's (`is_project_account`) when it is coined: a software word that
English does not write (`coined_words`: ``vercel``, ``pydantic``, ``deno``), and neither
a census given name nor one of the commonest census surnames, alone or with a
conventional suffix (``vitest-dev``, ``cohere-ai``, ``jestjs``). A company named with an
everyday word (``beacon``, ``target``, ``oracle``) is nobody's project by that word, and
neither is ``microsoft``: its repositories may be private. Of 7,872 logins of real
contributors, 8 are such names (``noreply``, ``gitleaks``, ``tox``, …).

Only a project's documentation keeps its path (`is_project_documentation`: its host's
label, ``docs.``, or its path's first part, ``/docs``, ``/config``, ``/guide``), judged
word by word as any text is, and a fragment without ``=`` (a section). Elsewhere on a
project's service a path names its customers' accounts and projects
(``wandb.ai/<entity>/<project>``) and becomes ``<path>``.
"""

from __future__ import annotations

import re
from typing import Final

from consentry.anonymize.person_names import given_names, surnames
from consentry.anonymize.vocabulary import coined_words, package_names

__all__ = [
    "is_project_account",
    "is_project_documentation",
    "is_project_host",
    "is_project_repository",
]


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
    "www www2 docs doc api apis developer developers registry cdn download downloads dl"
    " blog community forum forums discuss learn status help support get pkg packages"
    " reference guide guides static assets files raw releases release wiki plugins"
    " extensions marketplace en python py js ts node java go rust stable"
)
# A version of a service's API in front of its name ("v2.jupyter.org").
_API_VERSION_RE: Final = re.compile(r"v\d{1,2}")
# RFC 2606's names for documentation to write in place of anyone's own host.
_RESERVED_NAMES: Final = _words("example")
# Hosts whose first label is an account of theirs: a project's pages or documentation.
_ACCOUNT_HOSTS: Final = _words(
    "github.io gitlab.io readthedocs.io readthedocs.org netlify.app vercel.app pages.dev"
)
# What projects put after their name in an account or a domain ("vitest-dev",
# "cohere-ai", "jestjs", "typescriptlang").
_ACCOUNT_SUFFIXES: Final = _words("dev ai org sh js io lang py python sdk")
_JOINED_SUFFIXES: Final = ("js", "py", "lang", "dev")


def _project_word(word: str) -> bool:
    # A coined name: a company or a person named with an everyday word ("beacon",
    # "target", "oracle") is no project's by that word. A rare surname coined for a
    # program is the program's far more often than a login ("deno"); a given name or a
    # common surname is not.
    return (
        word.isalpha()
        and word in coined_words()
        and word not in given_names()
        and word not in surnames().common
    )


def is_project_account(name: str) -> bool:
    """True when `name` (an account on a code host, or a domain's name) is a public
    software project's: a coined software word that is no person's name, perhaps with
    one of the suffixes projects add (``-dev``, ``-ai``, ``js``)."""
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
        # A foundation's or a project's .org names its own projects in front, not
        # customers' tenants (a name coined for a project, never a word or a person's).
        return all(
            label in _SERVICE_LABELS
            or _API_VERSION_RE.fullmatch(label)
            or is_project_account(label)
            for label in front
        )
    return all(label in _SERVICE_LABELS or _API_VERSION_RE.fullmatch(label) for label in front)


# A project's documentation: by its host's label, or by the first part of its path.
_DOCUMENTATION_LABELS: Final = _words(
    "docs doc developer developers learn reference guide guides wiki blog en"
)
_DOCUMENTATION_ROUTES: Final = _words(
    "docs doc guide guides reference config learn blog tutorial tutorials"
    " getting-started handbook manual faq changelog releases download downloads install"
    " installation en latest stable"
)


def is_project_documentation(host: str, path: str) -> bool:
    """True when `path` on the project host `host` is its documentation: the host says so
    by a label (``docs.pydantic.dev``) or the path by its first part (``vitest.dev/config``).
    Elsewhere on a project's service (``wandb.ai/<entity>/<project>``) a path names its
    customers' accounts and projects."""
    if any(label in _DOCUMENTATION_LABELS for label in host.split(".")[:-2]):
        return True
    return path.strip("/").split("/", 1)[0].lower() in _DOCUMENTATION_ROUTES


# The words projects name their repositories with besides their own names
# ("openai-python", "anthropic-sdk-typescript", "vscode-eslint").
_REPOSITORY_WORDS: Final = _words(
    "sdk python py js ts typescript javascript node go golang rust java kotlin swift ruby"
    " php cli core docs api plugin plugins action actions vscode extension server client"
    " examples lib"
)
_REPOSITORY_PART_RE: Final = re.compile(r"[A-Za-z]+")


def is_project_repository(name: str) -> bool:
    """True when the repository `name` is named as public projects name theirs: every
    word a coined name, an npm package's or one of `_REPOSITORY_WORDS` ("tiktoken",
    "openai-python", "vitest"), no number longer than a version's part. A repository
    named in everyday words ("payroll-service", "acquisition-of-startup") may be anyone's
    private one."""
    words = _REPOSITORY_PART_RE.findall(name)
    return bool(words) and all(
        w.lower() in _REPOSITORY_WORDS or _project_word(w.lower()) or w.lower() in package_names()
        for w in words
    )
