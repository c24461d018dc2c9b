"""Corporate networks: which proxy a destination is reached through, and whose certificates count.

PROTOCOL.md, "Proxies": VS Code's `http.proxy`, `http.proxyStrictSSL` and `http.noProxy`
(pulled with the other settings) decide first; without `http.proxy` the environment's
`HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY` apply, as curl and VS Code read them. TLS is
verified against the operating system's certificate store (the `truststore` package),
so a TLS-inspecting proxy whose authority the company installed on the machine works
as it does for the browser. `http.proxyStrictSSL: false` is the person's explicit
choice to verify nothing, and is honoured.

What to use is decided by pure functions (`network_settings`, `proxy_for`,
`bypasses`); `build_session` turns the answer into a `requests` session for the
posthog transport, importing the HTTP stack only when there is something to send.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import urlsplit, urlunsplit

logger = logging.getLogger(__name__)

_DEFAULT_PORTS: Final = {"http": 80, "https": 443}


@dataclass(frozen=True, kw_only=True)
class NetworkSettings:
    """VS Code's `http` settings as far as sending events is concerned (its defaults)."""

    proxy: str = ""
    strict_ssl: bool = True
    no_proxy: tuple[str, ...] = ()
    # `http.proxySupport: "off"` tells VS Code not to proxy extensions: then only the
    # environment's proxy (which the server process inherits anyway) applies.
    proxy_support: str = "override"


def network_settings(section: object) -> NetworkSettings:
    """The `http` configuration section as settings; unusable values keep the defaults."""
    if not isinstance(section, Mapping):
        return NetworkSettings()
    proxy = section.get("proxy")
    strict = section.get("proxyStrictSSL")
    no_proxy = section.get("noProxy")
    support = section.get("proxySupport")
    return NetworkSettings(
        proxy=proxy.strip() if isinstance(proxy, str) else "",
        strict_ssl=strict if isinstance(strict, bool) else True,
        no_proxy=tuple(e.strip() for e in no_proxy if isinstance(e, str) and e.strip())
        if isinstance(no_proxy, list)
        else (),
        proxy_support=support if isinstance(support, str) else "override",
    )


def _env(environ: Mapping[str, str], name: str) -> str:
    """An environment variable by its lower- or upper-case name (lower first, as curl)."""
    return (environ.get(name.lower()) or environ.get(name.upper()) or "").strip()


def _with_scheme(proxy: str) -> str:
    """`host:port` as VS Code and curl accept it means an HTTP proxy."""
    return proxy if "://" in proxy else f"http://{proxy}"


def _split_entries(value: str) -> tuple[str, ...]:
    return tuple(e.strip() for e in value.replace(";", ",").split(",") if e.strip())


def bypasses(url: str, entries: Sequence[str]) -> bool:
    """Whether `url` is reached directly under these no-proxy entries.

    Entries as curl reads `NO_PROXY`: `*` (everything), a host name that also covers its
    subdomains (`example.com`, `.example.com`, `*.example.com`), an optional `:port`,
    an IP address or a CIDR block (`10.0.0.0/8`).
    """
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".")
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme.lower())
    except ValueError:
        return False
    if not host:
        return False
    try:
        address: ipaddress.IPv4Address | ipaddress.IPv6Address | None = ipaddress.ip_address(host)
    except ValueError:
        address = None
    for raw in entries:
        entry = raw.strip().lower()
        if entry == "*":
            return True
        entry_port: int | None = None
        if entry.startswith("[") and "]" in entry:  # [::1]:8080
            inside, _, rest = entry[1:].partition("]")
            entry = inside
            if rest.startswith(":") and rest[1:].isdigit():
                entry_port = int(rest[1:])
        elif entry.count(":") == 1:
            name, _, maybe_port = entry.partition(":")
            if maybe_port.isdigit():
                entry, entry_port = name, int(maybe_port)
        if entry_port is not None and entry_port != port:
            continue
        if address is not None:
            try:
                if address in ipaddress.ip_network(entry, strict=False):
                    return True
            except ValueError:
                pass
            continue
        name = entry.removeprefix("*").lstrip(".").rstrip(".")
        if name and (host == name or host.endswith("." + name)):
            return True
    return False


