"""Figures for naming and generic frames.

Drawing only: every number comes from :mod:`analysis.naming` and :mod:`analysis.framing`
tables. Each function returns a matplotlib figure with a title and labelled axes (ready for
:func:`analysis.plots.save_figure`) and stays readable from one outlet to ten: outlets run
down the y axis and the figure grows with them.

Usage:
    >>> import pandas as pd
    >>> prof = pd.DataFrame({"outlet": ["A", "A"], "frame": ["conflict", "morality"], "score": [0.5, 1.0],
    ...                      "items": ["C1 C4", "M1 M2 M3"]})
    >>> fig = plot_frame_heatmap(prof)
    >>> fig.axes[0].get_xlabel()
    'Generic frame (Semetko & Valkenburg 2000)'
"""
from __future__ import annotations

import matplotlib
import numpy as np
import pandas as pd

from .framing import FRAMES
from .plots import new_figure



def label_colours(labels: list[str]) -> dict[str, str]:
    """A neutral sequential grey scale for labels, darkest for the most frequent (the outlet colours of
    the other figures stay reserved for outlets, so a label is never mistaken for an outlet).

    Usage:
        >>> label_colours(["Isis", "IS"])
        {'Isis': '#262626', 'IS': '#dedede'}
    """
    n = len(labels)
    out = {}
    for i, lab in enumerate(labels):
        level = 38 if n == 1 else round(38 + (222 - 38) * i / (n - 1))
        out[lab] = f"#{level:02x}{level:02x}{level:02x}"
    return out


def _text_colour(colour: str) -> str:
    return "white" if int(colour[1:3], 16) < 128 else "#111111"


def _notice(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=11, color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])


def _wrap(text: str, width: int = 14) -> str:
    words, lines, line = str(text).split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return "\n".join(lines + [line])


def plot_naming_shares(table: pd.DataFrame, actors: list[str] | None = None, title: str | None = None):
    """Stacked bars: for each actor, the share of each label in each outlet's own voice.

    ``table``: :func:`analysis.naming.naming_table` output (``outlet, actor, label, n, share``).
    One panel per actor, one bar per outlet; the number of mentions is written after each bar
    and a label put in scare quotes by an outlet is hatched (when ``n_scare_quoted`` is given).
    Labels are drawn in a grey scale (:func:`label_colours`), darkest for the actor's most
    frequent label, so that no label takes an outlet's colour.
    """
    outlets = list(dict.fromkeys(table["outlet"])) if len(table) else []
    actors = actors or list(dict.fromkeys(table["actor"])) if len(table) else []
    default = "What each outlet calls the actors: share of labels (outlet's own voice)"
    if not outlets or not actors or table["n"].sum() == 0:
        fig, ax = new_figure(width=8, height=3)
        _notice(ax, "No label of the lexicon found\n(an event can add its actors in lexicon.toml)")
        ax.set(title=title or default, xlabel="Share of mentions", ylabel="Outlet")
        return fig
    ncols = len(actors)
    fig, axes = new_figure(width=max(8, 4.3 * ncols), height=2.6 + 0.45 * len(outlets), ncols=ncols,
                           squeeze=False, sharey=True)
    y = np.arange(len(outlets))[::-1]
    for k, (ax, actor) in enumerate(zip(axes[0], actors)):
        rows = table[(table["actor"] == actor) & (table["n"] > 0)]
        order = rows.groupby("label", sort=False)["n"].sum().sort_values(ascending=False, kind="stable").index
        colours = label_colours(list(order))
        for yi, outlet in zip(y, outlets):
            r = rows[rows["outlet"] == outlet].set_index("label")
            left = 0.0
            for lab in order:
                if lab not in r.index:
                    continue
                share = float(r.loc[lab, "share"])
                scare = "n_scare_quoted" in r.columns and r.loc[lab, "n_scare_quoted"] > 0
                ax.barh(yi, share, left=left, color=colours[lab], edgecolor="white", linewidth=0.6, height=0.7,
                        hatch="xx" if scare else None)
                if share >= 0.12:
                    ax.text(left + share / 2, yi, _wrap(lab, 12), ha="center", va="center", fontsize=7,
                            color=_text_colour(colours[lab]))
                left += share
            total = int(r["n"].sum()) if len(r) else 0
            ax.text(1.02, yi, f"n = {total}", va="center", fontsize=8, transform=ax.get_yaxis_transform())
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.set_title(actor, fontsize=10, fontweight="normal")
        ax.set_xlabel("Share of the outlet's mentions")
        if k == 0:
            ax.set_yticks(y, outlets)
            ax.set_ylabel("Outlet")
        else:
            ax._no_ylabel_ok = True
        from matplotlib.patches import Patch

        handles = [Patch(facecolor=colours[lab], label=lab) for lab in order]
        if "n_scare_quoted" in rows.columns and (rows["n_scare_quoted"] > 0).any():
            handles.append(Patch(facecolor="white", edgecolor="#555555", hatch="xx", label="in scare quotes"))
        ax_height = fig.get_figheight() - 1.6
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.8 / ax_height), ncol=2, fontsize=8)
    fig.suptitle(title or default, fontweight="bold")
    fig.tight_layout()
    return fig


