"""Grouped bars: unreliable rows are de-emphasised, carry no interval and do not set the scale."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis import viz_archive as va
from analysis.plots import check_labels
from analysis.viz_readability import grouped_bars, plot_readability_bars
from analysis.viz_tone import plot_tone_bars


def whiskers(ax) -> int:
    return sum(type(c).__name__ == "ErrorbarContainer" for c in ax.containers)


@pytest.mark.parametrize("n", [1, 10])
def test_short_headline_does_not_set_the_scale(n):
    # five-paper coverage of a court ruling: a two-sentence headline at grade 19 next to bodies at 9-12
    rows = []
    for i in range(n):
        rows.append({"outlet": f"Paper {i}", "section_group": "headline", "estimate": 19.3, "low": 15.0, "high": 23.0,
                     "reliable": False})
        rows.append({"outlet": f"Paper {i}", "section_group": "body", "estimate": 9.0 + i * 0.3, "low": 8.0 + i * 0.3,
                     "high": 12.0 + i * 0.3, "reliable": True})
    fig = plot_readability_bars(pd.DataFrame(rows), "flesch_kincaid_grade")
    ax = fig.axes[0]
    assert check_labels(fig) == []
    assert ax.get_ylim()[1] < 16.0                    # bodies (intervals up to 14.7 with ten papers, plus 8% room)
    assert whiskers(ax) == n                          # only the bodies carry intervals
    labels = [t.get_text() for t in ax.texts]
    assert labels.count("↑ 19.3") == n                # the cut bar carries its value
    assert any("too little text" in t.get_text() for t in ax.get_legend().get_texts())


def test_tone_bars_withhold_intervals_below_three_sentences():
    summary = pd.DataFrame({"outlet": ["Herald"] * 2, "section_group": ["headline", "body"], "voice": ["all"] * 2,
                            "n": [2, 30], "mean": [-0.9, -0.1], "low": [-0.95, -0.2], "high": [-0.85, 0.0]})
    ax = plot_tone_bars(summary).axes[0]
    assert whiskers(ax) == 1
    assert ax.get_ylim()[0] > -0.9                    # scale set by the 30-sentence body
    assert [t.get_text() for t in ax.texts] == ["↓ -0.90"]


def test_all_unreliable_still_draws_on_their_own_scale():
    t = pd.DataFrame({"g": ["x"], "h": ["A"], "estimate": [5.0], "low": [4.0], "high": [6.0], "ok": [False]})
    ax = grouped_bars(t, "g", "h", flag="ok", title="T", xlabel="G", ylabel="V").axes[0]
    assert ax.get_ylim()[1] >= 5.0 and whiskers(ax) == 0


def test_frame_heatmap_scale_is_fixed_zero_to_one():
    profile = pd.DataFrame({"n": [40, 12], "frame_conflict": [0.73, 0.5], "frame_morality": [0.1, 0.2]},
                           index=pd.Index(["Herald", "Post"], name="outlet"))
    fig = va.plot_frame_profile(profile)
    image = fig.axes[0].get_images()[0]
    assert image.get_clim() == (0.0, 1.0)
