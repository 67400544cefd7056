"""Distinctive words: reference vectors, G², tokeniser, priors, the event helper."""
from __future__ import annotations

import json
import math
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import words
from analysis.words import (distinctive_words, dunning_g2, fightin_words, load_background, token_spans,
                            tokenize, top_words)

REFERENCE = json.loads((Path(__file__).parent / "data" / "fightin_words_vectors.json").read_text())
PRIORS = {
    "uniform_alpha_0.01": dict(prior=0.01),
    "informative_alpha0_10": dict(prior=dict(zip(REFERENCE["vocab"], REFERENCE["background"])), alpha0=10),
    "informative_raw_background_counts": dict(prior=dict(zip(REFERENCE["vocab"], REFERENCE["background"]))),
}


def _reference_counts():
    a = dict(zip(REFERENCE["vocab"], REFERENCE["y_i"]))
    b = dict(zip(REFERENCE["vocab"], REFERENCE["y_j"]))
    return a, b


@pytest.mark.parametrize("case", sorted(PRIORS))
@pytest.mark.parametrize("variance,key", [("monroe", "z_monroe2"), ("scattertext", "z_scattertext4")])
def test_matches_reference_vectors(case, variance, key):
    a, b = _reference_counts()
    table = fightin_words(a, b, variance=variance, **PRIORS[case]).set_index("word").loc[REFERENCE["vocab"]]
    expected = REFERENCE["cases"][case]
    np.testing.assert_allclose(table["delta"].to_numpy(), expected["delta"], atol=1e-6, rtol=0)
    np.testing.assert_allclose(table["z"].to_numpy(), expected[key], atol=1e-6, rtol=0)
    assert set(table["variance"]) == {variance}
    if "alpha_w" in expected:
        np.testing.assert_allclose(table["alpha"].to_numpy(), expected["alpha_w"], atol=1e-8, rtol=0)


def test_reference_counts_are_reported():
    a, b = _reference_counts()
    table = fightin_words(a, b, prior=0.01).set_index("word")
    assert table.loc["isis", "count_a"] == 6 and table.loc["isis", "count_b"] == 0
    assert table.loc["recording", "count"] == 3
    # a word absent from A (recording: 0 vs 3) leans to B
    assert table.loc["recording", "z"] < 0 < table.loc["isis", "z"]


def test_sorted_by_z_and_swapping_negates():
    a, b = _reference_counts()
    ab = fightin_words(a, b, prior=0.01)
    ba = fightin_words(b, a, prior=0.01).set_index("word")
    assert ab["z"].is_monotonic_decreasing
    for row in ab.itertuples():
        assert ba.loc[row.word, "z"] == pytest.approx(-row.z, abs=1e-12)


def test_g2_by_hand():
    # 2x2 table: word 10 vs 0 in two texts of 20 tokens; expected counts 5, 5, 15, 15
    expected = 2 * (10 * math.log(10 / 5) + 10 * math.log(10 / 15) + 20 * math.log(20 / 15))
    g2, p = dunning_g2([10], [0], [20], [20])
    assert g2[0] == pytest.approx(expected, rel=1e-12)
    assert p[0] == pytest.approx(math.erfc(math.sqrt(expected / 2)), rel=1e-12)
    assert p[0] < 0.001
    # equal rates: no evidence at all
    g2, p = dunning_g2([3, 0], [6, 0], [100, 100], [200, 200])
    assert g2.tolist() == [0.0, 0.0] and p.tolist() == [1.0, 1.0]


def test_pooled_prior_is_the_pooled_counts():
    a = Counter({"goal": 5, "penalty": 1, "the": 10})
    b = Counter({"goal": 1, "referee": 4, "the": 10})
    table = fightin_words(a, b).set_index("word")  # prior=None: pooled corpus
    assert table.loc["goal", "alpha"] == pytest.approx(6)
    assert table.loc["referee", "alpha"] == pytest.approx(4)
    halved = fightin_words(a, b, prior="pooled", alpha0=15.5).set_index("word")
    assert halved.loc["goal", "alpha"] == pytest.approx(3)


def test_sports_reports_rank_their_own_words_first():
    # two match reports of the same game: one about the goals, the other about the referee
    a = ("United scored a late goal. The goal came after a corner. A second goal sealed it. "
         "The manager said the goal was deserved.")
    b = ("The referee sent off two players. The referee ignored a penalty. Fans booed the referee. "
         "The manager said the referee was poor.")
    table = fightin_words(a, b)  # pooled prior: a uniform 0.01 lets "a" (3 vs 1) outrank "goal" (4 vs 0)
    assert table["word"].iloc[0] == "goal"
    assert table["word"].iloc[-1] == "referee"
    shared = table.set_index("word").loc["manager"]
    assert abs(shared["z"]) < abs(table["z"].iloc[0])


def test_background_prior_uses_shipped_list():
    bg = load_background()
    assert len(bg) > 15000
    assert bg["the"] > bg["government"] > bg["referendum"] > 0
    a = {"the": 20, "referendum": 3}
    b = {"the": 20, "zzqx": 3}  # not in the list: gets the rarest listed frequency
    table = fightin_words(a, b, prior="background", alpha0=100).set_index("word")
    assert table["alpha"].sum() == pytest.approx(100)
    assert table.loc["zzqx", "alpha"] == pytest.approx(100 * bg.min() / (bg["the"] + bg["referendum"] + bg.min()))


