"""Passwords after a label in another language: "mot de passe : …", "Kennwort=…", "密码:…"."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from consentry.anonymize import secrets
from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    "text",
    [
        "mot de passe : Soleil2024!",
        "mot de passe « Chat&Chien2022 » incorrect",
        'senha "Brasil@123" incorreta',
        "Kennwort: Sommer2023",
        "senha: Brasil@123",
        "contraseña=Verano2024",
        "wachtwoord = Welkom01",
        "hasło: Lato2024",
        "lösenord: Sommar2024",
        "şifre: Istanbul34",
        "пароль: qwerty123",
        "密码：hello2024",  # a full-width colon, which NFKC makes ":"
        "パスワード: sakura2024",
        "비밀번호: seoul2024",
        "mật khẩu: hanoi2024",
        "kata sandi: jakarta2024",
        "DB_SENHA='Brasil@123'",
        'MYSQL_KENNWORT: "Sommer2023"',
    ],
)
def test_the_value_after_the_label_goes(text: str) -> None:
    out = scrub_message(text)
    value = re.split(r"[:=：«\"']\s*", text, maxsplit=1)[1].strip("'\"")
    value = value.split(" »")[0].split('"')[0]
    assert value not in out
    assert "<secret>" in out


@pytest.mark.parametrize(
    "text",
    [
        "Kennwort: null",
        "senha: ''",
        "time 12:30 = ok",
        # No operator: prose, as "password expired" is.
        "Das Kennwort ist abgelaufen",
        "senha incorreta",
        # Another word that ends like a label.
        "absenha: x",
        "Passenha: x",
    ],
)
def test_what_is_no_password_stays_for_the_grammar(text: str) -> None:
    lowered = text.lower()
    assert secrets._redact_localised_passwords(text, lowered, secrets._operators(text)) == text


def test_every_label_is_lower_case_and_found_by_its_last_two_characters() -> None:
    for label in secrets._LOCALISED_PASSWORD_LABELS:
        assert label == label.lower()
        assert len(label) >= 2
        assert label in secrets._LOCALISED_BY_END[label[-2:]]


_LABEL_RE = re.compile(
    "(?=(" + "|".join(re.escape(label) for label in secrets._LOCALISED_PASSWORD_LABELS) + "))"
)
_GAP_RE = re.compile("[ \t\"']*")


def _from_every_label(text: str) -> str:
    # `_redact_localised_passwords` as a scan of the whole text for the labels would have
    # it: a label, then blanks and quotes and an operator, or one blank and a quote.
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    places: set[int] = set()
    for hit in _LABEL_RE.finditer(lowered):
        start, end = hit.start(), hit.start() + len(hit.group(1))
        if start > 0 and lowered[start - 1].isalpha():
            continue
        after_gap = _GAP_RE.match(lowered, end)
        assert after_gap is not None
        if lowered[after_gap.end() : after_gap.end() + 1] in (":", "="):
            places.add(after_gap.end())
        quote = lowered[end + 1 : end + 2]
        if lowered[end : end + 1] in (" ", "\t") and quote and quote in "«„“\"'":
            places.add(end + 1)
    out: list[str] = []
    pos = 0
    for at in sorted(places):
        if at < pos:
            continue
        if text[at] in ":=":
            m = secrets._LOCALISED_VALUE_RE.match(text, at)
        else:
            m = secrets._LOCALISED_QUOTED_VALUE_RE.match(text, at)
        if m is None:
            continue
        value = m.group("v")
        quoted = value[0] in "«„“\"'"
        if not secrets._secret_value("strong", value[1:-1] if quoted else value):
            continue
        head, tail = (value[0], value[-1]) if quoted else ("", "")
        out.append(text[pos : m.start("v")] + head + secrets.SECRET + tail)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


TEXTS = st.lists(
    st.sampled_from(
        [
            *("senha", "Kennwort", "mot de passe", "пароль", "密码", "κωδικός", "ΚΩΔΙΚΌΣ"),
            *("ab", "_", " ", "\t", "'", '"', ":", "=", "==", ": ", "x", "Sommer2023", "null"),
            *("\u0130", "\n", "<secret>", "a senha", "«", "»", "„", "“", "”", " « x »"),
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("senha: a senha: b")
@example("\u0130 senha=x")  # lower-cased to two characters
@example("ΚΩΔΙΚΌΣ: x")
def test_found_from_the_operators_as_from_every_label(text: str) -> None:
    lowered = text.lower()
    got = secrets._redact_localised_passwords(text, lowered, secrets._operators(text))
    assert got == _from_every_label(text)
