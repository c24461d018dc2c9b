"""Profiles (TOML, validated) and the state folder."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from consentry.consent.home import ConfigError, Home
from consentry.consent.profile import Profile, ProfileError, load_profile, parse_profile


def test_defaults_match_protocol() -> None:
    profile = Profile()
    assert (profile.consent, profile.prompt, profile.sample_rate) == (
        "opt-in",
        "install-and-update",
        1.0,
    )
    assert profile.posthog_host == "https://us.i.posthog.com"
    assert profile.destination == "log-only"


def test_full_profile_parses() -> None:
    profile = parse_profile(
        'product = "X"\nconsent = "opt-out"\nprompt = "never"\nsample_rate = 0.25\n'
        'posthog_api_key = "phc_x"\nprivacy_url = "https://x.test/p"\n',
        "x.toml",
    )
    assert profile.consent == "opt-out" and profile.sample_rate == 0.25
    assert profile.destination == "posthog"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param('consent = "maybe"', "consent", id="consent"),
        pytest.param("sample_rate = 2", "sample_rate", id="rate"),
        pytest.param('colour = "red"', "colour", id="unknown"),
        pytest.param('posthog_host = "ftp://x"', "posthog_host", id="host"),
        pytest.param("outbox_max_events = 0", "outbox_max_events", id="bound"),
    ],
)
def test_bad_profile_names_key_and_file(text: str, key: str) -> None:
    with pytest.raises(ProfileError) as info:
        parse_profile(text, "/etc/acme.toml")
    assert key in str(info.value) and "/etc/acme.toml" in str(info.value)


def test_broken_toml(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text("consent = ")
    with pytest.raises(ProfileError, match=r"p\.toml"):
        load_profile(path, {})


def test_environment_overrides_host_and_key() -> None:
    profile = load_profile(
        None, {"CONSENTRY_POSTHOG_HOST": "http://127.0.0.1:1", "CONSENTRY_POSTHOG_API_KEY": "k"}
    )
    assert (profile.posthog_host, profile.posthog_api_key) == ("http://127.0.0.1:1", "k")


def test_home_config_roundtrip_and_broken_file(tmp_path: Path) -> None:
    home = Home(tmp_path / "h")
    assert home.read_config() == {}
    home.update_config({"allowAnonymousTelemetry": True})
    assert json.loads(home.config_path.read_text()) == {"allowAnonymousTelemetry": True}
    home.config_path.write_text("{not json")
    with pytest.raises(ConfigError, match=r"config\.json"):
        home.read_config()
    home.update_config({"allowAnonymousTelemetry": False})
    assert home.read_config() == {"allowAnonymousTelemetry": False}
    assert (tmp_path / "h" / "config.json.broken").exists()


def test_servers_making_the_anonymous_id_at_once_agree_on_one(tmp_path: Path) -> None:
    # Two windows' servers granting consent at the same moment must not end up with two
    # ids (one of them no longer in the file).
    start = threading.Barrier(8, timeout=10)
    made: list[str | None] = []

    def make() -> None:
        home = Home(tmp_path / "home")
        start.wait()
        made.append(home.anonymous_id(create=True))

    threads = [threading.Thread(target=make) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    kept = Home(tmp_path / "home").anonymous_id(create=False)
    assert kept is not None and made == [kept] * 8
    assert sorted(p.name for p in (tmp_path / "home").iterdir()) == ["anonymous_id"]


def test_anonymous_id_is_made_only_on_request(tmp_path: Path) -> None:
    home = Home(tmp_path / "h")
    assert home.anonymous_id(create=False) is None
    assert not home.root.exists()
    first = home.anonymous_id(create=True)
    assert first is not None and home.anonymous_id(create=False) == first
    assert home.anonymous_id(create=True) == first


def test_home_from_env(tmp_path: Path) -> None:
    assert Home.from_env({"CONSENTRY_HOME": str(tmp_path)}).root == tmp_path
    assert Home.from_env({}).root.name == ".consentry"


@pytest.mark.parametrize(
    "file",
    [
        pytest.param("/home/jdoe/ext/bad.toml", id="words"),
        pytest.param("/home/tkowalewski/secret-merger-app", id="a-project-name"),
        pytest.param("/tmp/sk_live_4eC39HqLyjWDarjtT1zdp7dc.toml", id="named-after-a-key"),
        pytest.param("/tmp/DE89370400440532013000.toml", id="an-iban"),
    ],
)
def test_a_profile_error_never_shows_the_file_path_or_name(file: str) -> None:
    error = ProfileError(file, "key 'consent' must be one of opt-in, opt-out")
    assert error.shown == "the profile file: key 'consent' must be one of opt-in, opt-out"


def test_words_are_the_products_own_names() -> None:
    profile = parse_profile('words = ["aider", "symf", "ms-toolsai.jupyter", "aider"]', "p.toml")
    assert profile.words == ("aider", "symf", "ms-toolsai.jupyter")
    assert Profile().words == ()


@pytest.mark.parametrize(
    "value",
    [
        '"aider"',  # not a list
        '["a"]',  # too short
        '["two words"]',
        '["acme/payroll"]',
        '["jane@example.com"]',
        "[1]",
        '["x7Gq2bLpQ9mZ4kR8"]',  # a key's shape
        '["order1234567"]',  # a long number
        "[" + ", ".join(f'"w{i}x"' for i in range(201)) + "]",  # too many
    ],
)
def test_words_that_are_no_names_are_refused(value: str) -> None:
    with pytest.raises(ProfileError) as refused:
        parse_profile(f"words = {value}", "p.toml")
    assert "'words'" in refused.value.problem
