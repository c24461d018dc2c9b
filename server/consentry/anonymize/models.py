"""The registry of model names: LiteLLM's model list as the ``tokencost`` package ships it.

``tokencost`` keeps LiteLLM's ``model_prices.json`` (about 1,500 model ids with their
providers) inside its wheel. The file is read directly, without importing ``tokencost``
(which would import ``tiktoken`` and an HTTP client): the server's start stays cheap
and the registry is read once, on first use, after ``initialize`` has been answered.
"""

from __future__ import annotations

import importlib.util
import json
import re
import threading
from pathlib import Path
from typing import Final

__all__ = ["load_registry", "registry_namespaces", "registry_words"]

_PART_RE: Final = re.compile(r"[A-Za-z]+")
_lock = threading.Lock()
_registry: frozenset[str] | None = None
_namespaces: frozenset[str] | None = None


def _registry_file() -> Path | None:
    spec = importlib.util.find_spec("tokencost")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "model_prices.json"
    return path if path.is_file() else None


def _read() -> tuple[frozenset[str], frozenset[str]]:
    """The registry's ids and providers, and its namespaces (providers and organisations)."""
    path = _registry_file()
    if path is None:
        return frozenset(), frozenset()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset(), frozenset()
    if not isinstance(data, dict):
        return frozenset(), frozenset()
    names: set[str] = set()
    namespaces: set[str] = set()
    for key, value in data.items():
        if not isinstance(key, str) or key == "sample_spec":
            continue
        names.add(key.lower())
        # "together_ai/meta-llama/Llama-3-8b": a provider, then the publishing organisation.
        namespaces.update(key.lower().split("/")[:-1])
        provider = value.get("litellm_provider") if isinstance(value, dict) else None
        if isinstance(provider, str):
            names.add(provider.lower())
            namespaces.add(provider.lower())
    return frozenset(names), frozenset(namespaces)


def load_registry() -> frozenset[str]:
    """Every model id of the registry (lower case), with and without its provider prefix."""
    global _registry, _namespaces
    if _registry is not None:
        return _registry
    with _lock:
        if _registry is None:
            read, _namespaces = _read()
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
    """The letter runs of every model id and provider: ``qwen``, ``gguf``, ``ollama``."""
    out: set[str] = set()
    for name in load_registry():
        out.update(p for p in _PART_RE.findall(name) if len(p) >= 3)
    return out
