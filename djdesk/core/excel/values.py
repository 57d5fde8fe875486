"""One spreadsheet cell → one stored value, the way clerks' sheets really hold them.

Each ``*_cell`` function takes what openpyxl read (``str``, ``int``, ``float``, ``datetime`` or None)
and returns the value to store, or raises ``CellError`` with a Chinese message that says what is
wrong with that cell. Blank cells give "" / None. Full-width characters and stray spaces are
normalised first (NFKC, as a typist's IME produces them: ２００１．０７ is 2001.07).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from djdesk.core import codes
from djdesk.core.errors import UserError
from djdesk.core.money import parse_yuan

# Excel's day 0 for serial numbers after 1900-02-28 (its 1900 leap-year bug puts day 60 on a
# 29 February that never was; no roster date is that old).
EXCEL_EPOCH = dt.date(1899, 12, 30)
MIN_YEAR, MAX_YEAR = 1900, 2100
_SERIAL_MIN, _SERIAL_MAX = 10000, 73050          # 1927-05-18 … 2099-12-31 as Excel serials


class CellError(ValueError):
    """A cell that cannot become a stored value; ``message`` is Chinese and names the value."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def blank(value) -> bool:
    """An empty cell: nothing, or only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def text(value) -> str:
    """A cell as clean text: NFKC (full-width → half-width), whitespace runs → one space."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.datetime, dt.date)):
        value = value.isoformat()[:10]
    return " ".join(unicodedata.normalize("NFKC", str(value)).split())


def compact(value) -> str:
    """Text with every space removed (header names, codes, numbers)."""
    return "".join(text(value).split())


def shown(value) -> str:
    """How a cell's value reads in a message: numbers as Excel's General format shows them."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.6G}".replace("E+0", "E+")
    if isinstance(value, int) and abs(value) >= 10 ** 15:
        return f"{value:.6G}"
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()[:10]
    return text(value)


# ----- money and quantities ------------------------------------------------------------------

_WHOLE_NUMBER = re.compile(r"^(\d+)(?:\.0+)?$")


def yuan_cell(value, what: str) -> int:
    """A money cell (yuan) → fen: numbers as Excel holds them, text with ￥, 元, commas, full-width.
    ``what`` names the column in the message (单价, 金额 …); a negative amount is refused."""
    if isinstance(value, bool):
        raise CellError(f"{what}“{shown(value)}”不是金额")
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, str):
        value = unicodedata.normalize("NFKC", value).strip().lstrip("￥¥").strip()
    try:
        fen = parse_yuan(value, what)
    except UserError as exc:
        raise CellError(exc.message) from None
    if fen < 0:
        raise CellError(f"{what}“{text(value)}”不能为负数")
    return fen


def quantity_cell(value) -> int:
    """A count (数量): a whole number, 3 or 3.0."""
    m = _WHOLE_NUMBER.match(compact(value))
    if not m:
        raise CellError(f"数量“{text(value)}”应为整数")
    return int(m[1])


# ----- dates -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class CellDate:
    date: dt.date
    month_only: bool = False          # the cell gave a year and month (2001.07): stored as day 1


_YMD = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_YM = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?$")
_COMPACT_YMD = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_COMPACT_YM = re.compile(r"^(\d{4})(\d{2})$")
_YEAR = re.compile(r"^(\d{4})\s*年?$")


def _make(raw: str, year: int, month: int, day: int = 1, month_only: bool = False) -> CellDate:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise CellError(f"“{raw}”中的年份 {year} 不合理")
    if not 1 <= month <= 12:
        raise CellError(f"“{raw}”不是有效日期（月份应为1～12）")
    try:
        return CellDate(dt.date(year, month, day), month_only)
    except ValueError:
        raise CellError(f"“{raw}”不是有效日期（{year}年{month}月没有{day}日）") from None


def _year_only(raw: str, year: int) -> CellError:
    return CellError(f"“{raw}”只有年份，请补全到月（如 {year}.07）")


def date_cell(value) -> CellDate | None:
    """A date from a real date cell, an Excel serial number, or text: 2001-7-1, 2001/07/01,
    2001.07, 2001年7月, 2001年7月1日, 200107, 20010701. A year and month alone is stored as the
    1st (``month_only``). A year alone, an impossible date or other text raises ``CellError``."""
    if blank(value):
        return None
    if isinstance(value, dt.datetime):
        return CellDate(value.date())
    if isinstance(value, dt.date):
        return CellDate(value)
    if isinstance(value, (dt.time, dt.timedelta)):
        raise CellError(f"“{value}”是时间，不是日期")
    if isinstance(value, bool):
        raise CellError(f"“{shown(value)}”不是日期")
    if isinstance(value, (int, float)):
        return _number_date(value)
    raw = text(value)
    s = "".join(raw.split()) if not re.search(r"\d:\d", raw) else raw
    for pattern in (_YMD, _COMPACT_YMD):
        m = pattern.match(s)
        if m:
            return _make(raw, int(m[1]), int(m[2]), int(m[3]))
    for pattern in (_YM, _COMPACT_YM):
        m = pattern.match(s)
        if m:
            return _make(raw, int(m[1]), int(m[2]), month_only=True)
    m = _YEAR.match(s)
    if m:
        raise _year_only(raw, int(m[1]))
    raise CellError(f"“{raw}”不是日期（可写作 2001-07-01、2001.07 或 2001年7月）")


def _number_date(value: int | float) -> CellDate:
    raw = shown(value)
    if isinstance(value, float) and not math.isfinite(value):
        raise CellError(f"“{raw}”不是日期")
    if isinstance(value, float) and not value.is_integer():
        year = int(value)
        if MIN_YEAR <= year <= MAX_YEAR:
            # 2001.07 typed into a cell formatted as a number: the digits after the point are the
            # month, but Excel kept 2001.10 as 2001.1, which could also be January.
            decimals = repr(value).split(".")[1]
            if decimals == "1":
                raise CellError(f"“{raw}”是数字，分不清是{year}年1月还是{year}年10月。请把该单元格改为文本"
                                f"（或写成 {year}年1月 / {year}年10月）")
            if len(decimals) > 2:
                raise CellError(f"“{raw}”不是日期")
            month = int(decimals)     # 2001.2 can only be February: 2001.20 is no month
            return _make(raw, year, month, month_only=True)
        if _SERIAL_MIN <= value <= _SERIAL_MAX:   # a date-time serial: the day part
            return CellDate(EXCEL_EPOCH + dt.timedelta(days=int(value)))
        raise CellError(f"“{raw}”不是日期")
    n = int(value)
    if MIN_YEAR <= n <= MAX_YEAR:
        raise _year_only(raw, n)
    if 190001 <= n <= 210012:
        return _make(raw, n // 100, n % 100, month_only=True)
    if 19000101 <= n <= 21001231:
        return _make(raw, n // 10000, n // 100 % 100, n % 100)
    if _SERIAL_MIN <= n <= _SERIAL_MAX:
        return CellDate(EXCEL_EPOCH + dt.timedelta(days=n))
    raise CellError(f"“{raw}”不是日期")


# ----- ID numbers ------------------------------------------------------------------------------

_SCIENTIFIC = re.compile(r"^\d+(\.\d+)?E\+?\d+$", re.I)


def damaged_id_message(raw: str) -> str:
    return (f"身份证号被 Excel 存成了数字（显示为 {raw}），15位以后的数字已经丢失、无法还原，该行没有导入。"
            f"请在原表格中把身份证号这一列设为“文本”格式，重新录入这个身份证号后再导入")


def id_number_cell(value) -> str:
    """The ID number as text (not yet checked: ``members.check_member`` does that). A number cell
    is refused: Excel keeps 15 significant digits, so an 18-digit number lost its last digits
    (4.10102E+17) and importing it would store a wrong number."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise CellError(f"身份证号“{shown(value)}”无效")
    if isinstance(value, (int, float)):
        raise CellError(damaged_id_message(shown(value)))
    s = compact(value).lstrip("'").upper()
    if _SCIENTIFIC.match(s):
        raise CellError(damaged_id_message(s))
    return s


