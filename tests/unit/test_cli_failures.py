"""The command line never ends in a traceback: every command against broken, unwritable and
impossible homes, bad profiles and bad ports says what happened and exits non-zero.

Each case runs `python -m consentry` as a person would. A case lists the commands it
breaks; the same commands against a healthy home are the positive control (exit 0). New
options (`--product ID`) are one more entry in COMMANDS.
"""

from __future__ import annotations

import codecs
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import pytest

from tests.conftest import clean_env

COMMANDS: Final[dict[str, tuple[str, ...]]] = {
    "status": ("status",),
    "status-json": ("status", "--json"),
    "status-product": ("status", "--product", "default"),
    "enable": ("enable",),
    "disable": ("disable",),
    "disable-permanent": ("disable", "--permanent"),
    "enable-product": ("enable", "--product", "default"),
    "log": ("log",),
    "purge": ("purge",),
}
READING: Final = ("status", "status-json", "status-product", "log", "purge")
CHOOSING: Final = ("enable", "disable", "disable-permanent", "enable-product")
ALL: Final = tuple(COMMANDS)
IS_ROOT: Final = hasattr(os, "geteuid") and os.geteuid() == 0


def consentry(
    home: Path | str, *args: str, timeout: float = 60, **env: str
) -> subprocess.CompletedProcess[str]:
    """One command line run, as a person would (a subprocess, CONSENTRY_HOME set)."""
    return subprocess.run(
        [sys.executable, "-m", "consentry", *args],
        env=clean_env(Path(home), **env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def assert_failed_well(
    result: subprocess.CompletedProcess[str], *, code: int | None = None
) -> None:
    """No traceback, a message on stderr, a non-zero exit."""
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert 'File "' not in output, output
    assert result.returncode != 0, output
    if code is not None:
        assert result.returncode == code, output
    assert result.stderr.strip(), output


@dataclass(frozen=True)
class Home:
    """How to make a broken state folder, and which commands it must break."""

    make: Callable[[Path], Path]
    breaks: tuple[str, ...]
    root_can_break: bool = True


def _file(tmp: Path) -> Path:
    home = tmp / "home"
    home.write_text("not a folder", encoding="utf-8")
    return home


def _under_file(tmp: Path) -> Path:
    blocker = tmp / "blocker"
    blocker.write_text("x", encoding="utf-8")
    return blocker / "sub" / "home"


def _config(raw: bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        home = tmp / "home"
        home.mkdir()
        (home / "config.json").write_bytes(raw)
        return home

    return make


def _config_folder(tmp: Path) -> Path:
    home = tmp / "home"
    (home / "config.json").mkdir(parents=True)
    return home


def _read_only(tmp: Path) -> Path:
    home = tmp / "home"
    home.mkdir()
    (home / "analytics.jsonl").write_text("{}\n", encoding="utf-8")
    (home / "anonymous_id").write_text("x\n", encoding="utf-8")
    home.chmod(0o500)
    return home


def _no_access(tmp: Path) -> Path:
    home = tmp / "home"
    home.mkdir()
    (home / "config.json").write_text("{}", encoding="utf-8")
    home.chmod(0)
    return home


def _cannot_make(_tmp: Path) -> Path:
    # A folder no one may create, even root: sysfs refuses (EPERM).
    return Path("/sys/consentry-cannot-be-made/home")


HOMES = [
    pytest.param(Home(_file, ALL), id="home-is-a-file"),
    pytest.param(Home(_under_file, ALL), id="home-under-a-file"),
    pytest.param(
        Home(_config(b'{"allowAnonymousTelemetry": tr'), CHOOSING + READING[:3]),
        id="config-not-json",
    ),
    pytest.param(Home(_config(b"{\xc3\x28}"), CHOOSING + READING[:3]), id="config-not-utf"),
    pytest.param(
        Home(_config(b'{"allowAnonymousTelemetry": "yes"}'), CHOOSING + READING[:3]),
        id="config-wrong-type",
    ),
    pytest.param(Home(_config_folder, CHOOSING + READING[:3]), id="config-is-a-folder"),
    pytest.param(Home(_cannot_make, CHOOSING), id="cannot-be-made"),
    pytest.param(Home(_read_only, (*CHOOSING, "purge"), root_can_break=False), id="read-only"),
    pytest.param(Home(_no_access, ALL, root_can_break=False), id="permission-denied"),
]


@pytest.mark.parametrize("home_case", HOMES)
@pytest.mark.parametrize("command", ALL)
def test_every_command_on_a_broken_home_fails_well(
    tmp_path: Path, home_case: Home, command: str
) -> None:
    if IS_ROOT and not home_case.root_can_break:
        pytest.skip("permissions do not stop root")
    home = home_case.make(tmp_path)
    before = _snapshot(home)
    try:
        result = consentry(home, *COMMANDS[command])
    finally:
        if home.is_dir() and not home.is_symlink():
            home.chmod(0o700)
    if command in home_case.breaks:
        assert_failed_well(result)
    else:
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Traceback" not in result.stdout + result.stderr
    if command in home_case.breaks and before["config.json"] is not None:
        assert _snapshot(home) == before  # a failed command never rewrites config.json


def _snapshot(home: Path) -> dict[str, bytes | None]:
    """config.json's bytes (None when absent or unreadable)."""
    try:
        return {"config.json": (home / "config.json").read_bytes()}
    except OSError:
        return {"config.json": None}


@pytest.mark.parametrize("command", ALL)
def test_every_command_on_a_healthy_home_succeeds(tmp_path: Path, command: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    # What PowerShell 5 writes: UTF-16 with a byte-order mark. It is read, not a failure.
    (home / "config.json").write_bytes(
        json.dumps({"allowAnonymousTelemetry": True}).encode("utf-16")
    )
    result = consentry(home, *COMMANDS[command])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_a_utf8_bom_config_is_a_yes_on_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    raw = codecs.BOM_UTF8 + b'{"allowAnonymousTelemetry": true}'
    (home / "config.json").write_bytes(raw)
    status = json.loads(consentry(home, "status", "--json").stdout)
    assert (status["state"], status["decidedBy"]) == ("on", "config")


def test_a_broken_config_is_named_and_kept_by_enable(tmp_path: Path) -> None:
    home = _config(b'{"allowAnonymousTelemetry": tr')(tmp_path)
    result = consentry(home, "enable")
    assert_failed_well(result, code=1)
    assert "config.json" in result.stderr and "nothing was changed" in result.stderr
    assert (home / "config.json").read_bytes() == b'{"allowAnonymousTelemetry": tr'
    assert not (home / "config.json.broken").exists()
    status = consentry(home, "status")
    assert_failed_well(status, code=1)
    assert "off" in status.stdout and "config.json" in status.stderr


PROFILES = [
    pytest.param(None, id="missing-file"),
    pytest.param('consent = "maybe"', id="invalid-key"),
    pytest.param("consent = ", id="not-toml"),
]


@pytest.mark.parametrize("text", PROFILES)
@pytest.mark.parametrize("command", ["status", "status-json", "enable", "disable", "log", "purge"])
def test_a_profile_that_cannot_be_used_is_a_usage_error(
    tmp_path: Path, text: str | None, command: str
) -> None:
    profile = tmp_path / "profile.toml"
    if text is not None:
        profile.write_text(text, encoding="utf-8")
    result = consentry(tmp_path / "home", *COMMANDS[command], "--profile", str(profile))
    assert_failed_well(result, code=2)
    assert "--profile" in result.stderr
    assert not (tmp_path / "home").exists()  # nothing was written


def _busy_port() -> tuple[socket.socket, int]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    return listener, int(listener.getsockname()[1])


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("--port", "70000"), id="port-too-large"),
        pytest.param(("--port", "-1"), id="port-negative"),
        pytest.param(("--port", "http"), id="port-not-a-number"),
        pytest.param(
            ("--port", "0", "--out", "/sys/consentry-x/events.jsonl"), id="out-unwritable"
        ),
        pytest.param(("--port", "0", "--tls-cert", "/nonexistent/cert.pem"), id="tls-cert-missing"),
    ],
)
def test_sink_with_bad_arguments_fails_well(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = consentry(tmp_path / "home", "sink", *args, timeout=20)
    assert_failed_well(result)


def test_sink_on_a_busy_port_fails_well(tmp_path: Path) -> None:
    listener, port = _busy_port()
    with listener:
        result = consentry(tmp_path / "home", "sink", "--port", str(port), timeout=20)
    assert_failed_well(result, code=1)
    assert str(port) in result.stderr and "--port" in result.stderr


@pytest.mark.skipif(IS_ROOT, reason="root may listen on privileged ports")
def test_sink_on_a_privileged_port_fails_well(tmp_path: Path) -> None:
    assert_failed_well(consentry(tmp_path / "home", "sink", "--port", "1", timeout=20))


def _interrupted(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Start a long-running command, let it get going, then press Ctrl+C (SIGINT)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "consentry", *args],
        env=clean_env(tmp_path / "home"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)  # past the imports, into the loop
    process.send_signal(signal.SIGINT)
    try:
        stdout, stderr = process.communicate(timeout=20)
    finally:
        process.kill()
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def test_log_follow_interrupted_says_so(tmp_path: Path) -> None:
    result = _interrupted(tmp_path, "log", "--follow")
    assert_failed_well(result, code=130)
    assert "stopped" in result.stderr


def test_sink_stopped_with_ctrl_c_ends_quietly(tmp_path: Path) -> None:
    result = _interrupted(tmp_path, "sink", "--port", "0")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr


def test_output_closed_early_is_not_a_traceback(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    entry = {"event": "e", "product": "default", "sentAt": "2026-01-01T00:00:00Z"}
    (home / "analytics.jsonl").write_text(
        "\n".join(json.dumps(entry) for _ in range(20_000)) + "\n", encoding="utf-8"
    )
    command = f"{sys.executable} -m consentry log --json | head -n 1"
    result = subprocess.run(
        command,
        shell=True,
        env=clean_env(home),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
