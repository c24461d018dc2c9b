"""`consentry manifest`: the package.json block of a product that embeds the client."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consentry.cli import main
from consentry.manifest import COMMANDS, HUB_EXTENSION, ManifestError, consent_setting, contributes


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


def test_hub_block_depends_on_the_shared_extension_and_has_no_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    block = contributes("zeta", "Zeta Pilot", hub=True)
    embedded = contributes("zeta", "Zeta Pilot")
    # The same checkbox as an embedding product, the hub as a dependency, no commands of
    # its own (a command without a handler would show in the palette and fail).
    assert block["contributes"] == {"configuration": embedded["contributes"]["configuration"]}
    assert block["extensionDependencies"] == ["consentry.consentry"]
    assert block["activationEvents"] == ["onStartupFinished"]
    with pytest.raises(SystemExit) as ended:
        main(["manifest", "--prefix", "zeta", "--product", "Zeta Pilot", "--hub"])
    assert ended.value.code in (0, None)
    assert json.loads(capsys.readouterr().out) == block


def test_hub_dependency_is_the_consentry_extension_and_the_example_carries_the_block() -> None:
    root = Path(__file__).resolve().parents[2]
    own = json.loads((root / "package.json").read_text(encoding="utf-8"))
    assert f"{own['publisher']}.{own['name']}" == HUB_EXTENSION
    beta = json.loads((root / "examples" / "beta-coder" / "package.json").read_text("utf-8"))
    block = contributes("beta", "Beta Coder", hub=True)
    assert beta["extensionDependencies"] == block["extensionDependencies"]
    assert beta["contributes"]["configuration"] == block["contributes"]["configuration"]
    assert beta["activationEvents"] == block["activationEvents"]
