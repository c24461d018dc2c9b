"""Reading `initialize` params part by part: what is kept, what is left out and named."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consentry.lsp.lenient import UnusableParamsError, initialize_params, json_key
from consentry.lsp.server import plain_params_converter

CONVERTER = plain_params_converter()
SECRET = "hvs.LenientCanary0123456789"


def test_json_keys_follow_lsprotocol() -> None:
    assert [json_key(n) for n in ("root_uri", "process_id", "capabilities", "from_")] == [
        "rootUri",
        "processId",
        "capabilities",
        "from",
    ]


def test_bad_parts_are_left_out_and_named_by_place_never_by_value() -> None:
    raw = {
        "processId": SECRET,
        "clientInfo": SECRET,
        "trace": SECRET,
        "capabilities": {
            "workspace": {"configuration": True},
            "textDocument": {"hover": {"contentFormat": [SECRET]}},
        },
        "workspaceFolders": [{"uri": "file:///a", "name": "a"}, {"name": SECRET}, None],
    }
    lenient = initialize_params(CONVERTER, raw)
    params = lenient.params
    assert params.process_id is None and params.client_info is None and params.trace is None
    assert params.capabilities.workspace is not None
    assert params.capabilities.workspace.configuration is True  # what the server needs
    assert [f.name for f in params.workspace_folders or []] == ["a"]
    assert set(lenient.ignored) == {
        "processId",
        "clientInfo",
        "trace",
        "capabilities.textDocument.hover.contentFormat",
        "workspaceFolders[1]",
        "workspaceFolders[2]",
    }
    assert SECRET not in repr(lenient.ignored)


@pytest.mark.parametrize(
    "raw",
    [None, [], SECRET, {}, {"capabilities": SECRET}, {"capabilities": [1]}, {"processId": 1}],
)
def test_without_a_capabilities_object_the_params_are_unusable(raw: Any) -> None:
    with pytest.raises(UnusableParamsError) as info:
        initialize_params(CONVERTER, raw)
    assert SECRET not in str(info.value)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)
KEYS = st.sampled_from(
    [
        "processId",
        "clientInfo",
        "locale",
        "rootPath",
        "rootUri",
        "trace",
        "workDoneToken",
        "workspaceFolders",
        "initializationOptions",
        "x",
    ]
)


@given(st.dictionaries(KEYS, JSON, max_size=6), st.dictionaries(st.text(max_size=12), JSON))
def test_any_params_with_a_capabilities_object_are_usable(
    members: dict[str, Any], capabilities: dict[str, Any]
) -> None:
    lenient = initialize_params(CONVERTER, {**members, "capabilities": capabilities})
    params = lenient.params
    assert params.process_id is None or isinstance(params.process_id, int)
    assert params.root_uri is None or isinstance(params.root_uri, str)
    for folder in params.workspace_folders or []:
        assert isinstance(folder.uri, str) and isinstance(folder.name, str)
