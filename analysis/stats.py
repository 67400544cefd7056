"""Uncertainty for small samples of sentences: seeded bootstrap intervals and permutation tests.

Generic: every function takes arrays (one value, or one row of counts, per
sentence) and a statistic, so any module can reuse them.

* Percentile bootstrap (Efron & Tibshirani 1993, *An Introduction to the
  Bootstrap*, ch. 13): resample units (sentences) with replacement, recompute
  the statistic, take the ``(1-level)/2`` and ``(1+level)/2`` quantiles.
* Permutation test (Good 2005, *Permutation, Parametric and Bootstrap Tests of
  Hypotheses*): shuffle group labels; the p-value counts the observed split as
  one of the permutations, ``(1 + #extreme) / (1 + n_perm)`` (Phipson & Smyth
  2010, *Stat. Appl. Genet. Mol. Biol.* 9(1), art. 39), so it is never 0.
* Several pairwise tests are adjusted with Holm's step-down method (Holm 1979,
  *Scand. J. Statist.* 6(2), 65-70).

Every random draw comes from ``numpy.random.default_rng(seed)``: the same seed
gives the same interval, on any machine.

Usage:
    >>> ci = bootstrap_ci([0.1, -0.4, 0.3, 0.0, 0.2], seed=1)
    >>> ci["low"] <= ci["estimate"] <= ci["high"], ci["n"]
    (True, 5)
    >>> permutation_test([1, 2, 3], [7, 8, 9], seed=0)["p_value"] < 0.2
    True
"""
from __future__ import annotations

from itertools import combinations
from typing import Callable

import numpy as np
import pandas as pd

from .wording import format_number, format_p, plural

DEFAULT_BOOT = 2000
DEFAULT_PERM = 9999
DEFAULT_LEVEL = 0.95


def mean_of_rows(sample: np.ndarray) -> np.ndarray:
    """Default bootstrap statistic: the mean of each resample (axis 1).

    Usage:
        >>> mean_of_rows(np.array([[1.0, 3.0], [2.0, 2.0]])).tolist()
        [2.0, 2.0]
    """
    return sample.mean(axis=1)


def _as_array(values, name: str) -> np.ndarray:
    arr = np.asarray(values, dtype=float)
    if arr.ndim == 0:
        raise ValueError(f"{name}: expected a sequence of values (one per sentence), got a single number")
    if np.isnan(arr).any():
        raise ValueError(f"{name}: contains missing values (NaN); drop them before resampling")
    return arr


def bootstrap_ci(values, statistic: Callable[[np.ndarray], np.ndarray] = mean_of_rows,
                 n_boot: int = DEFAULT_BOOT, level: float = DEFAULT_LEVEL, seed: int = 0) -> dict:
    """Percentile bootstrap interval over units (rows of ``values``).

    ``values`` has one entry (or one row of counts) per unit. ``statistic``
    receives an array of shape ``(n_boot, n, ...)`` (the resamples) and returns
    one number per resample; the default is the mean. Use a ratio of sums for
    readability formulas (see :func:`analysis.readability.bootstrap_readability`).
    With fewer than two units the interval is NaN (nothing to resample).

    Returns ``{"estimate", "low", "high", "n", "n_boot", "level", "seed"}``.

    Usage:
        >>> a = bootstrap_ci([1, 2, 3, 4], seed=7); b = bootstrap_ci([1, 2, 3, 4], seed=7)
        >>> (a["low"], a["high"]) == (b["low"], b["high"]), a["estimate"]
        (True, 2.5)
    """
    arr = _as_array(values, "bootstrap_ci")
    if not 0 < level < 1:
        raise ValueError(f"bootstrap_ci: level must be between 0 and 1, got {level}")
    n = len(arr)
    out = {"estimate": float("nan"), "low": float("nan"), "high": float("nan"), "n": n,
           "n_boot": n_boot, "level": level, "seed": seed}
    if n == 0:
        return out
    out["estimate"] = float(np.asarray(statistic(arr[np.newaxis, ...]))[0])
    if n < 2:
        return out
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_boot, n))
    stats = np.asarray(statistic(arr[idx]), dtype=float)
    stats = stats[~np.isnan(stats)]
    if len(stats):
        out["low"], out["high"] = (float(q) for q in np.quantile(stats, [(1 - level) / 2, (1 + level) / 2]))
    return out


