"""Resident ID numbers (GB 11643-1999) checked with python-stdnum, plus what stdnum leaves out.

RULES.md §6: the length, the MOD 11-2 check character and the birth date are hard errors;
stdnum's area-code-by-year table rejects real numbers (people born before their county code
existed), so an unknown area code is only a warning. Future birth dates are rejected here,
because stdnum accepts them.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from stdnum.cn import ric
from stdnum.exceptions import InvalidComponent

_FULL_WIDTH = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789XX")


@dataclass
class IdCheck:
    number: str                       # normalised: no spaces, upper-case X, half-width
    error: str | None = None          # hard error, Chinese
    warnings: list[str] = field(default_factory=list)
    birth_date: dt.date | None = None
    gender: str | None = None         # 男 / 女 from the sequence digit

    @property
    def ok(self) -> bool:
        return self.error is None


def normalise(number: str) -> str:
    return "".join(str(number).translate(_FULL_WIDTH).split()).upper()


def check_id_number(number: str, today: dt.date | None = None) -> IdCheck:
    n = normalise(number)
    result = IdCheck(n)
    if len(n) != 18:
        result.error = f"身份证号应为18位，现为{len(n)}位"
        return result
    if not (n[:17].isascii() and n[:17].isdigit()):
        result.error = "身份证号前17位应全为数字，最后一位为数字或X"
        return result
    if n[17] != ric.calc_check_digit(n):
        result.error = f"身份证号校验位错误（最后一位应为 {ric.calc_check_digit(n)}）"
        return result
    try:
        birth = dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))   # stdnum's get_birth_date, minus its re-cleaning
    except ValueError:
        result.error = f"身份证号中的出生日期 {n[6:14]} 不是有效日期"
        return result
    if birth > (today or dt.date.today()):
        result.error = f"身份证号中的出生日期 {birth.isoformat()} 晚于今天"
        return result
    if not _area_known(n[:6], birth.year):
        result.warnings.append(f"身份证号地区码 {n[:6]} 未收录（可能是已撤销或调整的地区，请核对）")
    result.birth_date = birth
    result.gender = "男" if int(n[16]) % 2 else "女"
    return result


@functools.lru_cache(maxsize=8192)
def _area_known(area: str, birth_year: int) -> bool:
    """stdnum's area-code table (which depends only on the code and the birth year), looked up
    once per pair: the lookup is most of the cost of checking a number (an import checks 20,000)."""
    try:
        ric.get_birth_place(f"{area}{birth_year:04d}0101000")
    except InvalidComponent:
        return False
    return True


def check_against(number: str, birth_date: dt.date | None, gender: str | None,
                  today: dt.date | None = None) -> IdCheck:
    """Check an ID number and cross-check it with the birth date and gender entered beside it."""
    result = check_id_number(number, today)
    if not result.ok:
        return result
    if birth_date is not None and birth_date != result.birth_date:
        result.error = (f"出生日期 {birth_date.isoformat()} 与身份证号中的 "
                        f"{result.birth_date.isoformat()} 不一致")
    elif gender and gender != result.gender:
        result.error = f"性别“{gender}”与身份证号（第17位表示{result.gender}性）不一致"
    return result


def mask(number: str | None) -> str:
    """4101**********1234 — for screens and prints that need not show the whole number. The
    length is kept so it still looks like an ID number; a short value is starred completely."""
    n = normalise(number or "")
    return n[:4] + "*" * (len(n) - 8) + n[-4:] if len(n) > 8 else "*" * len(n)
