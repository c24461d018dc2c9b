"""Value-free warnings to the client, rate-limited so a flood of bad events stays quiet."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

WINDOW_SECONDS: Final = 60.0
MAX_PER_WINDOW: Final = 10


class RateLimitedNotices:
    """Passes at most `limit` messages a window to `emit`, then one summary line."""

    def __init__(
        self,
        emit: Callable[[str], None],
        limit: int = MAX_PER_WINDOW,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._emit = emit
        self._limit = limit
        self._window = window
        self._clock = clock
        self._window_start = clock()
        self._count = 0
        self._suppressed = 0

    def warn(self, message: str) -> None:
        """Emit `message` unless this window's budget is spent."""
        now = self._clock()
        if now - self._window_start >= self._window:
            if self._suppressed:
                self._emit(f"{self._suppressed} more warning(s) were suppressed")
            self._window_start, self._count, self._suppressed = now, 0, 0
        if self._count < self._limit:
            self._count += 1
            self._emit(message)
        else:
            self._suppressed += 1
