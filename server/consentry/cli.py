"""The command line: serve, sink, demo, status, enable, disable, events, log, purge, manifest.

No command ends in a traceback: every failure says what happened and what to do, on
stderr, and exits non-zero (1; 2 for a bad argument; 130 when interrupted).
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from consentry import __version__

# Commands that read or write the state folder (CONSENTRY_HOME): checked before they run.
_HOME_COMMANDS: Final = frozenset({"status", "enable", "disable", "log", "purge"})
_WRITING_COMMANDS: Final = frozenset({"enable", "disable"})
_ADVICE: Final = {
    errno.EACCES: "Check the permissions, or set CONSENTRY_HOME to a folder you can write.",
    errno.EPERM: "Check the permissions, or set CONSENTRY_HOME to a folder you can write.",
    errno.EROFS: "The file system is read-only: set CONSENTRY_HOME to a writable folder.",
    errno.ENOTDIR: "A file is in the way: CONSENTRY_HOME must name a folder.",
    errno.EISDIR: "A folder is where a file should be: move it away.",
    errno.EEXIST: "A file is in the way: CONSENTRY_HOME must name a folder.",
    errno.ENOSPC: "The disk is full: free some space, then run the command again.",
    errno.EDQUOT: "The disk quota is used up: free some space, then run the command again.",
    errno.ENOENT: "Check that the path exists.",
    errno.EADDRINUSE: "Another program uses this port: stop it, or choose another with --port.",
    errno.EADDRNOTAVAIL: "This address cannot be used here: choose another with --port.",
}


class CommandError(Exception):
    """A failure the command line explains: what happened, what to do, the exit code."""

    def __init__(self, what: str, todo: str, code: int = 1) -> None:
        super().__init__(what)
        self.what, self.todo, self.code = what, todo, code


def _os_failure(exc: OSError) -> CommandError:
    """An OSError as a sentence: its reason and file, and what to do about it."""
    reason = exc.strerror or type(exc).__name__
    where = f": {exc.filename}" if exc.filename else ""
    todo = _ADVICE.get(exc.errno or 0, "Check the path and its permissions, then try again.")
    return CommandError(f"{reason}{where}", todo)


def _port(text: str) -> int:
    """`--port`: a TCP port number (0 picks a free one)."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (0 to 65535)")
    return port


def _check_profile(args: argparse.Namespace) -> None:
    """A `--profile` that cannot be used is a mistake in the command, not a no."""
    from consentry.consent.profile import ProfileError, load_profile

    if getattr(args, "profile", None):
        try:
            load_profile(args.profile, os.environ)
        except ProfileError as exc:
            raise CommandError(
                f"the profile cannot be used: {exc}",
                "Check the file given to --profile (a product profile TOML).",
                2,
            ) from exc


def _state_folder(args: argparse.Namespace) -> Path:
    from consentry.consent.home import Home
    from consentry.consent.profile import ProfileError, load_profile

    try:
        profile = load_profile(getattr(args, "profile", None), os.environ)
    except ProfileError:
        return Home.from_env(os.environ).root
    return Home.from_env(os.environ, default=profile.home).root


def _check_home(args: argparse.Namespace) -> None:
    """The state folder must be a folder, or a place where one can be made."""
    root = _state_folder(args)
    here = root
    while True:
        try:
            is_dir = here.is_dir()
            exists = is_dir or here.exists()
        except OSError as exc:
            raise _os_failure(exc) from exc
        if exists and not is_dir:
            what = "is a file" if here == root else f"cannot be made: {here} is a file"
            raise CommandError(
                f"the state folder {root} {what}",
                "Set CONSENTRY_HOME to a folder (or a place where one can be made), "
                "or move that file away.",
            )
        if exists or here.parent == here:
            return
        here = here.parent


