"""Figures for tone: mean sentence tone with intervals, voices, the arc along the article, headlines.

Drawing only: every number comes from :mod:`analysis.tone` tables.

Usage:
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A"] * 3, "position": [0.0, 0.5, 1.0], "compound": [-0.5, 0.0, 0.4],
    ...                   "section": ["headline", "lead", "body"], "voice": ["all"] * 3})
    >>> fig = plot_tone_arc(t)
    >>> fig.axes[-1].get_xlabel()
    'Position in the article (0 = headline, 1 = last sentence)'
"""
from __future__ import annotations

import pandas as pd
from matplotlib.lines import Line2D

from .plots import new_figure, outlet_colours
from .readability import MIN_SENTENCES, SECTION_GROUPS
from .viz_readability import SECTION_LABELS, VOICE_COLOURS, VOICE_LABELS, grouped_bars

TONE_LABEL = "Mean sentence tone (VADER compound, -1 to +1)"
FEW_SENTENCES = f"fewer than {MIN_SENTENCES} sentences: value printed, no interval, not to scale"
NEG_COLOUR, POS_COLOUR, NEUTRAL_COLOUR = "#D55E00", "#0072B2", "#BBBBBB"


def plot_tone_bars(summary: pd.DataFrame, voice: str = "all", title: str | None = None):
    """Mean sentence tone per section group (x) and outlet (bars) with bootstrap intervals.

    ``summary``: :func:`analysis.tone.tone_summary` output (``outlet, section_group, voice, n, mean, low, high``).
    Groups of fewer than :data:`analysis.readability.MIN_SENTENCES` sentences are pale and hatched,
    without an interval, and do not set the scale.
    """
    t = summary[summary["voice"] == voice].assign(enough=lambda d: d["n"] >= MIN_SENTENCES)
    return grouped_bars(t, x="section_group", hue="outlet", value="mean", x_order=list(SECTION_GROUPS),
                        x_labels=SECTION_LABELS, flag="enough", zero_line=True, flag_label=FEW_SENTENCES,
                        title=title or "Tone by outlet and section (mean of sentence scores, 95% bootstrap intervals)",
                        xlabel="Section of the article", ylabel=TONE_LABEL)


def plot_tone_voices(summary: pd.DataFrame, section_group: str = "article", title: str | None = None):
    """Mean sentence tone per outlet (x) and voice (bars: narrative, quoted, speech) with intervals."""
    voices = ["narrative", "quoted", "speech"]
    t = summary[(summary["section_group"] == section_group) & summary["voice"].isin(voices)]
    t = t.assign(enough=lambda d: d["n"] >= MIN_SENTENCES)
    return grouped_bars(t, x="outlet", hue="voice", value="mean", hue_order=voices, colours=VOICE_COLOURS,
                        hue_labels=VOICE_LABELS, flag="enough", zero_line=True, flag_label=FEW_SENTENCES,
                        title=title or "Tone of the journalist's words vs quoted words (95% bootstrap intervals)",
                        xlabel="Outlet", ylabel=TONE_LABEL)


def plot_tone_arc(tone: pd.DataFrame, title: str | None = None):
    """Sentence tone along each article: one panel per outlet, one bar per sentence.

    ``tone``: :func:`analysis.tone.tone_table` rows with ``voice == "all"`` (others are ignored).
    Bars are blue above +0.05, orange below -0.05, grey between; headline sentences are outlined.
    """
    t = tone[tone["voice"] == "all"]
    outlets = list(dict.fromkeys(t["outlet"]))
    n = max(1, len(outlets))
    fig, axes = new_figure(width=9, height=1.0 + 1.35 * n, nrows=n, ncols=1, sharex=True, sharey=True, squeeze=False)
    axes = axes[:, 0]
    for ax, outlet in zip(axes, outlets):
        g = t[t["outlet"] == outlet]
        width = 0.8 / max(1, len(g) - 1) if len(g) > 1 else 0.05
        colours = [POS_COLOUR if c >= 0.05 else NEG_COLOUR if c <= -0.05 else NEUTRAL_COLOUR for c in g["compound"]]
        edges = ["#000000" if s in ("headline", "standfirst") else "none" for s in g["section"]]
        ax.bar(g["position"], g["compound"], width=width, color=colours, edgecolor=edges, linewidth=1.0)
        ax.axhline(0, color="#444444", linewidth=0.6)
        ax.set_ylim(-1.05, 1.05)
        ax.set_ylabel("Compound", fontsize=8)
        ax.text(0.0, 1.02, f"{outlet} ({len(g)} sentences)", transform=ax.transAxes, fontsize=9, va="bottom")
    axes[-1].set_xlabel("Position in the article (0 = headline, 1 = last sentence)")
    fig.suptitle(title or "Tone sentence by sentence (blue positive, orange negative; outlined = headline)")
    fig.tight_layout()
    return fig