def test_background_file_is_tokenised_like_the_counts():
    bg = load_background()
    assert bg.index.is_unique
    sample = list(bg.index[:2000])
    assert all(tokenize(w) == [w] for w in sample)
    assert "u.s" in bg.index and "women's" not in bg.index


def test_tokeniser_rules():
    assert tokenize("Baghdadi\u2019s speech, the caliph\u2018s men") == ["baghdadi", "speech", "the", "caliph", "men"]
    assert tokenize("Shi'ite militias don\u2019t retreat") == ["shi'ite", "militias", "don't", "retreat"]
    assert tokenize("U.S.-led strikes cost $35 billion; 3,000 to 5,000 fighters") == [
        "u.s", "led", "strikes", "cost", "35", "billion", "3,000", "to", "5,000", "fighters"]
    assert tokenize("") == [] and tokenize("— … ★ !!") == []
    assert tokenize(None) == []
    text = "Le président a dit: «Non.»"
    for tok, start, end in token_spans(text):
        assert text[start:end].lower() == tok


def test_bad_input_is_named():
    with pytest.raises(ValueError, match="variance"):
        fightin_words({"a": 1}, {"a": 2}, variance="three")
    with pytest.raises(ValueError, match="prior"):
        fightin_words({"a": 1}, {"a": 2}, prior="flat")
    with pytest.raises(ValueError, match="positive"):
        fightin_words({"a": 1}, {"a": 2}, prior=0)
    with pytest.raises(ValueError, match="count of 'a'"):
        fightin_words({"a": -1}, {"a": 2})
    empty = fightin_words({}, {"a": 2})
    assert empty.empty and list(empty.columns) == words.RESULT_COLUMNS


def test_min_count_filters_rows_not_totals():
    a, b = {"x": 1, "y": 9}, {"y": 5, "z": 5}
    full = fightin_words(a, b, prior=0.5).set_index("word")
    kept = fightin_words(a, b, prior=0.5, min_count=2).set_index("word")
    assert "x" not in kept.index
    assert kept.loc["y", "z"] == pytest.approx(full.loc["y", "z"])


def test_event_helper_on_seeds(event):
    table = distinctive_words(event)
    assert set(table["outlet"]) == {"The Independent", "Washington Free Beacon"}
    ind = table[table["outlet"] == "The Independent"].set_index("word")
    # read by hand: The Independent writes "Isis" six times (headline, body); the Beacon's text has
    # "ISIS" once, in its headline (captions are left out)
    assert (ind.loc["isis", "count_a"], ind.loc["isis", "count_b"]) == (6, 1)
    # the Reuters copy says "said" throughout; the Independent never does
    beacon = table[table["outlet"] == "Washington Free Beacon"].set_index("word")
    assert ind.loc["said", "count_a"] == 0 and beacon.loc["said", "z"] > 0
    top = top_words(table, 5)
    assert "isis" in top[top["outlet"] == "The Independent"]["word"].tolist()
    assert len(top) == 10


def test_event_helper_with_one_outlet(tmp_path):
    from analysis import corpus, load_event, paths

    folder = corpus.new_event("one", speaker="Abu Bakr al-Baghdadi", root=tmp_path)
    corpus.add_article(folder, paths.DEFAULT_EVENT / "000_254f71784dde8cdb.txt", outlet="The Independent")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ev = load_event(folder)
    table = distinctive_words(ev)
    assert table.empty and list(table.columns) == ["outlet", *words.RESULT_COLUMNS]


def test_counts_accept_series_and_token_lists():
    a = pd.Series({"war": 3, "peace": 1})
    t1 = fightin_words(a, ["war", "peace", "peace"], prior=0.1)
    t2 = fightin_words({"war": 3, "peace": 1}, {"war": 1, "peace": 2}, prior=0.1)
    pd.testing.assert_frame_equal(t1, t2)


def test_distinctive_words_figure(event):
    from analysis.plots import check_labels
    from analysis.viz_words import plot_distinctive_words

    table = distinctive_words(event)
    fig = plot_distinctive_words(table, n_labels=5)
    assert check_labels(fig) == []
    labels = {t.get_text() for t in fig.axes[0].texts}
    assert set(top_words(table, 5)["word"]) & labels        # the top words are labelled
    empty = plot_distinctive_words(table.iloc[0:0])
    assert check_labels(empty) == [] and "Only one outlet" in empty.axes[0].texts[0].get_text()


def test_stopwords_are_dropped_for_the_plot_only(tmp_path):
    # a sports interview: function words differ most between the two reports, content words next
    a = "the coach said the team is ready and the fans are loud"
    b = "a striker scored twice as rain fell on a sodden pitch"
    table = fightin_words(a, b, prior=0.1)
    kept = words.without_stopwords(table)
    assert {"the", "is", "and", "are", "a", "as", "on"} <= set(table["word"])
    assert not {"the", "is", "and", "are", "a", "as", "on"} & set(kept["word"])
    assert {"coach", "said", "team", "striker", "pitch"} <= set(kept["word"])   # content words stay
    assert len(table) == len(kept) + 7
    own = tmp_path / "stop.toml"
    own.write_text('words = ["Coach"]\n', encoding="utf-8")
    assert "coach" not in set(words.without_stopwords(table, words.load_stopwords(own))["word"])
    assert "the" in set(words.without_stopwords(table, ["coach"])["word"])
    bad = tmp_path / "bad.toml"
    bad.write_text("words = [", encoding="utf-8")
    from analysis.errors import InputError
    with pytest.raises(InputError, match="bad.toml"):
        words.load_stopwords(bad)
