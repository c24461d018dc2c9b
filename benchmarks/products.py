"""Many products, one process: resident set size with 1 and with 5 registered products.

Every product has consent (an opt-out profile) and its own destination (a closed port
on 127.0.0.1), and has sent one event and made one delivery attempt, so each has what
a working product has: its consent state, its anonymous id, its partition of the
outbox with a sender thread and SQLite connection, and its ledger. The figure that
matters is what each product beyond the first adds.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.lspclient import ServerProcess
from benchmarks.report import Figure, Progress, Report
from benchmarks.servers import closed_port, running, start_consentry, wait_until_ready, warm_up

MIB = 1024 * 1024
GOAL_PER_PRODUCT_MIB = 1.0


def _profile(work: Path, index: int) -> Path:
    path = work / f"product-{index}.toml"
    path.write_text(
        f'id = "bench.product{index}"\n'
        f'setting = "bench{index}.telemetry.enabled"\n'
        f'product = "Benchmark Product {index}"\n'
        'consent = "opt-out"\n'
        f'posthog_host = "http://127.0.0.1:{closed_port()}"\n'
        f'posthog_api_key = "phc_product_{index}"\n'
    )
    return path


def _register(server: ServerProcess, profile: Path, product: str) -> None:
    answer = server.request(
        "consentry/registerProduct", {"profile": str(profile), "extensionVersion": "1.0.0"}
    )
    if answer.get("state") != "on":
        raise RuntimeError(f"{product} was not granted: {answer}")
    server.notify(
        "consentry/track",
        {"event": "pageview", "properties": {"page": "warm-up"}, "product": product},
    )


def rss_with(work: Path, products: int, tag: str) -> int:
    """RSS of a server with `products` registered products (the default one included)."""
    server = start_consentry(
        work / f"home-{tag}", host=f"http://127.0.0.1:{closed_port()}", log_dir=work, tag=tag
    )
    with running(server):
        wait_until_ready(server)
        warm_up(server)
        for index in range(1, products):
            _register(server, _profile(work, index), f"bench.product{index}")
        server.request("consentry/flush", {}, 60)  # every product's sender has tried once
        status = server.request("consentry/status", {}, 60)
        if len(status.get("products", [])) != products:
            raise RuntimeError(f"expected {products} products, got {status.get('products')}")
        time.sleep(0.5)
        return server.rss_bytes()


def run(report: Report, runs: int, progress: Progress) -> None:
    """RSS with 1 and with 5 products, and what each product beyond the first costs."""
    one: list[float] = []
    five: list[float] = []
    with tempfile.TemporaryDirectory(prefix="consentry-bench-products-") as tmp:
        work = Path(tmp)
        for i in range(runs):
            single = rss_with(work, 1, f"one-{i}") / MIB
            many = rss_with(work, 5, f"five-{i}") / MIB
            one.append(single)
            five.append(many)
            progress(f"products run {i + 1}: RSS {single:.1f} MiB with 1, {many:.1f} MiB with 5")
    report.add(Figure("RSS with 1 product (consent on, one event sent)", "MiB", one))
    report.add(Figure("RSS with 5 registered products", "MiB", five))
    report.add(
        Figure(
            "  each product beyond the first",
            "MiB",
            [(m - s) / 4 for s, m in zip(one, five, strict=True)],
            goal=GOAL_PER_PRODUCT_MIB,
        )
    )
