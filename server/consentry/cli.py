"""The command line: serve, sink, demo, status, enable, disable, events, log, purge, manifest."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from consentry import __version__


def _serve(args: argparse.Namespace) -> int:
    from consentry.lsp import quiet
    from consentry.lsp.server import ServeOptions, serve

    # stderr is the editor's output channel: every line there is made value-free.
    quiet.install(args.log_level)
    serve(ServeOptions(profile=args.profile, analytics_log=args.analytics_log))
    return 0


def _sink(args: argparse.Namespace) -> int:
    from consentry.sink import CaptureSink, Received, server_tls_context

    def echo(received: Received) -> None:
        for event in received.events:
            print(json.dumps(event, sort_keys=True), flush=True)

    tls = None
    if args.tls_cert:
        tls = server_tls_context(Path(args.tls_cert), Path(args.tls_key) if args.tls_key else None)
    sink = CaptureSink(
        args.port, out=Path(args.out) if args.out else None, echo=echo, tls_context=tls
    )
    print(f"PostHog-compatible capture endpoint on {sink.url} (Ctrl+C to stop)", flush=True)
    try:
        sink.start()
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        sink.stop()
    return 0


def _demo(_args: argparse.Namespace) -> int:
    from consentry.demo import run_demo

    return run_demo()


def _unknown_product(exc: Exception) -> int:
    print(f"consentry: {exc}", file=sys.stderr)
    return 2


def _status(args: argparse.Namespace) -> int:
    from consentry.offline import UnknownProductError, offline_status

    try:
        status = offline_status(os.environ, args.profile, args.product)
    except UnknownProductError as exc:
        return _unknown_product(exc)
    if args.json:
        print(json.dumps(status, indent=2))
        return 0
    print(f"state:       {status['state']}")
    print(f"decided by:  {status['decidedBy']}")
    print(f"reason:      {status['reason']}")
    print(f"destination: {status['destination']}")
    print(f"queued:      {status['queued']}")
    if "products" in status:
        print("products:")
        for line in status["products"]:
            print(
                f"  {line['product']:24} {line['state']:11} {line['decidedBy']:9} "
                f"{line['destination']:8} queued {line['queued']}"
            )
    print(status["notVisible"])
    return 0


def _choose(args: argparse.Namespace, *, granted: bool, permanent: bool) -> int:
    from consentry.offline import UnknownProductError, record_choice

    try:
        said = record_choice(
            os.environ,
            granted=granted,
            permanent=permanent,
            profile_path=args.profile,
            product=args.product,
        )
    except UnknownProductError as exc:
        return _unknown_product(exc)
    print(said)
    return 0


def _enable(args: argparse.Namespace) -> int:
    return _choose(args, granted=True, permanent=False)


def _disable(args: argparse.Namespace) -> int:
    return _choose(args, granted=False, permanent=args.permanent)


def _events(args: argparse.Namespace) -> int:
    from consentry.anonymize.catalog_doc import catalog_markdown, catalog_text

    print(catalog_markdown() if args.markdown else catalog_text(), end="")
    return 0


def _log(args: argparse.Namespace) -> int:
    from consentry.delivery.audit import describe, follow
    from consentry.offline import UnknownProductError, audit_entries, locate
    from consentry.pipeline import audit_file

    try:
        place = locate(os.environ, args.profile, args.product)
    except UnknownProductError as exc:
        return _unknown_product(exc)
    path = audit_file(place.home, args.analytics_log or os.environ.get("CONSENTRY_ANALYTICS_LOG"))
    if args.follow:
        try:
            for entry in follow(path):
                if args.product is None or entry.get("product", "default") == args.product:
                    print(json.dumps(entry) if args.json else describe(entry), flush=True)
        except KeyboardInterrupt:
            pass
        return 0
    shown = 0
    for entry in audit_entries(path, args.product):
        print(json.dumps(entry) if args.json else describe(entry))
        shown += 1
    if not shown:
        print(f"(nothing has been sent; the audit log {path} is empty)", file=sys.stderr)
    return 0


def _purge(args: argparse.Namespace) -> int:
    from consentry.offline import UnknownProductError, purge

    try:
        removed = purge(os.environ, args.profile, args.product)
    except UnknownProductError as exc:
        return _unknown_product(exc)
    for line in removed:
        print(line)
    return 0


def _product_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """`--product ID` and `--profile PATH` (the default product's profile, for its home)."""
    parser.add_argument("--product", metavar="ID", help="one product (default: all / global)")
    if not any("--profile" in action.option_strings for action in parser._actions):
        parser.add_argument("--profile", help="the default product's profile TOML")
    return parser


def _manifest(args: argparse.Namespace) -> int:
    from consentry.manifest import ManifestError, contributes

    try:
        block = contributes(args.prefix, args.product or args.prefix)
    except ManifestError as exc:
        print(f"consentry manifest: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(block, indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `consentry`."""
    parser = argparse.ArgumentParser(prog="consentry", description=__doc__)
    parser.add_argument("--version", action="version", version=f"consentry {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the language server on stdio")
    serve.add_argument("--profile", help="product profile TOML")
    serve.add_argument("--analytics-log", metavar="FILE", help="write the audit log to FILE")
    serve.add_argument("--log-level", default="WARNING", help="stderr log level")
    # Language clients often add --stdio; stdio is the only transport, so accept it.
    serve.add_argument("--stdio", action="store_true", help=argparse.SUPPRESS)
    serve.set_defaults(func=_serve)

    sink = sub.add_parser("sink", help="run a local PostHog-compatible capture endpoint")
    sink.add_argument("--port", type=int, default=8765)
    sink.add_argument("--out", help="also append received events to this JSONL file")
    sink.add_argument("--tls-cert", help="speak HTTPS with this PEM certificate chain")
    sink.add_argument("--tls-key", help="the PEM private key, if not in the --tls-cert file")
    sink.set_defaults(func=_sink)

    sub.add_parser("demo", help="run the whole flow on this machine and report").set_defaults(
        func=_demo
    )

    status = sub.add_parser("status", help="show the consent state and why")
    status.add_argument("--profile", help="product profile TOML")
    status.add_argument("--json", action="store_true")
    _product_options(status)
    status.set_defaults(func=_status)

    enable = sub.add_parser("enable", help="allow anonymous telemetry")
    _product_options(enable).set_defaults(func=_enable)
    disable = sub.add_parser("disable", help="turn telemetry off")
    disable.add_argument(
        "--permanent", action="store_true", help="off until config.json is edited by hand"
    )
    _product_options(disable).set_defaults(func=_disable)

    events = sub.add_parser("events", help="what is and is never collected")
    events.add_argument("--markdown", action="store_true", help="print docs/telemetry.md")
    events.set_defaults(func=_events)

    log = sub.add_parser("log", help="print the audit log of what was sent")
    log.add_argument("--follow", action="store_true")
    log.add_argument("--json", action="store_true")
    log.add_argument("--analytics-log", metavar="FILE")
    _product_options(log).set_defaults(func=_log)

    purge = sub.add_parser("purge", help="delete the outbox, the audit log and the anonymous ids")
    _product_options(purge).set_defaults(func=_purge)

    manifest = sub.add_parser(
        "manifest", help="print the package.json block of a product that embeds the client"
    )
    manifest.add_argument("--prefix", required=True, help="the product's prefix, e.g. acme")
    manifest.add_argument("--product", help='the product\'s name, e.g. "Acme Assistant"')
    manifest.set_defaults(func=_manifest)
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the `consentry` console script."""
    args = build_parser().parse_args(argv)
    sys.exit(args.func(args))
