"""A product that embeds the client starts the server on its own profile, whose `id` is
its extension id: that product is the server's default product (PROTOCOL.md, version 2)."""

from __future__ import annotations

import json
from pathlib import Path

from lsprotocol import types

from consentry.sink import CaptureSink
from tests.conftest import Servers, suggestion

ACME = "acme.acme-assistant"
ACME_SETTING = "acme.telemetry.enabled"


def embedded_profile(tmp_path: Path, host: str) -> Path:
    """The profile an embedding product ships, pointed at a local endpoint."""
    lines = {
        "id": ACME,
        "setting": ACME_SETTING,
        "product": "Acme Assistant",
        "posthog_host": host,
        "posthog_api_key": "phc_acme_key",
    }
    path = tmp_path / "acme.toml"
    path.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in lines.items()))
    return path


async def test_an_embedded_products_profile_is_the_default_product(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    session = await servers.start(profile=str(embedded_profile(tmp_path, sink.url)), api_key=None)
    assert session.initialize_result is not None
    announced = session.initialize_result.capabilities.experimental["consentry"]  # type: ignore[index]
    assert announced["product"] == "Acme Assistant"
    assert announced["builtInProfile"] is False  # a product of its own: its client asks
    # Undecided until its own checkbox says otherwise; the default key grants nothing.
    status = await session.status()
    assert status["state"] == "undecided", status
    session.client.set_configuration(True, section=ACME_SETTING)
    session.client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings=None)
    )
    status = await session.status()
    assert (status["state"], status["decidedBy"]) == ("on", "setting"), status
    # Events that name no product are the embedded product's.
    session.track(suggestion())
    await session.flush()
    assert [e["event"] for e in sink.events] == ["suggestion_outcome"]
    assert "unknown-product" not in (await session.status())["dropped"]


async def test_without_a_profile_the_server_says_its_product_is_the_built_in_default(
    servers: Servers,
) -> None:
    # The hub's client does not ask the person about a product that is no product.
    session = await servers.start(api_key=None)
    assert session.initialize_result is not None
    announced = session.initialize_result.capabilities.experimental["consentry"]  # type: ignore[index]
    assert announced["builtInProfile"] is True
    assert announced["destination"] == "log-only"
