"""Naming and labels. Every expected count was made by reading the texts by hand."""
from __future__ import annotations

import warnings

import pytest

from analysis.corpus import add_article, new_event
from analysis.errors import InputError
from analysis.naming import (article_mentions, find_labels, label_counts, load_lexicon, naming_mentions,
                             naming_summary, naming_table, quoted_spans)


def _counts(table, outlet, actor):
    t = table[(table["outlet"] == outlet) & (table["actor"] == actor)]
    return {lab: int(n) for lab, n in zip(t["label"], t["n"]) if n}, \
        {lab: int(n) for lab, n in zip(t["label"], t["n_quoted"]) if n}


# ---- the seeds, counted by reading both articles -------------------------------------------
# The Independent (headline, standfirst, caption, 11 body paragraphs), in the outlet's own voice:
#   Isis: headline "Isis leader", lead "The leader of Isis", "Isis-backed Al-Furqan", "the Isis leader's",
#         "senior Isis leader Abu Muhammad al-Adnani", "5,000 Isis fighters"                    -> 6
#   the jihadi group: "where the jihadi group declared"                                        -> 1
#   caliphate: its “Caliphate” (in scare quotes)                                                -> 1
#   the group: "the group's last major stronghold"                                              -> 1
#   Islamic State: only inside Baghdadi's quotation "that the Islamic State is fighting"        -> 0 (+1 quoted)
#   fighters: headline "rallies fighters", standfirst "tells fighters", lead "calling on fighters",
#             "told fighters", "suicide fighters", "Isis fighters"                               -> 6
#   speaker as leader: headline "Isis leader Abu Bakr al-Baghdadi", "The leader of Isis",
#             "the Isis leader's first address"; not "senior Isis leader Abu Muhammad al-Adnani" -> 3
#   speaker by name (the event's aliases; one caption line, the parser drops its "(AP)" duplicate):
#     Abu Bakr al-Baghdadi: headline "Isis leader Abu Bakr al-Baghdadi rallies", standfirst "Abu Bakr
#       al-Baghdadi tells fighters", "a voice claimed to be that of Abu Bakr al-Baghdadi"       -> 3
#     Baghdadi: caption "Baghdadi apparently forced himself", "prelude to victory,” Baghdadi says",
#       "Baghdadi called on the population", "Baghdadi has remained concealed"                 -> 4
INDEPENDENT = {
    "group": ({"Isis": 6, "the jihadi group": 1, "caliphate": 1, "the group": 1}, {"Islamic State": 1}),
    "members": ({"fighters": 6}, {}),
    "speaker": ({"leader": 3, "Abu Bakr al-Baghdadi": 3, "Baghdadi": 4}, {}),
}
# Washington Free Beacon (Reuters copy):
#   ISIS: headline "ISIS Leader", caption "set ablaze by ISIS"                                   -> 2
#   Islamic State: lead; "his Islamic State fighters"; "also holds"; "Islamic State vehicles";
#     "cleared of Islamic State fighters"; "retreating Islamic State fighters"; "Islamic State-held";
#     "the Islamic State leader might be"; "captured by Islamic State"; "leaving Islamic State
#     surrounded"; "Zebari said that Islamic State"; "Islamic State fighters should"; "Islamic State
#     has been on the retreat"; "the conflict with Islamic State"                               -> 14
#     (+1 inside the quotation "Turkey entered the war with the Islamic State")
#   caliphate: "a cross-border caliphate" (no scare quotes)                                      -> 1
#   the group: "the group's suicide fighters"; the extremist group: "the hardline group"         -> 1, 1
#   fighters: "Islamic State fighters" x4 (his / cleared of / retreating / should), "suicide fighters",
#     "Fighters were on the street", "urging fighters", "prevent fighters abandoning"             -> 8
#     (not "Tribal fighters" in the caption, not "Kurdish peshmerga fighters" twice)
#   followers: "told his followers" x2; militants: "battled the militants", "the militants fired" -> 2, 2
#   jihadists: "called on the jihadists"                                                          -> 1
#   speaker as leader: headline "ISIS Leader Says", lead "Islamic State leader Abu Bakr al-Baghdadi",
#     "the Islamic State leader might be"; not "The leader of the Badr Organization"            -> 3
#   caliph: only in the witness's quotation "The caliph gave us a morale boost"                   -> 0 (+1 quoted)
#   speaker by name: Abu Bakr al-Baghdadi: lead "Islamic State leader Abu Bakr al-Baghdadi told"   -> 1
#     Baghdadi: "Baghdadi called on the jihadists", "prelude to victory," Baghdadi said", "caliphate
#       which Baghdadi declared", "Baghdadi called on the population", "after Baghdadi‘s speech",
#       "blasted out Baghdadi's speech", "The exact location of Baghdadi", "suggested that Baghdadi
#       had", "In his speech, Baghdadi called for attacks", "Baghdadi also told his followers"   -> 10
#     Ibrahim al-Samarrai: "whose real name is Ibrahim al-Samarrai"                               -> 1
BEACON = {
    "group": ({"ISIS": 2, "Islamic State": 14, "caliphate": 1, "the group": 1, "the extremist group": 1},
              {"Islamic State": 1}),
    "members": ({"fighters": 8, "followers": 2, "militants": 2, "jihadists": 1}, {}),
    "speaker": ({"leader": 3, "Abu Bakr al-Baghdadi": 1, "Baghdadi": 10, "Ibrahim al-Samarrai": 1}, {"caliph": 1}),
}


