"""Figures for readability: grouped bars with bootstrap intervals (tables in, figures out).

Drawing only: every number comes from :mod:`analysis.readability` tables.
Bars whose value is flagged unreliable (too little text) are drawn hatched and pale, without an
interval, and do not set the scale (see :func:`grouped_bars`).

Usage:
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A", "B"], "section_group": ["body", "body"], "estimate": [10.0, 12.0],
    ...                   "low": [9.0, 11.0], "high": [11.0, 13.5], "reliable": [True, False]})
    >>> fig = plot_readability_bars(t, "flesch_kincaid_grade")
    >>> fig.axes[0].get_ylabel()
    'Flesch-Kincaid grade (US school years)'
"""
from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from .plots import PALETTE, new_figure, outlet_colours
from .readability import METRIC_LABELS, MIN_SENTENCES, MIN_WORDS, SECTION_GROUPS

SECTION_LABELS = {"headline": "Headline + standfirst", "lead": "Lead", "body": "Body", "article": "Whole article"}
VOICE_LABELS = {"all": "All text", "narrative": "Narrative (journalist)", "quoted": "Quoted (anyone)",
                "speech": "Quoted from the speech"}
UNRELIABLE = (f"too little text (under {MIN_SENTENCES} sentences or {MIN_WORDS} words): value printed, "
              "no interval, not to scale")
VOICE_COLOURS = {"all": "#999999", "narrative": "#0072B2", "quoted": "#E69F00", "speech": "#D55E00"}


def _ordered(values, preferred) -> list:
    present = list(dict.fromkeys(values))
    return [v for v in preferred if v in present] + [v for v in present if v not in preferred]


def _limits(values: list[float], pad: float = 0.08) -> tuple[float, float]:
    lo, hi = min([0.0, *values]), max([0.0, *values])
    span = (hi - lo) or 1.0
    return lo - (pad * span if lo < 0 else 0.0), hi + (pad * span if hi > 0 else 0.0)


