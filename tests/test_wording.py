"""Plain-language formatting: plurals, numbers that keep their sign, p-values, intervals."""
from __future__ import annotations

import pytest

from analysis.wording import format_interval, format_number, format_p, join_words, plural


@pytest.mark.parametrize("n, expected", [(0, "0 witnesses"), (1, "1 witness"), (2, "2 witnesses"), (1500, "1,500 witnesses")])
def test_plural_with_irregular_form(n, expected):
    # a court statement: witnesses
    assert plural(n, "witness", "witnesses") == expected


def test_plural_regular_and_noun_only():
    assert plural(1, "goal") == "1 goal" and plural(3, "goal") == "3 goals"
    assert plural(2, "match", "matches", number=False) == "matches"


def test_numbers_keep_their_sign_and_never_read_as_zero():
    assert format_number(-0.002, 2) == "-0.002"          # not "-0.00"
    assert format_number(0.0004, 2) == "0.0004"
    assert format_number(0.305755, 2) == "0.31"
    assert format_number(0.25, 2, signed=True) == "+0.25"
    assert format_number(-0.0, 2, signed=True) == "0.00"
    assert format_number(float("nan")) == "n/a" and format_number(None, na="") == ""


def test_p_values_round_the_same_way_everywhere():
    assert format_p(0.08451) == "0.085" and format_p(0.0843) == "0.084"
    assert format_p(0.0002) == "< 0.001" and format_p(float("nan")) == "n/a"


def test_intervals_say_why_they_are_missing():
    assert format_interval(-0.13, 0.358, 3, signed=True) == "-0.130 to +0.358"
    assert format_interval(float("nan"), float("nan"), n=1) == "n/a (only 1 sentence)"
    assert format_interval(-0.49, -0.05, n=2, min_n=3) == "n/a (only 2 sentences)"
    assert format_interval(0.1, 0.2, n=3, min_n=3) == "0.10 to 0.20"


def test_join_words():
    assert join_words([]) == "" and join_words(["Herald", "Post"]) == "Herald and Post"
    assert join_words(["a", "b", "c"], last="or") == "a, b or c"
