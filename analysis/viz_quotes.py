"""Figures for quote selection: passage-by-outlet matrix, voices, quote positions, match scores.

Each function takes a table computed elsewhere (:mod:`analysis.align`,
:mod:`analysis.selection`) and only draws it.

Usage:
    >>> import pandas as pd
    >>> m = pd.DataFrame({"A": [1, 0], "B": [2, 1]}, index=pd.Index(["P01", "P02"], name="passage"))
    >>> fig = plot_passage_matrix(m, {"P01": "We will win", "P02": "Never retreat"})
    >>> fig.axes[0].get_title()
    'Which passages of the speech each outlet quoted'
"""
from __future__ import annotations

import textwrap

import pandas as pd

from .plots import PALETTE, new_figure, outlet_colours
from .audit import shorten

TYPE_COLOURS = dict(zip(["named person", "anonymous", "organisation", "unattributed"],
                        [PALETTE[0], PALETTE[1], PALETTE[2], PALETTE[8]]))


def plot_passage_matrix(matrix: pd.DataFrame, labels: dict | None = None, max_label: int = 60):
    """Dots where an outlet quoted a passage (size = number of quotes); rows in speech order.

    ``matrix`` is :func:`analysis.align.passage_matrix` output; ``labels`` maps passage
    ids to a short wording shown beside the id.
    """
    labels = labels or {}
    n_rows, n_cols = max(1, len(matrix)), max(1, len(matrix.columns))
    fig, ax = new_figure(width=max(8.0, 6.0 + 1.1 * n_cols), height=max(2.5, 0.9 + 0.38 * n_rows))
    colours = outlet_colours(matrix.columns)
    for x, outlet in enumerate(matrix.columns):
        for y, pid in enumerate(matrix.index):
            n = int(matrix.loc[pid, outlet])
            if n:
                ax.scatter(x, y, s=70 + 50 * (n - 1), color=colours[outlet], zorder=3)
                if n > 1:
                    ax.annotate(str(n), (x, y), xytext=(7, 4), textcoords="offset points", fontsize=8)
    ax.set_xticks(range(len(matrix.columns)))
    ax.set_xticklabels([textwrap.fill(shorten(c, 40), 14) for c in matrix.columns], fontsize=9,
                       rotation=30 if n_cols > 5 else 0, ha="right" if n_cols > 5 else "center")
    ax.set_yticks(range(len(matrix.index)))
    ax.set_yticklabels([f"{p}  {shorten(labels.get(p, ''), max_label)}".strip() for p in matrix.index], fontsize=8)
    ax.set_xlim(-0.6, len(matrix.columns) - 0.4)
    ax.set_ylim(len(matrix.index) - 0.5 if len(matrix.index) else 0.5, -0.5)
    ax.grid(True, color="#eeeeee", zorder=0)
    ax.set(title="Which passages of the speech each outlet quoted", xlabel="Outlet",
           ylabel="Passage (in order of first appearance)")
    if matrix.empty:
        ax.text(0.5, 0.5, "no speech quotes found", transform=ax.transAxes, ha="center", va="center")
    fig.tight_layout()
    return fig


