"""Pinyin keys for name search and sorting (``zsf`` finds 张三丰).

pypinyin is imported on first use (≈0.4 s, TECH-NOTES). It reads a surname with its common
reading, so the first character(s) go through a small table of surname readings.
"""

from __future__ import annotations

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
    from pypinyin import Style, lazy_pinyin

    name = name.strip()
    head: list[str] = []
    for prefix in (name[:2], name[:1]):
        if prefix and prefix in SURNAME_READINGS:
            head, name = list(SURNAME_READINGS[prefix]), name[len(prefix):]
            break
    return head + [s.lower() for s in lazy_pinyin(name, style=Style.NORMAL, errors="default")]


def keys(name: str) -> tuple[str, str]:
    """(initials, full pinyin) as stored on a member for search and sort: ('zsf', 'zhangsanfeng')."""
    parts = syllables(name)
    return "".join(p[0] for p in parts if p), "".join(parts)
