"""Tone: sentence scores equal direct VADER calls; aggregation from sentences; spelling; any number of outlets."""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import analysis.tone as tone_mod
from analysis import load_event
from analysis.corpus import add_article, new_event
import matplotlib.pyplot as plt

from analysis.plots import save_figure
from analysis.tone import (vader_text, SPELLING_FILE, analyzer, driving_sentences, headline_tone, label, normalise_spelling,
                           score_sentences, score_text, spelling_effect, tone_summary, tone_table)
from analysis.viz_tone import plot_headline_tone, plot_spelling_effect, plot_tone_arc, plot_tone_bars, plot_tone_voices
from analysis.voice import empty_quotes

VADER = SentimentIntensityAnalyzer()   # an independent analyzer to check against
TEMPLATE = Path(__file__).parent / "data" / "rt_address_template.txt"


def address_event(root: Path, n_outlets: int) -> Path:
    """A presidential address covered by ``n_outlets`` papers, some British-spelt (synthetic)."""
    folder = new_event("flood-address", speaker="Maria Lopez", aliases=["Lopez"], root=root)
    middles = ["She said it was an honour to serve the survivors.", "She said it was an honor to serve the survivors.",
               "Engineers warned that the levees remained dangerously weak.", "The governor praised the announcement."]
    for i in range(n_outlets):
        src = root / f"src{i}.txt"
        src.write_text(TEMPLATE.read_text(encoding="utf-8").format(
            headline="President vows to rebuild flooded towns" if i % 2 else "Flood disaster: president under fire",
            standfirst="Lopez promises help as critics question the cost", reporter="Jane Roe", wire="AP",
            middle=middles[i % len(middles)]), encoding="utf-8")
        add_article(folder, src, outlet=f"Paper {i + 1}")
    return folder


def test_sentence_scores_equal_direct_vader_calls(event):
    """Each score is VADER on the clean sentence with typographic marks mapped to ASCII."""
    t = tone_table(event, quotes=empty_quotes())
    allv = t[t["voice"] == "all"]
    for row in allv.itertuples():
        ascii_text = row.text
        for curly, plain in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
                             ("\u2013", "-"), ("\u2014", "-"), ("\u2026", "...")):
            ascii_text = ascii_text.replace(curly, plain)
        direct = VADER.polarity_scores(ascii_text)
        assert (row.compound, row.pos, row.neu, row.neg) == (direct["compound"], direct["pos"], direct["neu"], direct["neg"])
    sents = event.sentences[event.sentences["section"] != "caption"]
    assert allv["text"].tolist() == sents["text"].tolist()


def test_curly_quotes_do_not_hide_words_from_vader():
    # VADER strips only ASCII punctuation: without the mapping "shame" and "retreat" would not count.
    from analysis.tone import score_text

    curly = score_text("\u201cHolding your ground is easier than retreating in shame.\u201d")
    straight = score_text('"Holding your ground is easier than retreating in shame."')
    assert curly == straight
    assert straight["neg"] > 0  # "shame" (-2.1) is counted
    assert score_text("\u2018No Retreat\u2019 from the city") == score_text("'No Retreat' from the city")


def test_score_sentences_matches_vader():
    texts = ["The verdict was a disgrace.", "The jury did its job well.", ""]
    t = score_sentences(texts)
    assert t["text"].tolist() == texts
    for text, c in zip(texts, t["compound"]):
        assert c == VADER.polarity_scores(vader_text(text))["compound"]
    assert t["compound"].iloc[0] < 0 < t["compound"].iloc[1]


def test_one_shared_analyzer(event, monkeypatch):
    made = []

    class Counting(SentimentIntensityAnalyzer):
        def __init__(self):
            made.append(1)
            super().__init__()

    monkeypatch.setattr(tone_mod, "SentimentIntensityAnalyzer", Counting)
    analyzer.cache_clear()
    try:
        tone_table(event, quotes=empty_quotes())
        tone_table(event, quotes=empty_quotes())
        assert len(made) == 1
        assert analyzer() is analyzer()
    finally:
        analyzer.cache_clear()


def test_article_scores_are_means_of_sentence_scores_not_whole_text(event):
    t = tone_table(event, quotes=empty_quotes())
    summary = tone_summary(t, n_boot=200)
    for outlet in t["outlet"].unique():
        sents = t[(t["outlet"] == outlet) & (t["voice"] == "all")]
        row = summary[(summary["outlet"] == outlet) & (summary["section_group"] == "article") & (summary["voice"] == "all")]
        assert row["mean"].iloc[0] == pytest.approx(sents["compound"].mean())
        assert row["n"].iloc[0] == len(sents)
        whole = VADER.polarity_scores(" ".join(sents["text"]))["compound"]
        assert abs(whole) > abs(row["mean"].iloc[0])     # the whole-text score saturates; the mean does not


