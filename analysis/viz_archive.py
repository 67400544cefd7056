"""Figures for an archive of many speeches: how outlets differ across all their articles.

Drawing only: the numbers come from :func:`analysis.pipeline.outlet_distributions`
and :func:`analysis.pipeline.outlet_frame_profile`.

Usage:
    >>> import pandas as pd
    >>> d = pd.DataFrame({"outlet": ["A", "B"], "metric": ["tone_compound"] * 2, "n": [5, 7], "mean": [0.1, -0.2],
    ...                   "p5": [-0.3, -0.6], "q1": [0.0, -0.3], "median": [0.1, -0.2], "q3": [0.2, -0.1], "p95": [0.4, 0.1]})
    >>> fig = plot_outlet_distributions(d, {"tone_compound": "Tone"})
    >>> fig.axes[0].get_xlabel()
    'Tone'
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .plots import new_figure, outlet_colours


def plot_outlet_distributions(dist: pd.DataFrame, labels: dict[str, str], title: str | None = None):
    """One panel per metric: per outlet (rows), the spread of article values.

    Box = middle half of the outlet's articles (quartiles), line = median,
    whiskers = 5th to 95th percentile; the number of articles is printed at
    each outlet name. Outlets are sorted by name so every panel lines up.
    """
    metrics = [m for m in labels if m in set(dist["metric"])]
    outlets = sorted(dist["outlet"].unique(), reverse=True)  # reversed: first name at the top
    colours = outlet_colours(sorted(outlets))
    n_counts = dist.groupby("outlet")["n"].max()
    fig, axes = new_figure(width=3.6 * max(1, len(metrics)) + 1.5, height=1.2 + 0.42 * max(2, len(outlets)),
                           ncols=max(1, len(metrics)), sharey=True, squeeze=False)
    axes = axes[0]
    for ax, metric in zip(axes, metrics):
        d = dist[dist["metric"] == metric].set_index("outlet")
        stats = []
        for o in outlets:
            if o not in d.index:
                stats.append({"med": np.nan, "q1": np.nan, "q3": np.nan, "whislo": np.nan, "whishi": np.nan,
                              "fliers": [], "label": o})
                continue
            r = d.loc[o]
            stats.append({"med": r["median"], "q1": r["q1"], "q3": r["q3"], "whislo": r["p5"], "whishi": r["p95"],
                          "fliers": [], "label": o})
        parts = ax.bxp(stats, orientation="horizontal", showfliers=False, patch_artist=True, widths=0.6,
                       medianprops={"color": "#000000", "linewidth": 1.5})
        for patch, o in zip(parts["boxes"], outlets):
            patch.set_facecolor(colours[o])
            patch.set_alpha(0.75)
        ax.set_xlabel(labels[metric])
        ax.grid(axis="x", color="#DDDDDD", linewidth=0.6)
        ax.set_axisbelow(True)
    axes[0].set_yticks(range(1, len(outlets) + 1))
    axes[0].set_yticklabels([f"{o} (n={int(n_counts.get(o, 0))})" for o in outlets])
    axes[0].set_ylabel("Outlet")
    for ax in axes[1:]:
        ax._no_ylabel_ok = True
    fig.suptitle(title or "How outlets differ across all their articles "
                          "(box: middle half of articles, line: median, whiskers: 5th-95th percentile)")
    fig.tight_layout()
    return fig


def plot_frame_profile(profile: pd.DataFrame, labels: dict[str, str] | None = None, title: str | None = None):
    """Heat map of the mean frame score (0-1) per outlet (rows) and frame (columns), values printed in cells.

    The colour scale is fixed at 0-1 (the range of a frame score), so colours mean the same in
    every archive and in notebook 05's event-level profile.

    ``profile``: :func:`analysis.pipeline.outlet_frame_profile` output (columns ``n`` and ``frame_*``).
    """
    cols = [c for c in profile.columns if c.startswith("frame_")]
    values = profile[cols].to_numpy(dtype=float)
    names = [(labels or {}).get(c, c.removeprefix("frame_").replace("_", " ")) for c in cols]
    fig, ax = new_figure(width=1.6 + 1.5 * max(1, len(cols)), height=1.6 + 0.45 * max(2, len(profile)))
    im = ax.imshow(values, cmap="Blues", vmin=0, vmax=1, aspect="auto")  # fixed 0-1 scale, as in notebook 05
    ax.set_xticks(range(len(cols)))
    ax.set_xticklabels(names, rotation=20, ha="right")
    ax.set_yticks(range(len(profile)))
    ax.set_yticklabels([f"{o} (n={int(n)})" for o, n in zip(profile.index, profile["n"])])
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            v = values[i, j]
            ax.text(j, i, "" if np.isnan(v) else f"{v:.2f}", ha="center", va="center", fontsize=9,
                    color="white" if v > 0.6 else "black")
    ax.set_xlabel("Generic news frame (Semetko & Valkenburg 2000)")
    ax.set_ylabel("Outlet")
    ax.spines[["left", "bottom"]].set_visible(False)
    cbar = fig.colorbar(im, ax=ax, fraction=0.04, pad=0.02)
    cbar.set_label("Mean frame score (share of the frame's items present)")
    ax.set_title(title or "Frame profile of each outlet across the archive")
    fig.tight_layout()
    return fig
