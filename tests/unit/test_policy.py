"""The administrator's policy file: where it is, what it says, and what it limits."""

from __future__ import annotations

import logging
from pathlib import Path, PureWindowsPath

import pytest

from consentry.consent.policy import (
    DEFAULT_BY,
    Policy,
    PolicyReader,
    destination_host,
    limit_for,
    parse_policy,
    policy_path,
    policy_reason,
    read_policy,
)


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        pytest.param({}, "linux", "/etc/consentry/policy.json", id="linux"),
        pytest.param(
            {}, "darwin", "/Library/Application Support/Consentry/policy.json", id="macos"
        ),
        pytest.param(
            {"CONSENTRY_POLICY_FILE": "/tmp/p.json"}, "linux", "/tmp/p.json", id="env-names-file"
        ),
        pytest.param(
            {"CONSENTRY_POLICY_FILE": "  "}, "linux", "/etc/consentry/policy.json", id="blank-env"
        ),
    ],
)
def test_policy_path(environ: dict[str, str], platform: str, expected: str) -> None:
    assert policy_path(environ, platform) == Path(expected)


def test_policy_path_windows_uses_program_data() -> None:
    path = policy_path({"ProgramData": r"D:\Data"}, "win32")
    assert PureWindowsPath(str(path)) == PureWindowsPath(r"D:\Data\Consentry\policy.json")
    default = policy_path({}, "win32")
    assert PureWindowsPath(str(default)) == PureWindowsPath(r"C:\ProgramData\Consentry\policy.json")


EXAMPLE = (
    '{"telemetry": "errors-only", "products": {"acme.assistant": "off"},'
    ' "allowedHosts": ["PostHog.Example.com."], "by": "Example Corp IT"}'
)


@pytest.mark.parametrize(
    ("text", "product", "host", "expected"),
    [
        pytest.param("{}", "default", "us.i.posthog.com", None, id="empty-allows"),
        pytest.param('{"telemetry": "allowed"}', "default", None, None, id="allowed"),
        pytest.param(
            '{"telemetry": "off"}', "default", None, ("off", DEFAULT_BY), id="off-default-by"
        ),
        pytest.param(
            EXAMPLE,
            "acme.assistant",
            "posthog.example.com",
            ("off", "Example Corp IT"),
            id="product-stricter-than-telemetry",
        ),
        pytest.param(
            EXAMPLE,
            "other",
            "posthog.example.com",
            ("errors-only", "Example Corp IT"),
            id="telemetry-applies-to-others",
        ),
        pytest.param(
            '{"telemetry": "off", "products": {"a": "allowed"}}',
            "a",
            None,
            ("off", DEFAULT_BY),
            id="product-cannot-loosen",
        ),
        pytest.param(
            EXAMPLE, "other", "us.i.posthog.com", ("off", "Example Corp IT"), id="host-not-listed"
        ),
        pytest.param(
            '{"allowedHosts": ["posthog.example.com"]}',
            "x",
            "POSTHOG.example.com",
            None,
            id="host-listed-any-case",
        ),
        pytest.param(
            '{"allowedHosts": []}',
            "x",
            "posthog.example.com",
            ("off", DEFAULT_BY),
            id="empty-host-list-allows-none",
        ),
        pytest.param('{"allowedHosts": []}', "x", None, None, id="log-only-not-limited-by-hosts"),
        pytest.param(
            '{"by": "  IT \\n  Dept  ", "telemetry": "off"}',
            "x",
            None,
            ("off", "IT Dept"),
            id="by-on-one-line",
        ),
        pytest.param('{"future": 1}', "x", None, None, id="unknown-keys-ignored"),
    ],
)
def test_limit_for(
    text: str, product: str, host: str | None, expected: tuple[str, str] | None
) -> None:
    assert limit_for(parse_policy(text, "p.json"), product, host) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("not json", id="not-json"),
        pytest.param("[]", id="not-object"),
        pytest.param('{"telemetry": "on"}', id="bad-telemetry"),
        pytest.param('{"telemetry": false}', id="bool-telemetry"),
        pytest.param('{"products": ["a"]}', id="products-not-object"),
        pytest.param('{"products": {"a": "yes"}}', id="bad-product-value"),
        pytest.param('{"allowedHosts": "a.com"}', id="hosts-not-list"),
        pytest.param('{"allowedHosts": [1]}', id="host-not-string"),
        pytest.param('{"by": 3}', id="by-not-string"),
    ],
)
def test_an_invalid_policy_is_off_for_every_product(text: str) -> None:
    policy = parse_policy(text, "/etc/consentry/policy.json")
    assert policy.error
    level, by = limit_for(policy, "any.product", "us.i.posthog.com") or ("", "")
    assert level == "off"
    assert "/etc/consentry/policy.json" in by


def test_no_policy_no_limit() -> None:
    assert limit_for(None, "default", "us.i.posthog.com") is None


def test_read_policy(tmp_path: Path) -> None:
    assert read_policy(tmp_path / "absent.json") is None
    assert read_policy(tmp_path / "file" / "under-a-file") is None
    good = tmp_path / "policy.json"
    good.write_text('\ufeff{"telemetry": "off", "by": "IT"}', encoding="utf-8")
    assert read_policy(good) == Policy(source=str(good), telemetry="off", by="IT")
    folder = tmp_path / "folder.json"
    folder.mkdir()
    unreadable = read_policy(folder)
    assert unreadable is not None
    assert unreadable.error
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"by": "Soci\xe9t\xe9"}')
    assert (read_policy(latin) or Policy(source="")).error == "not UTF-8 text"
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (1024 * 1024 + 1))
    assert "larger" in str((read_policy(huge) or Policy(source="")).error)


def test_reader_warns_once_per_problem(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "policy.json"
    reader = PolicyReader({"CONSENTRY_POLICY_FILE": str(path)})
    assert reader.refresh() is None
    path.write_text("{broken", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="consentry.consent.policy"):
        for _ in range(3):
            assert reader.refresh() is not None
    assert len(caplog.records) == 1
    assert str(path) in caplog.records[0].getMessage()
    path.write_text('{"telemetry": "off"}', encoding="utf-8")
    assert (reader.refresh() or Policy(source="")).telemetry == "off"
    path.write_text("{broken", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="consentry.consent.policy"):
        reader.refresh()
    assert len(caplog.records) == 2  # a new outage of the file is told again


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://us.i.posthog.com", "us.i.posthog.com"),
        ("http://127.0.0.1:8123/x", "127.0.0.1"),
        ("https://PostHog.Example.COM./", "posthog.example.com"),
        ("not a url", None),
        ("http://[::1", None),
    ],
)
def test_destination_host(url: str, host: str | None) -> None:
    assert destination_host(url) == host


def test_reason_names_who_locked_it() -> None:
    assert "Example Corp IT" in policy_reason("off", "Example Corp IT")
    assert policy_reason("errors-only", "IT").startswith("Only errors")
