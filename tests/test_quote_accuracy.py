"""Quote-span precision/recall and speaker accuracy against hand-made gold files.

* ``tests/data/quotes_gold_seeds.csv``: every quoted span of the two bundled articles, read by hand.
* ``tests/data/quotes_heldout2/``: a second held-out set (BBC politics, wire obituary, earnings call,
  tabloid court, council meeting, transfer, war report with anonymous sources, science release;
  79 spans with gold speaker, speaker_type and kind), written and measured once before the second
  round of rule changes (speaker accuracy then 0.620).
* ``tests/data/quotes_heldout3/``: a third held-out set in styles not used before (US local TV news, NYT-style
  feature with a quotation over several paragraphs, Guardian-style live blog, AFP story with translated
  quotes, Reuters merger story, parliamentary sketch, police press conference, festival review; 92 spans),
  written and measured once before the third round of rule changes (speaker accuracy then 0.522).
* ``tests/data/quotes_heldout4/``: a fourth held-out set (Reuters-style diplomatic story, UK tabloid crime
  story, local election night, tech product launch, NGO report with anonymous aid workers, courtroom sketch;
  55 spans), written and measured once before the fourth round of rule changes (speaker accuracy then 0.782).
* ``tests/data/quotes_heldout5/`` and ``quotes_heldout6/``: two sets of six articles each (AP politics, BBC
  health, match report, UN wire, inquest, tabloid; Bloomberg markets, planning row, novelist interview,
  science embargo, port strike, presidential address; 72 and 73 spans), written by a separate author who
  never saw the rules, both measured once before round 5 (speaker accuracy 0.708 and 0.767). Round 5 was
  developed on set 5's misses (-> 0.944) with set 6 kept blind: set 6 then measured 0.808, the honest
  figure for text the rules had not seen. Round 6 was developed on set 6's misses.
* ``tests/data/quotes_heldout7/``: six more articles by the same separate author (AFP election, US school
  board, FT results, marathon feature, sentencing, wildfire; 79 spans), written while round 6 was under
  way and measured once after it, blind: 0.873 (0.759 with the code before round 5). Round 7 was then
  developed on its misses.
* ``tests/data/quotes_heldout8/``: six more by the same author (Reuters central bank, tabloid reality TV,
  bus route closure, minister's resignation, data breach, actor's obituary; 85 spans), measured once
  after round 7, blind: 0.906 (0.753 with the code before round 5). Its misses have not been studied.
* ``tests/data/quotes_heldout/``: eight short articles in other house styles (AP, UK tabloid, court
  report, sports interview, press conference, parliamentary debate, company statement, live blog),
  87 quoted spans, written with their gold file *before* the extraction rules were written.

A span matches when its exact text matches a gold span of the same article (each gold span used once).
A speaker matches when, ignoring case, a leading article (a/an/the/one/another) and curly apostrophes,
the two names are equal or one is the other followed by more words (gold "a retired firefighter" matches
"a retired firefighter who asked not to be named"). Targets from issue 3: F1 >= 0.95, speaker >= 0.92.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from analysis.quotes import extract_quotes

DATA = Path(__file__).parent / "data"


def _norm(name: str) -> str:
    """Lower case, one space, no leading article and no leading honorific: "Dame Harriet Vale" and
    "Harriet Vale" name the same speaker (the gold files differ on whether a title belongs to the name)."""
    name = re.sub(r"\s+", " ", str(name).replace("\u2019", "'")).strip().lower()
    name = re.sub(r"^(?:the|a|an|one|another) ", "", name)
    return re.sub(r"^(?:(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|rev)\.? )+(?=\S)", "", name)


_SPOKES_FOR = re.compile(r"^(?:spokes(?:man|woman|person)|representative) (?:for|of|at) (?:the )?(.+)$")
_SPOKES_PRE = re.compile(r"^(.+?)(?:'s)? (?:spokes(?:man|woman|person)|representative)$")


def _voice_of(name: str) -> str:
    """The organisation an unnamed spokesperson description names ("a spokesman for Love Villa",
    "a Halvorsen spokesperson" -> "love villa", "halvorsen"), else the normalised name itself."""
    m = _SPOKES_FOR.match(name) or _SPOKES_PRE.match(name)
    return _norm(m.group(1)) if m else name


def same_speaker(pred: str, gold: str) -> bool:
    """Whether a predicted speaker names the gold speaker: equal after :func:`_norm`, one a longer form
    of the other ("Boris" / "Boris Johnson"), or an unnamed spokesperson and the organisation it names
    (the gold files differ on which of the two they record for an institution's voice)."""
    p, g = _norm(pred), _norm(gold)
    if not g:
        return not p
    if p == g or p.startswith(g + " ") or g.startswith(p + " "):
        return True
    return _voice_of(p) == _voice_of(g) != ""


def score(pred: pd.DataFrame, gold: pd.DataFrame, key: str) -> dict:
    """Span precision, recall, F1 and speaker accuracy over matched spans, grouped by ``key``."""
    tp = fp = fn = ok = 0
    for k, g in gold.groupby(key):
        p = pred[pred[key] == k]
        unused = list(p.itertuples())
        for row in g.itertuples():
            hit = next((x for x in unused if " ".join(x.text.split()) == " ".join(row.text.split())), None)
            if hit is None:
                fn += 1
                continue
            unused.remove(hit)
            tp += 1
            ok += same_speaker(hit.speaker, row.speaker)
        fp += len(unused)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "speaker": ok / tp if tp else 0.0, "n": len(gold)}


