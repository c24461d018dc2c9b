"""Long inputs of one shape repeated finish: no rule's pattern backtracks without end on
a match that never completes (a bold span that never closes, flags without values)."""

from __future__ import annotations

import pytest

from consentry.anonymize.scrub import scrub_message, scrub_stack

# Each as long as a message may be, in the shapes this round's rules read.
_INPUTS = {
    "unclosed bold": "**" + "word " * 1600,
    "quote marks": ">" * 8000 + "x",
    "headings": "# " + "a " * 4000,
    "owner flags": "--tenant " * 900,
    "tool flags": "kubectl " + "-n x " * 1600,
    "capitals before a legal form": "Acme " * 1600 + "LLC",
    "labels": "deployment: " * 700,
    "verbs": "creating S3 " * 700 + "(x)",
    "MCP tool": "mcp__" + "a-" * 4000,
    "environment slugs": "prod-" * 1600,
    "row keys": "Key (" + "a" * 4000 + ")=(",
    "owner numbers": "team id " * 1000,
}


# A bound on termination, not a measure of speed: a pattern that backtracks without end
# takes hours here, a linear one milliseconds (`benchmarks/` measures the speed).
@pytest.mark.timeout(60)
@pytest.mark.parametrize("text", list(_INPUTS.values()), ids=list(_INPUTS))
def test_a_long_input_of_one_shape_is_scrubbed(text: str) -> None:
    assert scrub_message(text) is not None
    assert scrub_stack(text) is not None
