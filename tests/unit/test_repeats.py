"""A name hidden in one place of a text is hidden where the text repeats it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consentry.anonymize.repeats import hidden_stretches, names_in
from consentry.anonymize.scrub import scrub_message


def test_the_stretches_each_placeholder_stands_for() -> None:
    before = "push to orchard-crm failed for ann@example.org; retry"
    after = "push to <redacted> failed for <email>; retry"
    assert hidden_stretches(before, after) == [
        ("orchard-crm", "<redacted>"),
        ("ann@example.org", "<email>"),
    ]


def test_adjacent_placeholders_stand_for_one_stretch() -> None:
    assert hidden_stretches("at /home/x/tmpab12cd.tmp", "at <path><secret>.tmp") == [
        ("/home/x/tmpab12cd", "")
    ]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # A rewrite that left no placeholder (a URL's query value): no alignment.
        ("see https://x.org/a?key=abc now <secret>", "see https://x.org/a?key= now <secret>"),
        ("plain text", "other <redacted>"),
        ("abc", "abc<redacted>"),
    ],
)
def test_no_alignment_gives_none(before: str, after: str) -> None:
    assert hidden_stretches(before, after) is None


_KEPT = st.text(alphabet="ab .", min_size=1, max_size=6)
_HIDDEN = st.text(alphabet="xyz-", min_size=1, max_size=6)


@given(st.lists(st.tuples(_KEPT, _HIDDEN), min_size=1, max_size=8), _KEPT)
def test_the_stretches_are_what_was_replaced(pieces: list[tuple[str, str]], tail: str) -> None:
    before = "".join(kept + hidden for kept, hidden in pieces) + tail
    after = "".join(kept + "<redacted>" for kept, _ in pieces) + tail
    assert hidden_stretches(before, after) == [(hidden, "<redacted>") for _, hidden in pieces]


@given(st.text(alphabet="ab <>xr-edact", max_size=40), st.text(alphabet="ab <>x", max_size=40))
def test_an_alignment_rebuilds_the_text(before: str, after: str) -> None:
    stretches = hidden_stretches(before, after)
    if stretches is None:
        return
    # Each placeholder (adjacent ones together) given back its stretch is `before`.
    runs = re.split(r"((?:<[a-z][a-z-]{0,20}>)+)", after)
    rebuilt = "".join(stretches[i // 2][0] if i % 2 else run for i, run in enumerate(runs))
    assert rebuilt == before


def _words(*known: str) -> set[str]:
    return set(known)


@pytest.mark.parametrize(
    ("stretches", "names"),
    [
        # A value judged by itself: any name that is no word as a whole.
        ([("greenleaf-crm", "<redacted>")], ["greenleaf-crm"]),
        ([("'employee_salaries'", "<redacted>")], ["employee_salaries"]),
        # Its words joined by "-" are its own unless software's ("queue.fifo" aside).
        (
            [("harbor-order-events.fifo", "<redacted>")],
            ["harbor-order-events.fifo", "harbor-order-events"],
        ),
        # Inside a path or a host: a name only with a part the vocabulary lacks.
        ([("/srv/app/node_modules/x", "<path>")], []),
        ([("/srv/pinecrest_ledger/x", "<path>")], ["pinecrest_ledger"]),
        # A cut command id the word pass hid: itself, not its camel-case words, which are
        # the vocabulary's.
        (
            [("editor.action.inlineSuggest.commi", "<redacted>")],
            ["editor.action.inlineSuggest.commi"],
        ),
        # Someone's code: its names unless made of software's words.
        ([("notifyCrewLead(ctx)", "<code>")], ["notifyCrewLead"]),
        ([("pad_token = eos_token", "<code>")], []),
        # Short, plain or numeric: never a name.
        ([("ab-cd", "<redacted>"), ("payroll", "<redacted>"), ("123456", "<id>")], []),
    ],
)
def test_which_names_are_learnt(stretches: list[tuple[str, str]], names: list[str]) -> None:
    vocabulary = _words(
        "srv",
        "app",
        "node",
        "modules",
        "editor",
        "action",
        "inline",
        "suggest",
        "commi",
        "notify",
        "crew",
        "lead",
        "pad",
        "token",
        "eos",
        "harbor",
        "order",
        "events",
        "fifo",
        "payroll",
        "ctx",
        "ledger",
    )
    software = _words(
        "srv", "app", "node", "modules", "notify", "pad", "token", "eos", "events", "fifo", "ctx"
    )
    lowered = " ".join(stretch for stretch, _ in stretches).lower()
    learnt = names_in(stretches, lowered, vocabulary.__contains__, software.__contains__)
    assert sorted(learnt) == sorted(names)


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        (
            "Exit code 125 from `docker run -d --name orchard-crm-db -p 5432:5432 postgres:16`\n"
            "docker: Error response from daemon: driver failed on endpoint orchard-crm-db: "
            "port is already allocated.",
            "orchard-crm-db",
            "port is already allocated",
        ),
        (
            'ERROR:  relation "grant_payout_rows" does not exist\n'
            "LINE 1: SELECT id FROM grant_payout_rows WHERE paid = false",
            "grant_payout_rows",
            "does not exist",
        ),
        # Joined to more by "_": the compose project's network.
        (
            "$ docker compose --project-name lakeside-harbor up -d\n"
            " ✔ Network lakeside-harbor_default  Created",
            "lakeside-harbor",
            "<redacted>_default",
        ),
    ],
)
def test_a_name_hidden_once_is_hidden_everywhere(text: str, name: str, kept: str) -> None:
    out = scrub_message(text)
    assert name not in out
    assert kept in out
    assert scrub_message(out) == out


def test_a_public_name_inside_a_path_stays_elsewhere() -> None:
    text = "Cannot read /home/ann/site/node_modules/x.js; run npm install to fill node_modules"
    out = scrub_message(text)
    assert "/ann/" not in out
    assert out.endswith("to fill node_modules")


def test_placeholders_are_what_the_stages_write() -> None:
    from consentry.anonymize import placeholders

    written = {
        v
        for k, v in vars(placeholders).items()
        if k.isupper() and isinstance(v, str) and k != "PLACEHOLDER_SHAPE"
    }
    assert written and all(re.fullmatch(placeholders.PLACEHOLDER_SHAPE, p) for p in written)