def test_same_speaker_rule():
    assert same_speaker("a retired firefighter who asked not to be named", "a retired firefighter")
    assert same_speaker("One trawlerman", "one trawlerman")
    assert not same_speaker("Mark Delgado", "a retired firefighter")
    assert same_speaker("Boris", "Boris Johnson")  # one name is the other followed by more words
    assert same_speaker("Harriet Vale", "Dame Harriet Vale")  # a leading honorific is not part of the name
    assert not same_speaker("Dame Harriet Vale", "Harriet Lane")
    assert same_speaker("Lord Carnoch", "Carnoch") and not same_speaker("Lord Carnoch", "Lord Fraser")
    assert same_speaker("a spokesman for Love Villa", "Love Villa")  # an institution's voice, either way
    assert same_speaker("Halvorsen", "a Halvorsen spokesperson")
    assert not same_speaker("a spokesman for Love Villa", "Northway Rail")
    assert not same_speaker("a spokeswoman", "Northway Rail")


@pytest.fixture(scope="module")
def seed_scores(event):
    gold = pd.read_csv(DATA / "quotes_gold_seeds.csv", dtype=str, keep_default_na=False)
    pred = event.quotes
    return score(pred, gold, "article_id"), pred, gold


def test_seed_gold_precision_recall(seed_scores):
    s, _, _ = seed_scores
    assert s["n"] == 28
    assert s["precision"] == 1.0
    assert s["recall"] == 1.0


def test_seed_gold_speaker_accuracy(seed_scores):
    s, _, _ = seed_scores
    assert s["speaker"] >= 0.96  # measured 28/28; one miss allowed


def test_seed_gold_from_speech_and_kind(seed_scores):
    _, pred, gold = seed_scores
    merged = gold.merge(pred.assign(text=pred["text"].str.split().str.join(" ")),
                        on=["article_id", "text"], suffixes=("_gold", ""))
    assert len(merged) == len(gold)
    assert (merged["from_speech"] == (merged["from_speech_gold"] == "True")).mean() == 1.0
    assert (merged["kind"] == merged["kind_gold"]).mean() >= 0.96
    assert (merged["section"] == merged["section_gold"]).all()


def test_seed_gold_speaker_type(seed_scores):
    """Gold speaker_type read row by row: the speech and named politicians are named persons; a resident,
    the fighters and an unnamed colonel are anonymous; the scare-quoted label is unattributed."""
    _, pred, gold = seed_scores
    merged = gold.merge(pred.assign(text=pred["text"].str.split().str.join(" ")),
                        on=["article_id", "text"], suffixes=("_gold", ""))
    assert len(merged) == len(gold) == 28
    assert (merged["speaker_type"] == merged["speaker_type_gold"]).all()


