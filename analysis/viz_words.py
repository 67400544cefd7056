"""Figures for distinctive words, text reuse and sourcing.

Drawing only: every number comes from :mod:`analysis.words`, :mod:`analysis.reuse` and
:mod:`analysis.sourcing` tables. Each function returns a matplotlib figure with a title and
labelled axes (ready for :func:`analysis.plots.save_figure`), and draws a short notice instead
of failing when the table is empty (a single-outlet event has nothing to compare).

Usage:
    >>> import pandas as pd
    >>> m = pd.DataFrame([[float("nan"), 0.9], [0.3, float("nan")]], index=["A", "B"], columns=["A", "B"])
    >>> fig = plot_reuse_matrix(m, n=8)
    >>> fig.axes[0].get_xlabel()
    'Found in (B)'
"""
from __future__ import annotations

import math

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.patches import Patch
from matplotlib.ticker import PercentFormatter

from .plots import PALETTE, new_figure, outlet_colours

Z_LINE = 1.96
ROLE_COLOURS = {"official": "#0072B2", "military": "#009E73", "civilian": "#E69F00", "armed group": "#A6761D",
                "militant": "#D55E00",
                "expert": "#CC79A7", "media": "#56B4E9", "speech": "#000000", "other": "#BBBBBB"}
CLASS_COLOURS = {"speech": "#000000", "named person": "#0072B2", "named institution": "#56B4E9",
                 "anonymous": "#E69F00", "outlet or monitor": "#CC79A7", "unattributed": "#BBBBBB"}


def _notice(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=11, color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])


def _spread_labels(ys: list[float], min_gap: float, downward: bool) -> list[float]:
    """Label heights at least ``min_gap`` apart, pushed away from the extreme (down from the top
    labels, up from the bottom ones) so that labels stay inside the plotted range."""
    placed = []
    for y in ys:  # ys ordered from the most extreme value inwards
        if placed:
            y = min(y, placed[-1] - min_gap) if downward else max(y, placed[-1] + min_gap)
        placed.append(y)
    return placed


def _label_side(ax, rows: pd.DataFrame, colour: str, y_span: float, downward: bool) -> None:
    """Mark and label ``rows`` (ordered from the most extreme z inwards) in ``colour``."""
    if rows.empty:
        return
    xs = rows["count"].to_numpy(float)
    ys = rows["z"].to_numpy(float)
    label_y = _spread_labels(list(ys), y_span / 22, downward)
    ax.scatter(xs, ys, s=22, color=colour, zorder=3)
    for x, y, ly, word in zip(xs, ys, label_y, rows["word"]):
        moved = abs(ly - y) > 1e-9
        ax.annotate(str(word), (x, y), xytext=(x * 1.15, ly), fontsize=8, color=colour, va="center",
                    arrowprops=dict(arrowstyle="-", color=colour, lw=0.4, alpha=0.6) if moved else None)