def plot_voices(voices: pd.DataFrame):
    """Stacked horizontal bars: distinct voices per outlet by speaker type.

    ``voices`` is :func:`analysis.selection.voices_table` output.
    """
    wide = voices.pivot_table(index="outlet", columns="speaker_type", values="voices", aggfunc="sum",
                              sort=False).fillna(0)
    fig, ax = new_figure(width=8.5, height=max(2.2, 0.8 + 0.45 * len(wide)))
    left = pd.Series(0.0, index=wide.index)
    for t, colour in TYPE_COLOURS.items():
        if t in wide.columns:
            ax.barh([shorten(o, 28) for o in wide.index], wide[t], left=left, color=colour, label=t)
            left = left + wide[t]
    ax.invert_yaxis()
    ax.set(title="Voices per outlet: distinct speakers by type", xlabel="Distinct speakers (direct or indirect speech)",
           ylabel="Outlet")
    ax.legend(title="Speaker type", loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    fig.tight_layout()
    return fig


def _stack_offsets(xs: list[float], width: float = 0.015, step: float = 0.16) -> list[float]:
    """Vertical offsets that spread points lying within ``width`` of each other along x.

    Deterministic (no random jitter): a run of k touching points gets offsets
    ``step * (i - (k - 1) / 2)``, in order of x then input order, so two quotes in one
    paragraph show as two dots, one above the other.
    """
    order = sorted(range(len(xs)), key=lambda i: (xs[i], i))
    offsets = [0.0] * len(xs)
    run: list[int] = []

    def flush():
        for n, i in enumerate(run):
            offsets[i] = step * (n - (len(run) - 1) / 2)

    for i in order:
        if run and xs[i] - xs[run[-1]] > width:
            flush()
            run = []
        run.append(i)
    flush()
    return offsets


def plot_positions(positions: pd.DataFrame):
    """Where quotes sit along each article (0 = top, 1 = end); speech quotes filled, others hollow.

    ``positions`` is :func:`analysis.selection.quote_positions` output. Quotes at the same
    position (two quotes in one paragraph) are stacked a little above and below their
    outlet's line, so none hides another.
    """
    outlets = list(pd.unique(positions["outlet"]))
    fig, ax = new_figure(width=7.5, height=max(2.2, 0.9 + 0.6 * len(outlets)))
    colours = outlet_colours(outlets)
    for y, outlet in enumerate(outlets):
        part = positions[(positions["outlet"] == outlet) & positions["position"].notna()]
        xs = [float(v) for v in part["position"]]
        ys = [y + d for d in _stack_offsets(xs)]
        speech = part["from_speech"].fillna(False).astype(bool).tolist()
        for x, yy, is_speech in zip(xs, ys, speech):
            if is_speech:
                ax.scatter(x, yy, color=colours[outlet], s=45, zorder=3)
            else:
                ax.scatter(x, yy, facecolors="white", edgecolors=colours[outlet], linewidths=1.5, s=45, zorder=3)
    ax.scatter([], [], color="#555555", s=45, label="from the speech")
    ax.scatter([], [], facecolors="white", edgecolors="#555555", linewidths=1.5, s=45, label="other voices")
    ax.set_yticks(range(len(outlets)))
    ax.set_yticklabels([shorten(o, 28) for o in outlets])
    ax.set_xlim(-0.03, 1.03)
    ax.set_ylim(len(outlets) - 0.5, -0.5)
    ax.set(title="Position of quotes along the article", xlabel="Paragraph position (0 = headline, 1 = last paragraph)",
           ylabel="Outlet")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8,
              title="Quotes at one position\nare stacked", title_fontsize=8)
    fig.tight_layout()
    return fig


def plot_match_scores(scores: pd.DataFrame, threshold: float, fragment_threshold: float):
    """Each joined quote's match score against the threshold its method used, with the runner-up.

    ``scores`` has ``label, method, score, runner_up`` (e.g. from
    :func:`analysis.align.align_quotes` with a label column). Points close to the dashed
    line are the borderline decisions to read by hand.
    """
    s = scores.reset_index(drop=True)
    fig, ax = new_figure(width=10, height=max(2.4, 0.9 + 0.32 * len(s)))
    for y, r in s.iterrows():
        limit = threshold if r["method"] == "pair" else fragment_threshold
        colour = PALETTE[0] if r["method"] == "pair" else PALETTE[1]
        if pd.notna(r["score"]):
            ax.scatter(r["score"], y, color=colour, s=40, zorder=3)
        if pd.notna(r["runner_up"]):
            ax.scatter(r["runner_up"], y, marker="x", color="#777777", s=30, zorder=3)
        ax.plot([limit, limit], [y - 0.4, y + 0.4], color="#333333", linestyle="--", linewidth=1)
    ax.set_yticks(range(len(s)))
    ax.set_yticklabels([shorten(t, 55) for t in s["label"]], fontsize=8)
    ax.set_ylim(len(s) - 0.5 if len(s) else 0.5, -0.5)
    ax.set_xlim(0, 1.05)
    ax.scatter([], [], color=PALETTE[0], label="pair score (full quotes)")
    ax.scatter([], [], color=PALETTE[1], label="fragment score")
    ax.scatter([], [], marker="x", color="#777777", label="best score to another passage")
    ax.plot([], [], color="#333333", linestyle="--", label="threshold")
    ax.set(title="How sure is each match? Scores of quotes joined to a passage", xlabel="Score (0-1)",
           ylabel="Quote (outlet: wording)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    fig.tight_layout()
    return fig
