"""Hybrid logical clock: modification stamps that order edits across machines.

A village PC's wall clock may be wrong by days, so a stamp is not wall time alone: it is
(physical milliseconds, logical counter, node id). ``tick`` never goes backwards even when the
wall clock does, and ``observe`` (used when a package from another machine is merged) moves
the clock past every stamp seen, so an edit made after a merge always sorts after what it saw.

Stamps are fixed-width strings that compare correctly as plain text (and in SQL):
``"0000018b2f3c4d5e-0001-<node>"``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

_MS_HEX = 16
_COUNTER_HEX = 4
_MAX_COUNTER = 16**_COUNTER_HEX - 1


def format_stamp(ms: int, counter: int, node: str) -> str:
    return f"{ms:0{_MS_HEX}x}-{counter:0{_COUNTER_HEX}x}-{node}"


def parse_stamp(stamp: str) -> tuple[int, int, str]:
    ms, counter, node = stamp.split("-", 2)
    return int(ms, 16), int(counter, 16), node


@dataclass
class HybridClock:
    node: str
    ms: int = 0
    counter: int = 0

    def tick(self, now_ms: int | None = None) -> str:
        """A new stamp, later than every stamp this clock has issued or observed."""
        wall = int(time.time() * 1000) if now_ms is None else now_ms
        if wall > self.ms:
            self.ms, self.counter = wall, 0
        else:
            self._bump()
        return format_stamp(self.ms, self.counter, self.node)

    def observe(self, stamp: str) -> None:
        """Move past a stamp received from another installation."""
        ms, counter, _ = parse_stamp(stamp)
        if (ms, counter) > (self.ms, self.counter):
            self.ms, self.counter = ms, counter

    def _bump(self) -> None:
        if self.counter == _MAX_COUNTER:
            self.ms, self.counter = self.ms + 1, 0
        else:
            self.counter += 1

    @property
    def state(self) -> str:
        return format_stamp(self.ms, self.counter, self.node)

    @classmethod
    def from_state(cls, state: str) -> "HybridClock":
        ms, counter, node = parse_stamp(state)
        return cls(node=node, ms=ms, counter=counter)