# ----- code lists ------------------------------------------------------------------------------

_GENDERS = {"男": "男", "男性": "男", "女": "女", "女性": "女"}
_CATEGORIES = {"正式": "正式", "正式党员": "正式", "预备": "预备", "预备党员": "预备"}
# What sheets write for the code-list education levels (codes.EDUCATIONS).
EDUCATION_SYNONYMS = {
    "研究生": "研究生", "博士": "研究生", "博士研究生": "研究生", "硕士": "研究生", "硕士研究生": "研究生",
    "研究生及以上": "研究生",
    "大学本科": "大学本科", "本科": "大学本科", "大学": "大学本科",
    "大学专科": "大学专科", "专科": "大学专科", "大专": "大学专科", "高职": "大学专科",
    "中等专科": "中等专科", "中专": "中等专科", "中技": "中等专科", "中职": "中等专科", "职高": "中等专科",
    "技校": "中等专科",
    "高中": "高中", "普通高中": "高中", "初中": "初中", "初级中学": "初中", "小学": "小学",
    "其他": "其他", "文盲": "其他", "半文盲": "其他",
}
_TRUE = {"是", "√", "✓", "✔", "y", "yes", "1", "有"}
_FALSE = {"否", "×", "✗", "n", "no", "0", "无", "-", "—"}


def gender_cell(value) -> str:
    s = compact(value)
    if not s:
        return ""
    if s in _GENDERS:
        return _GENDERS[s]
    raise CellError(f"性别“{text(value)}”应为“男”或“女”")


def category_cell(value) -> str:
    s = compact(value)
    if not s:
        return ""
    if s in _CATEGORIES:
        return _CATEGORIES[s]
    raise CellError(f"党员类别“{text(value)}”应为“正式党员”或“预备党员”")


def education_cell(value) -> tuple[str, str | None]:
    """(value to store, warning or None): known forms become the code-list label; anything else
    is kept as written (the list is editable, RULES.md §5) with a warning."""
    s = compact(value)
    if not s:
        return "", None
    if s in EDUCATION_SYNONYMS:
        return EDUCATION_SYNONYMS[s], None
    return text(value), f"学历“{text(value)}”不在代码表中，按原文导入"


def ethnicity_cell(value) -> tuple[str, str | None]:
    s = compact(value)
    if not s:
        return "", None
    if s in codes.ETHNICITIES:
        return s, None
    if s + "族" in codes.ETHNICITIES:
        return s + "族", None
    return text(value), f"民族“{text(value)}”不在《中国各民族名称》代码表（GB/T 3304）中，按原文导入"


def flag_cell(value) -> int:
    s = compact(value).lower()
    if not s or s in _FALSE:
        return 0
    if s in _TRUE:
        return 1
    raise CellError(f"“{text(value)}”应为“是”或“否”")


def name_cell(value) -> str:
    """A person's name: spaces typed to line names up (李  明) are dropped from Chinese names;
    Latin-script names keep single spaces."""
    s = text(value)
    if s and all("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch in "·• " for ch in s):
        return s.replace(" ", "").replace("•", "·")
    return s


def phone_cell(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return compact(value)
