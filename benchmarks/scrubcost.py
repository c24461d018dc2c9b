"""Scrubbing cost: a 1 KB message and a 4 KB stack, p99, in this process.

The workload is seeded: error lines an assistant reports, with an e-mail, a home path,
a key or a phone number planted in some of them, assembled to 1 KB messages and to
4 KB stacks of V8 frames under a home folder. The scrubber is warmed (vocabulary and
rules loaded, verdict caches filled by the first pass) as it is in a running server.

The baseline, measured in the same run on the same inputs, is the scrubber with
``free_text="scrubbed"`` (the detectors alone, which is what the previous design ran):
the ratio says what the allow-list costs on top, independent of the machine's speed.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from benchmarks.report import Figure, Report

Progress = Callable[[str], None]

_LINES = (
    "Request failed with status code 429",
    "connect ECONNREFUSED 127.0.0.1:11434",
    "Rate limit reached for gpt-4o-mini on tokens per min (TPM): Limit 30000, Used 29500.",
    "Cannot read properties of undefined (reading 'choices')",
    "The operation timed out after 30000 ms",
    "Model ollama/llama3:8b not found, try pulling it first",
    "Unknown configuration key: maxTokens",
    "command 'editor.action.inlineSuggest.commit' not found",
    "This model's maximum context length is 128000 tokens.",
    "getaddrinfo ENOTFOUND api.openai.com",
    "Unexpected token < in JSON at position 0",
    "Retrying in 20 seconds (attempt 3 of 5)",
)
_PLANTS = (
    "for dana.kowalczyk@example.org",
    "reading /home/dana/projects/payroll/src/index.ts",
    "with key sk-proj-" + "Q1w2E3r4T5y6U7i8O9p0" * 2,
    "call +49 30 12345678",
    "token=8f14e45fceea167a5a36dedd4bea2543",
)
_FUNCTIONS = ("activate", "Object.<anonymous>", "ChatPanel.render", "processTicksAndRejections")


def messages(count: int, size: int = 1024, seed: int = 12) -> list[str]:
    """`count` seeded messages of `size` characters, one in three with a planted value."""
    rnd = random.Random(seed)
    out: list[str] = []
    for _ in range(count):
        text = ""
        while len(text) < size:
            text += rnd.choice(_LINES) + " "
            if rnd.random() < 0.33:
                text += rnd.choice(_PLANTS) + " "
        out.append(text[:size])
    return out


def stacks(count: int, size: int = 4096, seed: int = 13) -> list[str]:
    """`count` seeded V8 stacks of about `size` characters under a home folder."""
    rnd = random.Random(seed)
    out: list[str] = []
    for _ in range(count):
        lines = ["TypeError: " + rnd.choice(_LINES)]
        while sum(len(line) + 1 for line in lines) < size:
            fn = rnd.choice(_FUNCTIONS)
            module = rnd.choice(("openai", "node-fetch", "undici"))
            lines.append(
                f"    at {fn} (/home/dana/proj/node_modules/{module}/lib/index.js:"
                f"{rnd.randint(1, 999)}:{rnd.randint(1, 99)})"
            )
        out.append("\n".join(lines)[:size])
    return out


def percentiles(work: Callable[[str], str], inputs: list[str]) -> tuple[float, float]:
    """The median and 99th percentile of `work` over `inputs` in milliseconds, warmed up."""
    for text in inputs:
        work(text)
    times: list[float] = []
    for text in inputs:
        began = time.perf_counter()
        work(text)
        times.append(time.perf_counter() - began)
    times.sort()
    return times[len(times) // 2] * 1000, times[min(len(times) - 1, int(len(times) * 0.99))] * 1000


def run(report: Report, runs: int, scale: float, progress: Progress) -> None:
    """p99 of a 1 KB message and of a 4 KB stack, and the ratio to the detectors alone."""
    from consentry.anonymize.scrub import DEFAULT_SCRUBBER, load

    load()
    detectors = DEFAULT_SCRUBBER.with_context(free_text="scrubbed")
    count = max(50, int(300 * scale))
    msg = messages(count)
    stk = stacks(max(30, count // 3))
    results: dict[str, list[float]] = {
        "msg": [],
        "stk": [],
        "msg50": [],
        "stk50": [],
        "msg_ratio": [],
        "stk_ratio": [],
    }
    for _ in range(runs):
        m50, m = percentiles(DEFAULT_SCRUBBER.scrub_message, msg)
        _, m0 = percentiles(detectors.scrub_message, msg)
        s50, s = percentiles(DEFAULT_SCRUBBER.scrub_stack, stk)
        _, s0 = percentiles(detectors.scrub_stack, stk)
        results["msg50"].append(m50)
        results["stk50"].append(s50)
        results["msg"].append(m)
        results["stk"].append(s)
        results["msg_ratio"].append(m / m0)
        results["stk_ratio"].append(s / s0)
        progress(f"scrub p99: 1 KB message {m:.2f} ms ({m / m0:.2f}x), 4 KB stack {s:.2f} ms")
    report.add(Figure("scrub a 1 KB message, p50", "ms", results["msg50"]))
    report.add(Figure("scrub a 1 KB message, p99", "ms", results["msg"], goal=1.0))
    report.add(
        Figure(
            "  ratio to the detectors alone",
            "x",
            results["msg_ratio"],
            goal_text="- (what the allow-list adds)",
        )
    )
    report.add(Figure("scrub a 4 KB stack, p50", "ms", results["stk50"]))
    report.add(Figure("scrub a 4 KB stack, p99", "ms", results["stk"], goal=3.0))
    report.add(
        Figure(
            "  ratio to the detectors alone",
            "x",
            results["stk_ratio"],
            goal_text="- (what the allow-list adds)",
        )
    )