@pytest.fixture(scope="module")
def seed_table(event):
    return naming_table(event)


@pytest.mark.parametrize("outlet,expected", [("The Independent", INDEPENDENT), ("Washington Free Beacon", BEACON)])
def test_seed_counts_equal_hand_counts(seed_table, outlet, expected):
    for actor, (own, quoted) in expected.items():
        assert _counts(seed_table, outlet, actor) == (own, quoted), (outlet, actor)


def test_seed_first_mention_headline_and_scare_quotes(seed_table):
    s = naming_summary(seed_table).set_index(["outlet", "actor"])
    assert s.loc[("The Independent", "group"), "first_label"] == "Isis"
    assert s.loc[("Washington Free Beacon", "group"), "first_label"] == "ISIS"        # headline
    assert s.loc[("Washington Free Beacon", "group"), "top_label"] == "Islamic State"
    assert s.loc[("Washington Free Beacon", "members"), "first_label"] == "followers"  # lead: "his followers"
    assert set(s.loc[("The Independent", "speaker"), "headline_labels"].split("; ")) == {"leader",
                                                                                          "Abu Bakr al-Baghdadi"}
    # only the Independent puts a label in scare quotes: its “Caliphate”
    assert s.loc[("The Independent", "group"), "scare_quoted_labels"] == "caliphate"
    assert s.loc[("Washington Free Beacon", "group"), "scare_quoted_labels"] == ""
    # names and titles share one denominator: the Independent calls Baghdadi by name 7 times of 10
    sp = seed_table[(seed_table["actor"] == "speaker")]
    by_cat = sp.groupby(["outlet", "category"])["share"].sum()
    assert by_cat[("The Independent", "name")] == pytest.approx(7 / 10)
    assert by_cat[("The Independent", "neutral")] == pytest.approx(3 / 10)
    assert by_cat[("Washington Free Beacon", "name")] == pytest.approx(12 / 15)
    assert s.loc[("The Independent", "speaker"), "top_label"] == "Baghdadi"
    shares = seed_table.groupby(["outlet", "actor"])["share"].sum()
    assert shares.round(9).eq(1.0).all()


def test_mentions_point_at_the_raw_text(event):
    m = naming_mentions(event)
    for row in m.itertuples():
        raw = event.parsed[row.article_id].raw
        assert raw[row.start:row.end].replace("\xa0", " ") == row.match