def grouped_bars(table: pd.DataFrame, x: str, hue: str, value: str = "estimate", low: str = "low", high: str = "high",
                 x_order=None, hue_order=None, colours: dict | None = None, x_labels: dict | None = None,
                 hue_labels: dict | None = None, flag: str | None = "reliable", title: str = "", xlabel: str = "",
                 ylabel: str = "", zero_line: bool = False,
                 flag_label: str = "too little text: value printed, no interval, not to scale"):
    """Bars of ``value`` for each ``x`` category, one bar per ``hue``, with interval whiskers.

    Rows with ``flag`` False (too little text) are de-emphasised: pale and hatched, with no
    interval whisker and their value printed on the bar; the y scale is set by the reliable
    rows only, so a two-sentence headline at grade 19 cannot dwarf the bodies (a bar beyond the
    scale is cut at the edge and its printed value carries an arrow). Missing intervals get no
    whisker. Stays readable with ten hues (legend outside the plot, labels rotated when crowded).

    Usage:
        >>> t = pd.DataFrame({"g": ["x", "y"], "h": ["A", "A"], "estimate": [1.0, 2.0], "low": [0.5, 1.5], "high": [1.5, 2.5]})
        >>> fig = grouped_bars(t, "g", "h", flag=None, title="T", xlabel="G", ylabel="V")
        >>> len(fig.axes[0].patches)
        2
        >>> t2 = t.assign(ok=[True, False], estimate=[1.0, 40.0])
        >>> ax = grouped_bars(t2, "g", "h", flag="ok", title="T", xlabel="G", ylabel="V").axes[0]
        >>> bool(ax.get_ylim()[1] < 40)   # the scale comes from the reliable bar
        True
        >>> sum(type(c).__name__ == "ErrorbarContainer" for c in ax.containers)   # one whisker only
        1
    """
    x_cats = list(x_order) if x_order is not None else _ordered(table[x], [])
    x_cats = [c for c in x_cats if c in set(table[x])]
    hues = list(hue_order) if hue_order is not None else _ordered(table[hue], [])
    hues = [h for h in hues if h in set(table[hue])]
    colours = colours or outlet_colours(hues)
    n_h = max(1, len(hues))
    width = min(0.8 / n_h, 0.35)
    fig, ax = new_figure(width=min(14.0, max(9.0, 3.0 + 0.2 * n_h * len(x_cats) + len(x_cats))), height=5.0)
    centres = np.arange(len(x_cats))
    bars = []
    for j, h in enumerate(hues):
        offset = (j - (n_h - 1) / 2) * width
        sub = table[table[hue] == h].set_index(x)
        for i, cat in enumerate(x_cats):
            if cat not in sub.index:
                continue
            row = sub.loc[cat]
            if isinstance(row, pd.DataFrame):
                row = row.iloc[0]
            val = row[value]
            if pd.isna(val):
                continue
            ok = bool(row[flag]) if flag and flag in sub.columns else True
            lo, hi = row.get(low, np.nan), row.get(high, np.nan)
            bars.append({"x": centres[i] + offset, "value": float(val), "ok": ok, "low": lo, "high": hi,
                         "colour": colours.get(h, PALETTE[j % len(PALETTE)])})
    reliable = [b for b in bars if b["ok"]] or bars
    scale = [v for b in reliable for v in (b["value"], b["low"], b["high"]) if not pd.isna(v)]
    y_lo, y_hi = _limits(scale)
    for b in bars:
        ax.bar(b["x"], b["value"], width=width * 0.95, color=b["colour"], alpha=1.0 if b["ok"] else 0.35,
               hatch=None if b["ok"] else "///", edgecolor="white" if b["ok"] else "#666666", linewidth=0.5)
        if b["ok"]:
            if not (pd.isna(b["low"]) or pd.isna(b["high"])):
                ax.errorbar(b["x"], b["value"], yerr=[[max(0, b["value"] - b["low"])], [max(0, b["high"] - b["value"])]],
                            fmt="none", ecolor="#222222", elinewidth=1, capsize=2)
            continue
        clipped_high, clipped_low = b["value"] > y_hi, b["value"] < y_lo
        shown = min(max(b["value"], y_lo), y_hi)
        text = ("↑ " if clipped_high else "↓ " if clipped_low else "") + f"{b['value']:.{2 if abs(b['value']) < 1 else 1}f}"
        inside = clipped_high or clipped_low  # a cut bar carries its value inside the plot, at the edge
        below = clipped_high or (shown < 0 and not clipped_low)
        ax.annotate(text, (b["x"], shown), xytext=(0, -3 if below else 3), textcoords="offset points", ha="center",
                    va="top" if below else "bottom", fontsize=7, color="#222222" if inside else "#444444",
                    style="italic", rotation=90 if n_h * len(x_cats) > 12 else 0)
    ax.set_ylim(y_lo, y_hi)
    ax.set_xticks(centres)
    labels = [(x_labels or {}).get(c, str(c)) for c in x_cats]
    crowded = len(x_cats) > 5 or max((len(label) for label in labels), default=0) > 18
    ax.set_xticklabels(labels, rotation=30 if crowded else 0, ha="right" if crowded else "center")
    if zero_line:
        ax.axhline(0, color="#444444", linewidth=0.8)
    handles = [Patch(facecolor=colours.get(h, PALETTE[j % len(PALETTE)]), label=(hue_labels or {}).get(h, str(h)))
               for j, h in enumerate(hues)]
    if any(not b["ok"] for b in bars):
        handles.append(Patch(facecolor="white", edgecolor="#666666", hatch="///", label=textwrap.fill(flag_label, 30)))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=9)
    ax.set(title=textwrap.fill(title, 70), xlabel=xlabel, ylabel=textwrap.fill(ylabel, 48))
    fig.tight_layout()
    return fig


def plot_readability_bars(intervals: pd.DataFrame, metric: str, title: str | None = None):
    """One metric per section group (x) and outlet (bars), with bootstrap intervals.

    ``intervals``: :func:`analysis.readability.bootstrap_readability` output for one voice
    (columns ``outlet, section_group, estimate, low, high, reliable``).
    """
    level = "95%"
    return grouped_bars(
        intervals, x="section_group", hue="outlet", x_order=list(SECTION_GROUPS), x_labels=SECTION_LABELS,
        flag_label=UNRELIABLE,
        title=title or f"{METRIC_LABELS.get(metric, metric)}: by outlet and section ({level} bootstrap intervals)",
        xlabel="Section of the article", ylabel=METRIC_LABELS.get(metric, metric))


def plot_readability_voices(intervals: pd.DataFrame, metric: str, title: str | None = None):
    """One metric per outlet (x) and voice (bars: narrative, quoted, speech), with bootstrap intervals.

    ``intervals``: :func:`analysis.readability.bootstrap_readability` output for one section group
    (columns ``outlet, voice, estimate, low, high, reliable``).
    """
    voices = [v for v in ["narrative", "quoted", "speech"] if v in set(intervals["voice"])]
    return grouped_bars(
        intervals[intervals["voice"].isin(voices)], x="outlet", hue="voice", hue_order=voices, colours=VOICE_COLOURS,
        hue_labels=VOICE_LABELS, flag_label=UNRELIABLE,
        title=title or f"{METRIC_LABELS.get(metric, metric)}: journalist's words vs quoted words",
        xlabel="Outlet", ylabel=METRIC_LABELS.get(metric, metric))
