"""Corporate networks through the real server: a real proxy process, a test CA, HTTPS."""

from __future__ import annotations

from pathlib import Path

from consentry.sink import CaptureSink
from tests.conftest import Servers, suggestion
from tests.e2e.proxy_server import RunningProxy, make_authority, running_proxy


def proxied(proxy: RunningProxy, port: int) -> bool:
    """Whether the proxy connected upstream to 127.0.0.1:`port` (its debug log says so
    as each request arrives; its access line waits for the kept-alive connection's end)."""
    return f"Connecting to upstream 127.0.0.1:{port}" in proxy.seen()


async def test_events_go_through_vscodes_http_proxy_setting(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    with running_proxy(tmp_path / "proxy") as proxy:
        session = await servers.started(sink=sink, enabled=True, http={"proxy": proxy.url})
        session.track(suggestion(), suggestion())
        result = await session.flush()
        assert result["sent"] == 2
        assert len(sink.wait_for_events(2)) == 2
        assert proxied(proxy, sink.port), proxy.seen()
    # With the proxy gone, nothing reaches the endpoint: it was the only way there.
    session.track(suggestion())
    assert (await session.flush())["sent"] == 0
    assert len(sink.events) == 2


async def test_https_through_the_environments_proxy_trusting_the_system_store(
    servers: Servers, tmp_path: Path
) -> None:
    authority = make_authority(tmp_path / "ca")
    with (
        CaptureSink(tls_context=authority.server_context) as tls_sink,
        running_proxy(tmp_path / "proxy") as proxy,
    ):
        # SSL_CERT_FILE is how OpenSSL's (and so the system store's) trust is pointed at
        # the test CA on Linux, as a company installs its inspecting proxy's CA.
        env = {"HTTPS_PROXY": proxy.url, "SSL_CERT_FILE": str(authority.ca_file)}
        session = await servers.started(sink=tls_sink, enabled=True, env=env)
        session.track(suggestion())
        result = await session.flush()
        assert result["sent"] == 1
        assert len(tls_sink.wait_for_events(1)) == 1
        assert tls_sink.url.startswith("https://")
        assert proxied(proxy, tls_sink.port), proxy.seen()
        # The tunnel carried TLS end to end: the endpoint saw the request itself.
        assert tls_sink.requests[0].path == "/batch"


async def test_an_untrusted_certificate_is_not_sent_to_and_says_so_once(
    servers: Servers, tmp_path: Path
) -> None:
    authority = make_authority(tmp_path / "ca")
    with CaptureSink(tls_context=authority.server_context) as tls_sink:
        session = await servers.started(sink=tls_sink, enabled=True)
        session.track(suggestion())
        for _ in range(3):
            await session.flush()
        status = await session.status()
        assert status["queued"] == 1
        assert tls_sink.events == []
        failing = [w for w in session.warnings() if "endpoint" in w]
        assert len(failing) <= 1, session.warnings()


async def test_proxy_strict_ssl_off_is_the_persons_choice(servers: Servers, tmp_path: Path) -> None:
    authority = make_authority(tmp_path / "ca")
    with CaptureSink(tls_context=authority.server_context) as tls_sink:
        session = await servers.started(sink=tls_sink, enabled=True, http={"proxyStrictSSL": False})
        session.track(suggestion())
        assert (await session.flush())["sent"] == 1
        assert len(tls_sink.wait_for_events(1)) == 1


async def test_no_proxy_reaches_the_endpoint_directly(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    with running_proxy(tmp_path / "proxy") as proxy:
        session = await servers.started(
            sink=sink, enabled=True, http={"proxy": proxy.url, "noProxy": ["127.0.0.1"]}
        )
        session.track(suggestion())
        assert (await session.flush())["sent"] == 1
        assert not proxied(proxy, sink.port), proxy.seen()


async def test_a_proxy_that_is_down_keeps_events_queued_without_noise(
    servers: Servers, sink: CaptureSink, tmp_path: Path
) -> None:
    with running_proxy(tmp_path / "proxy") as proxy:
        down = proxy.url
    session = await servers.started(sink=sink, enabled=True, http={"proxy": down})
    session.track(suggestion())
    for _ in range(3):
        await session.flush()
    assert (await session.status())["queued"] == 1
    assert sink.events == []
    assert len([w for w in session.warnings() if "unreachable" in w]) <= 1, session.warnings()
