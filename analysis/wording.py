"""Plain-language formatting for findings and tables: counts with the right plural, numbers that never hide a sign.

Findings are written from computed values, so the words around the numbers must follow them:
"1 sentence" and "3 sentences", never "3 sentence(s)"; a tiny non-zero interval end such as
-0.002 must not print as "-0.00" (a reader takes that for zero); a table and the sentence
beside it must show the same rounding of the same number (use these functions for both).

Usage:
    >>> plural(1, "article"), plural(3, "article"), plural(2, "pair", "pairs of outlets")
    ('1 article', '3 articles', '2 pairs of outlets')
    >>> format_number(-0.002, 2), format_number(-4.5812, 2), format_p(0.08451)
    ('-0.002', '-4.58', '0.085')
"""
from __future__ import annotations

import math

MAX_EXTRA_DIGITS = 4


def plural(n, singular: str, plural_form: str | None = None, number: bool = True) -> str:
    """``n`` with the singular or plural noun (``plural_form`` defaults to ``singular + "s"``).

    ``number=False`` gives the noun alone. Numbers above 999 get thousands separators.

    Usage:
        >>> plural(0, "quote"), plural(1, "speech", "speeches"), plural(1200, "word"), plural(2, "box", "boxes", number=False)
        ('0 quotes', '1 speech', '1,200 words', 'boxes')
    """
    noun = singular if n == 1 else (plural_form or singular + "s")
    if not number:
        return noun
    count = f"{n:,}" if isinstance(n, int) or float(n).is_integer() else f"{n}"
    return f"{count} {noun}"


def format_number(x, digits: int = 2, signed: bool = False, na: str = "n/a") -> str:
    """``x`` rounded to ``digits`` decimals; a non-zero value that would round to zero gets more digits.

    Up to :data:`MAX_EXTRA_DIGITS` extra decimals are added, so -0.002 reads "-0.002", not "-0.00";
    smaller values are written in scientific notation. ``signed`` puts "+" before positive values. NaN/None gives ``na``.

    Usage:
        >>> format_number(0.305755, 3), format_number(0.25, 2, signed=True), format_number(float("nan"))
        ('0.306', '+0.25', 'n/a')
        >>> format_number(0.0, 2, signed=True), format_number(-0.00000001, 2)
        ('0.00', '-1.0e-08')
    """
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return na
    try:
        value = float(x)
    except (TypeError, ValueError):
        return str(x)
    if math.isnan(value):
        return na
    d = digits
    while value != 0 and round(value, d) == 0 and d < digits + MAX_EXTRA_DIGITS:
        d += 1
    if value != 0 and round(value, d) == 0:
        return f"{value:+.1e}" if signed else f"{value:.1e}"
    text = f"{value:+.{d}f}" if signed else f"{value:.{d}f}"
    return f"{0:.{d}f}" if value == 0 else text


def format_p(p, na: str = "n/a") -> str:
    """A p-value with three decimals (``"< 0.001"`` below that), the same in tables and text.

    Usage:
        >>> format_p(0.0843), format_p(0.0001), format_p(1.0)
        ('0.084', '< 0.001', '1.000')
    """
    if p is None or (isinstance(p, float) and math.isnan(p)):
        return na
    return "< 0.001" if float(p) < 0.001 else f"{float(p):.3f}"


def join_words(items: list[str], last: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``.

    Usage:
        >>> join_words(["honour"]), join_words(["a", "b", "c"])
        ('honour', 'a, b and c')
    """
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def format_interval(low, high, digits: int = 2, signed: bool = False, n=None, unit: str = "sentence",
                    min_n: int = 2) -> str:
    """An interval as "low to high", or "n/a" with the reason when it could not (or should not) be given.

    ``n`` is the number of units resampled: below ``min_n`` (a bootstrap needs at least two; pass a
    higher floor such as 3 sentences to withhold intervals from too little text) the interval is
    replaced by the reason.

    Usage:
        >>> format_interval(-4.5812, -0.002, 2, signed=True)
        '-4.58 to -0.002'
        >>> format_interval(float("nan"), float("nan"), n=1), format_interval(float("nan"), float("nan"))
        ('n/a (only 1 sentence)', 'n/a')
        >>> format_interval(-0.49, -0.05, n=2, min_n=3)
        'n/a (only 2 sentences)'
    """
    def missing(x) -> bool:
        return x is None or (isinstance(x, float) and math.isnan(x))

    if n is not None and not missing(n) and int(n) < max(2, min_n):
        return f"n/a (only {plural(int(n), unit)})"
    if missing(low) or missing(high):
        return "n/a"
    return f"{format_number(low, digits, signed=signed)} to {format_number(high, digits, signed=signed)}"