def test_every_sentence_has_exactly_one_section(event):
    t = tone_table(event, quotes=empty_quotes())
    allv = t[t["voice"] == "all"]
    assert not allv.duplicated(["article_id", "sentence"]).any()
    assert allv["section_group"].isin(["headline", "lead", "body"]).all()
    assert allv.groupby("article_id")["position"].agg(["min", "max"]).values.tolist() == [[0.0, 1.0], [0.0, 1.0]]


def test_voices_split_the_tone(event):
    aid = "001_44cb888064497d10"
    raw = event.parsed[aid].raw
    s = raw.index("We will fight till death")
    e = raw.index("fight the infidels") + len("fight the infidels")
    quotes = pd.DataFrame({"article_id": [aid], "start": [s], "end": [e], "from_speech": [False]})
    t = tone_table(event, quotes=quotes)
    q = t[(t["voice"] == "quoted") & (t["article_id"] == aid)]
    assert q["text"].tolist() == ["We will fight till death. The caliph gave us a morale boost to fight the infidels"]
    assert q["compound"].iloc[0] == VADER.polarity_scores(vader_text(q["text"].iloc[0]))["compound"]
    assert t[t["voice"] == "speech"].empty


def test_spelling_normalisation():
    assert normalise_spelling("The Honour of the HARBOUR was analysed.") == "The Honor of the HARBOR was analyzed."
    assert normalise_spelling("They advise a surprise.") == "They advise a surprise."   # not -ize verbs
    assert normalise_spelling("honor and color", to="british") == "honour and colour"
    assert normalise_spelling("honour", to=None) == "honour"
    with pytest.raises(ValueError, match="spelling"):
        normalise_spelling("honour", to="canadian")
    # lexicon: honour 2.7, honor 2.2 -> the normalised score is VADER on the American text
    assert score_text("They fought with honour.", spelling="american") == {
        k: VADER.polarity_scores("They fought with honor.")[k] for k in ("compound", "pos", "neu", "neg")}
    assert score_text("They fought with honour.")["compound"] > score_text("They fought with honor.")["compound"]


