"""Generic frames: every item fires on a sentence written to show it and stays silent on a near miss.

The sentences come from other domains (a budget speech, a flood, a court case, a strike);
each near miss keeps the topic and most of the words but drops what the item asks about.
"""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.errors import InputError
from analysis.framing import (FRAMES, article_frames, coding_sheet, frame_profile, frame_scores, frame_table,
                              headline_vs_body, item_cues, load_frame_rules, rule_agreement)

# item: (section, sentence that shows it, near miss)
CASES = {
    # responsibility
    "R1": ("body", "The government has pledged emergency funds to help flood victims rebuild their homes.",
           "The government was formed after the election in 2010."),
    "R2": ("body", "Residents blamed the council for failing to maintain the flood defences.",
           "Residents blamed the heavy rain for the flooding."),
    "R3": ("body", "Union leaders proposed a compromise: a four per cent rise phased over two years.",
           "Union leaders said talks had broken down on Tuesday."),
    "R4": ("body", "The jury found the site manager guilty of causing the collapse.",
           "The jury heard that the site manager was on holiday when the building collapsed."),
    "R5": ("body", "Engineers warned that the dam must be reinforced immediately, before the next storm.",
           "Engineers said the dam was reinforced in 1998 and emergency services inspect it."),
    # human interest
    "H1": ("body", "Mary Lewis, a 68-year-old retired teacher, waded through her kitchen to rescue her cat.",
           "Thousands of homes were flooded across the county."),
    "H2": ("body", "The victim's heartbroken mother wept as the verdict was read.",
           "The victim's mother was present as the verdict was read."),
    "H3": ("body", "Thousands of commuters were stranded as trains were cancelled.",
           "Residents facing the river will have the best view of the fireworks, the council said."),
    "H4": ("body", "The chancellor, who grew up on a council estate, spent the weekend with his wife and daughters.",
           "The chancellor spent the weekend with his advisers at the Treasury."),
    "H5": ("caption", "A man carries his injured neighbour through floodwater in Carlisle.",
           "The new bridge over the river Eden in Carlisle at dawn."),
    # conflict
    "C1": ("body", "The union rejected the employers' offer, saying it fell far short.",
           "The union accepted the employers' offer on Monday."),
    "C2": ("body", "The defence accused the prosecution of hiding evidence from the jury.",
           "The defence asked the prosecution to share the evidence with the jury."),
    "C3": ("body", "Critics said the cuts would hurt the poorest, while supporters argued they were overdue.",
           "Supporters of the budget gathered outside parliament."),
    "C4": ("body", "The landlord won the case, and the tenants lost their appeal.",
           "The landlord's case was adjourned until June."),
    # morality
    "M1": ("body", "It is shameful that nurses queue at food banks, the union leader said.",
           "Nurses will vote on the pay offer next week, the union leader said."),
    "M2": ("body", "The judge quoted scripture, telling the defendant that only God could forgive him.",
           "The judge quoted the statute, telling the defendant that only the appeal court could overturn it."),
    "M3": ("body", "Households should cut their energy use this winter, the minister said.",
           "The union leader called on members to strike from Monday."),
    # economic consequences
    "E1": ("body", "Farmers lost an estimated \u00a32 million in ruined crops.",
           "Farmers lost three days of work to the flooding."),
    "E2": ("body", "The new rail line will cost taxpayers \u00a34.2 billion.",
           "The new rail line will open to passengers in 2030."),
    "E3": ("body", "Business leaders warned the strike would hurt the economy in the run-up to Christmas.",
           "Business leaders met union officials on Tuesday."),
}


def test_every_item_has_a_case():
    rules = load_frame_rules()
    assert [it["id"] for it in rules.items] == list(CASES)
    counts = pd.Series([it["frame"] for it in rules.items]).value_counts().to_dict()
    assert counts == {"responsibility": 5, "human interest": 5, "conflict": 4, "morality": 3,
                      "economic consequences": 3}


@pytest.mark.parametrize("item", list(CASES))
def test_item_fires_on_its_sentence(item):
    section, sentence, _ = CASES[item]
    cues = item_cues(sentence, section)
    assert item in cues, f"{item} silent on: {sentence}"
    assert cues[item].split(" + ")[0].lower() in sentence.lower()     # the cue is text from the sentence


