"""Text reuse: containment, shared passages, wire copy and reprint direction."""
from __future__ import annotations

import math
import warnings

import pandas as pd
import pytest

from analysis import corpus, load_event
from analysis.reuse import (containment, containment_matrix, inside_quotes, origin_table, pair_reuse, passages_table,
                            quote_spans, resemblance, reuse_table, shared_passages, shared_runs, shingles,
                            split_containment, wire_evidence)
from analysis.words import token_spans

# A wire story about a court statement, in eight paragraphs (the first carries the dateline).
WIRE_PARAS = [
    "LONDON (Reuters) - The High Court ruled on Tuesday that the government's plan to close forty rural "
    "courthouses was unlawful because ministers had failed to consult the people who depend on them.",
    "Justice Helen Marsh said in a written statement that the consultation had been a formality and that "
    "the decision to close the buildings had been taken before any evidence was heard.",
    "\"A consultation that is finished before it begins is no consultation at all,\" the judge said.",
    "The Ministry of Justice said it was disappointed by the ruling and would study the judgment carefully "
    "before deciding whether to appeal to a higher court.",
    "Campaigners from the rural justice alliance gathered on the steps outside and cheered as the ruling "
    "was read out, waving banners that named the towns whose courts had been listed for closure.",
    "Lawyers for the councils that brought the case said the closures would have forced victims and "
    "witnesses to travel for up to three hours by bus to reach the nearest hearing.",
    "The ministry had argued that the buildings were little used and that hearings could move online, "
    "saving about twelve million pounds a year in maintenance and staff costs.",
    "The court gave the government six weeks to decide whether to begin a new consultation.",
]


