"""Tests for analysis.align: passages across outlets, calibration, transcript coverage, wording diffs."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import align
from analysis.align import (align_quotes, align_to_transcript, assign_passages, calibrate,
                            coverage_table, passage_matrix, score_pairs, separation,
                            transcript_sentences, translation_families, word_diff, wording_html,
                            wording_table)

PAIRS = Path(__file__).parent / "data" / "align_pairs.csv"


def _table(rows):
    q = pd.DataFrame(rows, columns=["article_id", "outlet", "text", "kind"])
    q["from_speech"] = True
    return q


# The seed event's speech quotes, typed by hand from the two articles.
IND, BEA = "The Independent", "Washington Free Beacon"
SEED = _table([
    ("i", IND, "Holding your ground with honour is a thousand times easier than retreating in shame.", "quote"),
    ("i", IND, "This … total war and the great jihad that the Islamic State is fighting today only increases "
               "our firm belief, God willing, and our conviction that all this is a prelude to victory,", "quote"),
    ("i", IND, "turn the nights of the unbelievers into days, to wreak havoc in their land and make their "
               "blood flow as rivers.", "quote"),
    ("b", BEA, "total war", "fragment"),
    ("b", BEA, "crusaders", "fragment"),
    ("b", BEA, "wreak havoc.", "fragment"),
    ("b", BEA, "This raging battle and total war, and the great jihad that the state of Islam is fighting today "
               "only increases our firm belief, God willing, and our conviction that all this is a prelude to victory,", "quote"),
    ("b", BEA, "know that the value of staying on your land with honor is a thousand times better than the "
               "price of retreating with shame.", "quote"),
    ("b", BEA, "Turkey entered the zone of your operations, so attack it, destroy its security, and sow horror "
               "within it.", "quote"),
    ("b", BEA, "siding with the infidel nations in the war on Islam and the Sunna [Sunni Muslims] in Iraq and Syria.", "quote"),
])


def test_translation_and_trim_variants_land_together():
    p = assign_passages(SEED)
    assert p[0] == p[7]            # honour ... easier / honor ... better
    assert p[1] == p[6]            # "This … total war" / "This raging battle and total war"


def test_fragments_join_the_passage_that_contains_them():
    p = assign_passages(SEED)
    assert p[5] == p[2]            # "wreak havoc" inside "turn the nights ..."
    assert p[3] == p[6]            # "total war" inside the raging-battle passage


def test_different_passages_stay_apart_despite_topic_words():
    p = assign_passages(SEED)
    # war / Islam / Islamic State / attack are shared topic words, not shared passages
    assert len({p[0], p[1], p[2], p[8], p[9]}) == 5
    assert p[4] not in {p[8]}      # a lone word ("crusaders") does not join a passage


def test_ids_readable_deterministic_and_by_first_appearance():
    p = assign_passages(SEED)
    assert p.tolist()[:4] == ["P01", "P02", "P03", "P02"]
    assert p.tolist() == assign_passages(SEED).tolist()
    shuffled_index = SEED.set_axis([f"r{k}" for k in range(len(SEED))])
    assert assign_passages(shuffled_index).index.tolist() == shuffled_index.index.tolist()


def test_non_speech_quotes_get_empty_id_and_bad_input_is_named():
    q = SEED.copy()
    q["from_speech"] = [True] * 9 + [False]
    q.loc[0, "text"] = pd.NA
    p = assign_passages(q)
    assert p.iloc[-1] == ""
    assert p.iloc[0] != ""                          # a missing text still gets an id, no crash
    assert assign_passages(SEED.iloc[:0]).tolist() == []
    with pytest.raises(ValueError, match="from_speech"):
        assign_passages(SEED.drop(columns="from_speech"))
    with pytest.raises(ValueError, match="between 0 and 1"):
        assign_passages(SEED, threshold=54)


def test_scores_reported_for_researcher():
    a = align_quotes(SEED)
    # the fuller wording (Beacon) opens the passage, the shorter translation joins it
    assert a.loc[7, "method"] == "new" and pd.isna(a.loc[7, "score"])
    assert a.loc[0, "method"] == "pair" and a.loc[0, "score"] >= align.THRESHOLD and a.loc[0, "matched"] == 7
    assert a.loc[5, "method"] == "fragment" and a.loc[5, "score"] == 1.0


# ---- calibration set

def test_calibration_file_is_large_and_varied():
    pairs = pd.read_csv(PAIRS)
    assert len(pairs) >= 30
    assert pairs["speech"].nunique() >= 8
    assert set(pairs["same"]) == {0, 1}
    assert (pairs["same"] == 0).sum() >= 12


def test_default_thresholds_make_no_wrong_merges_on_calibration_pairs():
    t = calibrate(PAIRS).set_index("method")
    assert t["wrong_merges"].sum() == 0
    assert t.loc["pair", "min_same"] > t.loc["pair", "max_different"]     # the classes separate
    assert t.loc["pair", "max_different"] < align.THRESHOLD <= t.loc["pair", "min_same"]
    assert t.loc["pair", "recall_at_best"] >= 0.9
    assert t.loc["fragment", "max_different"] < align.FRAGMENT_THRESHOLD


def test_separation_reports_errors_by_id():
    pairs = pd.DataFrame({"id": [1, 2], "same": [0, 1],
                          "a": ["The referee was a disgrace to the game today", "We lost the game"],
                          "b": ["The referee today was a disgrace to the game", "They won the game"]})
    t = separation(score_pairs(pairs)).set_index("method")
    assert t.loc["pair", "wrong_merges"] == 1
    assert "1 (wrong merge)" in t.loc["pair", "errors"]


# ---- transcript and coverage: a short invented speech covered by three outlets

SPEECH = ("Tonight our city is grieving, but it is not broken. "
          "The water took our homes, our shops and our roads, yet it could not take our courage. "
          "I have asked the national government for emergency funds, and I expect an answer within a week. "
          "Every family that lost its home will have a roof over its head before winter. "
          "We will rebuild this city stone by stone, together.")


@pytest.fixture
def flood_event(tmp_path):
    folder = tmp_path / "mayor-flood"
    folder.mkdir()
    (folder / "transcript.txt").write_text(SPEECH, encoding="utf-8")
    quotes = pd.DataFrame([
        ("h", "Herald", "not broken", "fragment"),
        ("h", "Herald", "Tonight our city is grieving, but it is not broken.", "quote"),
        ("h", "Herald", "Every family that lost its home will have a roof over its head before winter,", "quote"),
        ("h", "Herald", "We will rebuild this city stone by stone, together.", "quote"),
        ("c", "Courier", "We will rebuild this city, stone by stone", "quote"),
        ("c", "Courier", "I expect an answer within a week", "quote"),
        ("c", "Courier", "emergency funds", "fragment"),
        ("c", "Courier", "The forecast was wrong and the council knew it", "quote"),
        ("g", "Gazette", "The water took our homes and our shops, but it could not take our courage", "quote"),
        ("g", "Gazette", "Tonight our city is grieving … it is not broken", "quote"),
    ], columns=["article_id", "outlet", "text", "kind"])
    quotes["from_speech"] = [True] * 7 + [False] + [True] * 2
    return folder, quotes


def test_transcript_alignment_and_coverage(flood_event):
    folder, quotes = flood_event
    sentences = transcript_sentences((folder / "transcript.txt").read_text(encoding="utf-8"))
    assert sentences["passage"].tolist() == ["T01", "T02", "T03", "T04", "T05"]
    assert sentences["n_words"].tolist() == [10, 17, 17, 15, 9]
    aligned = align_to_transcript(quotes, sentences)
    assert aligned["passage"].tolist() == ["T01", "T01", "T04", "T05", "T05", "T03", "T03", "", "T02", "T01"]
    cov = coverage_table(quotes.join(aligned[["covers"]]), sentences).set_index("outlet")
    assert cov.loc["Herald", "order_quoted"] == "T01 T04 T05"
    assert cov.loc["Herald", "share_words"] == pytest.approx(34 / 68)
    assert cov.loc["Herald", "order_tau"] == 1.0
    assert cov.loc["Courier", "passages"] == "T03 T05"
    assert cov.loc["Courier", "order_tau"] == -1.0          # quoted the ending first
    assert cov.loc["Gazette", "share_passages"] == pytest.approx(2 / 5)
    m = passage_matrix(quotes.join(aligned[["covers"]]), "covers")
    assert m.loc["T01"].tolist() == [2, 0, 1]               # Herald twice (fragment + quote), Gazette once


def test_assign_with_transcript_falls_back_to_clusters(flood_event):
    _, quotes = flood_event
    extra = pd.DataFrame([("g", "Gazette", "Our fire brigade worked through the night without rest", "quote", True)],
                         columns=quotes.columns)
    q = pd.concat([quotes, extra], ignore_index=True)
    p = align.assign_passages_with_transcript(q, SPEECH)
    assert p.iloc[-1] == "P01" and p.iloc[7] == "" and p.iloc[0] == "T01"


# ---- wording diffs and families

def test_word_diff_names_each_kind_of_change():
    d = word_diff("This raging battle and total war, and the great jihad that the state of Islam is fighting",
                  "This … total war and the great jihad that the Islamic State is fighting")
    changes = d[d.op != "same"][["op", "reference", "other"]].values.tolist()
    assert ["ellipsis", "raging battle and", "…"] in changes
    assert ["substitution", "state of Islam", "Islamic State"] in changes
    d = word_diff("staying on your land with honor", "staying on your land with honour")
    assert d[d.op == "spelling"][["reference", "other"]].values.tolist() == [["honor", "honour"]]
    d = word_diff("we will rebuild this city stone by stone", "we will rebuild this city")
    assert d[d.op == "omission"]["reference"].tolist() == ["stone by stone"]


def test_wording_table_and_html_escape_markup():
    q = pd.DataFrame({"outlet": ["A", "B", "C"], "passage": ["P01"] * 3,
                      "text": ["Holding your ground with honour is a thousand times easier than retreating in shame",
                               "Holding your ground with honor is a thousand times easier <script>alert(1)</script>",
                               "the value of staying on your land with honor is a thousand times better"]})
    w = wording_table(q).set_index("outlet")
    assert w.loc["B", "spelling"] == 1 and w.loc["A", "reference_from"] == "A"
    assert w.loc["A", "family"] == w.loc["B", "family"] != w.loc["C", "family"]
    h = wording_html(wording_table(q))
    assert "<script>" not in h and "&lt;script&gt;alert(1)&lt;/script&gt;" in h
    assert '<ins class="spelling" title="honour">honor</ins>' in h


def test_translation_families_group_outlets_by_shared_wording():
    wire_a = ["We will never surrender our land to the invaders from the north",
              "Our soldiers fight with courage and our people stand behind them"]
    wire_b = ["We shall not ever give up our country to the northern occupiers",
              "The army battles bravely and the nation supports it fully"]
    rows = []
    for outlet, wording in [("Times", wire_a), ("Post", wire_a), ("Mirror", wire_b), ("Sun", wire_b), ("Star", wire_a[:1])]:
        for k, text in enumerate(wording):
            rows.append({"outlet": outlet, "passage": f"P0{k + 1}", "text": text})
    fam = translation_families(pd.DataFrame(rows)).set_index("outlet")["family"]
    assert fam["Times"] == fam["Post"] == fam["Star"] == "F1"
    assert fam["Mirror"] == fam["Sun"] == "F2"


# ---- how two wordings of one passage relate (a mayor's flood address in three papers' copies)

ORIGINAL = "Every family that lost its home will have a roof over its head before winter comes."


def test_wording_relation_identical_trimmed_edited_different():
    from analysis.align import wording_relation

    same = wording_relation(ORIGINAL, "every family that lost its home will have a roof over its head, before winter comes")
    assert same["relation"] == "identical" and same["agreement"] == 1.0          # case and commas aside
    trim = wording_relation(ORIGINAL, "Every family that lost its home will have a roof … before winter")
    assert trim["relation"] == "same translation, trimmed"
    edited = wording_relation(ORIGINAL, "Every family that lost its house will have a roof over its head before "
                                        "winter comes.")
    assert edited["relation"] == "same translation, edited" and "home → house" in edited["changes"]
    spelt = wording_relation("We will honour every promise we made to the families of this city",
                             "We will honor every promise we made to the families of this city")
    assert spelt["relation"] == "same translation, edited" and "honour → honor" in spelt["changes"]
    other = wording_relation(ORIGINAL, "All households whose houses were destroyed will be sheltered before the "
                                       "cold season arrives.")
    assert other["relation"] == "different translation" and other["agreement"] < align.FAMILY_THRESHOLD
    short = wording_relation("roof over its head", "a roof over their heads")
    assert short["relation"] == "too short to tell"


def test_seed_shared_passages_classified_as_read_by_hand():
    q = SEED.copy()
    q["passage"] = assign_passages(SEED)
    rel = align.passage_relations(q).set_index("passage")
    # P01 "turn the nights" is quoted in full only by the Independent in SEED; the Beacon has "wreak havoc."
    honour, war = q.loc[0, "passage"], q.loc[1, "passage"]
    assert rel.loc[honour, "relation"] == "different translation"      # easier ... in shame / better ... with shame
    assert rel.loc[war, "relation"] == "same translation, edited"       # "This …" and Islamic State / state of Islam
    assert "state of Islam" in rel.loc[war, "changes"]
    sim = align.outlet_similarity(q).iloc[0]
    assert (sim["n_shared"], sim["n_identical"], sim["n_edited"], sim["n_different"]) == (2, 0, 1, 1)
    assert "different translation" in sim["evidence"]


def test_families_state_their_basis():
    rows = [("Herald", "P01", ORIGINAL), ("Courier", "P01", ORIGINAL),
            ("Herald", "P02", "We will rebuild this city stone by stone, together."),
            ("Courier", "P02", "Together we shall raise this town again, brick upon brick."),
            ("Herald", "P03", "Tonight our city is grieving, but it is not broken."),
            ("Courier", "P03", "Tonight our city is grieving … not broken."),
            ("Gazette", "P04", "The water took our homes, our shops and our roads")]
    q = pd.DataFrame(rows, columns=["outlet", "passage", "text"])
    fam = translation_families(q).set_index("outlet")
    assert fam.loc["Herald", "family"] == fam.loc["Courier", "family"] != fam.loc["Gazette", "family"]
    assert fam.loc["Herald", "n_passages_compared"] == 3
    basis = fam.loc["Herald", "basis"]
    assert "3 passages quoted in full by both" in basis
    assert "P01 identical" in basis and "P03 the same translation, trimmed" in basis
    assert "P02 a different translation" in basis
    assert fam.loc["Gazette", "basis"] == "no passage quoted in full by another outlet"


def test_calibration_range_and_readable_errors():
    pairs = pd.DataFrame({"id": [1, 2, 3, 4], "same": [1, 1, 0, 1],
                          "a": ["wreak havoc", "no remorse", "special one", "a public health war"],
                          "b": ["to wreak havoc in their land", "without any regret at all today",
                                "This is one special team and they know it.", "We are at war, a public health war"]})
    scored = score_pairs(pairs)
    t = separation(scored).set_index("method")
    # the different pair scores below 1; every same pair above it scores 1, so any threshold between is safe
    assert t.loc["fragment", "safe_from"] < 1.0 and t.loc["fragment", "safe_to"] == 1.0
    assert t.loc["fragment", "safe_from"] < t.loc["fragment", "best_threshold"] < 1.0
    err = align.calibration_errors(scored)
    assert err["id"].tolist() == [2]
    assert err.loc[0, "error"] == "missed: same passage kept apart"
    assert err.loc[0, "a"] == "no remorse"


def test_calibration_file_default_inside_safe_range():
    t = calibrate(PAIRS).set_index("method")
    for method, limit in [("pair", align.THRESHOLD), ("fragment", align.FRAGMENT_THRESHOLD)]:
        assert t.loc[method, "safe_from"] < limit <= t.loc[method, "safe_to"]
