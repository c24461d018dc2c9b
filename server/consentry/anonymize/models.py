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

__all__ = ["load_registry", "registry_words"]

_PART_RE: Final = re.compile(r"[A-Za-z]+")
_lock = threading.Lock()
_registry: frozenset[str] | None = None


def _registry_file() -> Path | None:
    spec = importlib.util.find_spec("tokencost")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "model_prices.json"
    return path if path.is_file() else None


def _read() -> frozenset[str]:
    path = _registry_file()
    if path is None:
        return frozenset()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    if not isinstance(data, dict):
        return frozenset()
    names: set[str] = set()
    for key, value in data.items():
        if not isinstance(key, str) or key == "sample_spec":
            continue
        names.add(key.lower())
        provider = value.get("litellm_provider") if isinstance(value, dict) else None
        if isinstance(provider, str):
            names.add(provider.lower())
    return frozenset(names)


def load_registry() -> frozenset[str]:
    """Every model id of the registry (lower case), with and without its provider prefix."""
    global _registry
    if _registry is not None:
        return _registry
    with _lock:
        if _registry is None:
            names = set(_read())
            # "openai/gpt-4o" is also known as "gpt-4o"; "bedrock/us-east-1/x" as "x".
            names.update(n.rsplit("/", 1)[-1] for n in list(names))
            _registry = frozenset(names)
    return _registry


def registry_words() -> set[str]:
    """The letter runs of every model id and provider: ``qwen``, ``gguf``, ``ollama``."""
    out: set[str] = set()
    for name in load_registry():
        out.update(p for p in _PART_RE.findall(name) if len(p) >= 3)
    return out