def _write_article(folder, name, headline, byline, paragraphs):
    path = folder / f"{name}.txt"
    path.write_text(f"{headline}\n\nBy {byline}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reprint_event(tmp_path_factory):
    """The wire story and three papers that republish it with trims and a new top paragraph."""
    root = tmp_path_factory.mktemp("events")
    src = tmp_path_factory.mktemp("sources")
    folder = corpus.new_event("court-ruling", speaker="Helen Marsh", aliases=["Marsh", "the judge"], root=root)
    undated = ["The High Court" + WIRE_PARAS[0].split("- The High Court", 1)[1]] + WIRE_PARAS[1:]
    files = [
        ("wire", "Court blocks closure of forty rural courthouses", "Anna Webb", WIRE_PARAS, "Reuters"),
        ("gazette", "Judge halts courthouse closures", "Gazette Staff",
         ["Residents of Millbrook, whose courthouse was on the list, said they were relieved by the news."]
         + undated[:6], "Millbrook Gazette"),
        ("courier", "Rural courts saved, for now", "Courier Reporter",
         ["Our county's three courthouses will stay open after a judge sided with local councils."]
         + WIRE_PARAS[:4] + WIRE_PARAS[5:], "Northern Courier"),
        ("herald", "Ministers lose courthouse case", "Herald Desk",
         ["Ministers suffered a fresh legal defeat yesterday over plans to shut rural courts."]
         + undated[:5] + ["The Herald has campaigned against the closures since the list was published."],
         "Daily Herald"),
    ]
    for name, headline, byline, paras, outlet in files:
        path = _write_article(src, name, headline, byline, paras)
        corpus.add_article(folder, path, outlet=outlet, name=f"{name}.txt")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_event(folder)


def test_containment_of_text_in_itself_is_one(event):
    for aid, art in event.parsed.items():
        for n in range(1, 9):
            assert containment(art.body, art.body, n) == 1.0
            assert resemblance(art.body, art.body, n) == 1.0


def test_containment_in_unrelated_text_is_near_zero(independent):
    unrelated = ("The orchestra opened its season with a programme of Brahms and Sibelius. Critics praised the "
                 "string section, and the conductor thanked the audience for filling the hall on a rainy night.")
    for n in (3, 5, 8):
        assert containment(independent.body, unrelated, n) == 0.0
    assert containment(independent.body, unrelated, 1) < 0.15


def test_containment_is_asymmetric():
    wire = "the minister said the talks would resume next week in geneva"
    paper = "Fresh hopes. " + wire + ". Analysts were doubtful."
    assert containment(wire, paper, 4) == 1.0
    # paper has 4-grams that span its own words: fewer than all are in the wire
    assert containment(paper, wire, 4) < 1.0
    assert math.isnan(containment("too short", wire, 5))


def test_shingles_and_pair_reuse_by_hand():
    assert shingles("a b a b".split(), 2) == {("a", "b"), ("b", "a")}
    with pytest.raises(ValueError):
        shingles(["a"], 0)
    table = pair_reuse("the cat sat".split(), "the cat ran".split(), ns=[1, 2, 3]).set_index("n")
    # 1-grams: {the, cat, sat} vs {the, cat, ran}: 2 shared of 3 each, union 4
    assert table.loc[1, "containment_ab"] == pytest.approx(2 / 3)
    assert table.loc[1, "resemblance"] == pytest.approx(2 / 4)
    assert table.loc[2, "shared"] == 1 and table.loc[3, "shared"] == 0


def test_shared_passages_with_offsets():
    a = ("The coach said: \"We played with heart tonight and the fans carried us home.\" "
         "He then left the room.")
    b = "After the match the coach told reporters we played with heart tonight and the fans carried us home."
    p = shared_passages(a, b, min_words=6)
    assert len(p) == 1
    row = p.iloc[0]
    assert row["n_words"] == 11  # we played with heart tonight and the fans carried us home
    assert a[row["start_a"]:row["end_a"]] == "We played with heart tonight and the fans carried us home"
    assert b[row["start_b"]:row["end_b"]] == "we played with heart tonight and the fans carried us home"
    assert shared_passages(a, "nothing in common here at all today", min_words=3).empty


def test_shared_runs_are_maximal_and_do_not_overlap():
    a = "x a b c d e y a b c z".split()
    b = "a b c d e q a b c".split()
    runs = shared_runs(a, b, min_words=3)
    assert runs[0] == (1, 0, 5)          # a b c d e
    assert (7, 6, 3) in runs              # the second "a b c"
    assert len(runs) == 2


def test_reuse_table_on_seeds(event):
    table = reuse_table(event)
    assert len(table) == 2 * 8                              # two ordered pairs, n = 1..8
    assert set(table["n"]) == set(range(1, 9))
    ind = table[(table["outlet_a"] == "The Independent") & (table["n"] == 8)].iloc[0]
    beacon = table[(table["outlet_a"] == "Washington Free Beacon") & (table["n"] == 8)].iloc[0]
    # the short Independent piece shares its speech quotes with the Reuters copy: a larger share
    # of the short article is found in the long one than the other way round
    assert ind["containment"] > beacon["containment"] > 0
    assert ind["shared"] == beacon["shared"]
    assert ind["resemblance"] == beacon["resemblance"]
    assert (table.groupby("n")["containment"].max().diff().dropna() <= 0).all()


def test_seed_passages_are_the_shared_translation(event):
    p = passages_table(event, min_words=8)
    text = " ".join(p["text_b"]).lower()
    # read by hand: both quote this sentence of the speech in the same translation
    assert "turn the nights of the unbelievers into days, to wreak havoc in their land" in text
    for row in p.itertuples():
        assert event.parsed[row.article_a].raw[row.start_a:row.end_a] == row.text_a
        assert event.parsed[row.article_b].raw[row.start_b:row.end_b] == row.text_b


def test_seed_origin(event):
    t = origin_table(event).set_index("outlet")
    assert t.loc["Washington Free Beacon", "origin"] == "wire copy"
    assert t.loc["Washington Free Beacon", "wire"] == "Reuters"
    assert "dateline names Reuters" in t.loc["Washington Free Beacon", "evidence"]
    assert t.loc["The Independent", "wire"] == ""
    assert t.loc["The Independent", "reprint_of"] == ""


def test_reprints_detected_with_direction(reprint_event):
    t = origin_table(reprint_event).set_index("article_id")
    assert t.loc["wire", "reprint_of"] == ""
    assert t.loc["wire", "origin"] == "wire copy" and t.loc["wire", "wire"] == "Reuters"
    for paper in ("gazette", "courier", "herald"):
        assert t.loc[paper, "origin"] == "reprint", paper
        assert t.loc[paper, "reprint_of"] == "wire", paper
        assert t.loc[paper, "containment_in_source"] > 0.7
    # the courier kept the dateline: its own text also points to Reuters
    assert t.loc["courier", "wire"] == "Reuters"
    assert t.loc["gazette", "wire"] == ""


def test_reprint_containment_matrix(reprint_event):
    m = containment_matrix(reuse_table(reprint_event), n=8)
    assert list(m.index) == ["Reuters", "Millbrook Gazette", "Northern Courier", "Daily Herald"]
    assert m.isna().values.diagonal().all()
    for paper in ("Millbrook Gazette", "Northern Courier", "Daily Herald"):
        assert m.loc[paper, "Reuters"] > m.loc["Reuters", paper]


def test_single_article_event_gives_empty_tables(tmp_path):
    from analysis import paths

    folder = corpus.new_event("one", speaker="Abu Bakr al-Baghdadi", root=tmp_path)
    corpus.add_article(folder, paths.DEFAULT_EVENT / "001_44cb888064497d10.txt", outlet="Washington Free Beacon")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ev = load_event(folder)
    assert reuse_table(ev).empty and passages_table(ev).empty
    assert containment_matrix(reuse_table(ev)).empty
    origin = origin_table(ev)
    assert origin["origin"].tolist() == ["wire copy"]


def test_wire_evidence_rules():
    agency, reasons = wire_evidence("", ["Maria Lopez"], [], "The mayor told The Associated Press that the dam held.")
    assert agency == "AP" and "told The Associated Press" in reasons[0]
    agency, reasons = wire_evidence("", ["AFP"], [], "")
    assert agency == "AFP"
    # a photo credit alone is not wire copy
    agency, reasons = wire_evidence("", [], ["Getty Images", "REUTERS"], "The mayor spoke.")
    assert agency == "" and reasons == ["photo credit REUTERS (photo only)"]
    agency, reasons = wire_evidence("Reuters", [], [], "a Reuters correspondent saw smoke")
    assert agency == "Reuters" and len(reasons) == 2
    agency, reasons = wire_evidence("", [], [], "", raw="Text.\n(Reporting by A. Writer; Editing by B. Editor)")
    assert agency == "Reuters" and "trailer" in reasons[0]
    # a name that merely contains letters of an agency is no evidence
    assert wire_evidence("", [], [], "Captain Reuter told apologists to leave.")[0] == ""


def test_reuse_matrix_figure(reprint_event):
    from analysis.plots import check_labels
    from analysis.viz_words import plot_reuse_matrix

    fig = plot_reuse_matrix(containment_matrix(reuse_table(reprint_event), n=8), n=8)
    assert check_labels(fig) == []
    cells = [t.get_text() for t in fig.axes[0].texts]
    assert cells.count("—") == 4 and len(cells) == 16
    lonely = plot_reuse_matrix(pd.DataFrame(), n=8)
    assert check_labels(lonely) == []


# A wire story about a mayor's flood address, and a paper that rewrites it in its own words but keeps
# two of the wire's narrative sentences and the wire's quotation of the speech word for word.
FLOOD_WIRE = [
    "RIVERTON (AP) - Mayor Lena Ortiz told residents on Monday that the city would rebuild every "
    "home lost in the flood, in a televised address from the damaged town hall.",
    "The river broke through the eastern levee before dawn on Saturday and forced more than two "
    "thousand families from their homes in the lower districts.",
    "\"We will not leave a single family behind, and we will not rest until every street is dry "
    "again,\" Ortiz said.",
    "Engineers from the state water board said repairs to the levee could take until the end of the summer.",
    "The governor has asked the federal government for emergency funds to pay for temporary housing.",
]
FLOOD_PAPER = [
    "Riverton's mayor struck a defiant tone in her first speech since the disaster.",
    "Speaking from a town hall still smelling of mud, Lena Ortiz promised that the city would pay "
    "to put roofs back over the heads of everyone who lost one.",
    "\"We will not leave a single family behind, and we will not rest until every street is dry "
    "again,\" she said.",
    "The river broke through the eastern levee before dawn on Saturday and forced more than two "
    "thousand families from their homes in the lower districts.",
    "Local shop owners told the Echo they doubted the promise could be kept.",
    "Engineers from the state water board said repairs to the levee could take until the end of the summer.",
]


@pytest.fixture(scope="module")
def rewrite_event(tmp_path_factory):
    """The wire story and a local paper's rewrite of it (no dateline, no agency credit)."""
    root = tmp_path_factory.mktemp("events")
    src = tmp_path_factory.mktemp("sources")
    folder = corpus.new_event("flood-address", speaker="Lena Ortiz", aliases=["Ortiz", "the mayor"], root=root)
    for name, headline, byline, paras, outlet in (
            ("wire", "Mayor vows to rebuild flooded homes", "Sam Reed", FLOOD_WIRE, "AP"),
            ("echo", "Ortiz: nobody left behind", "Echo Staff", FLOOD_PAPER, "Riverton Echo")):
        corpus.add_article(folder, _write_article(src, name, headline, byline, paras), outlet=outlet,
                           name=f"{name}.txt")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_event(folder)


def test_quote_spans_merge_and_tokens_inside():
    q = pd.DataFrame({"start": [10, 12, 40, 60], "end": [30, 18, 50, 70],
                      "kind": ["quote", "quote", "scare", "fragment"]})
    assert quote_spans(q) == [(10, 30), (60, 70)]      # nested merged, scare quote ignored
    text = 'She said "we rebuild" and left'
    inside = inside_quotes(token_spans(text), [(10, 20)]).tolist()
    assert inside == [False, False, True, True, False, False]


def test_split_containment_by_hand():
    # A: "officials said" narrative, then a six-word quotation; B holds the quotation and one narrative bigram
    a = "officials said we will rebuild every single home".split()
    inside = [False, False, True, True, True, True, True, True]
    b = "the mayor said we will rebuild every single home officials said".split()
    d = split_containment(a, inside, b, 2)
    # narrative bigrams: (officials said) only -> found in b; quoted: 5 bigrams, all in b;
    # (said we) straddles the quotation mark and counts in neither
    assert (d["narrative_shingles"], d["narrative_shared"]) == (1, 1)
    assert (d["quoted_shingles"], d["quoted_shared"]) == (5, 5)
    assert math.isnan(split_containment(a, [True] * 8, b, 2)["narrative_containment"])


def test_passage_kinds_in_a_rewrite(rewrite_event):
    p = passages_table(rewrite_event, min_words=8)
    kinds = {row.kind: row for row in p.itertuples()}
    narrative = p[p["kind"] == "narrative"]
    # read by hand: the two kept narrative sentences (levee breach, engineers) and the quotation
    assert len(narrative) == 2
    assert any("broke through the eastern levee before dawn" in t for t in narrative["text_a"])
    assert any("repairs to the levee could take until the end of the summer" in t for t in narrative["text_a"])
    quote = kinds["quotation"]
    assert "We will not leave a single family behind" in quote.text_a
    assert quote.quoted_a == 1.0 and quote.quoted_b == 1.0
    assert (narrative["quoted_a"] == 0).all()


def test_rewrite_origin_names_the_wire_and_separates_quotes(rewrite_event):
    t = origin_table(rewrite_event).set_index("article_id")
    echo = t.loc["echo"]
    # 2 narrative sentences of 6 kept word for word: far below the reprint threshold
    assert echo["origin"] == "shares narrative" and echo["reprint_of"] == ""
    assert echo["shares_with"] == "wire" and echo["shares_with_outlet"] == "AP"
    assert 0.2 < echo["narrative_containment"] < 0.6
    assert echo["quoted_containment"] == 1.0          # the wire's translation of the speech, whole
    assert "levee" in echo["longest_narrative"] and "(25 words)" in echo["longest_narrative"]
    assert "single family behind" in echo["longest_quotation"]
    assert "outside quotation marks" in echo["evidence"] and "AP wire copy" in echo["evidence"]
    assert t.loc["wire", "origin"] == "wire copy"


def test_shared_quotation_only_is_not_narrative(tmp_path):
    # two papers that quote the same sentence of a speech and write everything else themselves
    quote = "\"We will not leave a single family behind, and we will not rest until every street is dry again.\""
    folder = corpus.new_event("quotes-only", speaker="Lena Ortiz", root=tmp_path / "events")
    src = tmp_path / "src"
    src.mkdir()
    for name, outlet, paras in (
            ("post", "Post", ["The mayor spoke for ten minutes on Monday evening.", f"She told viewers: {quote}"]),
            ("star", "Star", [f"{quote} That was the promise Lena Ortiz made.", "Critics called it reckless."])):
        corpus.add_article(folder, _write_article(src, name, f"{outlet} headline", "Staff", paras), outlet=outlet,
                           name=f"{name}.txt")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ev = load_event(folder)
    t = origin_table(ev).set_index("article_id")
    assert t.loc["post", "origin"] == "shares quotations"
    assert t.loc["post", "narrative_containment"] == 0.0 and t.loc["post", "longest_narrative"] == ""
    assert "single family behind" in t.loc["post", "longest_quotation"]


def test_seed_independent_shares_narrative_with_reuters(event):
    t = origin_table(event).set_index("outlet")
    ind = t.loc["The Independent"]
    assert ind["origin"] == "shares narrative"
    assert ind["shares_with_outlet"] == "Washington Free Beacon"
    # read by hand: the one narrative stretch both print outside quotation marks
    assert "Baghdadi called on the population of Mosul's Nineveh province" in ind["longest_narrative"]
    assert "turn the nights of the unbelievers into days" in ind["longest_quotation"]
    assert ind["quoted_containment"] > ind["narrative_containment"] > 0
    assert "Reuters wire copy" in ind["evidence"]


def test_reuse_panels_figure(rewrite_event):
    from analysis.plots import check_labels
    from analysis.viz_words import plot_reuse_panels

    table = reuse_table(rewrite_event)
    panels = {"All words": containment_matrix(table, n=8),
              "Outside quotation marks": containment_matrix(table, n=8, value="narrative_containment"),
              "Inside quotation marks": containment_matrix(table, n=8, value="quoted_containment")}
    fig = plot_reuse_panels(panels, n=8)
    assert check_labels(fig) == []
    assert [ax.get_title() for ax in fig.axes[:3]] == list(panels)
    # the paper's quotation is wholly the wire's: 100% in the right-hand panel, row Echo, column AP
    assert "100%" in [t.get_text() for t in fig.axes[2].texts]
    with pytest.raises(ValueError, match="value"):
        containment_matrix(table, n=8, value="shared")
    assert check_labels(plot_reuse_panels({"All words": pd.DataFrame()})) == []