@pytest.fixture(scope="module")
def heldout():
    gold = pd.read_csv(DATA / "quotes_heldout" / "gold.csv", dtype=str, keep_default_na=False)
    frames = []
    for name in sorted(gold["file"].unique()):
        text = (DATA / "quotes_heldout" / f"{name}.txt").read_text(encoding="utf-8")
        frames.append(extract_quotes(text).assign(file=name))
    return score(pd.concat(frames, ignore_index=True), gold, "file")


def test_heldout_has_enough_quotes(heldout):
    assert heldout["n"] >= 60


def test_heldout_span_f1_meets_target(heldout):
    assert heldout["f1"] >= 0.95  # measured 1.000 (87/87 spans, no false positives)


def test_heldout_speaker_accuracy(heldout):
    # Target 0.92. Measured 0.862 (75/87) at the frozen measurement, 0.874 after round 1; 0.943 (82/87)
    # after round 2, whose rules were developed against this set's known misses: it is no longer held out.
    # 1.000 (87/87) after rounds 5 and 6.
    assert heldout["speaker"] >= 0.98


# Measured on held-out2 (target 0.92 not met): speaker 0.620 (49/79) before round 2, 0.658 (52/79)
# after it, 0.810 (64/79) after round 3 (whose rules were developed with this set's misses in view);
# speaker_type 0.722 -> 0.759 -> 0.873; kind 0.937 throughout. Asserted at the measured levels.
# Round 4 (sentence-initial descriptions, "which"-marked organisations, "The <Name>" organisations):
# held-out2 0.810 -> 0.835 (66/79), held-out3 0.859 -> 0.870 (80/92); seeds and held-out1 unchanged.
# Held-out3 (target 0.92 not met): speaker 0.522 (48/92) at the frozen measurement before round 3,
# 0.859 (79/92) after it (developed with its misses in view, so no longer fully held out); speaker_type
# 0.766 -> 0.894; kind 0.968 both times; span F1 1.0 both times.
# Held-out4 (target 0.92 not met): speaker 0.782 (43/55) at the frozen measurement before round 4, 0.855 (47/55)
# after it (round 4 was developed with its misses in view); speaker_type 0.855 -> 0.945; kind 0.927 -> 0.945;
# span F1 1.0 both times.
# Rounds 5 and 6 (subject and gender salience for he/she, passives, titles, lone organisations, first
# names, role synonyms, repeated headline quotes, relative clauses, apposition after "according to",
# agent descriptions): held-out2 0.835 -> 0.949, held-out3 0.870 -> 0.902, held-out4 0.855 -> 0.927,
# held-out5 0.708 (frozen) -> 0.944, held-out6 0.767 (frozen) -> 0.808 (blind, after round 5) -> 0.973.
# Round 7 (every role word of an apposition, organisations inside role descriptions, reported fragments
# after "its", he/she inside a quotation, a quotation after a sentence about someone): held-out6 0.986,
# held-out7 0.873 (blind) -> 1.000; the other sets unchanged.
# Asserted levels per set: (minimum quotes, files, speaker, speaker_type, kind); span F1 >= 0.95 for all.
HELDOUT_LEVELS = {
    "quotes_heldout2": (70, 8, 0.94, 0.95, 0.97),
    "quotes_heldout3": (70, 8, 0.91, 0.93, 0.98),
    "quotes_heldout4": (40, 6, 0.92, 0.98, 0.94),
    "quotes_heldout5": (70, 6, 0.94, 0.95, 0.98),
    "quotes_heldout6": (70, 6, 0.99, 0.99, 0.99),
    "quotes_heldout7": (70, 6, 0.99, 0.99, 0.99),
    "quotes_heldout8": (80, 6, 0.98, 0.97, 0.99),  # blind: 0.906, type 0.951, kind 0.988; after round 9: 0.988
    "quotes_heldout9": (100, 6, 0.98, 0.99, 0.99),  # blind after round 8: 0.779, type 0.875, kind 0.952
    # blind after round 8: 0.887 (type 0.915, kind 0.981); after round 9, still unstudied: 0.896
    "quotes_heldout10": (100, 6, 0.98, 0.94, 0.99),
    # blind after round 10: 0.856 (type 0.903, kind 0.961); the rules of the session's start scored 0.837;
    # after round 11: 0.971
    "quotes_heldout11": (100, 6, 0.97, 0.96, 0.98),
    # blind after round 11 (set 11 studied): 0.772 (type 0.851, kind 0.970); round 10's rules scored 0.752
    "quotes_heldout12": (100, 6, 0.90, 0.92, 0.97),
    # blind after round 11: 0.773 (type 0.876, kind 0.969); round 10's rules scored 0.742
    # after round 22: 0.959
    "quotes_heldout13": (95, 6, 0.95, 0.87, 0.96),
    # blind after round 11 (all of sets 1-13 studied): 0.850 (type 0.925, kind 0.972)
    # after round 12: 1.000 (type 1.000, kind 1.000)
    "quotes_heldout14": (100, 6, 0.99, 0.99, 0.99),
    # blind after round 11: 0.874 (type 0.872, kind 0.915)
    # after round 12: 1.000 (type 1.000, kind 0.989)
    "quotes_heldout15": (90, 6, 0.99, 0.99, 0.98),
    # blind after round 12 (sets 14 and 15 studied): 0.837 (type 0.967, kind 0.989)
    # after round 13: 0.870 (type 0.967, kind 0.989); after round 17: 0.891
    # after round 22: 0.913
    "quotes_heldout16": (90, 6, 0.91, 0.96, 0.98),
    # blind after round 12: 0.784 (type 0.912, kind 0.951)
    # after round 13: 0.882 (type 0.951, kind 0.951); after round 14: 0.912 (type 0.961)
    "quotes_heldout17": (100, 6, 0.90, 0.95, 0.95),
    # blind after round 13 (sets 1-17 studied): 0.830 (type 0.946, kind 0.978)
    # after round 14: 0.936 (type 0.968, kind 0.978)
    "quotes_heldout18": (90, 6, 0.93, 0.96, 0.97),
    # blind after round 13: 0.814 (type 0.896, kind 0.969)
    # after round 14: 0.948 (type 0.990, kind 0.990)
    "quotes_heldout19": (95, 6, 0.94, 0.98, 0.98),
    # blind after round 13: 0.813 (type 0.953, kind 0.981)
    # after round 14: 0.907 (type 0.981, kind 0.991)
    "quotes_heldout20": (100, 6, 0.97, 0.98, 0.98),  # after round 15: 0.916; round 16: 0.925; round 23: 0.935; 25c: 0.972
    # blind after round 14 (sets 1-20 studied): 0.857 (type 0.958, kind 1.000)
    # after round 15: 0.908 (type 0.979, kind 1.000)
    "quotes_heldout21": (95, 6, 0.90, 0.97, 0.99),
    # blind after round 14: 0.876 (type 0.948, kind 0.990); after round 15: 0.938 (type 0.969)
    "quotes_heldout22": (95, 6, 0.93, 0.96, 0.98),
    # blind after round 14: 0.717 (type 0.868, kind 0.981); after round 15: 0.934 (type 0.962);
    # after round 16: 0.943 (type 0.972)
    "quotes_heldout23": (100, 6, 0.93, 0.96, 0.98),
    # blind after round 15 (sets 1-23 studied): 0.870 (type 0.980, kind 0.990)
    # after round 16: 0.970 (type 0.990, kind 0.990)
    "quotes_heldout24": (100, 6, 0.96, 0.98, 0.98),
    # blind after round 15: 0.827 (type 0.904, kind 0.981); after round 16: 0.962 (type 0.990, kind 0.990)
    "quotes_heldout25": (100, 6, 0.95, 0.98, 0.98),
    # blind after round 15: 0.804 (type 0.906, kind 0.972); after round 16: 0.972 (type 0.991, kind 0.981)
    "quotes_heldout26": (100, 6, 0.96, 0.98, 0.97),
    # blind after round 16 (sets 1-26 studied): 0.865 (type 0.896, kind 0.958); round 15's rules: 0.865
    # after round 18: 0.917 (type 0.938, kind 0.990)
    "quotes_heldout27": (90, 6, 0.91, 0.93, 0.98),
    # blind after round 16: 0.911 (type 0.938, kind 0.982); round 15's rules: 0.911; after round 17: 0.946
    # after round 18: 0.964 (type 0.946, kind 0.991)
    "quotes_heldout28": (110, 6, 0.96, 0.94, 0.98),
    # blind after round 16: 0.849 (type 0.896, kind 0.981); round 15's rules: 0.802;
    # after round 17: 0.925 (type 0.906); after round 18: 0.962 (type 0.925, kind 0.981)
    "quotes_heldout29": (100, 6, 0.96, 0.92, 0.98),
    # blind after round 18 (sets 1-29 studied): 0.825 (type 0.927, kind 0.990); round 17's rules: 0.814
    # after rounds 18d-f: 0.979 (type 0.979, kind 1.000)
    "quotes_heldout30": (95, 6, 0.97, 0.97, 0.99),
    # blind after round 18: 0.780 (type 0.826, kind 0.963); round 17's rules: 0.780
    # after rounds 18d-f: 0.881 (type 0.899, kind 0.972)
    "quotes_heldout31": (105, 6, 0.90, 0.89, 0.97),
    # blind after round 18: 0.767 (type 0.902, kind 0.980); round 17's rules: 0.767
    # after rounds 18d-f: 0.913 (type 0.951, kind 0.980)
    "quotes_heldout32": (100, 6, 0.92, 0.95, 0.98),
    # blind after rounds 18d-f (sets 1-32 studied): 0.784 (type 0.910, kind 0.982)
    # after round 19a: 0.892 (type 0.973, kind 0.982); after round 19b: 0.937 (type 0.982); after 19c: 0.955
    "quotes_heldout33": (105, 6, 0.95, 0.98, 0.98),
    # blind after rounds 18d-f: 0.707 (type 0.838, kind 0.980); after round 19a: 0.808 (type 0.889)
    # after round 19b: 0.939 (type 0.949, kind 0.990); after round 19c: 0.949 (type 0.960)
    "quotes_heldout34": (95, 6, 0.94, 0.95, 0.98),
    # blind after rounds 18d-f: 0.851 (type 0.931, kind 1.000); after round 19a: 0.921 (type 0.970)
    # after round 19b: 0.960; after round 19c: 0.980
    "quotes_heldout35": (95, 6, 0.97, 0.97, 0.99),
    # blind after round 19c (sets 1-35 studied): 0.830 (type 0.925, kind 1.000); round 18's rules: 0.830
    # after round 20a: 0.868; after round 20c: 0.896
    "quotes_heldout36": (100, 6, 0.92, 0.93, 0.99),
    # blind after round 19c: 0.808 (type 0.904, kind 0.990); round 18's rules: 0.808
    # after round 20c: 0.837
    "quotes_heldout37": (100, 6, 0.83, 0.90, 0.99),
    # blind after round 19c: 0.828 (type 0.899, kind 0.939); round 18's rules: 0.869. Two of round 19's
    # rules were wrong here ('who shared a flat' took "shared" as a cue; a description skipped its own
    # sentence's subject): mended, 0.869; after round 19d: 0.899
    "quotes_heldout38": (95, 6, 0.90, 0.91, 0.93),
    # blind after round 19d (sets 1-38 studied): 0.888 (type 0.972, kind 0.991); 0.860 with round 20's first
    # rule alone (a subject of the sentence first), 0.888 again once abbreviated titles were spelled out
    # after round 20d: 0.916
    "quotes_heldout39": (100, 6, 0.91, 0.97, 0.99),
    # blind after round 19d: 0.877 (type 0.934, kind 0.981); the same with round 20a; after round 20b: 0.925
    # after round 23: 0.953
    "quotes_heldout40": (100, 6, 0.95, 0.94, 0.98),
    # blind after round 19d: 0.827 (type 0.865, kind 0.962); the same with round 20a; after round 20b: 0.885; 20c: 0.894
    "quotes_heldout41": (100, 6, 0.89, 0.93, 0.97),
    # blind after round 20d (sets 1-41 studied): 0.931 (type 0.950, kind 0.990); round 19's rules: 0.901
    # after round 20e: 0.960 (type 0.941); after round 24: 0.980
    "quotes_heldout42": (100, 6, 0.97, 0.95, 0.99),
    # blind after round 20d: 0.838 (type 0.924, kind 0.952); round 19's rules: 0.810; after round 20e: 0.857;
    # after round 21: 0.905
    # after round 23: 0.924; after round 24: 0.933
    "quotes_heldout43": (100, 6, 0.93, 0.92, 0.96),
    # blind after round 20d: 0.895 (type 0.971, kind 0.971); round 19's rules: 0.895; after round 21: 0.914;
    # after round 24: 0.943
    "quotes_heldout44": (100, 6, 0.94, 0.97, 0.97),
    # blind with round 20's rules (sets 1-44 studied): 0.786 (type 0.932, kind 0.990); after round 21: 0.932
    "quotes_heldout45": (100, 6, 0.93, 0.98, 0.99),
    # blind with round 20's rules: 0.913 (type 0.932, kind 1.000); after round 21: 0.981
    "quotes_heldout46": (100, 6, 0.98, 0.98, 1.00),
    # blind with round 20's rules: 0.922 (type 0.903, kind 0.981); after round 21: 0.942; after round 22: 0.971
    "quotes_heldout47": (100, 6, 0.97, 0.90, 0.98),
    # blind with round 21's rules (sets 1-47 studied): 0.901 (type 0.920, kind 0.970); after round 22: 0.941;
    # after round 23: 0.980
    "quotes_heldout48": (100, 6, 0.98, 0.98, 1.00),
    # blind with round 21's rules: 0.927 (type 0.927, kind 0.991); after round 22: 0.964; after round 23: 0.973
    "quotes_heldout49": (100, 6, 0.97, 0.94, 1.00),
    # blind with round 21's rules: 0.874 (type 0.968, kind 0.968); after round 22: 0.958
    "quotes_heldout50": (90, 6, 0.95, 0.98, 0.96),
    # blind with round 22's rules (sets 1-50 studied; round 23a-c, written before the set, score the same):
    # 0.931 (type 0.990, kind 0.990); after round 23: 0.990
    "quotes_heldout51": (100, 6, 0.99, 0.99, 0.99),
    # blind with round 22's rules: 0.949 (type 0.939, kind 0.990); after round 23: 0.970; after round 24: 0.990
    "quotes_heldout52": (90, 6, 0.98, 0.95, 0.99),
    # blind with round 22's rules: 0.848 (type 0.943, kind 0.971); after round 23: 0.981; after round 24: 0.990
    "quotes_heldout53": (100, 6, 0.98, 0.98, 0.99),
    # blind with round 23's rules (sets 1-53 studied; round 24a-d, written before the sets, score the same):
    # 0.814 (type 0.961, kind 1.000); round 22's rules: 0.804; after round 24: 0.980 (type 0.990)
    "quotes_heldout54": (100, 6, 0.97, 0.98, 0.99),
    # blind with round 23's rules: 0.870 (type 0.967, kind 0.989); round 22's rules: 0.859; after round 24: 0.946
    "quotes_heldout55": (90, 6, 0.94, 0.96, 0.98),
    # blind with round 23's rules: 0.814 (type 0.931, kind 0.971); round 22's rules: 0.814; after round 24: 0.882
    # (type 0.941)
    "quotes_heldout56": (100, 6, 0.88, 0.93, 0.97),
    # blind with round 24's rules: 0.852 (type 0.972, kind 0.991); round 25a-b's rules, written before the
    # set was studied: 0.944; after round 25c: 0.991 (type 0.991, kind 1.000)
    "quotes_heldout57": (100, 6, 0.99, 0.99, 0.99),
    # blind with round 24's rules: 0.938 (type 0.887, kind 0.990); round 25a-b's rules: the same; after
    # round 25c: 1.000 (type 0.948, kind 1.000)
    "quotes_heldout58": (90, 6, 0.99, 0.94, 0.99),
    # blind with round 24's rules: 0.858 (type 0.893, kind 0.973); round 25a-b's rules: the same; after
    # round 25c: 0.947 (type 0.938, kind 0.991)
    "quotes_heldout59": (110, 6, 0.94, 0.93, 0.99),
    # blind with round 25's rules (round 24's score the same): 0.877 (type 0.914, kind 0.990); after round 25e:
    # 0.953 (type 0.952)
    "quotes_heldout60": (100, 6, 0.95, 0.95, 0.98),
    # blind with round 25's rules (round 24's score the same): 0.869 (type 0.953, kind 1.000); after round 25e:
    # 0.935 (type 0.972)
    "quotes_heldout61": (100, 6, 0.93, 0.97, 0.99),
    # blind with round 25's rules (round 24's score the same): 0.952 (type 0.951, kind 1.000)
    "quotes_heldout62": (100, 6, 0.95, 0.95, 0.99),
    # blind with round 25's rules: 0.929 (type 0.949, kind 0.980); after round 26a: 1.000 (type 1.000)
    "quotes_heldout63": (90, 6, 0.99, 0.99, 0.98),
    # blind with round 25's rules: 0.981 (type 1.000, kind 1.000)
    "quotes_heldout64": (100, 6, 0.98, 0.99, 0.99),
    # blind with round 25's rules: 0.891 (type 0.940, kind 0.970); after round 26a: 0.990 (type 0.990)
    "quotes_heldout65": (100, 6, 0.98, 0.98, 0.97),
    # blind with round 25's rules, and with round 26a's, written before the set arrived: 0.908 (type 0.949,
    # kind 0.990); after round 26b: 0.969 (type 0.969)
    "quotes_heldout66": (90, 6, 0.96, 0.96, 0.99),
    # blind with round 25's and round 26a's rules: 0.938 (type 0.979, kind 1.000); after round 26b: 0.969
    "quotes_heldout67": (90, 6, 0.96, 0.97, 0.99),
    # blind with round 25's and round 26a's rules: 0.951 (type 0.970, kind 1.000)
    "quotes_heldout68": (100, 6, 0.95, 0.96, 0.99),
    # blind with round 26's rules (round 25's score the same): 0.910 (type 0.910, kind 0.990)
    "quotes_heldout69": (90, 6, 0.91, 0.91, 0.99),
    # blind with round 26's rules (round 25's score the same): 0.960 (type 1.000, kind 1.000)
    "quotes_heldout70": (90, 6, 0.96, 0.99, 0.99),
    # blind with round 26's rules: 0.950 (type 1.000, kind 1.000); round 25's rules: 0.940
    "quotes_heldout71": (90, 6, 0.95, 0.99, 0.99),
}