def proxy_for(url: str, settings: NetworkSettings, environ: Mapping[str, str]) -> str | None:
    """The proxy URL `url` is reached through, or None for a direct connection.

    `http.proxy` wins over the environment; `http.noProxy` and `NO_PROXY` both name
    hosts reached directly.
    """
    no_proxy = (*settings.no_proxy, *_split_entries(_env(environ, "no_proxy")))
    if bypasses(url, no_proxy):
        return None
    if settings.proxy and settings.proxy_support != "off":
        return _with_scheme(settings.proxy)
    scheme = urlsplit(url).scheme.lower()
    from_env = _env(environ, "https_proxy") if scheme == "https" else _env(environ, "http_proxy")
    return _with_scheme(from_env) if from_env else None


def shown(proxy: str | None) -> str:
    """A proxy URL fit for a log line: never its user name or password."""
    if proxy is None:
        return "a direct connection"
    try:
        parts = urlsplit(proxy)
        netloc = parts.hostname or ""
        if parts.port:
            netloc = f"{netloc}:{parts.port}"
    except ValueError:
        return "the configured proxy"
    return urlunsplit((parts.scheme, netloc, "", "", "")) or "the configured proxy"


def build_session(destination: str, settings: NetworkSettings, environ: Mapping[str, str]) -> Any:
    """A `requests` session that reaches `destination` as the settings say.

    It reads nothing from the environment by itself (`trust_env` off: the proxy was
    chosen above, and no `.netrc` credential is ever attached to an event batch).
    With strict TLS (the default) certificates are checked against the operating
    system's store; without it, not at all, and urllib3's warning about that is not
    printed (the person chose it, and the server's stderr is not a place for noise).
    """
    import requests
    from requests.adapters import HTTPAdapter

    session = requests.Session()
    session.trust_env = False
    proxy = proxy_for(destination, settings, environ)
    if proxy is not None:
        session.proxies = {"http": proxy, "https": proxy}
    if not settings.strict_ssl:
        import urllib3

        urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        session.verify = False
        return session
    try:
        session.mount("https://", _system_trust_adapter(HTTPAdapter))
    except ImportError:  # a Python without truststore: certifi's bundle, as requests has it
        logger.warning("truststore is not installed: TLS is checked against certifi's bundle")
    return session


def _system_trust_adapter(base: Any) -> Any:
    """An HTTPS adapter whose connections (direct or tunnelled) verify with the OS store."""
    import ssl

    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)

    class SystemTrustAdapter(base):  # type: ignore[misc]  # requests is untyped here
        """requests' adapter with the system's trust (requests' documented extension point)."""

        def init_poolmanager(self, *args: Any, **kwargs: Any) -> Any:
            kwargs["ssl_context"] = context
            return super().init_poolmanager(*args, **kwargs)

        def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
            kwargs["ssl_context"] = context
            return super().proxy_manager_for(proxy, **kwargs)

        def build_connection_pool_key_attributes(
            self, request: Any, verify: Any, cert: Any = None
        ) -> Any:
            host_params, pool_kwargs = super().build_connection_pool_key_attributes(
                request, verify, cert
            )
            if verify is not False:
                pool_kwargs["ssl_context"] = context
                pool_kwargs.pop("ca_certs", None)
                pool_kwargs.pop("ca_cert_dir", None)
            return host_params, pool_kwargs

        def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
            # requests would point the connection at certifi's bundle; the system's
            # store in `context` is what decides instead.
            super().cert_verify(conn, url, verify, cert)
            if verify is not False:
                conn.ca_certs = None
                conn.ca_cert_dir = None

    return SystemTrustAdapter()