def bootstrap_diff_ci(a, b, statistic: Callable[[np.ndarray], np.ndarray] = mean_of_rows,
                      n_boot: int = DEFAULT_BOOT, level: float = DEFAULT_LEVEL, seed: int = 0) -> dict:
    """Bootstrap interval for ``statistic(a) - statistic(b)``, resampling each group separately.

    Usage:
        >>> d = bootstrap_diff_ci([0.5, 0.6, 0.7], [-0.5, -0.6, -0.4], seed=3)
        >>> round(d["estimate"], 2), d["low"] > 0
        (1.1, True)
    """
    xa, xb = _as_array(a, "bootstrap_diff_ci a"), _as_array(b, "bootstrap_diff_ci b")
    out = {"estimate": float("nan"), "low": float("nan"), "high": float("nan"), "n_a": len(xa), "n_b": len(xb),
           "n_boot": n_boot, "level": level, "seed": seed}
    if len(xa) == 0 or len(xb) == 0:
        return out
    out["estimate"] = float(np.asarray(statistic(xa[np.newaxis, ...]))[0] - np.asarray(statistic(xb[np.newaxis, ...]))[0])
    if len(xa) < 2 or len(xb) < 2:
        return out
    rng = np.random.default_rng(seed)
    ia = rng.integers(0, len(xa), size=(n_boot, len(xa)))
    ib = rng.integers(0, len(xb), size=(n_boot, len(xb)))
    diffs = np.asarray(statistic(xa[ia]), dtype=float) - np.asarray(statistic(xb[ib]), dtype=float)
    diffs = diffs[~np.isnan(diffs)]
    if len(diffs):
        out["low"], out["high"] = (float(q) for q in np.quantile(diffs, [(1 - level) / 2, (1 + level) / 2]))
    return out


def permutation_test(a, b, statistic: Callable[[np.ndarray], np.ndarray] = mean_of_rows,
                     n_perm: int = DEFAULT_PERM, seed: int = 0) -> dict:
    """Two-sided permutation test of ``statistic(a) - statistic(b)`` (labels shuffled ``n_perm`` times).

    Returns ``{"observed", "p_value", "n_a", "n_b", "n_perm", "seed"}``;
    ``p_value`` is NaN when either group is empty.

    Usage:
        >>> r = permutation_test([0.1, 0.2, 0.0], [0.1, 0.0, 0.2], seed=0)
        >>> r["observed"], r["p_value"] == 1.0
        (0.0, True)
    """
    xa, xb = _as_array(a, "permutation_test a"), _as_array(b, "permutation_test b")
    out = {"observed": float("nan"), "p_value": float("nan"), "n_a": len(xa), "n_b": len(xb),
           "n_perm": n_perm, "seed": seed}
    if len(xa) == 0 or len(xb) == 0:
        return out
    pooled = np.concatenate([xa, xb])
    observed = float(np.asarray(statistic(xa[np.newaxis, ...]))[0] - np.asarray(statistic(xb[np.newaxis, ...]))[0])
    rng = np.random.default_rng(seed)
    order = np.argsort(rng.random((n_perm, len(pooled))), axis=1)
    shuffled = pooled[order]
    diffs = np.asarray(statistic(shuffled[:, :len(xa)]), dtype=float) - np.asarray(statistic(shuffled[:, len(xa):]), dtype=float)
    extreme = int(np.sum(np.abs(diffs) >= abs(observed) - 1e-12))
    out["observed"] = observed
    out["p_value"] = (1 + extreme) / (1 + n_perm)
    return out


def holm(p_values) -> np.ndarray:
    """Holm (1979) step-down adjusted p-values, in the input order.

    Usage:
        >>> holm([0.01, 0.04, 0.03]).round(2).tolist()
        [0.03, 0.06, 0.06]
    """
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    order = np.argsort(p)
    adjusted = np.empty(m)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        adjusted[i] = running
    return adjusted


def bootstrap_groups(table: pd.DataFrame, value: str, by: list[str], n_boot: int = DEFAULT_BOOT,
                     level: float = DEFAULT_LEVEL, seed: int = 0) -> pd.DataFrame:
    """Mean of ``value`` with a bootstrap interval for every group of ``by`` (one row per group).

    Columns: the ``by`` columns, ``n, mean, low, high``. Each group uses the same seed,
    so adding a group does not change the others.

    Usage:
        >>> t = pd.DataFrame({"outlet": ["A"] * 3 + ["B"] * 2, "x": [1.0, 2.0, 3.0, 5.0, 5.0]})
        >>> bootstrap_groups(t, "x", ["outlet"], seed=0)[["outlet", "n", "mean"]].values.tolist()
        [['A', 3, 2.0], ['B', 2, 5.0]]
    """
    missing = [c for c in [value, *by] if c not in table.columns]
    if missing:
        raise ValueError(f"bootstrap_groups: table has no column(s) {', '.join(missing)}")
    rows = []
    for key, group in table.groupby(by, sort=False, observed=True):
        key = key if isinstance(key, tuple) else (key,)
        ci = bootstrap_ci(group[value].to_numpy(dtype=float), n_boot=n_boot, level=level, seed=seed)
        rows.append({**dict(zip(by, key)), "n": ci["n"], "mean": ci["estimate"], "low": ci["low"], "high": ci["high"]})
    return pd.DataFrame(rows, columns=[*by, "n", "mean", "low", "high"])


