"""Seeded bootstrap intervals and permutation tests."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.stats import (bootstrap_ci, bootstrap_diff_ci, bootstrap_groups, holm, pairwise_permutation,
                            permutation_test)

# sentence tones of a sports interview, by hand
WINNER = [0.6, 0.4, 0.8, 0.0, 0.5, 0.7, 0.3]
LOSER = [-0.4, -0.6, 0.0, -0.2, -0.5]


def test_same_seed_same_interval_other_seed_other_interval():
    a = bootstrap_ci(WINNER, seed=11)
    b = bootstrap_ci(WINNER, seed=11)
    c = bootstrap_ci(WINNER, seed=12)
    assert (a["low"], a["high"]) == (b["low"], b["high"])
    assert (a["low"], a["high"]) != (c["low"], c["high"])


def test_interval_brackets_the_mean_and_stays_in_range():
    ci = bootstrap_ci(WINNER, seed=0)
    assert ci["estimate"] == pytest.approx(sum(WINNER) / 7)
    assert min(WINNER) <= ci["low"] < ci["estimate"] < ci["high"] <= max(WINNER)
    wider = bootstrap_ci(WINNER, seed=0, level=0.99)
    assert wider["low"] <= ci["low"] and wider["high"] >= ci["high"]


def test_too_few_values_give_no_interval():
    assert np.isnan(bootstrap_ci([0.3], seed=0)["low"])
    assert bootstrap_ci([0.3], seed=0)["estimate"] == 0.3
    assert np.isnan(bootstrap_ci([], seed=0)["estimate"])


def test_missing_values_are_refused_with_a_clear_error():
    with pytest.raises(ValueError, match="NaN"):
        bootstrap_ci([0.1, float("nan")])


def test_ratio_statistic_on_rows_of_counts():
    # words and sentences per unit; statistic = total words / total sentences
    counts = np.array([[10, 1], [20, 1], [30, 1]], dtype=float)
    ci = bootstrap_ci(counts, statistic=lambda s: s.sum(axis=1)[..., 0] / s.sum(axis=1)[..., 1], seed=3)
    assert ci["estimate"] == 20.0
    assert 10 <= ci["low"] <= 20 <= ci["high"] <= 30


def test_difference_interval_excludes_zero_for_clearly_different_groups():
    d = bootstrap_diff_ci(WINNER, LOSER, seed=5)
    assert d["estimate"] == pytest.approx(np.mean(WINNER) - np.mean(LOSER))
    assert d["low"] > 0


def test_permutation_test():
    same = permutation_test(WINNER, WINNER, seed=0, n_perm=999)
    assert same["observed"] == 0 and same["p_value"] == 1.0
    diff = permutation_test(WINNER, LOSER, seed=0, n_perm=999)
    assert 0 < diff["p_value"] < 0.01            # never exactly 0 (Phipson & Smyth 2010)
    assert diff["p_value"] >= 1 / 1000
    assert permutation_test(WINNER, LOSER, seed=0, n_perm=999) == diff
    # two values that can only be split in two ways: p cannot fall below 1 whatever the difference
    assert permutation_test([1.0], [9.0], seed=0, n_perm=99)["p_value"] == 1.0


def test_holm_by_hand():
    # sorted p: 0.01*3 = 0.03; 0.03*2 = 0.06; 0.04*1 = 0.04 -> raised to 0.06 (step-down keeps order)
    assert holm([0.01, 0.04, 0.03]).tolist() == pytest.approx([0.03, 0.06, 0.06])
    assert holm([0.5, 0.9]).tolist() == pytest.approx([1.0, 1.0])


def test_groups_and_pairs():
    t = pd.DataFrame({"outlet": ["Winner FC"] * 7 + ["Loser FC"] * 5 + ["Neutral"] * 1,
                      "compound": WINNER + LOSER + [0.0]})
    g = bootstrap_groups(t, "compound", ["outlet"], seed=0)
    assert g["outlet"].tolist() == ["Winner FC", "Loser FC", "Neutral"]
    assert g["n"].tolist() == [7, 5, 1]
    assert np.isnan(g.loc[2, "low"])
    p = pairwise_permutation(t, "compound", "outlet", n_perm=499, seed=0)
    assert len(p) == 3
    assert (p["p_holm"] >= p["p_value"]).all()
    one = pairwise_permutation(t[t["outlet"] == "Neutral"], "compound", "outlet")
    assert one.empty
    with pytest.raises(ValueError, match="no column"):
        bootstrap_groups(t, "tone", ["outlet"])


# ------------------------------------------------------------------ plain-language verdicts


def test_verdicts_follow_test_and_interval():
    from analysis.stats import pair_verdict

    # the reviewer's case: interval -4.58 to -0.002 excludes zero, permutation p 0.085 does not reject
    key, text = pair_verdict(-4.58, -0.002, 0.085)
    assert key == "inconclusive (interval)" and "barely excludes zero" in text
    assert pair_verdict(-4.58, -1.5, 0.2)[1].count("barely") == 0          # clearly excludes zero
    assert pair_verdict(0.2, 0.9, 0.01)[0] == "difference"
    assert pair_verdict(-0.3, 0.4, 0.7)[0] == "no difference shown"
    assert pair_verdict(-0.01, 0.8, 0.03)[0] == "inconclusive (test)"
    assert pair_verdict(float("nan"), float("nan"), float("nan"))[0] == "not testable"


def five_papers():
    # a presidential address covered by five papers: mean sentence tones, by hand
    rows = []
    for paper, tones in {"Herald": [0.5, 0.6, 0.4, 0.7], "Gazette": [0.5, 0.4, 0.6, 0.5], "Courier": [-0.5, -0.4, -0.6, -0.5],
                         "Post": [0.0, 0.1, -0.1, 0.0], "Sun": [0.2, 0.3, 0.1, 0.2]}.items():
        rows += [{"paper": paper, "tone": t} for t in tones]
    return pd.DataFrame(rows)


def test_pairs_display_and_text_agree_and_holm_only_with_several_pairs():
    from analysis.stats import comparison_text, pairs_display

    pairs = pairwise_permutation(five_papers(), "tone", "paper", n_perm=999, n_boot=500, seed=0)
    assert len(pairs) == 10
    shown = pairs_display(pairs, digits=2, unit="compound")
    assert "Holm-adjusted p" in shown.columns
    text = comparison_text(pairs, {"Herald": 4}, "compound units", digits=2)
    assert "Holm-adjusted over 10 pairs" in text
    # every interval quoted in the text is written exactly as in the table
    top = shown.iloc[pairs["difference"].abs().idxmax()]
    assert top["95% interval"] in text and top["difference (compound)"] in text

    one = pairwise_permutation(five_papers().query("paper in ['Herald', 'Post']"), "tone", "paper", n_perm=999,
                               n_boot=500, seed=0)
    assert "Holm-adjusted p" not in pairs_display(one).columns
    one_text = comparison_text(one, {"Herald": 4, "Post": 4}, "compound units")
    assert "Holm" not in one_text and "1 pair" not in one_text
    assert "cannot be told apart" not in one_text   # the half-width rule of thumb is gone


def test_a_tiny_interval_end_is_not_printed_as_zero():
    from analysis.stats import comparison_text

    pairs = pd.DataFrame({"a": ["Herald"], "b": ["Courier"], "n_a": [15], "n_b": [41], "difference": [-2.32],
                          "low": [-4.58], "high": [-0.002], "p_value": [0.0845], "p_holm": [0.0845]})
    text = comparison_text(pairs, {"Herald": 15, "Courier": 41}, "grade levels")
    assert "-4.58 to -0.002" in text and "-0.00;" not in text and "-0.00 " not in text
    assert "permutation p = 0.085" in text   # the same three decimals as the table (format_p)
    assert "inconclusive" in text and "15 sentences" in text