def plot_distinctive_words(table: pd.DataFrame, n_labels: int = 10, title: str | None = None):
    """The classic fightin' words plot: z-score against word frequency, top words labelled.

    ``table``: :func:`analysis.words.distinctive_words` output (``outlet, word, count, z``; ``count``
    is the word's frequency in both sides together; ``count_a`` is the outlet). With two outlets one
    panel shows both (positive z: first outlet; negative: second); with more, one panel per outlet
    (that outlet against all others). The ``n_labels`` words with the highest z per outlet are
    labelled in the outlet's colour. Dashed lines at |z| = 1.96: with short articles few words pass
    them, so read the ranking, not the line.
    """
    outlets = list(dict.fromkeys(table["outlet"])) if "outlet" in table.columns else []
    colours = outlet_colours(outlets)
    default_title = "Words that set each outlet apart (log-odds with informative Dirichlet prior)"
    ylabel = "z-score of the log-odds ratio"
    xlabel = "Word frequency in all coverage (count, log scale)"
    if len(outlets) < 2:
        fig, ax = new_figure(width=8, height=4.5)
        _notice(ax, "Only one outlet: no comparison of words is possible")
        ax.set(title=title or default_title, xlabel=xlabel, ylabel=ylabel)
        return fig
    panels = [outlets[:1]] if len(outlets) == 2 else [[o] for o in outlets]
    ncols = 1 if len(panels) == 1 else min(3, len(panels))
    nrows = math.ceil(len(panels) / ncols)
    fig, axes = new_figure(width=9 if ncols == 1 else 4.2 * ncols, height=5.5 if nrows == 1 else 3.6 * nrows,
                           nrows=nrows, ncols=ncols, squeeze=False)
    flat = axes.ravel()
    for ax, panel in zip(flat, panels):
        outlet = panel[0]
        rows = table[table["outlet"] == outlet]
        if rows.empty:
            _notice(ax, f"{outlet}: no words")
            continue
        ax.scatter(rows["count"], rows["z"], s=8, color="#BBBBBB", alpha=0.6, linewidths=0, zorder=1)
        ax.set_xscale("log")
        low, high = min(float(rows["z"].min()), -Z_LINE), max(float(rows["z"].max()), Z_LINE)
        span = high - low
        ax.set_ylim(low - 0.06 * span, high + 0.06 * span)
        for line in (Z_LINE, -Z_LINE):
            ax.axhline(line, color="#777777", lw=0.8, ls="--", zorder=0)
        ax.axhline(0, color="#999999", lw=0.6, zorder=0)
        top = rows.sort_values("z", ascending=False, kind="mergesort").head(n_labels)
        _label_side(ax, top, colours[outlet], span, downward=True)
        if len(outlets) == 2:
            other = outlets[1]
            bottom = rows.sort_values("z", ascending=True, kind="mergesort").head(n_labels)
            _label_side(ax, bottom, colours[other], span, downward=False)
            ax.set_ylabel(f"{ylabel}\n(above 0: {outlet}; below: {other})")
            ax.set_title(f"{outlet} vs {other}", fontsize=10, fontweight="normal")
        else:
            ax.set_ylabel(ylabel if ncols == 1 or list(flat).index(ax) % ncols == 0 else "z")
            ax.set_title(f"{outlet} vs the rest", fontsize=10, fontweight="normal")
        ax.set_xlabel(xlabel if ax in flat[-ncols:] else "Frequency")
        ax.set_xlim(right=float(rows["count"].max()) * 2.2)
    for ax in flat[len(panels):]:
        ax.set_visible(False)
    fig.suptitle(title or default_title, fontweight="bold")
    fig.tight_layout()
    return fig


def _draw_matrix(ax, matrix: pd.DataFrame, show_rows: bool = True):
    k = len(matrix)
    values = matrix.to_numpy(float)
    cmap = matplotlib.colormaps["Blues"].with_extremes(bad="#EEEEEE")
    image = ax.imshow(np.ma.masked_invalid(values), cmap=cmap, vmin=0, vmax=1, aspect="equal")
    ax.set_xticks(range(k), [str(c) for c in matrix.columns], rotation=35, ha="right")
    ax.set_yticks(range(k), [str(r) for r in matrix.index] if show_rows else [""] * k)
    fontsize = 10 if k <= 6 else 8
    for i in range(k):
        for j in range(k):
            v = values[i, j]
            text = "—" if np.isnan(v) else f"{v:.0%}"
            ax.text(j, i, text, ha="center", va="center", fontsize=fontsize,
                    color="white" if (not np.isnan(v) and v > 0.6) else "#222222")
    ax.spines[:].set_visible(False)
    return image


def plot_reuse_matrix(matrix: pd.DataFrame, n: int = 8, title: str | None = None):
    """Heatmap of containment: row A, column B, cell = share of A's ``n``-word sequences found in B.

    ``matrix``: :func:`analysis.reuse.containment_matrix` output (NaN diagonal, drawn grey).
    Read along a row: a reprint of wire copy has a high cell in the wire's column, while the
    wire's row has a lower cell in the reprint's column.
    """
    k = len(matrix)
    size = max(4.5, min(12, 1.1 * k + 2.5))
    fig, ax = new_figure(width=size + 1.2, height=size)
    default = f"Text reuse between articles\n(share of the row article's {n}-word sequences found in the column article)"
    if k < 2:
        _notice(ax, "Only one article: no reuse to measure")
        ax.set(title=title or default, xlabel="Found in (B)", ylabel="Contained (A)")
        return fig
    image = _draw_matrix(ax, matrix)
    bar = fig.colorbar(image, ax=ax, fraction=0.046, pad=0.04)
    bar.set_label(f"Containment (share of row's {n}-grams)")
    ax.set(title=title or default, xlabel="Found in (B)", ylabel="Contained (A)")
    fig.tight_layout()
    return fig


