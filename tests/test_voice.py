"""Narrative vs quoted split: every sentence's text covered exactly once, whatever the quote spans."""
from __future__ import annotations

import random

import pandas as pd
import pytest

from analysis.voice import event_voices, long_voices, sentence_voices, split_voice, voice_texts


def covered_once(text, parts):
    """The parts are contiguous, non-overlapping and cover the text from 0 to len(text)."""
    pos = 0
    for p in parts:
        assert p["start"] == pos, (p, pos)
        assert p["end"] > p["start"]
        pos = p["end"]
    assert pos == len(text)


def test_quote_crossing_a_sentence_boundary_is_split_between_sentences():
    # press conference: one quotation runs over two sentences
    para = 'The minister said: "Prices will fall. Wages will rise." Reporters laughed.'
    open_at, close_at = para.index('"') + 1, para.rindex('"')
    sentences = pd.DataFrame({"start": [0, para.index("Wages"), para.index("Reporters")],
                              "end": [para.index("Wages") - 1, para.index("Reporters") - 1, len(para)]})
    sentences["text"] = [para[a:b] for a, b in zip(sentences["start"], sentences["end"])]
    quotes = pd.DataFrame({"start": [open_at], "end": [close_at], "from_speech": [False]})
    out = sentence_voices(sentences, quotes)
    assert out["quoted"].tolist() == ["Prices will fall.", "Wages will rise.", ""]
    assert out["narrative"].tolist()[0] == 'The minister said: "'
    assert out["narrative"].tolist()[1] == ""        # only a closing mark is left: no words
    assert out["narrative"].tolist()[2] == "Reporters laughed."


def test_unclosed_quote_runs_to_the_end_of_the_sentence():
    # court statement with an opening mark that is never closed (closed=False): span runs to paragraph end
    text = 'The defendant told the court: "I did not know what was in the bag'
    parts = split_voice(text, [(text.index('"') + 1, len(text) + 40, False)])
    covered_once(text, parts)
    assert [p["voice"] for p in parts] == ["narrative", "quoted"]
    assert text[parts[1]["start"]:parts[1]["end"]] == "I did not know what was in the bag"


def test_nested_quotes_merge_and_speech_marks_win():
    text = 'He said "they shouted \'no surrender\' all night" later.'
    outer = (text.index('"') + 1, text.rindex('"'), False)
    inner = (text.index("'") + 1, text.rindex("'"), True)
    parts = split_voice(text, [outer, inner])
    covered_once(text, parts)
    assert [p["voice"] for p in parts] == ["narrative", "quoted", "quoted", "quoted", "narrative"]
    assert [p["from_speech"] for p in parts] == [False, False, True, False, False]
    v = voice_texts(text, [outer, inner])
    assert v["speech"] == "no surrender"
    assert v["quoted"] == "they shouted ' no surrender ' all night"


@pytest.mark.parametrize("seed", range(30))
def test_any_spans_cover_each_sentence_exactly_once(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice("ab \"'.") for _ in range(rng.randint(1, 60)))
    spans = []
    for _ in range(rng.randint(0, 5)):
        a = rng.randint(-10, len(text) + 10)
        spans.append((a, a + rng.randint(0, 30), rng.random() < 0.5))
    parts = split_voice(text, spans)
    covered_once(text, parts)
    chars_quoted = sum(p["end"] - p["start"] for p in parts if p["voice"] == "quoted")
    expected = sum(any(a <= i < b for a, b, _ in spans) for i in range(len(text)))
    assert chars_quoted == expected


def test_bundled_article_with_hand_built_quotes(event):
    # the Independent: “Do not retreat.” is from the speech; the "Caliphate" scare quote is not
    aid = "000_254f71784dde8cdb"
    raw = event.parsed[aid].raw
    do_not = raw.index("Do not retreat.")
    caliph = raw.index("Caliphate")
    quotes = pd.DataFrame({"article_id": [aid, aid], "start": [do_not, caliph],
                           "end": [do_not + len("Do not retreat."), caliph + len("Caliphate")],
                           "from_speech": [True, False]})
    out = event_voices(event.sentences, quotes)
    assert len(out) == len(event.sentences)
    row = out[out["text"].str.contains("Do not retreat", regex=False)].iloc[0]
    assert row["speech"] == "Do not retreat."
    assert row["narrative"].startswith("In the recording, released by the Isis-backed Al-Furqan media")
    row = out[out["text"].str.contains("Caliphate", regex=False)].iloc[0]
    assert row["quoted"] == "Caliphate" and row["speech"] == ""
    # the other outlet has no quote rows here: all narrative
    other = out[out["article_id"] != aid]
    assert (other["quoted"] == "").all() and (other["narrative"] == other["text"]).all()


def test_long_voices_keeps_one_all_row_per_sentence():
    t = pd.DataFrame({"sentence": [0, 1], "text": ["Fine words.", '"Yes."'], "narrative": ["Fine words.", ""],
                      "quoted": ["", "Yes."], "speech": ["", ""]})
    long = long_voices(t, ["sentence"])
    assert long.query("voice == 'all'")["sentence"].tolist() == [0, 1]
    assert long[["sentence", "voice"]].values.tolist() == [[0, "all"], [0, "narrative"], [1, "all"], [1, "quoted"]]


def test_bad_quotes_table_is_named():
    with pytest.raises(ValueError, match="start"):
        sentence_voices(pd.DataFrame({"start": [0], "end": [3], "text": ["abc"]}), pd.DataFrame({"begin": [0]}))