# ---- rules on small texts from other domains ------------------------------------------------

def test_scare_quotes_and_distancing_read_from_marks():
    m = find_labels("Police raided a so-called 'Islamic State' cell; a judge called them \u2018terrorists\u2019. "
                    "The jihadists' lawyer objected.")
    got = m.set_index("label")[["scare_quoted", "distanced", "in_quote"]].to_dict("index")
    assert got["Islamic State"] == {"scare_quoted": True, "distanced": True, "in_quote": False}
    assert got["terrorists"] == {"scare_quoted": True, "distanced": False, "in_quote": False}
    assert got["jihadists"]["scare_quoted"] is False     # a possessive apostrophe is not a quote mark


def test_quotations_carry_over_within_a_paragraph_only():
    spans, still_open = quoted_spans('"We will not retreat. The militants')
    assert still_open and spans == [(1, 35)]
    import pandas as pd
    s = pd.DataFrame({"paragraph": [1, 1, 2], "sentence": [0, 1, 2], "section": ["body"] * 3, "start": [0, 30, 60],
                      "text": ['The mayor said: "Stay calm.', 'The militants are gone."', 'The militants fled.']})
    m = article_mentions(s)
    assert m["in_quote"].tolist() == [True, False]


def test_acronym_is_not_read_in_capitals_and_descriptors_of_other_sides_are_skipped():
    assert find_labels("WHAT IS NEXT FOR THE CITY COUNCIL").empty
    labels = find_labels("Government fighters and rebel fighters clashed; IS fighters fled.")["label"].tolist()
    assert labels == ["IS", "fighters"]


def test_titles_of_other_people_are_not_the_speaker():
    aliases = ("Abu Omar",)
    t = "Leader Abu Omar spoke. A deputy leader was hurt, and the leader of the farmers' union left."
    assert find_labels(t, aliases=aliases)["label"].tolist() == ["leader", "Abu Omar"]
    assert find_labels("The Hezbollah leader spoke.", aliases=aliases).empty


def test_label_counts_on_a_hand_made_text():
    m = find_labels('The Islamic State said Isis fighters fled. "ISIL will return," one said. Isis lost.')
    c = label_counts(m).set_index("label")
    assert c.loc["Isis", "n"] == 2 and c.loc["Islamic State", "n"] == 1
    assert c.loc["ISIL", "n"] == 0 and c.loc["ISIL", "n_quoted"] == 1
    assert c.loc["Islamic State", "first"]


# ---- an event lexicon for another speech: a rail strike --------------------------------------

STRIKE_TEXT = """RMT chief Mick Lynch tells strikers to hold firm

The general secretary of the RMT told a rally in London on Monday that the union would not back down.

Lynch, the union's general secretary, said: "The strikers of this union will win."

Ministers accused the "union barons" of holding the country to ransom.

Agency strikers at a rival firm stayed at work. A former general secretary of the Fire Brigades Union said the dispute was avoidable.

Picket lines formed at dawn as strikers gathered outside Euston.
"""

STRIKE_LEXICON = """
[actors.union]
description = "The rail union"
[actors.strikers]
description = "Its members on strike"
[categories.informal]
description = "A newsroom shorthand"
[categories.hostile]
description = "A label its opponents use"

[[label]]
actor = "union"
label = "RMT"
category = "name"
patterns = ["RMT"]
case_sensitive = true

[[label]]
actor = "union"
label = "the union"
category = "neutral"
patterns = ["the union"]

[[label]]
actor = "union"
label = "union barons"
category = "hostile"
patterns = ["union barons?"]

[[label]]
actor = "strikers"
label = "strikers"
category = "neutral"
patterns = ["strikers?"]
guard = "descriptor"

[[label]]
actor = "speaker"
label = "general secretary"
category = "neutral"
patterns = ["general secretary"]
guard = "title"

[[label]]
actor = "speaker"
label = "boss"
category = "informal"
patterns = ["chief", "boss"]
guard = "title"
"""


