"""The peer-suite extractors read the shapes those suites use (on small made-up inputs)."""

from __future__ import annotations

import random
from pathlib import Path

from tests.corpus.peers import PeerSample, load, save
from tests.corpus.peers import suites as s
from tests.corpus.peers.pyast import parametrized_cases

PYTEST_MODULE = """
import pytest
SECRET = "Zq81" + "kKx0pW"
@pytest.mark.parametrize("line, should_flag", [
    ("token = '{}'".format(SECRET), True),
    ("token = ''", False),
    (open("x").read(), True),
])
def test_analyze(line, should_flag):
    pass
class TestThing:
    @pytest.mark.parametrize("text, expected_len, expected_positions", [
        ("mail me at a.b@example.org", 1, ((11, 26),)),
    ])
    def test_it(self, text, expected_len, expected_positions):
        pass
"""


def test_parametrized_cases_are_evaluated_without_running_the_module() -> None:
    cases = list(parametrized_cases(PYTEST_MODULE))
    # The case that needs a call the evaluator does not know is left out.
    assert [c.args for c in cases] == [
        {"line": "token = 'Zq81kKx0pW'", "should_flag": True},
        {"line": "token = ''", "should_flag": False},
        {
            "text": "mail me at a.b@example.org",
            "expected_len": 1,
            "expected_positions": ((11, 26),),
        },
    ]
    assert cases[2].test == "TestThing.test_it"


def test_go_expressions_of_gitleaks_rule_tests() -> None:
    go = s._GoEval(['{i}Token = "{s}"', "{I}_TOKEN={s}"], random.Random(1))
    texts, secret = go.samples(
        'utils.GenerateSampleSecrets("acme", "ak_"+secrets.NewSecret(utils.Hex("8")))'
    )
    assert secret is not None and secret.startswith("ak_") and len(secret) == 11
    assert texts == [f'acmeToken = "{secret}"', f"ACME_TOKEN={secret}"]
    assert go.samples('`raw "quoted"`') == (['raw "quoted"'], None)
    assert s._split_top('a("x,y"), b', ",") == ['a("x,y")', "b"]


def test_relay_pairs_become_positives_and_untouched_inputs_must_keep(tmp_path: Path) -> None:
    source = tmp_path / "builtin.rs"
    source.write_text(
        "    #[test]\n    fn test_mail() {\n"
        '        assert_text_rule!(\n            rule = "@email";\n'
        '            input = "write to jo@example.net now";\n'
        '            output = "write to [email] now";\n        );\n'
        '        assert_text_rule!(\n            rule = "@email";\n'
        '            input = "no mail here";\n            output = "no mail here";\n        );\n'
        "    }\n"
    )
    samples = s.relay(source, "abc")
    assert samples == [
        PeerSample(
            "relay",
            "getsentry/relay@abc",
            "builtin.rs::test_mail",
            "write to jo@example.net now",
            ("jo@example.net",),
        ),
        PeerSample("relay", "getsentry/relay@abc", "builtin.rs::test_mail", "no mail here"),
    ]


def test_samples_round_trip_through_the_cache(tmp_path: Path, monkeypatch: object) -> None:
    import tests.corpus.peers as peers

    setattr_ = monkeypatch.setattr  # type: ignore[attr-defined]
    setattr_(peers, "PEER_CACHE", tmp_path)
    sample = PeerSample("x", "src", "t", "text", ("te",), ("k",), ("message",))
    save("x", [sample])
    assert load("x") == [sample]
    assert load("absent") is None
