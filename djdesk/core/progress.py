"""How long core work reports progress and honours cancel, without knowing about Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from djdesk.core.errors import Cancelled


@dataclass
class Progress:
    """Passed into long core functions. ``step(done, total)`` reports and raises ``Cancelled``
    when the caller asked to stop; the defaults do nothing, so headless callers pass ``Progress()``."""

    report: Callable[[int, int], None] | None = None
    is_cancelled: Callable[[], bool] | None = None

    def step(self, done: int, total: int) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise Cancelled()
        if self.report is not None:
            self.report(done, total)


NO_PROGRESS = Progress()
