"""Text reuse: containment, shared passages, wire copy and reprint direction."""
from __future__ import annotations

import math
import warnings

import pandas as pd
import pytest

from analysis import corpus, load_event
from analysis.reuse import (containment, containment_matrix, origin_table, pair_reuse, passages_table,
                            resemblance, reuse_table, shared_passages, shared_runs, shingles, wire_evidence)

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