def plot_headline_tone(headlines: pd.DataFrame, title: str | None = None):
    """Mean tone of headline + standfirst next to that of lead + body, one row per article (dot plot).

    ``headlines``: :func:`analysis.tone.headline_tone` output.
    """
    h = headlines.reset_index(drop=True)
    fig, ax = new_figure(width=9, height=1.6 + 0.45 * max(1, len(h)))
    y = range(len(h))
    colours = outlet_colours(list(dict.fromkeys(h["outlet"])))
    for i, row in h.iterrows():
        ax.plot([row["body_compound"], row["headline_compound"]], [i, i], color="#BBBBBB", zorder=1)
    ax.scatter(h["body_compound"], list(y), marker="o", facecolor="white",
               edgecolor=[colours[o] for o in h["outlet"]], s=60, zorder=2, label="lead + body (mean)")
    ax.scatter(h["headline_compound"], list(y), marker="D", color=[colours[o] for o in h["outlet"]], s=60, zorder=3,
               label="headline + standfirst (mean)")
    ax.axvline(0, color="#444444", linewidth=0.6)
    ax.set_yticks(list(y))
    ax.set_yticklabels(h["outlet"].tolist())
    ax.set_xlim(-1.05, 1.05)
    ax.invert_yaxis()
    handles = [Line2D([], [], marker="D", color="#555555", linestyle="none", label="headline + standfirst (mean)"),
               Line2D([], [], marker="o", markerfacecolor="white", markeredgecolor="#555555", linestyle="none",
                      label="lead + body (mean)")]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=9)
    ax.set(title=title or "Tone of headline + standfirst vs lead + body (means of sentence scores)",
           xlabel="VADER compound (-1 to +1)", ylabel="Outlet")
    fig.tight_layout()
    return fig


def plot_spelling_effect(effect: pd.DataFrame, title: str | None = None):
    """Change in compound per sentence when spelling is normalised (one bar per changed sentence).

    ``effect``: :func:`analysis.tone.spelling_effect` output (``outlet, text, change``).
    """
    e = effect.reset_index(drop=True)
    fig, ax = new_figure(width=8, height=1.5 + 0.35 * max(1, len(e)))
    colours = outlet_colours(list(dict.fromkeys(e["outlet"])))
    labels = [f"{o}: " + (t if len(t) <= 55 else t[:52] + "...") for o, t in zip(e["outlet"], e["text"].astype(str))]
    ax.barh(range(len(e)), e["change"], color=[colours[o] for o in e["outlet"]])
    ax.set_yticks(range(len(e)))
    ax.set_yticklabels(labels, fontsize=8)
    ax.invert_yaxis()
    ax.axvline(0, color="#444444", linewidth=0.6)
    if len(e) == 0:
        ax.text(0.5, 0.5, "no sentence changes", transform=ax.transAxes, ha="center")
    ax.set(title=title or "Effect of normalising spelling on sentence tone",
           xlabel="Change in compound (normalised minus as printed)", ylabel="Sentence")
    fig.tight_layout()
    return fig


__all__ = ["plot_tone_bars", "plot_tone_voices", "plot_tone_arc", "plot_headline_tone", "plot_spelling_effect",
           "VOICE_LABELS", "TONE_LABEL"]
