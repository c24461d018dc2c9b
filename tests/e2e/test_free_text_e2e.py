"""Free text through the real server: the profile's free_text mode, the extension's own
folder as a safe root, and what the machine knows about its person."""

from __future__ import annotations

from pathlib import Path

import pytest
from pygls.exceptions import JsonRpcInvalidParams

from consentry.lsp import protocol
from consentry.sink import CaptureSink
from tests.conftest import Servers, error_event

EXTENSION = "/opt/acme/extensions/acme.ai-1.2.3"
STACK = (
    "TypeError: Kowalczykowski refused\n"
    f"    at activate ({EXTENSION}/dist/extension.js:10:5)\n"
    "    at run (/srv/payroll/src/private.ts:3:4)\n"
    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"
)


def _profile(tmp_path: Path, free_text: str) -> str:
    path = tmp_path / f"{free_text}.toml"
    path.write_text(f'product = "Acme"\nfree_text = "{free_text}"\n', encoding="utf-8")
    return str(path)


async def test_allow_list_is_the_default_and_the_extension_folder_is_a_safe_root(
    servers: Servers, sink: CaptureSink
) -> None:
    session = await servers.started(sink=sink, enabled=True, options={"extensionPath": EXTENSION})
    session.track(error_event(message="Request failed for Kowalczykowski, token=123", stack=STACK))
    await session.flush()
    [arrived] = sink.events
    props = arrived["properties"]
    assert props["message"] == "Request failed for <redacted>, token=<secret>"
    assert props["stack"] == (
        "TypeError: <redacted> refused\n"
        "    at activate (<extension>/dist/extension.js:10:5)\n"
        "    at run (<file>:3:4)\n"
        "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"
    )


async def test_free_text_none_sends_frames_only(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    session = await servers.started(
        sink=sink,
        enabled=True,
        profile=_profile(tmp_path, "none"),
        options={"extensionPath": EXTENSION},
    )
    session.track(error_event(message="boom for Kowalczykowski", stack=STACK))
    await session.flush()
    [arrived] = sink.events
    props = arrived["properties"]
    assert "message" not in props
    assert "Kowalczykowski" not in props["stack"]
    assert props["stack"].startswith("    at activate (<extension>/dist/extension.js:10:5)")


async def test_the_user_name_of_this_machine_never_leaves(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    # The server reads the user name itself (here from USER, as on a login shell).
    session = await servers.started(
        sink=sink,
        enabled=True,
        profile=_profile(tmp_path, "scrubbed"),
        env={"USER": "qzxa.marker"},
    )
    # "scrubbed" keeps unknown words: only the machine facts remove the name.
    session.track(error_event(message="owner QZXA_Marker and Qzxa Marker, not Zanzibarian"))
    await session.flush()
    [arrived] = sink.events
    assert arrived["properties"]["message"] == "owner <user> and <user>, not Zanzibarian"


async def test_a_products_own_words_stay_in_its_own_messages_only(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    message = "No symf binary available; ask Cody Smith about Landlock"
    with CaptureSink() as other:
        session = await servers.started(sink=sink, enabled=True)
        profile = tmp_path / "acme.toml"
        profile.write_text(
            'id = "acme.assistant"\nsetting = "acme.telemetry.enabled"\n'
            f'product = "Acme"\nposthog_host = "{other.url}"\nposthog_api_key = "phc_acme"\n'
            'words = ["symf", "Landlock", "Cody"]\n',
            encoding="utf-8",
        )
        session.client.set_configuration(True, section="acme.telemetry.enabled")
        answer = await session.request(
            protocol.REGISTER_PRODUCT, {"profile": str(profile), "extensionVersion": "1.0.0"}
        )
        assert answer["state"] == "on"
        session.track(error_event(message=message))
        session.track({**error_event(message=message), "product": "acme.assistant"})
        assert (await session.flush())["queued"] == 0
    [default] = sink.events
    [acme] = other.events
    # The product's own words stay in its messages; a person's name around one does not.
    assert acme["properties"]["message"] == "No symf binary available; ask <name> about Landlock"
    assert default["properties"]["message"] == (
        "No <redacted> binary available; ask <name> about <redacted>"
    )


async def test_a_profile_with_words_that_look_like_a_key_is_refused(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    profile = tmp_path / "bad.toml"
    profile.write_text('id = "acme.bad"\nwords = ["x7Gq2bLpQ9mZ4kR8"]\n', encoding="utf-8")
    session = await servers.started(sink=sink, enabled=True)
    with pytest.raises(JsonRpcInvalidParams) as refused:
        await session.request(protocol.REGISTER_PRODUCT, {"profile": str(profile)})
    assert "words" in str(refused.value)