@pytest.mark.parametrize("item", list(CASES))
def test_item_silent_on_near_miss(item):
    section, _, near_miss = CASES[item]
    assert item not in item_cues(near_miss, section), f"{item} fired on: {near_miss}"


def test_reported_calls_to_action_are_not_prescriptions_of_conduct():
    # M3 asks for a prescription of how to behave, not any reported call to act
    assert "M3" in item_cues("The head teacher urged pupils to treat one another with respect.")
    assert "M3" in item_cues("Doctors have a duty to tell patients the truth, the tribunal found.")
    for near in ["The coach told his players to attack the left flank.",
                 "The minister called on councils to publish their budgets by March.",
                 "Ministers need to publish the report, the committee said."]:
        assert "M3" not in item_cues(near), near


def test_affected_people_need_to_be_described_as_affected():
    # H3: people and an effect word must belong together, not merely share the sentence
    assert "H3" in item_cues("Flood victims: displaced families slept in the school hall.")
    assert "H3" in item_cues("Storms left thousands of homes without power.")
    for near in ["Local people said the new stadium had been hit by delays.",
                 "The population of the county has grown, and the council is facing an audit."]:
        assert "H3" not in item_cues(near), near


def test_private_lives_are_read_from_the_text_not_captions():
    # H4 is about the article's text; a photo caption counts only for the visuals item H5
    caption = "The striker celebrates with his family after the final."
    assert "H4" in item_cues(caption, "body")
    assert "H4" not in item_cues(caption, "caption")


def test_visual_item_reads_only_captions():
    caption = CASES["H5"][1]
    assert "H5" in item_cues(caption, "caption")
    assert "H5" not in item_cues(caption, "body")


def test_item_cues_rejects_non_text():
    with pytest.raises(TypeError):
        item_cues(None)


# ---- scoring --------------------------------------------------------------------------------

def _sentences(rows):
    return pd.DataFrame([{"paragraph": i, "sentence": i, "section": sec, "start": i * 100, "end": i * 100 + 90,
                          "text": t} for i, (sec, t) in enumerate(rows)])


FLOOD_ARTICLE = _sentences([
    ("headline", "Residents blame council as floods leave hundreds homeless"),
    ("lead", "Residents blamed the council for failing to maintain the flood defences."),
    ("body", "Mary Lewis, a 68-year-old retired teacher, waded through her kitchen to rescue her cat."),
    ("body", "Farmers lost an estimated \u00a32 million in ruined crops."),
])


def test_scores_are_item_means_per_scope_with_evidence():
    t = article_frames(FLOOD_ARTICLE)
    assert len(t) == 4 * 20
    # the article has no caption, so H5 cannot be observed
    assert t[t["item"] == "H5"]["present"].isna().all()
    s = frame_scores(t.assign(article_id="a", outlet="A")).set_index(["scope", "frame"])["score"]
    # by hand, whole article: responsibility R2 (blame + council) and R4? no: every blame sentence names the
    # council, so R4 stays silent -> 1/5; human interest H1 (68-year-old), H3 (residents + homeless) of 4
    # observable -> 2/4; economic E1 (lost + £2 million) -> 1/3
    assert s[("article", "responsibility")] == pytest.approx(1 / 5)
    assert s[("article", "human interest")] == pytest.approx(2 / 4)
    assert s[("article", "economic consequences")] == pytest.approx(1 / 3)
    # headline alone: R2 (blame + council), H3 (residents + homeless)
    assert s[("headline", "responsibility")] == pytest.approx(1 / 5)
    assert s[("headline", "economic consequences")] == 0
    r2 = t[(t["scope"] == "lead") & (t["item"] == "R2")].iloc[0]
    assert r2["present"] == 1 and "flood defences" in r2["evidence"] and r2["cues"] == "blamed + council"


def test_empty_scope_is_not_observable():
    t = article_frames(_sentences([("body", "The union rejected the offer.")]))
    assert t[t["scope"] == "headline"]["present"].isna().all()
    assert t[(t["scope"] == "body") & (t["item"] == "C1")]["present"].iloc[0] == 1


