"""Figures for readability: grouped bars with bootstrap intervals (tables in, figures out).

Drawing only: every number comes from :mod:`analysis.readability` tables.
Bars whose value is flagged unreliable (too little text) are drawn hatched and pale.

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
from .readability import METRIC_LABELS, SECTION_GROUPS

SECTION_LABELS = {"headline": "Headline + standfirst", "lead": "Lead", "body": "Body", "article": "Whole article"}
VOICE_LABELS = {"all": "All text", "narrative": "Narrative (journalist)", "quoted": "Quoted (anyone)",
                "speech": "Quoted from the speech"}
VOICE_COLOURS = {"all": "#999999", "narrative": "#0072B2", "quoted": "#E69F00", "speech": "#D55E00"}


def _ordered(values, preferred) -> list:
    present = list(dict.fromkeys(values))
    return [v for v in preferred if v in present] + [v for v in present if v not in preferred]


def grouped_bars(table: pd.DataFrame, x: str, hue: str, value: str = "estimate", low: str = "low", high: str = "high",
                 x_order=None, hue_order=None, colours: dict | None = None, x_labels: dict | None = None,
                 hue_labels: dict | None = None, flag: str | None = "reliable", title: str = "", xlabel: str = "",
                 ylabel: str = "", zero_line: bool = False):
    """Bars of ``value`` for each ``x`` category, one bar per ``hue``, with interval whiskers.

    Rows with ``flag`` False are hatched and pale; missing intervals get no whisker.
    Stays readable with ten hues (legend outside the plot, labels rotated when crowded).

    Usage:
        >>> t = pd.DataFrame({"g": ["x", "y"], "h": ["A", "A"], "estimate": [1.0, 2.0], "low": [0.5, 1.5], "high": [1.5, 2.5]})
        >>> fig = grouped_bars(t, "g", "h", flag=None, title="T", xlabel="G", ylabel="V")
        >>> len(fig.axes[0].patches)
        2
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
    any_flagged = False
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
            any_flagged |= not ok
            ax.bar(centres[i] + offset, val, width=width * 0.95, color=colours.get(h, PALETTE[j % len(PALETTE)]),
                   alpha=1.0 if ok else 0.45, hatch=None if ok else "///", edgecolor="white" if ok else "#444444",
                   linewidth=0.5, label=None)
            lo, hi = row.get(low, np.nan), row.get(high, np.nan)
            if not (pd.isna(lo) or pd.isna(hi)):
                ax.errorbar(centres[i] + offset, val, yerr=[[max(0, val - lo)], [max(0, hi - val)]], fmt="none",
                            ecolor="#222222", elinewidth=1, capsize=2)
    ax.set_xticks(centres)
    labels = [(x_labels or {}).get(c, str(c)) for c in x_cats]
    crowded = len(x_cats) > 5 or max((len(label) for label in labels), default=0) > 18
    ax.set_xticklabels(labels, rotation=30 if crowded else 0, ha="right" if crowded else "center")
    if zero_line:
        ax.axhline(0, color="#444444", linewidth=0.8)
    handles = [Patch(facecolor=colours.get(h, PALETTE[j % len(PALETTE)]), label=(hue_labels or {}).get(h, str(h)))
               for j, h in enumerate(hues)]
    if any_flagged:
        handles.append(Patch(facecolor="white", edgecolor="#444444", hatch="///", label="too little text: unreliable"))
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
        hue_labels=VOICE_LABELS,
        title=title or f"{METRIC_LABELS.get(metric, metric)}: journalist's words vs quoted words",
        xlabel="Outlet", ylabel=METRIC_LABELS.get(metric, metric))
