"""How a date reads in the Chinese registers, records and exports: 2026年12月2日."""

from __future__ import annotations

import datetime as dt


def cn_date(day: dt.date | str | None) -> str:
    """2026年12月2日; an ISO date string is read, nothing gives ""."""
    if not day:
        return ""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    return f"{day.year}年{day.month}月{day.day}日"