@pytest.fixture()
def strike_event(tmp_path):
    folder = new_event("rail-strike", speaker="Mick Lynch", aliases=["Mick Lynch", "Lynch"], root=tmp_path)
    src = tmp_path / "strike.txt"
    src.write_text(STRIKE_TEXT, encoding="utf-8")
    add_article(folder, src, outlet="Rail Gazette")
    (folder / "lexicon.toml").write_text(STRIKE_LEXICON, encoding="utf-8")
    from analysis import load_event
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_event(folder)


def test_event_lexicon_counts_on_a_strike(strike_event):
    t = naming_table(strike_event)
    # by hand: RMT (headline, "of the RMT") 2; the union ("the union would", "the union's") 2;
    # "union barons" 1, in scare quotes; strikers: headline, "as strikers gathered" 2 (+1 inside
    # the quotation; "Agency strikers at a rival firm" are other strikers);
    # speaker: "chief Mick Lynch" 1 (boss), "The general secretary of the RMT", "Lynch, the union's
    # general secretary" 2; not "A former general secretary of the Fire Brigades Union"; by name
    # (the aliases): headline "Mick Lynch tells" 1, "Lynch, the union's" 1.
    assert _counts(t, "Rail Gazette", "union") == ({"RMT": 2, "the union": 2, "union barons": 1}, {})
    assert _counts(t, "Rail Gazette", "strikers") == ({"strikers": 2}, {"strikers": 1})
    assert _counts(t, "Rail Gazette", "speaker") == ({"general secretary": 2, "boss": 1, "Mick Lynch": 1,
                                                      "Lynch": 1}, {})
    names = t[(t["actor"] == "speaker") & (t["category"] == "name")]
    assert names["share"].sum() == pytest.approx(2 / 5)
    s = naming_summary(t).set_index("actor")
    assert s.loc["union", "scare_quoted_labels"] == "union barons"
    assert s.loc["speaker", "first_label"] == "boss"
    # the package's own labels still apply but find nothing here
    assert set(t["actor"]) == {"union", "strikers", "speaker"}


def test_bad_lexicon_is_named(tmp_path):
    bad = tmp_path / "lexicon.toml"
    bad.write_text('[[label]]\nactor = "nobody"\nlabel = "x"\ncategory = "name"\npatterns = ["x"]\n')
    with pytest.raises(InputError, match="actor 'nobody'"):
        load_lexicon(bad)
    bad.write_text('[[label]]\nactor = "group"\nlabel = "x"\ncategory = "name"\npatterns = ["(x"]\n')
    with pytest.raises(InputError, match="not a regular expression"):
        load_lexicon(bad)
    with pytest.raises(TypeError):
        find_labels(None)


def test_speaker_names_from_aliases_in_a_court_statement():
    # a court statement: the aliases name the judge; descriptions ("the judge") are not names
    aliases = ["Dame Sarah Okafor", "Okafor", "the judge", "Mrs Justice Okafor"]
    text = ('Mrs Justice Okafor read the ruling. "Okafor is fair," a lawyer said. '
            "The judge, Okafor, left; okafor is not a name in lower case.")
    m = find_labels(text, aliases=aliases)
    names = m[m["category"] == "name"]
    # by hand: "Mrs Justice Okafor" (longest match), "Okafor" in the lawyer's quotation, "Okafor" after "The judge,"
    assert names["label"].tolist() == ["Mrs Justice Okafor", "Okafor", "Okafor"]
    assert names["in_quote"].tolist() == [False, True, False]
    assert (names["actor"] == "speaker").all()
    c = label_counts(m).set_index("label")
    assert c.loc["Okafor", "n"] == 1 and c.loc["Okafor", "n_quoted"] == 1
    assert find_labels("The judge left.", aliases=["the judge"]).empty
