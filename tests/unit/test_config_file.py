"""Reading config.json as people's tools write it; anything unusable is a ConfigError
that names the file and quotes nothing of it."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consentry.consent.home import MAX_CONFIG_BYTES, ConfigError, Home, parse_config

SECRET = "s3cr3t-Sentinel-value"
GRANT = {"allowAnonymousTelemetry": True, "note": "café ✓"}
GRANT_TEXT = json.dumps(GRANT, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(GRANT_TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + GRANT_TEXT.encode("utf-8"), id="utf-8-bom"),
        # What Windows PowerShell 5's `Out-File` and `>` write: UTF-16 LE with a BOM.
        pytest.param(GRANT_TEXT.encode("utf-16"), id="utf-16-bom-native"),
        pytest.param(codecs.BOM_UTF16_LE + GRANT_TEXT.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + GRANT_TEXT.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(GRANT_TEXT.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
    ],
)
def test_every_encoding_people_write_reads_the_same(tmp_path: Path, raw: bytes) -> None:
    home = Home(tmp_path)
    home.config_path.write_bytes(raw)
    assert home.read_config() == GRANT


BAD = [
    pytest.param(b"{\xc3\x28" + SECRET.encode(), "not UTF-8 or UTF-16", id="not-utf"),
    pytest.param(GRANT_TEXT.encode("utf-16-le"), "not UTF-8 or UTF-16", id="utf-16-no-bom"),
    pytest.param(
        b'{"allowAnonymousTelemetry": true, "x": "' + SECRET.encode(), "JSON", id="truncated"
    ),
    pytest.param(f"{{'{SECRET}': 1}}".encode(), "JSON", id="single-quotes"),
    pytest.param(b"", "JSON", id="empty"),
    pytest.param(json.dumps([SECRET]).encode(), "JSON object", id="array"),
    pytest.param(json.dumps(SECRET).encode(), "JSON object", id="string"),
    pytest.param(b"null", "JSON object", id="null"),
    pytest.param(
        json.dumps({"allowAnonymousTelemetry": SECRET}).encode(),
        "'allowAnonymousTelemetry' must be true or false",
        id="allow-string",
    ),
    pytest.param(
        json.dumps({"allowAnonymousTelemetry": 1}).encode(),
        "'allowAnonymousTelemetry' must be true or false",
        id="allow-number",
    ),
    pytest.param(
        json.dumps({"permanentlyDisabled": "true"}).encode(),
        "'permanentlyDisabled' must be true or false",
        id="permanent-string",
    ),
    pytest.param(
        json.dumps({"samplingSeed": 7}).encode(),
        "'samplingSeed' must be a string",
        id="seed-number",
    ),
    pytest.param(
        json.dumps({"consentRecord": [SECRET]}).encode(),
        "'consentRecord' must be an object",
        id="record-array",
    ),
    pytest.param(b"[" * 100_000 + b"]" * 100_000, "", id="deep-nesting"),
]


@pytest.mark.parametrize(("raw", "says"), BAD)
def test_unusable_files_raise_a_value_free_error_naming_the_file(
    tmp_path: Path, raw: bytes, says: str
) -> None:
    home = Home(tmp_path / "alice-home")
    home.ensure()
    home.config_path.write_bytes(raw)
    with pytest.raises(ConfigError) as info:
        home.read_config()
    message = str(info.value)
    assert message.startswith("config.json") and says in message
    assert SECRET not in message and "alice" not in message
    assert home.config_path.read_bytes() == raw  # reading never rewrites


def test_null_values_count_as_absent() -> None:
    assert parse_config(b'{"allowAnonymousTelemetry": null}') == {"allowAnonymousTelemetry": None}


def test_a_huge_file_is_not_read(tmp_path: Path) -> None:
    home = Home(tmp_path)
    home.config_path.write_bytes(b" " * (MAX_CONFIG_BYTES + 1) + b"{}")
    with pytest.raises(ConfigError, match="larger than"):
        home.read_config()


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param("home-is-a-file", id="home-is-a-file"),
        pytest.param("config-is-a-folder", id="config-is-a-folder"),
    ],
)
def test_impossible_homes_are_a_config_error_not_a_crash(tmp_path: Path, layout: str) -> None:
    root = tmp_path / "alice-home"
    if layout == "home-is-a-file":
        root.write_text("x", encoding="utf-8")
    else:
        (root / "config.json").mkdir(parents=True)
    with pytest.raises(ConfigError, match=r"config\.json cannot be read") as info:
        Home(root).read_config()
    assert "alice" not in str(info.value)


def test_missing_home_or_file_is_an_empty_config(tmp_path: Path) -> None:
    assert Home(tmp_path / "nowhere").read_config() == {}


@given(st.binary(max_size=200))
def test_any_bytes_either_parse_or_raise_config_error(raw: bytes) -> None:
    try:
        data = parse_config(raw)
    except ConfigError as exc:
        assert str(exc).startswith("config.json")
    else:
        assert isinstance(data, dict)


@given(st.dictionaries(st.text(max_size=8), st.booleans() | st.text(max_size=8), max_size=4))
def test_any_object_of_strings_and_booleans_round_trips_in_every_encoding(
    data: dict[str, object],
) -> None:
    text = json.dumps(data, ensure_ascii=False)
    for raw in (text.encode(), codecs.BOM_UTF8 + text.encode(), text.encode("utf-16")):
        try:
            assert parse_config(raw) == data
        except ConfigError as exc:  # a known key of the wrong type
            assert "must be" in str(exc)
