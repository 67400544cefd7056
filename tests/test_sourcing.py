"""Sourcing: roles, source classes, distinct sources and rates on hand-built quote tables."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.sourcing import (SOURCE_COLUMNS, article_sources, classify_role, describe_speaker, is_event_speaker,
                               load_roles, names_event_group, role_counts, role_matches, source_key, sourcing_profile,
                               sources_from_tables)

QUOTE_COLS = ["text", "start", "end", "kind", "speaker", "speaker_type", "cue", "sieve", "nested_in", "paragraph",
              "section", "closed"]
INDIRECT_COLS = ["paragraph", "section", "start", "end", "text", "speaker", "speaker_type", "cue"]

# A court statement covered by one paper, one sentence per paragraph.
COURT = [
    "Judge Maria Alvarez sentenced the former mayor to four years in prison on Friday.",
    "\u201cYou betrayed the trust of this city,\u201d Alvarez told the court.",
    "Prosecutor Dan Reyes said the sentence sent a clear message to public officials.",
    "Outside, a woman who had lost her savings said she felt vindicated.",
    "\u201cJustice was done today,\u201d she said, \u201cand about time.\u201d",
    "Legal analyst Tom Baker said an appeal was likely within weeks.",
    "Police said the crowd outside the courthouse had been peaceful.",
    "\u201cA sad day for the city,\u201d read one banner.",
    "The former mayor called the case a \u201cwitch hunt\u201d before the hearing.",
]
COURT_TEXT = "\n\n".join(COURT)
ALIASES = ["Maria Alvarez", "Alvarez", "the judge"]


def _offset(paragraph: int, fragment: str) -> tuple[int, int]:
    base = sum(len(p) + 2 for p in COURT[:paragraph])
    start = base + COURT[paragraph].index(fragment)
    return start, start + len(fragment)


def _quote(paragraph, fragment, kind, speaker, speaker_type, cue="said"):
    start, end = _offset(paragraph, fragment)
    return {"text": fragment, "start": start, "end": end, "kind": kind, "speaker": speaker,
            "speaker_type": speaker_type, "cue": cue, "sieve": "hand", "nested_in": pd.NA,
            "paragraph": paragraph, "section": "lead" if paragraph == 0 else "body", "closed": True}


def _indirect(paragraph, fragment, speaker, speaker_type, cue="said"):
    start, end = _offset(paragraph, fragment)
    return {"paragraph": paragraph, "section": "lead" if paragraph == 0 else "body", "start": start, "end": end,
            "text": fragment, "speaker": speaker, "speaker_type": speaker_type, "cue": cue}


def _sentences() -> pd.DataFrame:
    rows = []
    for i, p in enumerate(COURT):
        start, end = _offset(i, p)
        rows.append({"article_id": "ledger-1", "paragraph": i, "sentence": i, "section": "lead" if i == 0 else "body",
                     "start": start, "end": end, "text": p})
    return pd.DataFrame(rows)


@pytest.fixture
def court_tables():
    quotes = pd.DataFrame([
        _quote(1, "You betrayed the trust of this city,", "quote", "Alvarez", "named person", "told"),
        _quote(4, "Justice was done today,", "quote", "a woman who had lost her savings", "anonymous"),
        _quote(4, "and about time.", "fragment", "a woman who had lost her savings", "anonymous"),
        _quote(7, "A sad day for the city,", "quote", "", "unattributed", ""),
        _quote(8, "witch hunt", "scare", "", "unattributed", ""),
    ], columns=QUOTE_COLS)
    indirect = pd.DataFrame([
        _indirect(2, "the sentence sent a clear message to public officials", "Dan Reyes", "named person"),
        _indirect(3, "she felt vindicated", "a woman who had lost her savings", "anonymous"),
        _indirect(5, "an appeal was likely within weeks", "Tom Baker", "named person"),
        _indirect(6, "the crowd outside the courthouse had been peaceful", "Police", "organisation"),
    ], columns=INDIRECT_COLS)
    return quotes, indirect


def test_court_statement_attributions(court_tables):
    quotes, indirect = court_tables
    t = article_sources(quotes, indirect, COURT_TEXT, _sentences(), ALIASES)
    assert list(t.columns) == SOURCE_COLUMNS
    attributed = t[t["source_class"] != "unattributed"]
    # read by hand: judge (speech), prosecutor, the woman twice (indirect in one sentence, two quoted
    # fragments in another, which count once), analyst, police
    assert len(attributed) == 6
    by_source = attributed.set_index(["source", "mode"])
    assert by_source.loc[("maria alvarez", "direct"), "source_class"] == "speech"
    assert by_source.loc[("dan reyes", "indirect"), "role"] == "official"
    assert by_source.loc[("dan reyes", "indirect"), "description"] == "Prosecutor"
    assert by_source.loc[("tom baker", "indirect"), "role"] == "expert"
    assert by_source.loc[("police", "indirect"), "source_class"] == "named institution"
    assert by_source.loc[("police", "indirect"), "role"] == "military"
    woman = by_source.loc[("woman who had lost her savings", "direct")]
    assert woman["n_spans"] == 2 and woman["source_class"] == "anonymous" and woman["role"] == "civilian"
    assert bool(woman["anonymous"]) and not bool(woman["named"])
    # the banner is unattributed; the scare quote gives nobody a voice
    assert (t["source_class"] == "unattributed").sum() == 1
    assert "witch hunt" not in set(t["text"])


def test_court_profile(court_tables):
    quotes, indirect = court_tables
    quotes = quotes.assign(article_id="ledger-1", outlet="Daily Ledger")
    indirect = indirect.assign(article_id="ledger-1", outlet="Daily Ledger")
    table = sources_from_tables(quotes, indirect, _sentences(), {"ledger-1": COURT_TEXT}, ALIASES)
    articles = pd.DataFrame({"article_id": ["ledger-1", "x-1"], "outlet": ["Daily Ledger", "Evening Post"],
                             "n_sentences": [9, 12]})
    profile = sourcing_profile(table, articles).set_index("outlet")
    ledger = profile.loc["Daily Ledger"]
    assert ledger["attributions"] == 6 and ledger["direct"] == 2 and ledger["indirect"] == 4
    assert ledger["distinct_sources"] == 5      # judge, prosecutor, woman, analyst, police
    assert ledger["anonymous"] == 2 and ledger["share_anonymous"] == pytest.approx(2 / 6)
    assert ledger["share_official"] == pytest.approx(1 / 6)
    assert ledger["speech"] == 1
    assert ledger["per_10_sentences"] == pytest.approx(10 * 6 / 9)
    assert ledger["unattributed_quotes"] == 1
    # an outlet without any attribution is listed with zeros, and no share
    post = profile.loc["Evening Post"]
    assert post["attributions"] == 0 and math.isnan(post["share_anonymous"])
    assert post["per_10_sentences"] == 0


def test_sports_interview_two_outlets_role_counts():
    # two papers report a post-match interview: one quotes the coach only, the other fans and a pundit
    rows = [
        ("a", "Morning Star", "We were brilliant,", "quote", "Coach Ana Silva", "named person", "direct"),
        ("a", "Morning Star", "the referee was fair", "", "Silva", "named person", "indirect"),
        ("b", "City Times", "best night of my life", "quote", "a fan", "anonymous", "direct"),
        ("b", "City Times", "the title race was open", "", "former striker turned pundit Leo Park", "named person",
         "indirect"),
        ("b", "City Times", "tickets sold out in an hour", "", "the club", "organisation", "indirect"),
    ]
    q = pd.DataFrame([{"article_id": a, "outlet": o, "text": t, "start": i * 100, "end": i * 100 + len(t), "kind": k,
                       "speaker": s, "speaker_type": st, "cue": "said", "paragraph": i, "section": "body"}
                      for i, (a, o, t, k, s, st, m) in enumerate(rows) if m == "direct"])
    ind = pd.DataFrame([{"article_id": a, "outlet": o, "text": t, "start": i * 100, "end": i * 100 + len(t),
                         "speaker": s, "speaker_type": st, "cue": "said", "paragraph": i, "section": "body"}
                        for i, (a, o, t, k, s, st, m) in enumerate(rows) if m == "indirect"])
    table = sources_from_tables(q, ind, aliases=["Ana Silva", "Silva", "the coach"])
    star = table[table["outlet"] == "Morning Star"]
    assert set(star["source_class"]) == {"speech"}        # the coach is the event's speaker
    counts = role_counts(table).set_index(["outlet", "role"])
    assert counts.loc[("Morning Star", "speech"), "attributions"] == 2
    assert counts.loc[("Morning Star", "speech"), "share"] == 1.0
    assert counts.loc[("City Times", "civilian"), "direct"] == 1
    assert counts.loc[("City Times", "other"), "indirect"] == 2   # a pundit and a club: no role words
    assert counts.loc[("City Times", "official"), "attributions"] == 0
    classes = role_counts(table, by="source_class").set_index(["outlet", "source_class"])
    assert classes.loc[("City Times", "named institution"), "attributions"] == 1


def test_presidential_address_other_outlets_and_monitors():
    q = pd.DataFrame(columns=QUOTE_COLS + ["article_id", "outlet"])
    ind = pd.DataFrame([
        {"article_id": "p", "outlet": "Globe", "text": "x", "start": 0, "end": 1, "speaker": "CNN",
         "speaker_type": "organisation", "cue": "reported", "paragraph": 0, "section": "lead"},
        {"article_id": "p", "outlet": "Globe", "text": "y", "start": 10, "end": 11, "speaker": "the White House",
         "speaker_type": "organisation", "cue": "said", "paragraph": 1, "section": "body"},
        {"article_id": "p", "outlet": "Globe", "text": "z", "start": 20, "end": 21, "speaker": "an election monitor",
         "speaker_type": "anonymous", "cue": "said", "paragraph": 2, "section": "body"},
        {"article_id": "p", "outlet": "Globe", "text": "w", "start": 30, "end": 31, "speaker": "the president",
         "speaker_type": "anonymous", "cue": "said", "paragraph": 3, "section": "body"},
        {"article_id": "p", "outlet": "Globe", "text": "v", "start": 40, "end": 41, "speaker": "he",
         "speaker_type": "anonymous", "cue": "said", "paragraph": 4, "section": "body"},
    ])
    t = sources_from_tables(q, ind, aliases=["Jane Roe", "Roe", "the president"]).set_index("speaker")
    assert t.loc["CNN", "source_class"] == "outlet or monitor" and t.loc["CNN", "role"] == "media"
    assert bool(t.loc["CNN", "named"])
    assert t.loc["the White House", "role"] == "official"
    assert t.loc["an election monitor", "source_class"] == "outlet or monitor"
    assert t.loc["the president", "source_class"] == "speech"
    assert t.loc["he", "source"] == ""                      # an unresolved pronoun is no identifiable source
    profile = sourcing_profile(t.reset_index())
    assert profile.loc[0, "distinct_sources"] == 4


@pytest.mark.parametrize("description,role", [
    ("a senior Kurdish official", "official"),
    ("Deputy Mayor", "official"),
    ("the attorney general", "official"),
    ("Secretary-General of the United Nations", "official"),
    ("a colonel in the army's Ninth Armored Division", "military"),
    ("army spokesman", "military"),
    ("a police officer", "military"),
    ("rebel commander", "militant"),
    ("a jihadist fighter", "militant"),
    ("military analyst", "expert"),
    ("a professor of economics", "expert"),
    ("residents", "civilian"),
    ("Another witness from the market", "civilian"),
    ("the general public", "civilian"),
    ("state television", "media"),
    ("a Reuters correspondent", "media"),
    ("the Syrian Observatory for Human Rights", "media"),
    ("team captain", "other"),
    ("", "other"),
    ("un homme", "other"),
])
def test_role_words(description, role):
    assert classify_role(description) == role


def test_role_matches_drop_words_inside_longer_phrases():
    assert role_matches("the attorney general") == [("official", "attorney general")]
    assert role_matches("Tv and TV") == [("media", "TV")]


def test_load_roles_adds_words_from_a_file(tmp_path):
    path = tmp_path / "sourcing_roles.toml"
    path.write_text('[roles.militant]\nwords = ["Islamic State"]\n[roles.civilian]\nwords = ["fisherman"]\n')
    roles = load_roles(path)
    assert classify_role("an Islamic State commander", roles) == "militant"
    assert classify_role("an Islamic State commander") == "military"
    assert classify_role("a fisherman", roles) == "civilian"
    bad = tmp_path / "bad.toml"
    bad.write_text("[roles.militant\nwords = [")
    from analysis.errors import InputError
    with pytest.raises(InputError, match="bad.toml"):
        load_roles(bad)


def test_describe_speaker_forms():
    text = ("Hoshiyar Zebari, a senior Kurdish politician, said the bridge was hit. "
            "Iraqi Prime Minister Haider al-Abadi said losses were high. Zebari added more.")
    assert describe_speaker("Hoshiyar Zebari", text) == "a senior Kurdish politician"
    assert describe_speaker("Zebari", text) == "a senior Kurdish politician"
    assert describe_speaker("Haider al-Abadi", text) == "Iraqi Prime Minister"
    assert describe_speaker("Nobody Here", text) == ""
    assert describe_speaker("", text) == "" and describe_speaker("Zebari", "") == ""


def test_source_keys_and_aliases():
    assert source_key("Reyes", "named person", ["Dan Reyes"]) == "dan reyes"
    assert source_key("the residents", "anonymous") == "residents"
    assert source_key("", "unattributed") == ""
    assert is_event_speaker("ALVAREZ", ALIASES) and not is_event_speaker("Alvarez's lawyer", ALIASES)


def test_empty_and_odd_input():
    empty = article_sources(pd.DataFrame(columns=QUOTE_COLS), pd.DataFrame(columns=INDIRECT_COLS))
    assert empty.empty and list(empty.columns) == SOURCE_COLUMNS
    assert sourcing_profile(empty).empty
    # missing speaker values and no sentence table: still one row, unattributed
    q = pd.DataFrame([{"text": "Hi", "start": 0, "end": 2, "kind": "quote", "speaker": None,
                       "speaker_type": None, "cue": None, "paragraph": 0, "section": "body"}])
    t = article_sources(q, None)
    assert t["source_class"].tolist() == ["unattributed"]
    with pytest.raises(ValueError, match="by must be"):
        role_counts(t, by="speaker")


def test_seed_sources(event):
    from analysis.sourcing import sources_table

    t = sources_table(event)
    assert list(t.columns) == SOURCE_COLUMNS
    beacon = t[t["outlet"] == "Washington Free Beacon"]
    # read by hand: the Reuters copy gives voice to residents and a witness, a colonel, Zebari
    # ("Senior Kurdish politician"), Johnson ("British Foreign Secretary") and al-Abadi ("Iraqi Prime Minister")
    roles = beacon.drop_duplicates("source").set_index("source")["role"]
    assert roles.get("hoshiyar zebari") == "official"
    assert roles.get("boris johnson") == "official"
    assert roles.get("haider al-abadi") == "official"
    assert {"civilian", "military", "speech"} <= set(beacon["role"])
    # the Independent quotes almost nobody but Baghdadi
    ind = t[t["outlet"] == "The Independent"]
    assert (ind["source_class"] == "speech").sum() >= 3
    profile = sourcing_profile(t, event.articles).set_index("outlet")
    assert profile.loc["Washington Free Beacon", "distinct_sources"] > profile.loc["The Independent", "distinct_sources"]
    assert profile.loc["Washington Free Beacon", "anonymous"] > 0


def test_sourcing_figure(court_tables):
    from analysis.plots import check_labels
    from analysis.viz_words import plot_sourcing

    quotes, indirect = court_tables
    table = sources_from_tables(quotes.assign(article_id="l", outlet="Daily Ledger"),
                                indirect.assign(article_id="l", outlet="Daily Ledger"),
                                _sentences().assign(article_id="l"), aliases=ALIASES)
    fig = plot_sourcing(role_counts(table))
    assert check_labels(fig) == []
    assert "n = 6" in [t.get_text() for t in fig.axes[0].texts]
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend[0] == "speech" and "indirect speech" in legend and "militant" not in legend
    assert check_labels(plot_sourcing(role_counts(table.iloc[0:0]))) == []


# ---- armed actors in another conflict: a speech by the leader of a fictional insurgent group, the
# Northern Liberation Front (NLF), whose labels the event adds in its own naming lexicon.
NLF_LEXICON = """
[[label]]
actor = "group"
label = "NLF"
category = "name"
patterns = ["NLF", "Northern Liberation Front"]
case_sensitive = true
"""


@pytest.fixture
def nlf_lexicon(tmp_path):
    from analysis.naming import load_lexicon

    path = tmp_path / "lexicon.toml"
    path.write_text(NLF_LEXICON, encoding="utf-8")
    return load_lexicon(path)


@pytest.mark.parametrize("description,role", [
    ("a commander of the pro-government Village Guard militia", "armed group"),
    ("the leader of the largest of the tribal militias", "armed group"),
    ("government-backed gunmen", "armed group"),
    ("a paramilitary spokesman", "armed group"),
    ("rebel commander", "militant"),
    ("government soldiers", "military"),
])
def test_armed_actor_words(description, role):
    assert classify_role(description) == role


@pytest.mark.parametrize("description,member", [
    ("NLF fighters", True),
    ("a Northern Liberation Front commander", True),
    ("fighters", True),                          # the lexicon's descriptor, with nothing naming another side
    ("Village Guard fighters", False),           # another side's fighters (naming guard)
    ("pro-government fighters", False),
    ("villagers who fled the NLF", False),       # the label names whom they fled
    ("a resident of NLF-held Tamsa", False),     # a place held by the group, not a member
    ("a senior government official", False),
])
def test_event_group_membership(nlf_lexicon, description, member):
    assert names_event_group(description, nlf_lexicon, ["Amara Oduya"]) is member


def test_event_group_role_beats_role_words(nlf_lexicon):
    # "commander" alone is military; as a member of the event's group it is militant
    assert classify_role("a Northern Liberation Front commander") == "military"
    assert classify_role("a Northern Liberation Front commander",
                         event_group=names_event_group("a Northern Liberation Front commander", nlf_lexicon)) == "militant"


def test_armed_actors_end_to_end(nlf_lexicon):
    paras = [
        "Amara Oduya told his followers to hold the mountain passes.",
        "A commander of the pro-government Village Guard militia said his men had retaken the pass at dawn.",
        "NLF fighters said they would return before the rains.",
        "An army colonel said four soldiers had been wounded.",
    ]
    text = "\n\n".join(paras)
    rows = []
    for k, (para, fragment, speaker) in enumerate([
            (0, "to hold the mountain passes", "Amara Oduya"),
            (1, "his men had retaken the pass at dawn", "A commander of the pro-government Village Guard militia"),
            (2, "they would return before the rains", "NLF fighters"),
            (3, "four soldiers had been wounded", "An army colonel")]):
        start = sum(len(p) + 2 for p in paras[:para]) + paras[para].index(fragment)
        rows.append({"paragraph": para, "section": "body", "start": start, "end": start + len(fragment),
                     "text": fragment, "speaker": speaker,
                     "speaker_type": "named person" if para == 0 else "anonymous", "cue": "said"})
    indirect = pd.DataFrame(rows, columns=INDIRECT_COLS)
    t = article_sources(indirect.iloc[0:0].assign(kind=[]), indirect, text, aliases=["Amara Oduya", "Oduya"],
                        lexicon=nlf_lexicon)
    assert t["role"].tolist() == ["speech", "armed group", "militant", "military"]


def test_seed_armed_actors(event):
    from analysis.sourcing import sources_table

    t = sources_table(event)
    beacon = t[t["outlet"] == "Washington Free Beacon"]
    # read by hand: the Badr Organization is one of the pro-government Popular Mobilization militias
    badr = beacon[beacon["speaker"].str.contains("Badr Organization")]
    assert badr["role"].tolist() == ["armed group"]
    # the fighters a resident heard ("The caliph gave us a morale boost") are the group's own
    assert beacon.loc[beacon["speaker"] == "fighters", "role"].tolist() == ["militant"]
    assert set(beacon.loc[beacon["speaker"].str.contains("colonel"), "role"]) == {"military"}