def plot_reuse_panels(matrices: dict, n: int = 8, title: str | None = None):
    """Containment heatmaps side by side, one per panel title in ``matrices`` (e.g. all words, outside
    quotation marks, inside quotation marks), each from :func:`analysis.reuse.containment_matrix`.

    Row A, column B, cell = share of A's ``n``-word sequences (of that kind) found in B.

    Usage:
        >>> m = pd.DataFrame([[float("nan"), 0.5], [0.1, float("nan")]], index=["A", "B"], columns=["A", "B"])
        >>> fig = plot_reuse_panels({"All words": m, "Outside quotation marks": m * 0})
        >>> [ax.get_title() for ax in fig.axes[:2]]
        ['All words', 'Outside quotation marks']
    """
    panels = list(matrices.items())
    k = max((len(m) for _, m in panels), default=0)
    default = (f"Text reuse between articles: share of the row article's {n}-word sequences "
               f"found in the column article")
    if k < 2 or not panels:
        fig, ax = new_figure(width=7, height=4.5)
        _notice(ax, "Only one article: no reuse to measure")
        ax.set(title=title or default, xlabel="Found in (B)", ylabel="Contained (A)")
        return fig
    size = max(3.6, min(9, 0.9 * k + 2.2))
    fig, axes = new_figure(width=size * len(panels) + 1.6, height=size + 0.6, ncols=len(panels), squeeze=False)
    image = None
    for x, (ax, (name, matrix)) in enumerate(zip(axes[0], panels)):
        image = _draw_matrix(ax, matrix, show_rows=x == 0)
        ax.set_title(str(name), fontsize=10, fontweight="normal")
        ax.set_xlabel("Found in (B)")
        if x == 0:
            ax.set_ylabel("Contained (A)")
        else:
            ax._no_ylabel_ok = True
    bar = fig.colorbar(image, ax=list(axes[0]), fraction=0.025, pad=0.02)
    bar.set_label(f"Containment (share of row's {n}-grams)")
    fig.suptitle(title or default, fontweight="bold")
    return fig


def plot_sourcing(counts: pd.DataFrame, by: str = "role", title: str | None = None):
    """Who gets a voice: one horizontal bar per outlet, split by role (or source class), as shares.

    ``counts``: :func:`analysis.sourcing.role_counts` output (``outlet, <by>, direct, indirect,
    attributions, share``). Each segment is split into direct quotes (solid) and indirect speech
    (hatched); the number of attributions is written after each bar. Categories with no
    attribution in any outlet are left out of the legend.
    """
    colours = ROLE_COLOURS if by == "role" else CLASS_COLOURS
    outlets = list(dict.fromkeys(counts["outlet"])) if len(counts) else []
    fig, ax = new_figure(width=10.5, height=max(2.9, 1.6 + 0.55 * max(1, len(outlets))))
    default = "Who gets a voice: attributions by type of source (direct solid, indirect hatched)"
    xlabel = "Share of the outlet's attributions (one per source per sentence)"
    totals = counts.groupby("outlet", sort=False)["attributions"].sum() if len(counts) else pd.Series(dtype=float)
    if not outlets or totals.sum() == 0:
        _notice(ax, "No attributed speech found")
        ax.set(title=title or default, xlabel=xlabel, ylabel="Outlet")
        return fig
    used = [c for c in dict.fromkeys(counts[by]) if counts.loc[counts[by] == c, "attributions"].sum() > 0]
    extra = [c for c in used if c not in colours]
    palette = dict(colours) | {c: PALETTE[(i + 3) % len(PALETTE)] for i, c in enumerate(extra)}
    y = np.arange(len(outlets))[::-1]
    for yi, outlet in zip(y, outlets):
        rows = counts[counts["outlet"] == outlet].set_index(by)
        total = totals[outlet]
        left = 0.0
        for cat in used:
            if total == 0 or cat not in rows.index:
                continue
            for mode, hatch in (("direct", None), ("indirect", "///")):
                width = rows.loc[cat, mode] / total
                if width <= 0:
                    continue
                ax.barh(yi, width, left=left, color=palette[cat], hatch=hatch, edgecolor="white", linewidth=0.6,
                        height=0.7)
                left += width
        ax.text(1.01, yi, f"n = {int(total)}", va="center", fontsize=9, transform=ax.get_yaxis_transform())
    ax.set_yticks(y, outlets)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    handles = [Patch(facecolor=palette[c], label=str(c)) for c in used]
    handles.append(Patch(facecolor="white", edgecolor="#555555", hatch="///", label="indirect speech"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.08, 1.0), ncol=1, fontsize=8, frameon=False)
    ax.set(title=title or default, xlabel=xlabel, ylabel="Outlet")
    fig.tight_layout()
    return fig