def pairwise_permutation(table: pd.DataFrame, value: str, group: str,
                         statistic: Callable[[np.ndarray], np.ndarray] = mean_of_rows,
                         n_perm: int = DEFAULT_PERM, n_boot: int = DEFAULT_BOOT, level: float = DEFAULT_LEVEL,
                         seed: int = 0) -> pd.DataFrame:
    """Every pair of groups: difference, bootstrap interval of the difference, permutation p, Holm-adjusted p.

    ``value`` may name one column (one value per unit) or be a list of count
    columns for a ratio ``statistic``. One group gives an empty table (nothing to compare).

    Usage:
        >>> t = pd.DataFrame({"outlet": ["A"] * 4 + ["B"] * 4, "x": [0.1, 0.2, 0.1, 0.3, -0.5, -0.4, -0.6, -0.5]})
        >>> r = pairwise_permutation(t, "x", "outlet", n_perm=999, seed=0)
        >>> r[["a", "b"]].values.tolist(), bool(r["p_value"].iloc[0] < 0.05)
        ([['A', 'B']], True)
    """
    cols = [value] if isinstance(value, str) else list(value)
    groups = list(dict.fromkeys(table[group]))
    rows = []
    for ga, gb in combinations(groups, 2):
        xa = table.loc[table[group] == ga, cols].to_numpy(dtype=float)
        xb = table.loc[table[group] == gb, cols].to_numpy(dtype=float)
        if isinstance(value, str):
            xa, xb = xa[:, 0], xb[:, 0]
        test = permutation_test(xa, xb, statistic=statistic, n_perm=n_perm, seed=seed)
        ci = bootstrap_diff_ci(xa, xb, statistic=statistic, n_boot=n_boot, level=level, seed=seed)
        rows.append({"a": ga, "b": gb, "n_a": len(xa), "n_b": len(xb), "difference": test["observed"],
                     "low": ci["low"], "high": ci["high"], "p_value": test["p_value"]})
    out = pd.DataFrame(rows, columns=["a", "b", "n_a", "n_b", "difference", "low", "high", "p_value", "p_holm"])
    if len(out):
        out["p_holm"] = holm(out["p_value"].to_numpy())
    return out


# ------------------------------------------------------------------ saying it in plain words

VERDICTS = {
    "difference": "a difference: the permutation test rejects equality and the interval excludes zero",
    "no difference shown": "no difference shown: the permutation test does not reject and the interval includes zero",
    "inconclusive (interval)": ("inconclusive: the interval {barely}excludes zero while the permutation test "
                                "does not reject"),
    "inconclusive (test)": "inconclusive: the permutation test rejects while the interval includes zero",
    "not testable": "not testable: too few sentences on one side",
}


def pair_verdict(low: float, high: float, p_value: float, alpha: float = 0.05) -> tuple[str, str]:
    """One verdict for one pair: the permutation test is the headline result, the bootstrap interval of
    the difference the supporting estimate; when they disagree the pair is called inconclusive.

    Returns ``(key, sentence)`` with ``key`` one of :data:`VERDICTS`. "barely" is added when the
    interval end nearest zero lies within 5% of the interval's width from zero.

    Usage:
        >>> pair_verdict(-4.58, -0.002, 0.0845)[1]
        'inconclusive: the interval barely excludes zero while the permutation test does not reject'
        >>> pair_verdict(0.1, 0.5, 0.001)[0], pair_verdict(-0.2, 0.3, 0.6)[0]
        ('difference', 'no difference shown')
    """
    if any(pd.isna(v) for v in (low, high, p_value)):
        return "not testable", VERDICTS["not testable"]
    excludes = low > 0 or high < 0
    rejects = p_value < alpha
    if rejects and excludes:
        key = "difference"
    elif not rejects and not excludes:
        key = "no difference shown"
    elif excludes:
        key = "inconclusive (interval)"
    else:
        key = "inconclusive (test)"
    nearest = min(abs(low), abs(high))
    barely = "barely " if excludes and nearest <= 0.05 * max(high - low, 1e-12) else ""
    return key, VERDICTS[key].format(barely=barely)