def test_spelling_file_is_consistent():
    with open(SPELLING_FILE, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 300
    british = [r["british"] for r in rows]
    assert len(british) == len(set(british))
    assert not {r["american"] for r in rows} & set(british)     # no chains
    assert all(r["british"] != r["american"] for r in rows)
    pairs = {(r["british"], r["american"]) for r in rows}
    assert {("honour", "honor"), ("criticise", "criticize"), ("analyse", "analyze"), ("centre", "center"),
            ("defence", "defense"), ("travelled", "traveled"), ("anaemia", "anemia")} <= pairs


def test_spelling_effect_on_the_bundled_event(event):
    as_is = tone_table(event, quotes=empty_quotes())
    norm = tone_table(event, quotes=empty_quotes(), spelling="american")
    eff = spelling_effect(as_is, norm)
    # only the Independent's "Holding your ground with honour ..." changes (the Beacon already prints "honor")
    assert eff[eff["voice"] == "all"]["outlet"].tolist() == ["The Independent"]
    assert "honour" in eff["text"].iloc[0] and "honor" in eff["normalised_text"].iloc[0]
    assert eff["change"].iloc[0] < 0


def test_drivers_and_headlines(event):
    t = tone_table(event, quotes=empty_quotes())
    d = driving_sentences(t, k=2)
    for outlet in t["outlet"].unique():
        mine = t[(t["outlet"] == outlet) & (t["voice"] == "all")]
        neg = d[(d["outlet"] == outlet) & (d["direction"] == "negative")]
        assert neg["compound"].iloc[0] == mine["compound"].min()
        assert neg["pull"].iloc[0] == pytest.approx(mine["compound"].min() / len(mine))
    h = headline_tone(t).set_index("outlet")
    beacon = "ISIS Leader Says ‘No Retreat’ From Mosul Assault"
    assert h.loc["Washington Free Beacon", "headline"] == beacon
    assert h.loc["Washington Free Beacon", "headline_compound"] == VADER.polarity_scores(vader_text(beacon))["compound"]


def test_label_cutoffs():
    assert [label(x) for x in (0.05, 0.0499, -0.05, -0.9)] == ["positive", "neutral", "negative", "negative"]


@pytest.mark.parametrize("n_outlets", [1, 10])
def test_synthetic_events_give_tables_and_figures(tmp_path, n_outlets):
    ev = load_event(address_event(tmp_path, n_outlets))
    t = tone_table(ev, quotes=empty_quotes())
    allv = t[t["voice"] == "all"]
    assert allv.groupby("outlet").size().tolist() == [8] * n_outlets     # headline, standfirst, lead, 5 body
    summary = tone_summary(t, n_boot=200)
    figs = {"bars": plot_tone_bars(summary), "voices": plot_tone_voices(summary), "arc": plot_tone_arc(t),
            "headlines": plot_headline_tone(headline_tone(t))}
    norm = tone_table(ev, quotes=empty_quotes(), spelling="american")
    eff = spelling_effect(t, norm)
    assert set(eff.query("voice == 'all'")["outlet"]) == {f"Paper {i + 1}" for i in range(0, n_outlets, 4)}
    figs["spelling"] = plot_spelling_effect(eff)
    for name, fig in figs.items():
        assert save_figure(fig, summary, "03_test", f"{name}_{n_outlets}", root=tmp_path / "fig")["png"].exists()
        plt.close(fig)


@pytest.mark.slow
@pytest.mark.parametrize("single", [False, True])
def test_notebook_runs(tmp_path, run_notebook, single):
    """The notebook runs top to bottom on the bundled event and on a single-article event."""
    folder = address_event(tmp_path / "raw", 1) if single else None
    text, figures = run_notebook("03_tone", folder)
    assert ("Only one outlet" in text) == single
    assert any(figures.glob("*.png"))
    assert "(s)" not in text and "headline + standfirst" in text and "lead + body" in text
    if not single:  # the words behind the scores are named: the military "offensive" read as insulting
        assert "offensive (-2.0)" in text
        assert not (figures / "spelling.png").exists()  # one outlet changes: a table, not a one-bar figure


def test_score_columns_equal_direct_vader_calls_and_score_sentences(event):
    from analysis.tone import SCORES, score_columns

    texts = event.sentences["text"].tolist()[:30] + ["The honour was ours.", ""]
    cols = score_columns(texts)
    assert list(cols) == SCORES and all(len(v) == len(texts) for v in cols.values())
    for i, t in enumerate(texts):
        direct = VADER.polarity_scores(vader_text(t))
        assert [cols[k][i] for k in SCORES] == [direct[k] for k in SCORES]
    assert score_sentences(texts)[SCORES].to_dict("list") == cols
    # the spelling option goes through the same path
    us = score_columns(["The honour was ours."], spelling="american")
    assert us["compound"][0] == VADER.polarity_scores("The honor was ours.")["compound"]
    with pytest.raises(ValueError, match="spelling"):
        score_columns(["x"], spelling="canadian")


# ---------------------------------------------------------------- the shortcut for sentences without a lexicon word

VARIED = [
    # sports, court, health, business, politics: with and without lexicon words
    "City beat United 2-1 at the Etihad on Saturday.", "The striker scored a brilliant late winner!",
    "The defendant pleaded not guilty to all 14 counts.", "The judge adjourned the trial until Monday.",
    "The ward reopened on 3 March with 40 beds.", "Doctors warned the outbreak could kill thousands.",
    "Shares in Acme rose 12% to $4.50 after the Q3 results.", "Revenue fell sharply, a disappointing quarter.",
    "The minister met the delegation in Brussels.",
    # edge cases
    "", " ", "\t\n", "...", "!!! ???", "--", "\"'\"", ":)", "(:", ":-)", "Ok.", "ok", "OK!",
    "THE JURY RETURNED AT NOON", "THE JURY RETURNED AT NOON, SADLY", "The jury returned at NOON!!!",
    "No", "No.", "no comment", "No problem at all", "no or nor", "kind of", "It was kind of odd.",
    "kind of good", "but", "The vote passed, but the mayor left.", "The vote passed, but nobody was happy.",
    "least", "at least ten", "the least helpful answer", "very very really", "So?", "So what???",
    "(sadly)", "\"shame.\"", "'honour'", "x", "a b", "lol", "LOL", "don't", "can't stand it",
    # non-ASCII and emoji: always VADER
    "Fans cheered \U0001F600 at the final whistle", "\u2764", "Caf\u00e9 owners met the mayor",
    "\u0130stanbul", "\u201cWe\u2019re done,\u201d he said.", "Trial\u00a0adjourned", "\u3000",
]


def _direct(text: str) -> list[float]:
    s = VADER.polarity_scores(vader_text(text))
    return [s[k] for k in ("compound", "pos", "neu", "neg")]


def test_shortcut_scores_equal_direct_vader_on_varied_sentences():
    from analysis.tone import SCORES, known_scores, polarity_scores, score_columns

    cols = score_columns(VARIED)
    for i, text in enumerate(VARIED):
        want = _direct(text)
        assert [cols[k][i] for k in SCORES] == want, text
        assert [score_text(text)[k] for k in SCORES] == want, text
        assert polarity_scores(vader_text(text)) == VADER.polarity_scores(vader_text(text)), text
        known = known_scores(vader_text(text))
        if known is not None:
            assert dict(known) == VADER.polarity_scores(vader_text(text)), text
    shortcut = [t for t in VARIED if known_scores(vader_text(t)) is not None]
    assert "The judge adjourned the trial until Monday." in shortcut and "" in shortcut and "!!! ???" in shortcut
    assert "The jury returned at NOON!!!" in shortcut   # emphasis and capitals change nothing without a lexicon word
    for text in ["The striker scored a brilliant late winner!", "(sadly)", ":)", "No", "kind of good",
                 "Fans cheered \U0001F600 at the final whistle", "Caf\u00e9 owners met the mayor"]:
        assert text not in shortcut, text           # a lexicon word (raw, stripped or emoji) or non-ASCII: VADER runs


def test_shortcut_values_are_vaders_own():
    """Without a lexicon word VADER gives neu 1.0 (0.0 everywhere for a text without tokens)."""
    from analysis.tone import known_scores

    assert dict(known_scores("The trial resumes on Monday.")) == VADER.polarity_scores("The trial resumes on Monday.") \
        == {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}
    assert dict(known_scores(" ")) == VADER.polarity_scores(" ") == {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
    assert known_scores("The trial resumes on Monday.")["compound"] == 0.0


def test_shortcut_on_random_sentences_equals_vader():
    """Seeded random word salad of lexicon words, modifiers, negations, punctuation and capitals."""
    import random

    from analysis.tone import SCORES, known_scores, score_columns

    rng = random.Random(7)
    lexicon = sorted(VADER.lexicon)
    vocab = ["the", "court", "match", "clinic", "profit", "on", "Tuesday", "no", "kind", "of", "but", "least", "at",
             "very", "NOT", "never", "so", "this", "without", "doubt", "!!!", "??", "?", "...", "--", "ok", "ok.",
             "U.S.", "d'oh", "bus", "stop", "kinda", "really", "1-0", "$5bn", "e.g.", "'", '"', "SHAME", "\u2019"]
    vocab += rng.sample(lexicon, 200)
    texts = []
    for _ in range(3000):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 12))]
        texts.append(" ".join(w.upper() if rng.random() < 0.1 else w for w in words) + rng.choice(["", ".", "!", "?!"]))
    cols = score_columns(texts)
    for i, text in enumerate(texts):
        assert [cols[k][i] for k in SCORES] == _direct(text), text
    used = sum(known_scores(vader_text(t)) is not None for t in texts)
    assert 0 < used < len(texts)


