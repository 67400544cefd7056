"""Tests for analysis.selection (selection measures per outlet) and the quote figures."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis import selection, viz_quotes

# A coach's press conference covered by two papers, quotes typed by hand.
COLS = ["article_id", "outlet", "text", "kind", "from_speech", "passage", "speaker", "speaker_type",
        "section", "paragraph", "nested_in"]
QUOTES = pd.DataFrame([
    ("s", "Sport Daily", "Proud of my players", "quote", True, "P01", "Coach Ana Ruiz", "named person", "headline", 0, pd.NA),
    ("s", "Sport Daily", "I am proud of my players and of this club", "quote", True, "P01", "Coach Ana Ruiz", "named person", "lead", 2, pd.NA),
    ("s", "Sport Daily", "The referee ruined the game", "quote", True, "P02", "Coach Ana Ruiz", "named person", "body", 4, pd.NA),
    ("s", "Sport Daily", "She is right, it was a scandal", "quote", False, "", "a fan", "anonymous", "body", 6, pd.NA),
    ("s", "Sport Daily", "scandal", "fragment", False, "", "a fan", "anonymous", "body", 6, 3),
    ("g", "Gazette", "We will appeal", "quote", True, "P03", "Coach Ana Ruiz", "named person", "body", 3, pd.NA),
    ("g", "Gazette", "Cup final", "title", False, "", "", "unattributed", "body", 3, pd.NA),
    ("g", "Gazette", "The referee ruined the game", "quote", True, "P02", "Coach Ana Ruiz", "named person", "body", 5, pd.NA),
], columns=COLS)
INDIRECT = pd.DataFrame([
    ("s", "Sport Daily", "the league", "organisation"),
    ("g", "Gazette", "the league", "organisation"),
    ("g", "Gazette", "Coach Ana Ruiz", "named person"),
    ("g", "Gazette", "a club official", "anonymous"),
], columns=["article_id", "outlet", "speaker", "speaker_type"])
ARTICLES = pd.DataFrame({"article_id": ["s", "g"], "outlet": ["Sport Daily", "Gazette"],
                         "n_words": [100, 200], "n_paragraphs": [7, 6]})
PARAGRAPHS = pd.DataFrame({"article_id": ["s"] * 9 + ["g"] * 7, "paragraph": list(range(9)) + list(range(7))})


@pytest.fixture
def table():
    return selection.selection_from_tables(QUOTES, INDIRECT, ARTICLES, PARAGRAPHS).set_index("outlet")


def test_speech_quotes_words_and_share(table):
    assert table.loc["Sport Daily", "speech_quotes"] == 3
    assert table.loc["Sport Daily", "speech_words"] == 4 + 10 + 5
    # quoted words: the 3 speech quotes + the fan's 7 words; the nested "scandal" is not counted twice
    assert table.loc["Sport Daily", "quoted_words"] == 19 + 7
    # the share counts lead and body only (like n_words): the 4 headline words are left out
    assert table.loc["Sport Daily", "share_in_quotes"] == pytest.approx(22 / 100)
    assert table.loc["Gazette", "quotes"] == 2                     # a title is not a quote


def test_passages_shared_and_unique(table):
    assert table.loc["Sport Daily", "passages"] == "P01 P02"
    assert (table.loc["Sport Daily", "shared_passages"], table.loc["Sport Daily", "unique_passages"]) == (1, 1)
    assert (table.loc["Gazette", "shared_passages"], table.loc["Gazette", "unique_passages"]) == (1, 1)


def test_count_words_unit():
    assert selection.count_words("We will appeal … [the ruling] today!") == 4    # ellipsis and insertion left out
    assert selection.count_words("It's a scandal - a real one") == 6     # the dash is not a word
    assert selection.count_words(pd.NA) == 0 and selection.count_words("") == 0


def test_full_and_fragment_only_passages():
    # a minister's budget speech: the Ledger quotes two passages in full and one only as a label;
    # the Post quotes one passage in full and another only as the two-word label "fiscal cliff"
    rows = [("l", "Ledger", "We will not raise taxes on working families this year", "quote", "P01"),
            ("l", "Ledger", "no new taxes", "fragment", "P01"),
            ("l", "Ledger", "Our hospitals will get every penny they were promised", "quote", "P02"),
            ("l", "Ledger", "reckless", "fragment", "P03"),
            ("p", "Post", "We will not raise taxes on working families", "quote", "P01"),
            ("p", "Post", "fiscal cliff", "fragment", "P04"),
            ("p", "Post", "a fiscal cliff", "fragment", "P04")]
    q = pd.DataFrame(rows, columns=["article_id", "outlet", "text", "kind", "passage"])
    q = q.assign(from_speech=True, speaker="Minister Lena Park", speaker_type="named person", section="body",
                 paragraph=range(len(q)), nested_in=pd.NA)
    arts = pd.DataFrame({"article_id": ["l", "p"], "outlet": ["Ledger", "Post"], "n_words": [300, 250],
                         "n_paragraphs": [9, 9]})
    t = selection.selection_from_tables(q, INDIRECT.iloc[:0], arts).set_index("outlet")
    assert (t.loc["Ledger", "full_passages"], t.loc["Ledger", "fragment_passages"]) == (2, 1)
    assert t.loc["Ledger", "fragment_only"] == "P03"
    assert (t.loc["Ledger", "unique_full_passages"], t.loc["Ledger", "unique_fragment_passages"]) == (1, 1)
    assert (t.loc["Post", "full_passages"], t.loc["Post", "fragment_passages"]) == (1, 1)
    assert (t.loc["Post", "unique_passages"], t.loc["Post", "unique_fragment_passages"]) == (1, 1)


def test_first_speech_quote_position(table):
    assert table.loc["Sport Daily", "first_speech_quote"] == "headline"
    assert table.loc["Sport Daily", "first_speech_position"] == 0.0
    assert table.loc["Gazette", "first_speech_quote"] == "body"
    assert table.loc["Gazette", "first_speech_position"] == pytest.approx(3 / 6)   # paragraph 3 of 0-6


def test_voices_and_direct_against_indirect(table):
    assert table.loc["Sport Daily", "voices"] == 3              # coach, fan, the league
    assert table.loc["Gazette", "voices"] == 3                  # coach (direct and indirect once), league, official
    assert table.loc["Gazette", "voices_anonymous"] == 1
    assert table.loc["Sport Daily", "voices_organisation"] == 1
    assert table.loc["Gazette", "direct_per_indirect"] == pytest.approx(2 / 3)
    assert table.loc["Sport Daily", "share_direct"] == pytest.approx(4 / 5)


def test_positions_and_voices_tables():
    pos = selection.quote_positions(QUOTES, PARAGRAPHS)
    assert len(pos) == 6                                        # nested fragment and title left out
    assert pos.loc[(pos["article_id"] == "s") & (pos["paragraph"] == 4), "position"].tolist() == [0.5]
    v = selection.voices_table(QUOTES, INDIRECT).set_index(["outlet", "speaker_type"])["voices"]
    assert v["Gazette", "named person"] == 1 and v["Gazette", "unattributed"] == 0


def test_empty_and_single_article_inputs():
    empty = QUOTES.iloc[:0]
    t = selection.selection_from_tables(empty, INDIRECT.iloc[:0], ARTICLES.iloc[:1])
    assert t.loc[0, "first_speech_quote"] == "none" and t.loc[0, "speech_quotes"] == 0
    assert pd.isna(t.loc[0, "direct_per_indirect"])
    assert selection.selection_from_tables(empty, INDIRECT.iloc[:0], ARTICLES.iloc[:0]).empty


def test_selection_table_on_bundled_event(event):
    t = selection.selection_table(event).set_index("outlet")
    # read by hand: the Beacon quotes the speech in its headline ('No Retreat'), the Independent in its standfirst
    assert t.loc["Washington Free Beacon", "first_speech_quote"] == "headline"
    assert t.loc["The Independent", "first_speech_quote"] == "standfirst"
    assert t.loc["Washington Free Beacon", "speech_quotes"] > t.loc["The Independent", "speech_quotes"]


def test_figures_have_titles_and_labels():
    from analysis.plots import check_labels

    matrix = pd.DataFrame({"Sport Daily": [1, 1, 0], "Gazette": [0, 1, 1]}, index=["P01", "P02", "P03"])
    figs = [viz_quotes.plot_passage_matrix(matrix, {"P01": "I am proud"}),
            viz_quotes.plot_voices(selection.voices_table(QUOTES, INDIRECT)),
            viz_quotes.plot_positions(selection.quote_positions(QUOTES, PARAGRAPHS)),
            viz_quotes.plot_match_scores(pd.DataFrame({"label": ["a"], "method": ["pair"], "score": [0.7],
                                                       "runner_up": [0.3]}), 0.54, 0.9)]
    assert all(check_labels(f) == [] for f in figs)


def test_positions_figure_shows_quotes_at_one_position_apart():
    pos = pd.DataFrame({"article_id": ["a"] * 3, "outlet": ["Herald"] * 3, "paragraph": [3, 3, 7],
                        "position": [0.3, 0.3, 0.7], "section": ["body"] * 3, "kind": ["quote"] * 3,
                        "from_speech": [True, False, True], "passage": ["P01", "", "P02"]})
    fig = viz_quotes.plot_positions(pos)
    points = [tuple(p) for c in fig.axes[0].collections for p in c.get_offsets()]
    at_03 = [p for p in points if p[0] == 0.3]
    assert len(at_03) == 2 and at_03[0][1] != at_03[1][1]       # stacked, not on top of each other
    assert [p[1] for p in points if p[0] == 0.7] == [0.0]        # a lone quote stays on its line
    again = [tuple(p) for c in viz_quotes.plot_positions(pos).axes[0].collections for p in c.get_offsets()]
    assert again == points                                       # deterministic, no random jitter


def test_notebook_runs_on_bundled_event(run_notebook):
    text, figures = run_notebook("04_quote_selection")
    assert "passages** of the speech" in text and "(s)" not in text
    # read by hand: only "turn the nights ..." is word for word the same; the honour/honor passage is
    # another translation; "This … total war" is the same translation edited; the headline 'No Retreat' is
    # the weakest match (a fragment joined to "Do not retreat.")
    assert "3 passages quoted in full by both" in text
    assert "identical" in text and "a different translation" in text and "the same translation, edited" in text
    assert "closest call" in text and "No Retreat" in text and "Do not retreat." in text
    assert "3 only as a fragment" in text         # crusaders, apostate, attack after attack
    matrix = pd.read_csv(figures / "passage_matrix.csv").set_index("passage")
    honour = matrix.loc[matrix.index[2]]          # P03: the honour/honor passage, read by hand
    assert honour.tolist() == [1, 1]
    assert {p.name for p in figures.glob("*.png")} == {"passage_matrix.png", "voices.png", "positions.png",
                                                       "match_scores.png"}


def test_notebook_runs_on_single_article_event(tmp_path, run_notebook):
    from analysis.corpus import add_article, new_event
    from analysis.paths import DEFAULT_EVENT

    folder = new_event("one-article", "Abu Bakr al-Baghdadi", root=tmp_path / "raw")
    add_article(folder, sorted(DEFAULT_EVENT.glob("000_*.txt"))[0], "The Independent")
    text, _ = run_notebook("04_quote_selection", folder)
    assert "The Independent" in text