@pytest.fixture(scope="module", params=sorted(HELDOUT_LEVELS))
def later_set(request):
    """Score one later test set: returns (name, scores, gold merged with predictions by file and text)."""
    folder = DATA / request.param
    gold = pd.read_csv(folder / "gold.csv", dtype=str, keep_default_na=False)
    frames = [extract_quotes((folder / f"{name}.txt").read_text(encoding="utf-8")).assign(file=name)
              for name in sorted(gold["file"].unique())]
    pred = pd.concat(frames, ignore_index=True)
    merged = gold.drop_duplicates(["file", "text"]).merge(pred.drop_duplicates(["file", "text"]),
                                                          on=["file", "text"], suffixes=("_gold", ""))
    return request.param, score(pred, gold, "file"), merged


def test_later_set_size_and_styles(later_set):
    name, s, merged = later_set
    n_min, n_files = HELDOUT_LEVELS[name][:2]
    assert s["n"] >= n_min
    assert merged["file"].nunique() == n_files


def test_later_set_span_f1(later_set):
    _, s, _ = later_set
    assert s["f1"] >= 0.95  # measured 1.000 on every set (79/79, 92/92, 55/55, 72/72, 73/73, 79/79, 85/85)


def test_later_set_speaker_accuracy(later_set):
    name, s, _ = later_set
    assert s["speaker"] >= HELDOUT_LEVELS[name][2]


def test_later_set_speaker_type_and_kind(later_set):
    name, _, merged = later_set
    type_min, kind_min = HELDOUT_LEVELS[name][3:]
    assert (merged["speaker_type"] == merged["speaker_type_gold"]).mean() >= type_min
    assert (merged["kind"] == merged["kind_gold"]).mean() >= kind_min
