"""Money: integer fen (分) everywhere; yuan only as text for people.

- ``yuan(12345)`` → ``"123.45"``, with thousands separators: ``yuan(123450)`` → ``"1,234.50"``;
- ``parse_yuan("1,234.5")`` → ``123450`` (refuses more than two decimals: no silent rounding);
- ``capital(12050)`` → ``"壹佰贰拾元伍角整"`` — 大写金额 as written on receipts and vouchers.

大写 follows the usual bookkeeping rules (会计基础工作规范 Art. 52): 壹拾 (never a bare 拾);
one 零 for any run of zeros between non-zero digits (10,010.01 → 壹万零壹拾元零壹分); 整 after
元 or 角 when there are no 分; amounts under one yuan start at the 角/分 (0.05 → 伍分).
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

from djdesk.core.errors import UserError

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿", "万亿")


def yuan(fen: int, *, grouping: bool = True) -> str:
    """Fen as yuan with two decimals: 123450 → "1,234.50" (negative: "-1,234.50")."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    text = f"{whole:,}" if grouping else str(whole)
    return f"{sign}{text}.{cents:02d}"


def yuan_short(fen: int) -> str:
    """Like ``yuan`` but without ".00" for whole yuan: 420000 → "4,200", 300001 → "3,000.01"."""
    text = yuan(fen)
    return text[:-3] if text.endswith(".00") else text


def parse_yuan(text: str | int | float | Decimal, what: str = "金额") -> int:
    """A yuan amount typed by a person → fen. At most two decimals; commas and "元" allowed, and
    full-width digits (an input method left on)."""
    raw = unicodedata.normalize("NFKC", str(text)).strip().replace(",", "").removesuffix("元").strip()
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise UserError(f"{what}“{text}”不是有效的金额（例如 4200 或 4200.50）") from None
    if not value.is_finite():
        raise UserError(f"{what}“{text}”不是有效的金额（例如 4200 或 4200.50）")
    fen = value * 100
    if fen != fen.to_integral_value():
        raise UserError(f"{what}“{text}”最多只能有两位小数（精确到分）")
    return int(fen)


def decimal_yuan(fen: int) -> Decimal:
    """Fen as an exact Decimal of yuan, for spreadsheet cells (never a float)."""
    return Decimal(int(fen)).scaleb(-2)


def _four(n: int, leading_zero: bool) -> str:
    """0 < n < 10000 in capitals; ``leading_zero``: a higher section exists and n < 1000."""
    out = []
    zero = leading_zero
    for pos in (3, 2, 1, 0):
        d = n // 10 ** pos % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(_DIGITS[d] + _SMALL_UNITS[pos])
    return "".join(out)


def _integer(n: int) -> str:
    sections = []
    while n:
        n, part = divmod(n, 10000)
        sections.append(part)
    out = []
    pending_zero = False
    for idx in range(len(sections) - 1, -1, -1):
        part = sections[idx]
        if part == 0:
            pending_zero = bool(out)
            continue
        higher = bool(out)
        text = _four(part, higher and (part < 1000 or pending_zero))
        if pending_zero and not text.startswith("零"):
            text = "零" + text
        out.append(text + _BIG_UNITS[idx])
        pending_zero = False
    return "".join(out)


def capital(fen: int) -> str:
    """The amount in Chinese capitals (大写金额): 12050 → 壹佰贰拾元伍角整, 5 → 伍分,
    1001001 → 壹万零壹拾元零壹分, 0 → 零元整."""
    if fen < 0:
        return "负" + capital(-fen)
    whole, cents = divmod(int(fen), 100)
    jiao, fen_digit = divmod(cents, 10)
    if whole == 0 and cents == 0:
        return "零元整"
    out = ""
    if whole:
        out = _integer(whole) + "元"
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif fen_digit and whole:
        out += "零"
    if fen_digit:
        out += _DIGITS[fen_digit] + "分"
    else:
        out += "整"
    return out
