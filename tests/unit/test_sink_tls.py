"""`consentry sink --tls-cert`: the capture endpoint speaks HTTPS with a given certificate."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest
import requests
import trustme

from consentry.cli import build_parser
from consentry.sink import CaptureSink, server_tls_context


def test_the_sink_speaks_https_with_a_certificate_from_files(tmp_path: Path) -> None:
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1")
    chain, key, ca = tmp_path / "chain.pem", tmp_path / "key.pem", tmp_path / "ca.pem"
    chain.write_bytes(b"".join(blob.bytes() for blob in certificate.cert_chain_pems))
    key.write_bytes(certificate.private_key_pem.bytes())
    authority.cert_pem.write_to_path(str(ca))
    with CaptureSink(tls_context=server_tls_context(chain, key)) as sink:
        assert sink.url.startswith("https://127.0.0.1:")
        answer = requests.post(
            f"{sink.url}/batch/", json={"batch": [{"event": "x"}]}, verify=str(ca), timeout=10
        )
        assert answer.status_code == 200
        assert [e["event"] for e in sink.events] == ["x"]
        with pytest.raises(requests.exceptions.SSLError):
            requests.post(f"{sink.url}/batch/", json={}, timeout=10)  # certifi: not trusted
        # A client that fails the handshake does not stop the sink serving others.
        assert requests.get(sink.url, verify=str(ca), timeout=10).status_code == 200


def test_the_command_line_takes_the_certificate_options() -> None:
    args = build_parser().parse_args(["sink", "--tls-cert", "c.pem", "--tls-key", "k.pem"])
    assert (args.tls_cert, args.tls_key) == ("c.pem", "k.pem")


def test_a_bad_certificate_file_is_an_ssl_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pem"
    bad.write_text("not a certificate", encoding="utf-8")
    with pytest.raises(ssl.SSLError):
        server_tls_context(bad)