def test_shortcut_is_off_when_ascii_could_be_an_emoji(monkeypatch):
    from analysis.tone import known_scores

    assert tone_mod._emoji_free_ascii()                 # the installed VADER maps no ASCII character
    assert min(tone_mod._TYPOGRAPHIC) > 127               # vader_text leaves ASCII text alone
    assert known_scores("The trial resumes on Monday.") is not None
    monkeypatch.setattr(tone_mod, "_emoji_free_ascii", lambda: False)
    assert known_scores("The trial resumes on Monday.") is None


def test_vader_reads_ascii_text_in_one_step_with_the_same_scores(monkeypatch):
    """score_columns hands VADER an ASCII text that its emoji pass copies whole (``_OneStep``); the scores
    are VADER's on the plain text, white space at either end, emoticons and emphasis included."""
    from analysis.tone import SCORES, score_columns

    texts = [" We won. ", "\tA sad, sad day\n", "GREAT :) but :-( later!!!", "Not bad at all?", "kind of awful ...",
             "The ward is closed, sadly."]
    for text in texts:
        assert type(tone_mod._vader_input(text)) is tone_mod._OneStep
        assert list(tone_mod._vader_input(text)) == [text]
        assert VADER.polarity_scores(tone_mod._vader_input(text)) == VADER.polarity_scores(text), text
    cols = score_columns(texts)
    assert [[cols[k][i] for k in SCORES] for i in range(len(texts))] == [_direct(t) for t in texts]
    assert type(tone_mod._vader_input("Caf\u00e9 closes, sadly")) is str      # non-ASCII: VADER's own walk
    monkeypatch.setattr(tone_mod, "_emoji_free_ascii", lambda: False)
    assert type(tone_mod._vader_input("We won.")) is str                      # an ASCII emoji key would need the walk
