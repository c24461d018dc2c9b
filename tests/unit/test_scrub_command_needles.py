"""The needles in front of the command grammars of `consentry.anonymize.secrets` are
necessary conditions: where none of a rule's needles occurs (or none of the gate's),
its pattern changes nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from consentry.anonymize.secrets import _GRAMMAR, _GRAMMAR_NEEDLES, _NEEDLES

PIECES = st.sampled_from(
    [
        *("htpasswd", "-b", "-nb", "-C", "10", "net", "NET", "use", "user", "USER", ".exe"),
        *("mysqladmin", "nmcli", "password", "passwd", "secret", "wifi-sec.psk", "0", "7"),
        *("machine", "login", "Login:", "/", "username", "privilege", "15", "echo", "printf"),
        *("|", "chpasswd", "sudo", "-S", "--stdin", "<<<", "docker", "--password-stdin"),
        *("-U", "%", "ana", "AUTH", "127.0.0.1:6379>", "redis-cli", "wpa_passphrase"),
        *("vault", "\\\\h\\s", "Z:", "*", "meadow", "'x'", '"y"', "$V", "<secret>", ">"),
        *("sqlcmd", "-P", "xfreerdp", "/p:", "schtasks", "/RP", "sc", "password="),
    ]
)
# Whole command lines each grammar knows, their blanks then varied: the needles must hold
# in every spelling the patterns take.
LINES = st.sampled_from(
    [
        "htpasswd -b f ana meadow",
        "htpasswd -nb ana meadow",
        "net user ana meadow",
        "NET.EXE USER ana meadow",
        "net use Z: \\\\h\\s meadow",
        "mysqladmin -u root password meadow",
        "nmcli dev wifi connect n password meadow",
        "machine h login ana password meadow",
        "username ana privilege 15 password 0 meadow",
        "login ana / meadow2",
        "echo meadow | chpasswd",
        "echo meadow | sudo -S ls",
        "chpasswd <<< ana:meadow",
        "smbclient -U ana%meadow",
        "127.0.0.1:6379> AUTH meadow",
        "wpa_passphrase n meadow",
        "vault login s.meadow2",
        "sqlcmd -P meadow",
        "xfreerdp /p:meadow",
        "schtasks /RP meadow",
        "sc config s password= meadow",
    ]
)
BLANKS = st.sampled_from([" ", "\t", "  ", " \t"])
TEXTS = st.one_of(
    st.lists(
        st.tuples(PIECES, st.sampled_from([" ", "\t", "\n", "  ", ""])), min_size=1, max_size=14
    ).map(lambda parts: "".join(p + s for p, s in parts)),
    st.tuples(LINES, BLANKS).map(lambda pair: pair[0].replace(" ", pair[1])),
)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_no_needle_no_change(text: str) -> None:
    lowered = text.lower()
    gate = any(n in lowered for n in _NEEDLES)
    for (pattern, replace, _), needles in zip(_GRAMMAR, _GRAMMAR_NEEDLES, strict=True):
        if gate and (not needles or any(n in lowered for n in needles)):
            continue
        assert pattern.sub(replace, text) == text, (pattern.pattern[:60], text)
