"""The registry of model names: LiteLLM's model list as the ``tokencost`` package ships it.

``tokencost`` keeps LiteLLM's ``model_prices.json`` (about 1,500 model ids with their
providers) inside its wheel. The file is read directly, without importing ``tokencost``
(which would import ``tiktoken`` and an HTTP client): the server's start stays cheap
and the registry is read once, on first use, after ``initialize`` has been answered.

Its model families (`model_families`: ``llama``, ``qwen``, ``claude``) are what the model
field takes as evidence that an id outside the registry names a model.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import threading
from pathlib import Path
from typing import Final

__all__ = [
    "COMMON_ZIPF",
    "family_candidates",
    "family_leads",
    "load_registry",
    "model_families",
    "registry_namespaces",
    "registry_words",
]

_PART_RE: Final = re.compile(r"[A-Za-z]+")
# The leading letters of a model name: "llama" of "llama-3.1-8b", "claude" of
# "anthropic.claude-3-haiku", "qwq" of "qwq-32b".
_FAMILY_RE: Final = re.compile(r"[a-z]{3,}")
# wordfreq's Zipf 4 is once per 100,000 words: "text", "chat", "code", "open", "best",
# "together" lead model names of the registry but are everyone's words.
COMMON_ZIPF: Final = 4.0
_families: dict[str, float] | None = None
_lock = threading.Lock()
_registry: frozenset[str] | None = None
_namespaces: frozenset[str] | None = None
_fields: frozenset[str] = frozenset()


def _registry_file() -> Path | None:
    spec = importlib.util.find_spec("tokencost")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "model_prices.json"
    return path if path.is_file() else None


def _read() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The registry's ids and providers, its namespaces (providers and organisations),
    and the names of its entries' fields (``litellm_provider``, ``max_input_tokens``)."""
    nothing: frozenset[str] = frozenset()
    path = _registry_file()
    if path is None:
        return nothing, nothing, nothing
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return nothing, nothing, nothing
    if not isinstance(data, dict):
        return nothing, nothing, nothing
    names: set[str] = set()
    namespaces: set[str] = set()
    fields: set[str] = set()
    for key, value in data.items():
        if not isinstance(key, str) or key == "sample_spec":
            continue
        names.add(key.lower())
        # "together_ai/meta-llama/Llama-3-8b": a provider, then the publishing organisation.
        namespaces.update(key.lower().split("/")[:-1])
        if not isinstance(value, dict):
            continue
        fields.update(f.lower() for f in value if isinstance(f, str))
        provider = value.get("litellm_provider")
        if isinstance(provider, str):
            names.add(provider.lower())
            namespaces.add(provider.lower())
    return frozenset(names), frozenset(namespaces), frozenset(fields)


def load_registry() -> frozenset[str]:
    """Every model id of the registry (lower case), with and without its provider prefix."""
    global _registry, _namespaces, _fields
    if _registry is not None:
        return _registry
    with _lock:
        if _registry is None:
            read, _namespaces, _fields = _read()
            names = set(read)
            # "openai/gpt-4o" is also known as "gpt-4o"; "bedrock/us-east-1/x" as "x".
            names.update(n.rsplit("/", 1)[-1] for n in list(names))
            _registry = frozenset(names)
    return _registry


def registry_namespaces() -> frozenset[str]:
    """Every provider and publishing organisation the registry's ids name (lower case).

    ``openrouter``, ``meta-llama``, ``mistralai``, ``accounts``: the part of an id before
    its last ``/``. A namespace outside this set is a person's or a company's own.
    """
    load_registry()
    return _namespaces or frozenset()


def registry_words() -> set[str]:
    """The letter runs of every model id and provider (``qwen``, ``gguf``, ``ollama``) and
    of the registry's field names, in which its providers' errors and settings speak
    (``litellm`` of ``litellm_provider``)."""
    out: set[str] = set()
    for name in (*load_registry(), *_fields):
        out.update(p for p in _PART_RE.findall(name) if len(p) >= 3)
    return out


def _family_runs() -> tuple[set[str], set[str]]:
    """The leading letter runs of the registry's names, and all their letter runs."""
    leading: set[str] = set()
    inner: set[str] = set()
    for name in load_registry():
        for part in name.rsplit("/", 1)[-1].split("."):
            runs = _FAMILY_RE.findall(part)
            if runs and _FAMILY_RE.match(part):
                leading.add(runs[0])
            inner.update(runs)
    return leading, inner


@functools.cache
def family_leads() -> frozenset[str]:
    """The leading letter runs of the registry's names, and of each ``.`` part of a name
    (``llama`` of ``llama-3.1-8b``, ``claude`` of ``anthropic.claude-3-haiku``): what a
    model's name starts with, words among them."""
    return frozenset(_family_runs()[0])


def family_candidates() -> frozenset[str]:
    """Every letter run that `model_families` may take: the vocabulary reads their
    English frequencies in its one pass over wordfreq's list."""
    leading, inner = _family_runs()
    return frozenset(leading | inner)


def model_families() -> dict[str, float]:
    """The model families of the registry, each with its English Zipf frequency.

    A family is the leading letter run (three letters or more) of an id's name — its
    last ``/`` part, and each ``.`` part of it (``anthropic.claude-3-haiku``): ``llama``,
    ``qwen``, ``gpt``, ``claude``, ``mistral``, ``deepseek``, ``codellama`` — or any
    other letter run of the name that is no English word (``nemotron`` of
    ``llama3.1-nemotron-70b``, ``bge``). Those everyone writes (`COMMON_ZIPF` or more:
    ``text``, ``chat``, ``code``, ``open``) are left out; the frequency of the others tells
    a made-up name (``qwen``: 0) from a word or a given name (``claude``, ``gemma``,
    ``dolphin``), which the caller may trust less.
    """
    from consentry.anonymize.vocabulary import MIN_ZIPF, family_zipf

    global _families
    if _families is not None:
        return _families
    leading, _ = _family_runs()
    zipf = family_zipf()
    with _lock:
        _families = {
            f: z for f, z in zipf.items() if z < (COMMON_ZIPF if f in leading else MIN_ZIPF)
        }
    return _families