def test_seed_profile_and_evidence(event):
    t = frame_table(event)
    prof = frame_profile(t).set_index(["outlet", "frame"])
    assert set(prof.index.get_level_values("frame")) == set(FRAMES)
    # read by hand: only the Reuters copy reports money ("losses alone amounted to $35 billion") and the
    # economy ("colossal damage ... low oil prices"); its caption shows oil wells set ablaze (H5)
    beacon = t[(t["outlet"] == "Washington Free Beacon") & (t["scope"] == "article")].set_index("item")
    assert beacon.loc["E1", "present"] == 1 and "$35 billion" in beacon.loc["E1", "evidence"]
    assert beacon.loc["E3", "present"] == 1 and "oil prices" in beacon.loc["E3", "evidence"]
    assert beacon.loc["H5", "present"] == 1 and "ablaze" in beacon.loc["H5", "evidence"]
    indep = t[(t["outlet"] == "The Independent") & (t["scope"] == "article")].set_index("item")
    assert indep.loc["E1", "present"] == 0 and indep.loc["E3", "present"] == 0
    # the Independent's only "his house" is in a photo caption, which does not count for H4 (private lives);
    # "the population of Mosul's Nineveh province ... facing your enemy" is not people described as affected
    assert indep.loc["H4", "present"] == 0 and indep.loc["H3", "present"] == 0
    # the Reuters copy does describe affected people: "Fleeing residents said there had been heavy mortar fire"
    assert beacon.loc["H3", "present"] == 1 and "Fleeing residents" in beacon.loc["H3", "evidence"]
    # M3: the outlets' reports of Baghdadi "calling on fighters to attack" are not prescriptions of conduct;
    # the Independent's M3 rests on the quoted command "Do not retreat."
    assert indep.loc["M3", "present"] == 1 and "Do not retreat" in indep.loc["M3", "evidence"]
    assert "calling on fighters" not in indep.loc["M3", "evidence"]
    # both quote God and jihad: morality item M2
    assert indep.loc["M2", "present"] == 1 and beacon.loc["M2", "present"] == 1
    hb = headline_vs_body(t)
    assert list(hb.columns) == ["outlet", "frame", "headline", "body", "difference"]
    assert len(hb) == 2 * len(FRAMES)


def test_coding_sheet_and_agreement(event):
    t = frame_table(event)
    sheet = coding_sheet(t, event.articles)
    assert len(sheet) == 2 * 20
    assert (sheet["coder_decision"] == "").all() and (sheet["coder_note"] == "").all()
    assert set(sheet["rule_decision"]) <= {"0", "1", "NA"}
    assert sheet["headline"].iloc[0].startswith("Isis leader")
    filled = sheet.assign(coder_decision=sheet["rule_decision"].where(sheet["item"] != "C1", "0"))
    agree = rule_agreement(filled).set_index("item")
    assert agree.loc["M2", "agreement"] == 1.0
    assert agree.loc["C1", "agreement"] == 0.0        # both articles fire C1, the "coder" said no
    assert agree.loc["all", "n_coded"] == 40
    with pytest.raises(ValueError, match="coder_decision"):
        rule_agreement(sheet.assign(coder_decision="yes"))


def test_bad_rule_file_is_named(tmp_path):
    bad = tmp_path / "frames.toml"
    bad.write_text('[[item]]\nid = "X1"\nframe = "sport"\nquestion = "?"\nrule = "?"\ncues = ["x"]\n')
    with pytest.raises(InputError, match="frame 'sport'"):
        load_frame_rules(bad)
    bad.write_text('[[item]]\nid = "C1"\nframe = "conflict"\nquestion = "?"\nrule = "?"\ncues = ["@nowhere"]\n')
    with pytest.raises(InputError, match="unknown set"):
        load_frame_rules(bad)


def test_an_extra_rule_file_replaces_an_item(tmp_path):
    extra = tmp_path / "frames.toml"
    extra.write_text('[[item]]\nid = "C1"\nframe = "conflict"\nquestion = "Disagreement?"\n'
                     'rule = "disagreement words only"\ncues = ["@disagree"]\n')
    rules = load_frame_rules(extra)
    assert len(rules.items) == 20
    assert "C1" in item_cues("The war against the rebels went on.")
    assert "C1" not in item_cues("The war against the rebels went on.", rules=rules)


