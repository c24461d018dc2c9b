"""`consentry manifest`: the package.json block of a product that embeds the client."""

from __future__ import annotations

import json

import pytest

from consentry.cli import main
from consentry.manifest import COMMANDS, ManifestError, consent_setting, contributes


def test_block_names_the_product_and_carries_its_prefix() -> None:
    block = contributes("acme", "Acme Assistant")
    properties = block["contributes"]["configuration"]["properties"]
    assert list(properties) == ["acme.telemetry.enabled"] == [consent_setting("acme")]
    setting = properties["acme.telemetry.enabled"]
    # Only the person decides: a workspace cannot grant (application scope), and unset
    # stays apart from a choice (null default).
    assert setting["scope"] == "application"
    assert setting["default"] is None
    assert setting["type"] == "boolean"
    assert setting["tags"] == ["telemetry", "usesOnlineServices"]
    commands = block["contributes"]["commands"]
    assert [c["command"] for c in commands] == [f"acme.telemetry.{name}" for name, _ in COMMANDS]
    assert all(c["title"].startswith("Acme Assistant: ") for c in commands)
    assert block["activationEvents"] == ["onStartupFinished"]


@pytest.mark.parametrize("prefix", ["", "a b", "1acme", "acme.x", "x" * 65])
def test_rejects_a_prefix_that_cannot_name_settings(prefix: str) -> None:
    with pytest.raises(ManifestError):
        contributes(prefix, "P")


def test_cli_prints_json_and_says_why_it_refuses(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["manifest", "--prefix", "beta", "--product", "Beta Coder"])
    assert ended.value.code in (0, None)
    printed = json.loads(capsys.readouterr().out)
    assert printed == contributes("beta", "Beta Coder")
    with pytest.raises(SystemExit) as refused:
        main(["manifest", "--prefix", "no good"])
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert "--prefix" in err
    assert "Traceback" not in err
