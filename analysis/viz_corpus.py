"""Figures of the corpus: length and structure by section, and what cleaning kept along each raw file.

The tables come from :mod:`analysis.audit`; these functions only draw them.

Usage:
    >>> import pandas as pd
    >>> from analysis.audit import SECTIONS
    >>> t = pd.DataFrame([{"outlet": "Daily Post", "section": s, "words": 10 * (i + 1)} for i, s in enumerate(SECTIONS)])
    >>> fig = plot_section_lengths(t, "words")
    >>> fig.axes[0].get_title()
    'headline'
"""
from __future__ import annotations

import pandas as pd

from .audit import PARTS, SECTIONS
from .plots import PALETTE, new_figure, outlet_colours

PART_COLOURS = dict(zip(PARTS, ["#000000", "#56B4E9", "#E69F00", "#0072B2", "#009E73", "#999999", "#D55E00"]))


def _bar_labels(ax, bars, values, fmt="{:,}"):
    span = max(values) if len(values) and max(values) > 0 else 1
    for bar, value in zip(bars, values):
        ax.text(bar.get_width() + span * 0.02, bar.get_y() + bar.get_height() / 2, fmt.format(value),
                va="center", fontsize=8)


def plot_section_lengths(table: pd.DataFrame, measure: str = "words"):
    """Small multiples, one panel per section: ``measure`` per outlet (an :func:`analysis.audit.section_lengths` table).

    Each panel has its own scale, so a 15-word headline is as legible as a 1,000-word body;
    the value is printed at the end of every bar.

    Usage:
        >>> t = pd.DataFrame({"outlet": ["A"] * 5, "section": SECTIONS, "words": [8, 20, 12, 30, 400]})
        >>> len(plot_section_lengths(t).axes)
        5
    """
    outlets = list(dict.fromkeys(table["outlet"]))
    colours = outlet_colours(outlets)
    n = len(outlets)
    fig, axes = new_figure(width=11, height=1.2 + 0.35 * max(n, 2), ncols=len(SECTIONS), sharey=True)
    for ax, section in zip(axes, SECTIONS):
        part = table[table["section"] == section].set_index("outlet").reindex(outlets)
        values = part[measure].fillna(0).astype(int).tolist()
        bars = ax.barh(range(n), values, color=[colours[o] for o in outlets], height=0.7)
        _bar_labels(ax, bars, values)
        ax.set_title(section, fontsize=10)
        ax.set_xlabel(measure)
        ax.set_xlim(0, max(max(values), 1) * 1.35)
        ax.tick_params(axis="x", labelsize=8)
    axes[0].invert_yaxis()
    axes[0].set_yticks(range(n), outlets)
    axes[0].set_ylabel("outlet")
    for ax in axes[1:]:
        ax._no_ylabel_ok = True
    fig.suptitle(f"Length and structure: {measure} per section, per outlet (each panel has its own scale)",
                 fontsize=12, fontweight="bold")
    fig.tight_layout()
    return fig


def plot_page_map(table: pd.DataFrame):
    """One band per raw file showing what each stretch became (an :func:`analysis.audit.page_map` table).

    Usage:
        >>> t = pd.DataFrame({"outlet": ["A", "A"], "part": ["lead", "furniture"],
        ...                   "from_pct": [5.0, 90.0], "to_pct": [80.0, 100.0]})
        >>> plot_page_map(t).axes[0].get_xlabel()[:8]
        'position'
    """
    outlets = list(dict.fromkeys(table["outlet"]))
    n = len(outlets)
    fig, ax = new_figure(width=10, height=1.4 + 0.45 * max(n, 2))
    for i, outlet in enumerate(outlets):
        part = table[table["outlet"] == outlet]
        for p in PARTS:
            rows = part[part["part"] == p]
            if len(rows):
                ax.broken_barh(list(zip(rows["from_pct"], rows["to_pct"] - rows["from_pct"])), (i - 0.35, 0.7),
                               facecolors=PART_COLOURS[p], edgecolor="white", linewidth=0.3)
    handles = [matplotlib_patch(PART_COLOURS[p], p) for p in PARTS if (table["part"] == p).any()]
    ax.legend(handles=handles, ncols=min(len(handles), 7), loc="lower left", bbox_to_anchor=(0, 1.0),
              fontsize=8, handlelength=1.2, columnspacing=1.0)
    ax.set_yticks(range(n), outlets)
    ax.set_ylim(n - 0.5, -0.5)
    ax.set_xlim(0, 100)
    ax.set_xlabel("position in the raw file (% of characters, start → end)")
    ax.set_ylabel("outlet")
    ax.set_title("What cleaning kept and removed, along each raw file", pad=24)
    fig.tight_layout()
    return fig


def matplotlib_patch(colour: str, label: str):
    """A legend patch (kept here so the notebook needs no matplotlib import).

    Usage:
        >>> matplotlib_patch("#000000", "headline").get_label()
        'headline'
    """
    from matplotlib.patches import Patch

    return Patch(facecolor=colour, label=label)


__all__ = ["article_labels", "metadata_table", "removed_table", "removed_summary", "section_lengths", "page_map",
           "plot_section_lengths", "plot_page_map", "PALETTE"]
