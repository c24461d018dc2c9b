"""Development and test runs: which runs are not a user's, and where their events go."""

from __future__ import annotations

import pytest

from consentry.delivery.dev_runs import DevRunRoute, dev_run_reason, extension_mode, route


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("production", "production"),
        ("development", "development"),
        ("test", "test"),
        ("Development", None),
        (2, None),
        (None, None),
    ],
)
def test_extension_mode(value: object, expected: str | None) -> None:
    assert extension_mode(value) == expected


@pytest.mark.parametrize(
    ("mode", "environ", "is_dev"),
    [
        pytest.param("production", {}, False, id="production"),
        pytest.param(None, {}, False, id="unknown-mode"),
        pytest.param("development", {}, True, id="development-host"),
        pytest.param("test", {}, True, id="test-run"),
        pytest.param("production", {"CI": "true"}, True, id="ci-true"),
        pytest.param(None, {"CI": "1"}, True, id="ci-1"),
        pytest.param(None, {"CI": "woodpecker"}, True, id="ci-any-word"),
        pytest.param(None, {"CI": "false"}, False, id="ci-false"),
        pytest.param(None, {"CI": " 0 "}, False, id="ci-0"),
        pytest.param(None, {"CI": ""}, False, id="ci-empty"),
    ],
)
def test_dev_run_reason(mode: object, environ: dict[str, str], is_dev: bool) -> None:
    assert (dev_run_reason(extension_mode(mode), environ) is not None) is is_dev


def test_route() -> None:
    assert route(None, "log-only") == DevRunRoute(False, False, None)
    assert route(None, "send").properties() == {}
    kept = route("CI is set in the environment", "log-only")
    assert kept.log_only
    assert kept.properties() == {}
    sent = route("CI is set in the environment", "send")
    assert not sent.log_only
    assert sent.properties() == {"$dev": True}
