"""How long core work reports progress and honours cancel, without knowing about Qt; and keeps
Python's cycle collector out of its way."""

from __future__ import annotations

import functools
import gc
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator

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


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run a bulk job (20,000 rows read, checked or written) without the cycle collector: every
    object the job keeps alive makes each collection longer, ≈ 10 % of an import's time. Reference
    counting still frees the rest; the state before is restored, so a caller that paused it already
    (the GUI's workers, ``ui.tasks``) keeps it paused."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def without_gc(fn):
    """``fn`` runs inside ``paused_gc``."""
    @functools.wraps(fn)
    def run(*args, **kwargs):
        with paused_gc():
            return fn(*args, **kwargs)
    return run
