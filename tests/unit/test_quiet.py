"""The value-free log filter: what each kind of record becomes on stderr."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from consentry.consent.home import ConfigError
from consentry.lsp import quiet

SECRET = "sk_live_QuietCanary0123456789"


@pytest.fixture
def stderr(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[io.StringIO]:
    """The filter installed on a string stream, with HOME in the test's folder."""
    monkeypatch.setenv("HOME", str(tmp_path / "zelda"))
    stream = io.StringIO()
    handler = quiet.install(logging.DEBUG, stream)
    yield stream
    logging.getLogger().removeHandler(handler)


def test_other_libraries_keep_their_sentence_and_lose_every_argument(stderr: io.StringIO) -> None:
    logging.getLogger("pygls.protocol").warning("Failed %s %r %5.2f 100%%", SECRET, [SECRET], 1.5)
    assert stderr.getvalue() == "WARNING pygls.protocol: Failed … … … 100%\n"


def test_a_preformatted_message_of_another_library_shows_only_its_place(
    stderr: io.StringIO,
) -> None:
    logging.getLogger("pygls.capabilities").warning(f"Unknown encodings: {SECRET}")
    assert SECRET not in stderr.getvalue() and "a message from test_quiet:" in stderr.getvalue()


def test_own_records_keep_arguments_but_exceptions_lose_their_text(
    stderr: io.StringIO, tmp_path: Path
) -> None:
    path = tmp_path / "zelda" / ".consentry" / f"{SECRET}.db"
    error = PermissionError(13, "Permission denied", str(path))
    logging.getLogger("consentry.x").warning("Cannot open %s: %s", path, error)
    logging.getLogger("consentry.x").warning("%s", ValueError(SECRET))
    logging.getLogger("consentry.x").warning("%s", ConfigError("config.json is not valid JSON"))
    text = stderr.getvalue()
    assert "Cannot open ~/.consentry/" in text and "PermissionError (Permission denied)" in text
    assert "WARNING consentry.x: ValueError\n" in text
    assert "config.json is not valid JSON" in text  # value-free by construction
    assert "zelda" not in text


def test_tracebacks_become_their_type_and_place(stderr: io.StringIO) -> None:
    table: dict[str, int] = {}
    try:
        table[SECRET]
    except KeyError:
        logging.getLogger("pygls.protocol").exception("Failed to handle %s", SECRET)
    text = stderr.getvalue()
    assert SECRET not in text and "Traceback" not in text
    assert "[KeyError at tests.unit.test_quiet:test_tracebacks_become_their_type_and_place:" in text


def test_uncaught_exceptions_in_threads_are_logged_value_free(stderr: io.StringIO) -> None:
    import threading

    def boom() -> None:
        raise RuntimeError(SECRET)

    thread = threading.Thread(target=boom, name="worker")
    thread.start()
    thread.join(5)
    text = stderr.getvalue()
    assert "Uncaught RuntimeError in thread worker at " in text and SECRET not in text


def test_value_free_shows_the_home_folder_as_a_tilde(stderr: io.StringIO, tmp_path: Path) -> None:
    assert quiet.value_free(f"at {tmp_path}/zelda/x.toml") == "at ~/x.toml"
    assert quiet.shown_path(tmp_path / "elsewhere") == str(tmp_path / "elsewhere")
