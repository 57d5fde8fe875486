"""Pinyin keys for name search and sorting (``zsf`` finds 张三丰).

pypinyin is imported on first use (≈0.4 s, TECH-NOTES). It reads a surname with its common
reading, so the first character(s) go through a small table of surname readings.
"""

from __future__ import annotations

import functools

# Compound surnames first, then single-character surnames whose surname reading differs.
SURNAME_READINGS = {
    "万俟": ["mo", "qi"], "尉迟": ["yu", "chi"], "单于": ["chan", "yu"], "长孙": ["zhang", "sun"],
    "曾": ["zeng"], "单": ["shan"], "解": ["xie"], "区": ["ou"], "查": ["zha"], "仇": ["qiu"],
    "覃": ["qin"], "朴": ["piao"], "盖": ["ge"], "缪": ["miao"], "种": ["chong"], "翟": ["zhai"],
    "乐": ["yue"], "召": ["shao"], "繁": ["po"], "任": ["ren"], "员": ["yun"], "秘": ["bi"],
    "黑": ["he"], "冼": ["xian"], "牟": ["mu"], "尉": ["yu"], "句": ["gou"], "过": ["guo"],
}


def syllables(name: str) -> list[str]:
    """Toneless pinyin syllables of a name, surname read as a surname; other characters kept."""
    name = name.strip()
    for prefix in (name[:2], name[:1]):
        if prefix and prefix in SURNAME_READINGS:
            return list(SURNAME_READINGS[prefix]) + list(_reading(name[len(prefix):]))
    if name and "\u4e00" <= name[0] <= "\u9fff":    # a surname is read on its own, not as part of a word
        return list(_reading(name[:1]) + _reading(name[1:]))
    return list(_reading(name))


@functools.lru_cache(maxsize=65536)
def _reading(text: str) -> tuple[str, ...]:
    """pypinyin's reading of a surname or a given name; given names repeat a lot (秀英, 建国), and
    an import of 20,000 names spends most of its pinyin time here without the cache."""
    from pypinyin import Style, lazy_pinyin

    return tuple(s.lower() for s in lazy_pinyin(text, style=Style.NORMAL, errors="default")) if text else ()


def keys(name: str) -> tuple[str, str]:
    """(initials, full pinyin) as stored on a member for search and sort: ('zsf', 'zhangsanfeng')."""
    parts = syllables(name)
    return "".join(p[0] for p in parts if p), "".join(parts)
