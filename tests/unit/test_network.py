"""Which proxy a destination is reached through, and how the session is built."""

from __future__ import annotations

from typing import Any

import pytest

from consentry.delivery.network import (
    NetworkSettings,
    build_session,
    bypasses,
    network_settings,
    proxy_for,
    shown,
)

HOST = "https://us.i.posthog.com"


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        pytest.param(None, NetworkSettings(), id="absent"),
        pytest.param("junk", NetworkSettings(), id="not-a-section"),
        pytest.param(
            {"proxy": " http://p:3128 ", "proxyStrictSSL": False, "noProxy": ["a.com", 3, " "]},
            NetworkSettings(proxy="http://p:3128", strict_ssl=False, no_proxy=("a.com",)),
            id="full",
        ),
        pytest.param(
            {"proxy": 5, "proxyStrictSSL": "no", "noProxy": "a.com", "proxySupport": "off"},
            NetworkSettings(proxy_support="off"),
            id="wrong-types-keep-defaults",
        ),
    ],
)
def test_network_settings(section: object, expected: NetworkSettings) -> None:
    assert network_settings(section) == expected


@pytest.mark.parametrize(
    ("url", "settings", "environ", "expected"),
    [
        pytest.param(HOST, NetworkSettings(), {}, None, id="nothing-direct"),
        pytest.param(
            HOST,
            NetworkSettings(proxy="proxy.corp:8080"),
            {},
            "http://proxy.corp:8080",
            id="setting-without-scheme",
        ),
        pytest.param(
            HOST,
            NetworkSettings(proxy="http://vs:1"),
            {"HTTPS_PROXY": "http://env:2"},
            "http://vs:1",
            id="setting-wins-over-env",
        ),
        pytest.param(
            HOST, NetworkSettings(), {"HTTPS_PROXY": "http://env:2"}, "http://env:2", id="env-https"
        ),
        pytest.param(
            HOST,
            NetworkSettings(),
            {"https_proxy": "http://lower:3", "HTTPS_PROXY": "http://u:4"},
            "http://lower:3",
            id="lower-case-first",
        ),
        pytest.param(
            HOST,
            NetworkSettings(),
            {"HTTP_PROXY": "http://env:2"},
            None,
            id="http-proxy-not-for-https",
        ),
        pytest.param(
            "http://127.0.0.1:9",
            NetworkSettings(),
            {"HTTP_PROXY": "http://env:2"},
            "http://env:2",
            id="env-http",
        ),
        pytest.param(
            HOST,
            NetworkSettings(proxy="http://vs:1", no_proxy=("posthog.com",)),
            {},
            None,
            id="setting-no-proxy-domain",
        ),
        pytest.param(
            HOST,
            NetworkSettings(proxy="http://vs:1"),
            {"NO_PROXY": "x.org, .posthog.com"},
            None,
            id="env-no-proxy-applies-to-setting",
        ),
        pytest.param(
            HOST,
            NetworkSettings(proxy="http://vs:1", proxy_support="off"),
            {},
            None,
            id="proxy-support-off",
        ),
    ],
)
def test_proxy_for(
    url: str, settings: NetworkSettings, environ: dict[str, str], expected: str | None
) -> None:
    assert proxy_for(url, settings, environ) == expected


@pytest.mark.parametrize(
    ("url", "entries", "expected"),
    [
        ("https://us.i.posthog.com", ["*"], True),
        ("https://us.i.posthog.com", ["posthog.com"], True),
        ("https://us.i.posthog.com", ["*.posthog.com"], True),
        ("https://us.i.posthog.com", ["notposthog.com", "osthog.com"], False),
        ("https://us.i.posthog.com", ["us.i.posthog.com:443"], True),
        ("https://us.i.posthog.com", ["us.i.posthog.com:8443"], False),
        ("http://10.1.2.3:80", ["10.0.0.0/8"], True),
        ("http://10.1.2.3:80", ["10.1.2.3"], True),
        ("http://10.1.2.3:80", ["11.0.0.0/8", "10.1.2.3.example"], False),
        ("http://[::1]:8080", ["[::1]:8080"], True),
        ("http://[::1]:8080", ["::1"], True),
        ("http://[::1]:8080", ["[::1]:9"], False),
        ("not a url", ["*"], False),
    ],
)
def test_bypasses(url: str, entries: list[str], expected: bool) -> None:
    assert bypasses(url, entries) is expected


def test_shown_never_prints_credentials() -> None:
    assert shown("http://user:secret@proxy.corp:8080/x") == "http://proxy.corp:8080"
    assert shown(None) == "a direct connection"


def test_session_reads_nothing_from_the_environment_itself() -> None:
    session: Any = build_session(HOST, NetworkSettings(), {"HTTPS_PROXY": "http://env:2"})
    assert session.trust_env is False
    assert session.proxies == {"http": "http://env:2", "https": "http://env:2"}
    assert type(session.get_adapter(HOST)).__name__ == "SystemTrustAdapter"
    direct: Any = build_session(HOST, NetworkSettings(proxy_support="off", proxy="x:1"), {})
    assert direct.proxies == {}


def test_session_without_strict_ssl_does_not_verify() -> None:
    session: Any = build_session(HOST, NetworkSettings(strict_ssl=False), {})
    assert session.verify is False
