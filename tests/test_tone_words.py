"""Which lexicon words drove a VADER score: checked against the lexicon and against VADER's own scores."""
from __future__ import annotations

import pandas as pd
import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import tone_words as tw

LEX = SentimentIntensityAnalyzer().lexicon


def test_words_and_valences_come_from_the_vader_lexicon():
    # a sports interview: "brilliant" and "disappointed" carry valence, "team" and "half" do not
    found = tw.lexicon_words("The team had a brilliant first half but we are disappointed.")
    assert [w["word"] for w in found] == ["brilliant", "disappointed"]
    assert [w["valence"] for w in found] == [LEX["brilliant"], LEX["disappointed"]]
    assert all(w["counted"] and not w["negated"] for w in found)


def test_military_offensive_is_read_as_insulting():
    # a war report: the headline's only sentiment word is "offensive", and VADER reads its insulting sense
    text = "Army opens offensive on northern city"
    assert tw.describe_words(text) == f"offensive ({LEX['offensive']:+.1f})"
    assert LEX["offensive"] < 0
    assert SentimentIntensityAnalyzer().polarity_scores(text)["compound"] < 0


def test_negation_within_three_tokens_is_marked():
    # a court statement: "not guilty" is negated, "guilty" in the next clause is not
    found = tw.lexicon_words("The jury found him not guilty; the co-accused was guilty.")
    guilty = [w for w in found if w["word"] == "guilty"]
    assert [w["negated"] for w in guilty] == [True, False]


def test_curly_quotes_are_read_as_vader_reads_them_after_mapping():
    # the suite maps typographic marks to ASCII before VADER (which strips only ASCII punctuation),
    # so "shame.”" counts like "shame."; a word glued to another non-ASCII mark is flagged.
    curly = "“We will not lose in shame.”"
    straight = '"We will not lose in shame."'
    assert [(w["word"], w["counted"]) for w in tw.lexicon_words(curly) if w["word"] == "shame"] == [("shame", True)]
    assert tw.lexicon_words(curly) == tw.lexicon_words(straight)
    assert [(w["word"], w["counted"]) for w in tw.lexicon_words("a ⟨shame⟩")] == [("shame", False)]
    sia = SentimentIntensityAnalyzer()
    assert sia.polarity_scores(curly)["compound"] != sia.polarity_scores(straight)["compound"]  # why we map


@pytest.mark.parametrize("text", ["", "   ", None, 42, "Doors open at nine."])
def test_odd_or_neutral_input_gives_no_words(text):
    assert tw.lexicon_words(text) == []
    assert tw.describe_words(text) == "no lexicon words"


def test_extreme_sentences_per_outlet_with_words():
    # a presidential address covered by two papers
    tone = pd.DataFrame({
        "outlet": ["Herald"] * 3 + ["Gazette"] * 2,
        "voice": ["all"] * 5,
        "section": ["headline", "body", "body", "headline", "body"],
        "text": ["President hails recovery", "Critics call the plan a disaster.", "The speech lasted an hour.",
                 "Address lasts an hour", "Supporters cheered."],
        "compound": [0.4, -0.6, 0.0, 0.0, 0.5],
    })
    out = tw.extreme_sentences(tone)
    assert out[["outlet", "direction"]].values.tolist() == [
        ["Herald", "most negative"], ["Herald", "most positive"], ["Gazette", "most positive"]]
    assert "disaster (" in out.iloc[0]["lexicon_words"]
    assert out.iloc[1]["text"] == "President hails recovery"
    only_heads = tw.extreme_sentences(tone, sections=["headline"])
    assert set(only_heads["text"]) == {"President hails recovery"}


def test_with_lexicon_words_names_a_missing_column():
    with pytest.raises(ValueError, match="sentence"):
        tw.with_lexicon_words(pd.DataFrame({"x": ["a"]}), text="sentence")


def test_bundled_headline_is_driven_by_offensive(event):
    from analysis import tone as tn

    tone = tn.tone_table(event)
    heads = tone[(tone["voice"] == "all") & (tone["section"] == "headline")]
    independent = heads[heads["outlet"] == "The Independent"].iloc[0]
    assert "offensive (-2.0)" in tw.describe_words(independent["text"])
