"""Readability: values equal textstat on the same clean text; sections; reliability flags; any number of outlets."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import textstat

from analysis import load_event
from analysis.corpus import add_article, new_event
import matplotlib.pyplot as plt

from analysis.plots import save_figure
from analysis.readability import (COUNT_COLUMNS, METRICS, SECTION_GROUPS, bootstrap_readability, readability_of_sentences,
                                  readability_scores, readability_sentences, readability_table, reliability,
                                  scores_from_counts, sentence_counts, textstat_text)
from analysis.viz_readability import plot_readability_bars, plot_readability_voices
from analysis.voice import empty_quotes

TEMPLATE = Path(__file__).parent / "data" / "rt_address_template.txt"
TEXTSTAT = {
    "flesch_reading_ease": textstat.flesch_reading_ease, "flesch_kincaid_grade": textstat.flesch_kincaid_grade,
    "gunning_fog": textstat.gunning_fog, "smog_index": textstat.smog_index,
    "coleman_liau_index": textstat.coleman_liau_index, "automated_readability_index": textstat.automated_readability_index,
    "dale_chall": textstat.dale_chall_readability_score, "words_per_sentence": textstat.words_per_sentence,
    "syllables_per_word": textstat.avg_syllables_per_word,
}


def address_event(root: Path, n_outlets: int) -> Path:
    """A presidential address covered by ``n_outlets`` papers (synthetic, built with new_event/add_article)."""
    folder = new_event("flood-address", speaker="Maria Lopez", aliases=["Lopez", "the president"], root=root)
    middles = ["Survivors wept as she spoke.", "The address lasted twenty minutes and was broadcast nationally.",
               "Some residents said they felt hopeful for the first time in weeks.", "Rain fell again overnight.",
               "Engineers warned that the levees remained dangerously weak after the disaster.",
               "The governor praised the announcement.", "Insurers estimated the damage at $2 billion.",
               "Volunteers distributed food and blankets.", "Schools remained closed across the region.",
               "The opposition leader called the speech a cynical stunt."]
    for i in range(n_outlets):
        src = root / f"src{i}.txt"
        src.write_text(TEMPLATE.read_text(encoding="utf-8").format(
            headline=f"President vows to rebuild flooded towns ({i})", standfirst="Lopez promises help as critics question the cost",
            reporter="Jane Roe", wire="AP", middle=middles[i % len(middles)]), encoding="utf-8")
        add_article(folder, src, outlet=f"Paper {i + 1}")
    return folder


def test_scores_equal_direct_textstat_calls():
    text = "The court is adjourned. The defendant will rise for sentencing tomorrow morning. He said nothing."
    s = readability_scores(text)
    for metric, fn in TEXTSTAT.items():
        assert s[metric] == fn(text), metric
    assert s["share_difficult"] == textstat.difficult_words(text, unique=False) / textstat.lexicon_count(text)
    assert s["n_words"] == 15


def test_textstat_sees_our_sentence_boundaries():
    # abbreviations, initials, a decimal and a headline without a full stop: four sentences by hand
    sents = ["Storm hits coast", "Gen. J. K. Smith arrived at 2 p.m. on Monday.", '"Stop. Now," he said.',
             "It cost $1.5 billion to repair the U.S.-built dam."]
    text = textstat_text(sents)
    assert textstat.sentence_count(text) == 4
    assert textstat.sentence_count(" ".join(sents)) != 4       # what raw joining would have given
    # masking changes no word, syllable, letter or character count
    for s, p in zip(sents[1:], text.split("\n")[1:]):
        assert textstat.lexicon_count(s) == textstat.lexicon_count(p)
        assert textstat.syllable_count(s) == textstat.syllable_count(p)
        assert textstat.letter_count(s) == textstat.letter_count(p)
        assert textstat.char_count(s) == textstat.char_count(p)


def test_table_equals_textstat_on_the_clean_text_of_each_group(event):
    table = readability_table(event, quotes=empty_quotes())
    for aid in event.articles["article_id"]:
        sents = event.sentences[event.sentences["article_id"] == aid]
        for group, sections in SECTION_GROUPS.items():
            text = textstat_text(sents.loc[sents["section"].isin(sections), "text"].tolist())
            row = table[(table["article_id"] == aid) & (table["section_group"] == group) & (table["voice"] == "all")].iloc[0]
            for metric, fn in TEXTSTAT.items():
                assert row[metric] == fn(text), (aid, group, metric)
            assert row["n_words"] == textstat.lexicon_count(text)


def test_counts_reproduce_textstat_so_the_bootstrap_uses_the_same_formulas(event):
    body = event.sentences.query("section == 'body'")["text"].tolist()
    total = np.array([[sum(sentence_counts(s)[k] for s in body) for k in COUNT_COLUMNS]], dtype=float)
    got = dict(zip(METRICS, scores_from_counts(total)[0]))
    direct = readability_scores(textstat_text(body))
    for metric in METRICS:
        assert got[metric] == pytest.approx(direct[metric], abs=1e-9), metric


def test_sections_and_counts_read_by_hand(event):
    table = readability_table(event, quotes=empty_quotes())
    rows = table[table["voice"] == "all"].set_index(["outlet", "section_group"])
    # The Independent: headline + standfirst = 2 sentences, lead 1, body 12 (counted in the file)
    assert rows.loc[("The Independent", "headline"), "n_sentences"] == 2
    assert rows.loc[("The Independent", "lead"), "n_sentences"] == 1
    assert rows.loc[("The Independent", "body"), "n_sentences"] == 12
    assert rows.loc[("The Independent", "article"), "n_sentences"] == 15
    # Free Beacon headline "ISIS Leader Says ‘No Retreat’ From Mosul Assault": 8 words, no standfirst
    assert rows.loc[("Washington Free Beacon", "headline"), "n_words"] == 8


def test_every_body_sentence_belongs_to_exactly_one_section_group(event):
    counts = readability_sentences(event, quotes=empty_quotes())
    allv = counts[(counts["voice"] == "all") & (counts["section_group"] != "article")]
    per_sentence = allv.groupby(["article_id", "sentence"]).size()
    assert (per_sentence == 1).all()
    body = event.sentences[event.sentences["section"].isin(["lead", "body"])]
    assert len(allv[allv["section_group"].isin(["lead", "body"])]) == len(body)
    article = counts[(counts["voice"] == "all") & (counts["section_group"] == "article")]
    assert len(article) == len(event.sentences[event.sentences["section"] != "caption"])


def test_reliability_flags():
    assert reliability(29, 800) == {"reliable": True, "smog_reliable": False,
                                    "reliability_note": "SMOG needs 30 sentences (McLaughlin 1969), has 29"}
    assert reliability(30, 800) == {"reliable": True, "smog_reliable": True, "reliability_note": ""}
    assert reliability(2, 800)["reliable"] is False
    assert reliability(10, 99)["reliable"] is False
    assert reliability(0, 0)["reliability_note"] == "no text"
    one = readability_of_sentences(["Do not retreat."])
    assert one["reliable"] is False and not np.isnan(one["flesch_kincaid_grade"])   # number kept, flagged


def test_flags_in_the_bundled_table(event):
    table = readability_table(event, quotes=empty_quotes())
    rows = table[table["voice"] == "all"].set_index(["outlet", "section_group"])
    assert not rows.loc[("The Independent", "headline"), "reliable"]          # 29 words
    assert rows.loc[("The Independent", "body"), "reliable"]                  # 12 sentences, 250 words
    assert not rows.loc[("The Independent", "body"), "smog_reliable"]         # below 30 sentences
    assert rows.loc[("Washington Free Beacon", "body"), "smog_reliable"]      # 39 sentences


def test_voices_with_quotes(event):
    aid = "000_254f71784dde8cdb"
    raw = event.parsed[aid].raw
    start = raw.index("Holding your ground")
    end = raw.index("in shame.") + len("in shame.")
    quotes = pd.DataFrame({"article_id": [aid], "start": [start], "end": [end], "from_speech": [True]})
    table = readability_table(event, quotes=quotes).set_index(["article_id", "section_group", "voice"])
    speech = table.loc[(aid, "body", "speech")]
    assert speech["n_sentences"] == 1
    assert speech["n_words"] == 14    # Holding your ground with honour is a thousand times easier than retreating in shame
    assert table.loc[(aid, "body", "narrative"), "n_sentences"] == 11   # that sentence has no narrative words
    assert table.loc[("001_44cb888064497d10", "body", "quoted"), "n_sentences"] == 0


def test_bootstrap_is_seeded(event):
    counts = readability_sentences(event, quotes=empty_quotes())
    a = bootstrap_readability(counts, "flesch_kincaid_grade", seed=4, n_boot=300)
    b = bootstrap_readability(counts, "flesch_kincaid_grade", seed=4, n_boot=300)
    c = bootstrap_readability(counts, "flesch_kincaid_grade", seed=5, n_boot=300)
    pd.testing.assert_frame_equal(a, b)
    assert not a["low"].equals(c["low"])
    table = readability_table(event, quotes=empty_quotes()).set_index(["outlet", "section_group", "voice"])
    for row in a.itertuples():
        assert row.estimate == pytest.approx(table.loc[(row.outlet, row.section_group, row.voice), "flesch_kincaid_grade"])
    with pytest.raises(ValueError, match="unknown metric"):
        bootstrap_readability(counts, "lix")


@pytest.mark.parametrize("n_outlets", [1, 10])
def test_synthetic_events_give_tables_and_figures(tmp_path, n_outlets):
    ev = load_event(address_event(tmp_path, n_outlets))
    table = readability_table(ev, quotes=empty_quotes())
    assert len(table) == n_outlets * len(SECTION_GROUPS) * 4
    assert table["outlet"].nunique() == n_outlets
    # the lead "The president promised on Tuesday to rebuild every town destroyed by the floods." is 13 words
    lead = table[(table["section_group"] == "lead") & (table["voice"] == "all")]
    assert (lead["n_words"] == 13).all() and (lead["n_sentences"] == 1).all()
    counts = readability_sentences(ev, quotes=empty_quotes())
    b = bootstrap_readability(counts, "flesch_reading_ease", n_boot=200)
    fig = plot_readability_bars(b[b["voice"] == "all"], "flesch_reading_ease")
    out = save_figure(fig, b, "02_test", f"bars_{n_outlets}", root=tmp_path / "fig")
    assert out["png"].stat().st_size > 5000
    plt.close(fig)
    fig = plot_readability_voices(b[b["section_group"] == "article"], "flesch_reading_ease")
    assert save_figure(fig, b, "02_test", f"voices_{n_outlets}", root=tmp_path / "fig")["png"].exists()
    plt.close(fig)


@pytest.mark.slow
@pytest.mark.parametrize("single", [False, True])
def test_notebook_runs(tmp_path, run_notebook, single):
    """The notebook runs top to bottom on the bundled event and on a single-article event."""
    folder = address_event(tmp_path / "raw", 1) if single else None
    text, figures = run_notebook("02_readability", folder)
    assert ("Only one outlet" in text) == single
    assert any(figures.glob("*.png"))
    assert "(s)" not in text and "cannot be told apart" not in text
    if not single:  # the bundled pair: one headline test, intervals never printed as "-0.00", no Holm for one pair
        assert "Holm" not in text and "-0.00 " not in text and "-0.00;" not in text
        assert "Not compared, too little text" in text  # the Independent's 86 quoted words are not a finding


# ---------------------------------------------------------------- the corpus pipeline's path: counts, not textstat calls

ODD_TEXTS = [
    ["İSTANBUL's mayor didn't say 'yes'.", "U.S.-led forces entered at 5 p.m. on Monday", "Ok.", "Go!"],
    ["The referee, who'd never seen such a thing, awarded a penalty \u2014 and the crowd erupted!",
     "\u201cWe were robbed,\u201d the manager said afterwards."],
    ["Court adjourned", "The defendant, Mr. O'Neill, pleaded not guilty to all 14 counts of fraud."],
    ["\u2014", "...", "A b."],
]


def _assert_same(fast: dict, slow: dict) -> None:
    assert set(fast) == set(slow)
    for key, want in slow.items():
        got = fast[key]
        if isinstance(want, float) and np.isnan(want):
            assert np.isnan(got), key
        elif isinstance(want, float):
            assert abs(got - want) < 1e-9, key
        else:
            assert got == want, key


def test_counts_path_equals_textstat_on_odd_texts():
    from analysis.readability import fast_sentence_counts, readability_from_counts

    for sentences in ODD_TEXTS:
        _assert_same(readability_from_counts(sentences), readability_of_sentences(sentences))
        joined = textstat_text([s for s in sentences if any(c.isalnum() for c in s)])
        fast = readability_from_counts(sentences)
        for metric, fn in TEXTSTAT.items():        # and straight against textstat on the same text
            assert abs(fast[metric] - fn(joined)) < 1e-9, metric
        for s in sentences:
            assert fast_sentence_counts(s) == [sentence_counts(s)[c] for c in COUNT_COLUMNS], s


def test_counts_path_equals_textstat_on_the_seeds_and_synthetic_articles(event):
    from analysis.parse import parse_article
    from analysis.readability import readability_from_counts
    from analysis.synth import article_table

    texts = [g["text"].tolist() for _, g in event.sentences.groupby("article_id", sort=False)]
    table = article_table(20, seed=8, words=500)
    texts += [parse_article(raw, o).sentence_table["text"].tolist() for raw, o in zip(table["raw"], table["outlet"])]
    for sentences in texts:
        _assert_same(readability_from_counts(sentences), readability_of_sentences(sentences))


def test_counts_path_on_empty_text():
    from analysis.readability import readability_from_counts

    r = readability_from_counts(["", "  ", "\u2014"])
    assert r["n_words"] == 0 and r["n_sentences"] == 0 and not r["reliable"]
    assert all(np.isnan(r[m]) for m in METRICS)


# sentences from several domains with the characters the length-based counts must get right
VARIED_SENTENCES = [
    "",
    "   ",
    "...!?",
    "\u2014",
    "GOAL! Haaland scores in the 89th minute as City win 2-1",
    "The defendant, Mr. O'Neill, didn't testify; his lawyer called it 'a travesty'.",
    "Ministers said the NHS's waiting list\u00a0fell to 7.4m \u2013 the first fall in a year.",
    "Shares in Acme_Corp rose 12% (to $4.50)\tafter the Q3 results\nbeat forecasts.",
    "\u201cWe\u2019re not going anywhere,\u201d the coach said \u2026",
    "\u0130STANBUL\u2019s mayor met the \u00e9lite of the \ufb01nance world \u00bd an hour late",
    "Trial\u3000adjourned\u2003until\u2009Monday\x1cmorning",
    "rock'n'roll y'all 'tis o'clock ' '' 'em",
    "Fans cheered \U0001F600\U0001F44F at the final whistle",
    "THE JURY FOUND HIM GUILTY ON ALL COUNTS",
]


def test_length_based_counts_equal_textstat_on_varied_sentences():
    """Letters, characters and tokens (counted from lengths) equal textstat's counts, sentence by sentence."""
    from analysis.readability import fast_sentence_counts

    for s in VARIED_SENTENCES:
        fast = dict(zip(COUNT_COLUMNS, fast_sentence_counts(s)))
        assert fast == sentence_counts(s), s
        t = textstat_text([s])
        assert fast["letters"] == textstat.letter_count(t), s
        assert fast["chars"] == textstat.char_count(t), s
        assert fast["tokens"] == textstat.lexicon_count(t, removepunct=False), s
    assert fast_sentence_counts("") == [0] * len(COUNT_COLUMNS)
    assert fast_sentence_counts("Don't 'quote' me")[4] == len("Dontquoteme")  # the contraction's apostrophe is no letter


def test_white_space_facts_behind_the_length_based_counts():
    """``\\s`` is exactly ``str.isspace``/``str.split`` white space and shares no character with ``\\w``."""
    import re
    import sys

    chars = "".join(map(chr, range(sys.maxunicode + 1)))
    spaces = re.findall(r"\s", chars)
    assert spaces == [c for c in chars if c.isspace()]
    assert re.sub(r"\s", "", chars) == "".join(chars.split())
    assert not re.search(r"\w", "".join(spaces))


def test_summed_counts_equal_textstat_on_varied_sentences():
    from analysis.readability import readability_from_counts

    _assert_same(readability_from_counts(VARIED_SENTENCES), readability_of_sentences(VARIED_SENTENCES))
    _assert_same(readability_from_counts([]), readability_of_sentences([]))
    assert readability_from_counts(VARIED_SENTENCES)["n_sentences"] == len(VARIED_SENTENCES) - 4  # four have no word
