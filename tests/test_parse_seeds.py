"""Parsing the two seed articles: every expected value was written by reading the raw files."""
from __future__ import annotations

from analysis.parse import normalise

INDEPENDENT_REMOVED = [
    ("Harry Cockburn", "byline"),
    ("Thursday 03 November 2016 02:22 GMT", "timestamp"),
    ("Comments", "comments_link"),
    ("Baghdadi apparently forced himself upon the women living in his house (AP)", "duplicate_caption"),
    ("Join our commenting forum", "comments_prompt"),
    ("Join thought-provoking conversations, follow other Independent readers and see their replies", "comments_prompt"),
    ("Comments", "comments_link"),
    ("Thank you for registering", "login_prompt"),
    ("Please refresh the page or navigate to another page on the site to be automatically logged in", "login_prompt"),
    ("Please refresh your browser to be logged in", "login_prompt"),
]

BEACON_REMOVED = [
    ("/ REUTERS", "photo_credit"),
    ("\u2022 November 3, 2016 12:38 pm", "timestamp"),
    ("By Stephen Kalin and Dominic Evans", "byline"),
    ("KOKJALI/BAGHDAD, Iraq (Reuters)\u2013", "dateline"),
    ("Published under: Iraq, ISIS, Islamic State, Military, Syria", "tags"),
]


def _sections(article, name):
    return [p["text"] for p in article.paragraphs if p["section"] == name]


def test_independent_metadata(independent):
    a = independent
    assert a.headline == "Isis leader Abu Bakr al-Baghdadi rallies fighters in first message since Mosul offensive"
    assert a.standfirst == ("Abu Bakr al-Baghdadi tells fighters to make 'blood flow as rivers' "
                            "as Iraqi soldiers enter Mosul")
    assert a.byline == ["Harry Cockburn"]
    assert a.published == "2016-11-03T02:22:00+00:00"
    assert a.timezone == "GMT"
    assert a.dateline == "" and a.wire == ""
    assert a.captions == ["Baghdadi apparently forced himself upon the women living in his house"]
    assert a.credits == ["AP"]
    assert a.tags == []


def test_beacon_metadata(beacon):
    b = beacon
    assert b.headline == "ISIS Leader Says \u2018No Retreat\u2019 From Mosul Assault"
    assert b.standfirst == ""
    assert b.byline == ["Stephen Kalin", "Dominic Evans"]
    assert b.published == "2016-11-03T12:38:00"
    assert b.timezone == ""
    assert b.dateline == "KOKJALI/BAGHDAD, Iraq (Reuters)\u2013"
    assert b.wire == "Reuters"
    assert b.captions == ["Tribal fighters walk as fire and smoke rises from oil wells, set ablaze by ISIS in Qayyara, Iraq"]
    assert b.credits == ["REUTERS"]
    assert b.tags == ["Iraq", "ISIS", "Islamic State", "Military", "Syria"]


def test_removed_lines_exact(independent, beacon):
    assert list(zip(independent.removed["line"], independent.removed["rule"])) == INDEPENDENT_REMOVED
    assert list(zip(beacon.removed["line"], beacon.removed["rule"])) == BEACON_REMOVED


def test_first_and_last_body_sentences(independent, beacon):
    s = independent.sentence_table
    body = s[s["section"].isin(["lead", "body"])]["text"].tolist()
    assert body[0] == ("The leader of Isis has issued an audio recording calling on fighters to attack Iraqi "
                       "forces as soldiers enter Mosul for the first time in two years.")
    assert body[-1] == "The US-led coalition estimates there are 3,000 to 5,000 Isis fighters in the city."
    s = beacon.sentence_table
    body = s[s["section"].isin(["lead", "body"])]["text"].tolist()
    assert body[0].startswith("Islamic State leader Abu Bakr al-Baghdadi told his followers on Thursday")
    assert body[0].endswith("inside their northern Iraqi stronghold.")
    assert body[-1] == "He said infrastructure losses alone amounted to $35 billion."


def test_sections_in_reading_order(independent, beacon):
    assert [p["section"] for p in independent.paragraphs[:4]] == ["headline", "standfirst", "caption", "lead"]
    assert [p["section"] for p in beacon.paragraphs[:3]] == ["headline", "caption", "lead"]
    assert len(_sections(independent, "lead")) == 1 and len(_sections(beacon, "lead")) == 1
    # body paragraphs after the lead, counted by hand: 10 in the Independent, 31 in the Free Beacon
    assert len(_sections(independent, "body")) == 10
    assert len(_sections(beacon, "body")) == 31


def test_offsets_point_into_the_raw_file(independent, beacon):
    for art in (independent, beacon):
        for p in art.paragraphs:
            assert normalise(art.raw[p["start"]:p["end"]]) == p["text"]
        for _, s in art.sentence_table.iterrows():
            assert normalise(art.raw[s["start"]:s["end"]]) == s["text"]
        for _, r in art.removed.iterrows():
            assert normalise(art.raw[r["start"]:r["end"]]) == r["line"]


def test_non_breaking_spaces_are_normalised(beacon):
    para = next(p for p in beacon.paragraphs if p["text"].startswith('"This raging battle'))
    assert "\u00a0" in beacon.raw[para["start"]:para["end"]]
    assert "\u00a0" not in para["text"] and '," Baghdadi said' in para["text"]


def test_glued_login_lines_are_split(independent):
    raw_tail = independent.raw.rstrip().splitlines()[-1]
    assert "logged inPlease" in raw_tail
    rules = independent.removed["rule"].tolist()
    assert rules[-2:] == ["login_prompt", "login_prompt"]


def test_lead_excludes_dateline(beacon):
    lead = _sections(beacon, "lead")[0]
    assert lead.startswith("Islamic State leader Abu Bakr al-Baghdadi")