def plot_frame_heatmap(profile: pd.DataFrame, title: str | None = None, value: str = "score",
                       cmap: str = "Blues", vmin: float = 0.0, center: float | None = None,
                       colorbar_label: str | None = None):
    """Heatmap outlet x frame of frame scores (0 to 1), each cell annotated with its score and the
    items that fired (``items``), so every cell points to its evidence.

    ``profile``: :func:`analysis.framing.frame_profile` output (``outlet, frame, score, items``), or
    any table with ``outlet, frame`` and a ``value`` column (e.g. ``difference`` from
    :func:`analysis.framing.headline_vs_body`, drawn with ``cmap="RdBu_r", vmin=-1, center=0``).
    """
    outlets = list(dict.fromkeys(profile["outlet"])) if len(profile) else []
    frames = [f for f in FRAMES if f in set(profile["frame"])] if len(profile) else list(FRAMES)
    fig, ax = new_figure(width=9, height=1.8 + 0.55 * max(1, len(outlets)))
    default = "Generic frames by outlet (mean of the frame's yes/no items)"
    xlabel, ylabel = "Generic frame (Semetko & Valkenburg 2000)", "Outlet"
    if not outlets:
        _notice(ax, "No article to score")
        ax.set(title=title or default, xlabel=xlabel, ylabel=ylabel)
        return fig
    wide = profile.pivot_table(index="outlet", columns="frame", values=value, aggfunc="first", sort=False)
    wide = wide.reindex(index=outlets, columns=frames)
    values = wide.to_numpy(float)
    vmax = 1.0
    colormap = matplotlib.colormaps[cmap].with_extremes(bad="#EEEEEE")
    norm = (matplotlib.colors.TwoSlopeNorm(vcenter=center, vmin=vmin, vmax=vmax) if center is not None
            else matplotlib.colors.Normalize(vmin=vmin, vmax=vmax))
    image = ax.imshow(np.ma.masked_invalid(values), cmap=colormap, norm=norm, aspect="auto")
    items = (profile.pivot_table(index="outlet", columns="frame", values="items", aggfunc="first", sort=False)
             .reindex(index=outlets, columns=frames) if "items" in profile.columns else None)
    for i in range(len(outlets)):
        for j in range(len(frames)):
            v = values[i, j]
            label = "n/a" if np.isnan(v) else (f"{v:+.2f}" if center is not None else f"{v:.2f}")
            if items is not None and isinstance(items.iat[i, j], str) and items.iat[i, j]:
                label += "\n" + items.iat[i, j]
            dark = not np.isnan(v) and abs(norm(v) - (0.5 if center is not None else 0)) > 0.35
            ax.text(j, i, label, ha="center", va="center", fontsize=8 if len(outlets) <= 6 else 7,
                    color="white" if dark else "#222222")
    ax.set_xticks(range(len(frames)), [_wrap(f, 13) for f in frames])
    ax.set_yticks(range(len(outlets)), outlets)
    ax.spines[:].set_visible(False)
    bar = fig.colorbar(image, ax=ax, fraction=0.035, pad=0.02)
    bar.set_label(colorbar_label or ("Frame score" if value == "score" else value.replace("_", " ").capitalize()))
    ax.set(title=title or default, xlabel=xlabel, ylabel=ylabel)
    fig.tight_layout()
    return fig