def _check_config(args: argparse.Namespace) -> None:
    """Before a choice is written: an unreadable config.json is the person's to fix,
    never overwritten (until then it counts as a no)."""
    from consentry.consent.home import ConfigError, Home

    homes = [Home(_state_folder(args))]
    product = getattr(args, "product", None)
    if product:
        from consentry.consent.state import product_files

        homes.append(product_files(homes[0], product))
    for home in homes:
        try:
            home.read_config()
        except ConfigError as exc:
            raise CommandError(
                f"{exc} (in {home.root}); nothing was changed",
                "Fix the file or delete it, then run the command again. "
                "Until then telemetry is off: a broken file counts as a no.",
            ) from exc


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
    if args.out:
        # Fail now rather than on the first event: the file must be writable.
        with Path(args.out).open("a", encoding="utf-8"):
            pass
    try:
        sink = CaptureSink(
            args.port, out=Path(args.out) if args.out else None, echo=echo, tls_context=tls
        )
    except OSError as exc:
        failure = _os_failure(exc)
        raise CommandError(
            f"cannot listen on 127.0.0.1 port {args.port}: {failure.what}", failure.todo
        ) from exc
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
        return _config_problem(args)
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
    return _config_problem(args)


def _config_problem(args: argparse.Namespace) -> int:
    """After `status` is shown: 1, with a sentence on stderr, if config.json is unreadable."""
    try:
        _check_config(args)
    except CommandError as exc:
        what = exc.what.replace("; nothing was changed", "")
        print(f"consentry status: {what}\n  {exc.todo}", file=sys.stderr)
        return 1
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
            print("\nconsentry log: stopped following the audit log", file=sys.stderr)
            return 130
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
        block = contributes(args.prefix, args.product or args.prefix, hub=args.hub)
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
    sink.add_argument("--port", type=_port, default=8765, help="0 picks a free port")
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
    manifest.add_argument(
        "--hub",
        action="store_true",
        help="for a product that registers with the shared Consentry extension: adds "
        "extensionDependencies, leaves out the commands (the hub's are shared)",
    )
    manifest.set_defaults(func=_manifest)
    return parser


def _run(args: argparse.Namespace) -> int:
    """Run one command; every failure becomes a CommandError (or an interrupt)."""
    from consentry.consent.home import ConfigError
    from consentry.consent.profile import ProfileError
    from consentry.delivery.outbox import OutboxError

    try:
        if args.command in _HOME_COMMANDS:
            _check_profile(args)
            _check_home(args)
        if args.command in _WRITING_COMMANDS:
            _check_config(args)
        code: int = args.func(args)
    except (CommandError, KeyboardInterrupt, BrokenPipeError):
        raise
    except ConfigError as exc:
        raise CommandError(str(exc), "Fix the file or delete it, then try again.") from exc
    except ProfileError as exc:
        raise CommandError(str(exc), "Fix the profile, then try again.", 2) from exc
    except OutboxError as exc:
        raise CommandError(
            f"the outbox cannot be used: {exc}",
            "Run `consentry purge` to start a new one, or check the folder's permissions.",
        ) from exc
    except OSError as exc:
        raise _os_failure(exc) from exc
    except (ValueError, RuntimeError) as exc:  # e.g. a path with a NUL character
        raise CommandError(
            f"{type(exc).__name__}: {exc}", "Check the command's arguments and environment."
        ) from exc
    return code


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the `consentry` console script: never ends in a traceback."""
    args = build_parser().parse_args(argv)
    try:
        code = _run(args)
    except CommandError as exc:
        print(f"consentry {args.command}: {exc.what}\n  {exc.todo}", file=sys.stderr)
        code = exc.code
    except KeyboardInterrupt:
        print(f"\nconsentry {args.command}: interrupted", file=sys.stderr)
        code = 130
    except BrokenPipeError:
        # Whoever read our output has gone (`consentry log | head`): say nothing more,
        # and keep Python from failing again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 141
    except Exception as exc:  # a fault of ours: one line, never a traceback
        print(
            f"consentry {args.command}: unexpected {type(exc).__name__}\n"
            "  This is a fault in Consentry; please report it with the command you ran.",
            file=sys.stderr,
        )
        code = 1
    sys.exit(code)
