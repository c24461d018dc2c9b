"""The stdio framer and decoder: bodies out of any chunking, limits, and what is skipped."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consentry.lsp.stdio import Framer, decode


def frame(body: bytes, length: int | None = None) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % (len(body) if length is None else length) + body


def bodies_of(stream: bytes, cuts: list[int], **limits: int) -> tuple[list[bytes], list[str]]:
    warnings: list[str] = []
    framer = Framer(warnings.append, **limits)
    out: list[bytes] = []
    previous = 0
    for cut in [*sorted(cuts), len(stream)]:
        out += framer.feed(stream[previous:cut])
        previous = cut
    return out, warnings


BODIES = st.lists(st.binary(min_size=0, max_size=300), min_size=1, max_size=8)


@given(bodies=BODIES, cuts=st.lists(st.integers(0, 3000), max_size=12))
@settings(max_examples=300)
def test_any_chunking_yields_the_same_bodies(bodies: list[bytes], cuts: list[int]) -> None:
    stream = b"".join(frame(b) for b in bodies)
    cuts = [c for c in cuts if c <= len(stream)]
    assert bodies_of(stream, cuts) == (bodies, [])


@given(size=st.integers(1, 5000), cuts=st.lists(st.integers(0, 6000), max_size=6))
@settings(max_examples=200)
def test_an_oversized_message_is_skipped_and_the_next_one_kept(size: int, cuts: list[int]) -> None:
    stream = frame(b"x" * size) + frame(b'{"ok":1}')
    cuts = [c for c in cuts if c <= len(stream)]
    out, warnings = bodies_of(stream, cuts, max_message=1000)
    if size > 1000:
        assert out == [b'{"ok":1}'] and len(warnings) == 1 and "limit is 1000" in warnings[0]
    else:
        assert out == [b"x" * size, b'{"ok":1}'] and warnings == []


def test_the_buffer_never_holds_an_oversized_body() -> None:
    framer = Framer(lambda _: None, max_message=1000)
    list(framer.feed(frame(b"", length=10_000_000)))
    for _ in range(100):
        assert list(framer.feed(b"y" * 100_000)) == []
        assert framer.buffered == 0


@pytest.mark.parametrize(
    ("stream", "expected", "warning"),
    [
        pytest.param(
            b"Content-Type: x\r\n\r\n" + frame(b"{}"),
            [b"{}"],
            "without a valid Content-Length",
            id="no-length",
        ),
        pytest.param(b"garbage" + frame(b"{}"), [b"{}"], "not a message header", id="garbage"),
        pytest.param(b"content-length: 2\r\n\r\n{}", [b"{}"], None, id="lower-case"),
        pytest.param(
            b"Content-Length: 2\r\nContent-Type: a/b\r\n\r\n{}", [b"{}"], None, id="two-headers"
        ),
        pytest.param(b"h" * 9000 + frame(b"{}"), [b"{}"], "not a message header", id="long-junk"),
    ],
)
def test_broken_headers_cost_only_themselves(
    stream: bytes, expected: list[bytes], warning: str | None
) -> None:
    out, warnings = bodies_of(stream, [])
    assert out == expected
    if warning is None:
        assert warnings == []
    else:
        assert len(warnings) == 1 and warning in warnings[0]


def test_a_header_that_never_ends_is_dropped_once_over_the_limit() -> None:
    warnings: list[str] = []
    framer = Framer(warnings.append)
    for _ in range(10):
        assert list(framer.feed(b"h" * 4000)) == []
    assert framer.buffered <= 8 * 1024
    assert warnings and "header longer than" in warnings[0]
    assert list(framer.feed(frame(b"{}"))) == [b"{}"]


@pytest.mark.parametrize(
    ("body", "kept", "warning"),
    [
        (b'{"jsonrpc":"2.0","method":"m","params":{}}', True, None),
        (b'{"jsonrpc":"2.0","id":1,"method":"m"}', True, None),
        (b'{"jsonrpc":"2.0","id":"a","result":null}', True, None),
        (b"{not json", False, "not valid JSON"),
        (b"\xff\xfe", False, "not valid JSON"),
        (b"[1, 2]", False, "not a JSON object"),
        pytest.param(b"[" * 100_000 + b"]" * 100_000, False, "nested too deeply", id="deep"),
        (b'{"jsonrpc":"2.0","id":{"a":1},"method":"m"}', False, "id is not"),
        (b'{"jsonrpc":"2.0","id":true,"method":"m"}', False, "id is not"),
        (b'{"jsonrpc":"2.0","id":1.5,"method":"m"}', False, "id is not"),
        (b'{"jsonrpc":"2.0","params":{}}', False, "neither a request"),
        (b'{"jsonrpc":"2.0","method":7}', False, "neither a request"),
    ],
)
def test_decode(body: bytes, kept: bool, warning: str | None) -> None:
    warnings: list[str] = []
    message = decode(body, warnings.append)
    assert (message is not None) is kept
    if kept:
        assert message == json.loads(body) and warnings == []
    else:
        assert len(warnings) == 1 and warning is not None and warning in warnings[0]
