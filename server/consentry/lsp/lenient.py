"""Reading `initialize` params that pygls cannot convert: keep what is usable, drop the rest.

pygls converts a request's params with lsprotocol's cattrs converter; one member of the
wrong type anywhere (a `clientInfo` that is a string, a `workspaceFolders` entry without a
`uri`, an unknown `trace` value, a `processId` that is not a number) fails the whole
message, and pygls then never answers it: the client waits forever. Here the params are
converted part by part instead: a part that cannot be converted (or that pygls would
crash on later, such as a `rootUri` that is not a string) is left out and named by its
place in the protocol (`clientInfo`, `workspaceFolders[1]`), never by its value.
Only params that are not an object, or that lack `capabilities`, cannot be used.
"""

from __future__ import annotations

import types as pytypes
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import attrs
import cattrs
from lsprotocol import types

# Deeper than any LSP structure: bounds the work a hostile params object can cause.
MAX_DEPTH: Final = 12


class UnusableParamsError(Exception):
    """The params cannot be used at all; the message is value-free."""


@dataclass(frozen=True)
class Lenient:
    """Converted params and the places of the parts left out."""

    params: types.InitializeParams
    ignored: tuple[str, ...]


def json_key(name: str) -> str:
    """lsprotocol's JSON member name for an attribute (`root_uri` → `rootUri`)."""
    head, *rest = name.rstrip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _hints(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _attrs_class(annotation: Any) -> type[Any] | None:
    """The attrs class an annotation holds (`Optional[ClientInfo]` → ClientInfo), if one."""
    if isinstance(annotation, type) and attrs.has(annotation):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, pytypes.UnionType):
        found = [a for a in typing.get_args(annotation) if isinstance(a, type) and attrs.has(a)]
        if len(found) == 1:
            return found[0]
    return None


def _sequence_of(annotation: Any) -> type[Any] | None:
    """The attrs class of the items of `Sequence[X]` / `Optional[Sequence[X]]`, if one."""
    candidates = [annotation, *typing.get_args(annotation)]
    for candidate in candidates:
        if typing.get_origin(candidate) in (list, typing.Sequence, Sequence):
            args = typing.get_args(candidate)
            if len(args) == 1:
                return _attrs_class(args[0])
    return None


def _allows_none(annotation: Any) -> bool:
    return annotation is Any or type(None) in typing.get_args(annotation)


def _structure(
    converter: cattrs.Converter,
    value: object,
    annotation: Any,
    place: str,
    ignored: list[str],
    depth: int,
) -> Any:
    """`value` as `annotation`; an attrs class that fails as a whole is tried member by member.

    Raises UnusableParamsError when not even that yields an object (a required member missing).
    """
    try:
        return converter.structure(value, annotation)
    except Exception:  # any conversion failure means: try the parts
        pass
    if depth >= MAX_DEPTH:
        raise UnusableParamsError(place)
    item_cls = _sequence_of(annotation)
    if item_cls is not None and isinstance(value, list):
        items = []
        for index, item in enumerate(value):
            try:
                items.append(
                    _structure(converter, item, item_cls, f"{place}[{index}]", ignored, depth + 1)
                )
            except UnusableParamsError:
                ignored.append(f"{place}[{index}]")
        return items
    cls = _attrs_class(annotation)
    if cls is None or not isinstance(value, Mapping):
        raise UnusableParamsError(place)
    kwargs: dict[str, Any] = {}
    hints = _hints(cls)
    for field in attrs.fields(cls):
        key = json_key(field.name)
        if key not in value:
            continue
        inner = f"{place}.{key}" if place else key
        try:
            kwargs[field.name] = _structure(
                converter, value[key], hints[field.name], inner, ignored, depth + 1
            )
        except UnusableParamsError:
            ignored.append(inner)
            if field.default is attrs.NOTHING and _allows_none(hints[field.name]):
                kwargs[field.name] = None  # required but nullable (`processId`)
    try:
        return cls(**kwargs)
    except TypeError as exc:  # a required member missing or unusable
        raise UnusableParamsError(place) from exc


def _is_str(value: object) -> bool:
    return value is None or isinstance(value, str)


def _usable_folders(folders: object, ignored: list[str]) -> list[types.WorkspaceFolder] | None:
    if folders is None:
        return None
    if isinstance(folders, str | bytes) or not isinstance(folders, typing.Sequence):
        ignored.append("workspaceFolders")
        return None
    kept = []
    for index, folder in enumerate(folders):
        if (
            isinstance(folder, types.WorkspaceFolder)
            and isinstance(folder.uri, str)
            and isinstance(folder.name, str)
        ):
            kept.append(folder)
        else:
            ignored.append(f"workspaceFolders[{index}]")
    return kept


def _checked(params: types.InitializeParams, ignored: list[str]) -> types.InitializeParams:
    """Leave out what converted but pygls or the handlers would fail on (wrong JSON types
    that lsprotocol's converter lets through)."""
    changes: dict[str, Any] = {}
    pid = params.process_id
    if pid is not None and (isinstance(pid, bool) or not isinstance(pid, int)):
        changes["process_id"] = None
        ignored.append("processId")
    for name in ("locale", "root_path", "root_uri"):
        if not _is_str(getattr(params, name)):
            changes[name] = None
            ignored.append(json_key(name))
    client = params.client_info
    if client is not None and not (isinstance(client.name, str) and _is_str(client.version)):
        changes["client_info"] = None
        ignored.append("clientInfo")
    folders = _usable_folders(params.workspace_folders, ignored)
    if folders != params.workspace_folders:
        changes["workspace_folders"] = folders
    if not isinstance(params.capabilities, types.ClientCapabilities):
        raise UnusableParamsError("capabilities")
    return attrs.evolve(params, **changes) if changes else params


def initialize_params(converter: cattrs.Converter, raw: object) -> Lenient:
    """`initialize` params as pygls needs them, leaving out the parts it cannot use.

    Raises UnusableParamsError (value-free) when `raw` is not an object or `capabilities`
    is missing or not an object.
    """
    if not isinstance(raw, Mapping):
        raise UnusableParamsError("params must be an object")
    if not isinstance(raw.get("capabilities"), Mapping):
        raise UnusableParamsError("params need a 'capabilities' object")
    ignored: list[str] = []
    params = _structure(converter, raw, types.InitializeParams, "", ignored, 0)
    checked = _checked(params, ignored)
    return Lenient(checked, tuple(dict.fromkeys(ignored)))