def test_cues_inside_quotations_are_marked_and_can_be_left_out():
    art = _sentences([("body", 'The mayor said: "God will judge those who fled."'),
                      ("body", "The mayor said the town would rebuild.")])
    t = article_frames(art).set_index(["scope", "item"])
    # by hand: M2 fires on "God", which is inside the mayor's quotation
    assert t.loc[("article", "M2"), "present"] == 1 and t.loc[("article", "M2"), "n_quoted"] == 1
    assert "(quoted)" in t.loc[("article", "M2"), "evidence"]
    own = article_frames(art, exclude_quoted=True).set_index(["scope", "item"])
    assert own.loc[("article", "M2"), "present"] == 0


# ---------------------------------------------------------------- the corpus pipeline's fast path

def _fast_equals_event_path(sentences: pd.DataFrame) -> None:
    from analysis.framing import article_frame_scores

    slow = frame_scores(article_frames(sentences).assign(article_id="a", outlet="A"))
    slow = slow[slow["scope"] == "article"].set_index("frame")["score"]
    fast = article_frame_scores(sentences["text"].tolist(), sentences["section"].tolist())
    assert list(fast) == FRAMES
    for frame in FRAMES:
        if pd.isna(slow[frame]):
            assert pd.isna(fast[frame]), frame
        else:
            assert fast[frame] == slow[frame], frame


def test_fast_frame_scores_equal_the_event_path_on_the_seeds(event):
    for _, s in event.sentences.groupby("article_id", sort=False):
        _fast_equals_event_path(s.reset_index(drop=True))


def test_fast_frame_scores_equal_the_event_path_on_synthetic_articles():
    from analysis.parse import parse_article
    from analysis.synth import article_table

    table = article_table(25, seed=4, words=400)
    for raw, outlet in zip(table["raw"], table["outlet"]):
        _fast_equals_event_path(parse_article(raw, outlet).sentence_table)


def test_fast_frame_scores_read_by_hand():
    from analysis.framing import article_frame_scores

    # a sports interview: C4 (winners and losers) and C1 (rejected) fire in the body; nothing else does
    texts = ["Coach defends line-up", "The coach rejected the idea that his team had lost its nerve.",
             "United won the derby, and City lost ground in the title race."]
    scores = article_frame_scores(texts, ["headline", "lead", "body"])
    assert scores["conflict"] == 0.5            # C1 and C4 of C1-C4
    assert scores["morality"] == 0.0
    # H5 reads captions only: no caption, so human interest averages H1-H4 (H5 not observable)
    assert scores["human interest"] == 0.0
    empty = article_frame_scores([], [])
    assert all(pd.isna(v) for v in empty.values())
    with pytest.raises(ValueError, match="one section per sentence"):
        article_frame_scores(["One sentence."], [])


EDGE_ROWS = [
    ("headline", "\u0130stanbul court: judge blames U.S. firm"),             # İ: every pattern is searched
    ("body", "Voters called the \u017ftrike \u017fhameful."),               # ſ matches s under re.IGNORECASE
    ("lead", "\u201cDo not retreat,\u201d the 34-year-old commander told troops."),  # a quoted command, an age
    ("body", "Shares fell 4% \u2013 a \u00a32bn loss \u2013 as the bank's e-mail leaked."),  # business
    ("body", "The striker, aged 21, scored twice; the home side won 3-1."),     # sports
    ("body", "Patients \u2018should not have to wait\u2019, the health minister said."),  # health
    ("body", "The \u0663\u0664-year-old witness lost \u0665 million."),          # digits \d matches, not 0-9
    ("caption", "A child's toy in the rubble."),
    ("body", "--- ... !!!"),
    ("body", ""),
    ("body", "THE ELDERLY WERE STRANDED AS FLOODS HIT; AN OFFICIAL APOLOGISED."),
]


def test_fast_frame_scores_equal_the_event_path_on_odd_sentences():
    # the word gate (analysis/wordgate.py) decides which patterns the fast path tries where; the event
    # path searches every pattern: the same scores, for the whole article and for each sentence alone
    _fast_equals_event_path(_sentences(EDGE_ROWS))
    for section, text in EDGE_ROWS:
        for sec in (section, "body", "caption"):
            _fast_equals_event_path(_sentences([(sec, text)]))