def pairs_display(pairs: pd.DataFrame, digits: int = 2, unit: str = "", alpha: float = 0.05) -> pd.DataFrame:
    """:func:`pairwise_permutation` output as a table for readers, formatted exactly as
    :func:`comparison_text` writes the same numbers (so text and table agree).

    Columns: ``outlets, sentences, difference, interval, permutation p`` (``Holm-adjusted p`` only with
    several pairs: with one pair it equals the raw p), ``verdict``. All values are strings.

    Usage:
        >>> t = pd.DataFrame({"a": ["A"], "b": ["B"], "n_a": [12], "n_b": [40], "difference": [-2.32],
        ...                   "low": [-4.58], "high": [-0.002], "p_value": [0.0845], "p_holm": [0.0845]})
        >>> pairs_display(t).iloc[0].tolist()[:4]
        ['A minus B', '12 / 40', '-2.32', '-4.58 to -0.002']
        >>> "Holm-adjusted p" in pairs_display(t).columns
        False
    """
    several = len(pairs) > 1
    rows = []
    for r in pairs.itertuples():
        p = r.p_holm if several else r.p_value
        row = {"outlets": f"{r.a} minus {r.b}", "sentences": f"{r.n_a} / {r.n_b}",
               "difference" + (f" ({unit})" if unit else ""): format_number(r.difference, digits, signed=True),
               "95% interval": f"{format_number(r.low, digits, signed=True)} to "
                                f"{format_number(r.high, digits, signed=True)}",
               "permutation p": format_p(r.p_value)}
        if several:
            row["Holm-adjusted p"] = format_p(r.p_holm)
        row["verdict"] = pair_verdict(r.low, r.high, p, alpha)[1]
        rows.append(row)
    return pd.DataFrame(rows)


def comparison_text(pairs: pd.DataFrame, n_by_outlet: dict, unit: str, digits: int = 2, alpha: float = 0.05,
                    level: float = DEFAULT_LEVEL, statistic: str = "the difference in mean sentence scores") -> str:
    """What the outlet comparison can and cannot support, in plain words, from :func:`pairwise_permutation`.

    The headline result per pair is the permutation test (Holm-adjusted when there are several
    pairs, raw p with one); the bootstrap interval is given beside it, rounded as in
    :func:`pairs_display`; :func:`pair_verdict` says when the two disagree. ``statistic`` names what
    is compared (e.g. "the difference in Flesch-Kincaid grade").

    Usage:
        >>> t = pd.DataFrame({"a": ["A"], "b": ["B"], "n_a": [12], "n_b": [40], "difference": [-2.32],
        ...                   "low": [-4.58], "high": [-0.002], "p_value": [0.0845], "p_holm": [0.0845]})
        >>> text = comparison_text(t, {"A": 12, "B": 40}, "grade levels")
        >>> "-4.58 to -0.002" in text, "Holm" in text, "inconclusive" in text
        (True, False, True)
        >>> comparison_text(t.iloc[0:0], {"A": 12}, "points").startswith("Only one outlet")
        True
    """
    sizes = ", ".join(f"{o}: {plural(int(n), 'sentence')}" for o, n in n_by_outlet.items())
    if pairs.empty:
        return (f"Only one outlet ({sizes}): this is a profile, not a comparison. Nothing here says whether "
                "another outlet would write differently.")
    several = len(pairs) > 1
    pct = f"{level:.0%}"
    top = pairs.reindex(pairs["difference"].abs().sort_values(ascending=False).index).head(3)
    parts = []
    for r in top.itertuples():
        p = r.p_holm if several else r.p_value
        p_text = f"Holm-adjusted permutation p = {format_p(r.p_holm)}" if several else f"permutation p = {format_p(r.p_value)}"
        parts.append(f"{r.a} minus {r.b}: {format_number(r.difference, digits, signed=True)} {unit} "
                     f"({pct} interval {format_number(r.low, digits, signed=True)} to "
                     f"{format_number(r.high, digits, signed=True)}; {p_text}): {pair_verdict(r.low, r.high, p, alpha)[1]}")
    verdicts = [pair_verdict(r.low, r.high, r.p_holm if several else r.p_value, alpha)[0] for r in pairs.itertuples()]
    n_diff = verdicts.count("difference")
    lead = (f"The headline test is a permutation test of {statistic} (sentences shuffled between outlets)" + (f", Holm-adjusted over {plural(len(pairs), 'pair')} of outlets" if several else "")
            + f"; the {pct} bootstrap interval of the difference is shown beside it.")
    count = (f"{n_diff} of {plural(len(pairs), 'pair')} show a difference by both measures." if several else "")
    return (f"{sizes}. {lead} " + ("Largest differences: " if several else "") + "; ".join(parts) + ". "
            + (count + " " if count else "")
            + "What this can support: a statement about *these articles*. What it cannot: a claim about an outlet's "
            "general style (each outlet is one article, one writer, one desk), about cause (length, wire copy, and how "
            "much of the speech is quoted all move the scores), or about sentences being independent draws "
            "(they are not, so the intervals are if anything too narrow).")
