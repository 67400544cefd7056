"""The synthetic archive generator: deterministic, realistic enough to parse, in both on-disk forms."""
from __future__ import annotations

import random
import re

import pandas as pd
import pytest

from analysis import synth
from analysis.corpus import read_event_file, read_manifest
from analysis.errors import InputError
from analysis.parse import parse_article

STYLE = synth.OutletStyle("Test Daily", "test.example", ('"', '"'), ("'", "'"), ('"', '"'), "by", "iso", "us",
                          15, 0.0, 1.0, (1, 1, 1, 1, 1), (), (), ())


def test_same_seed_same_archive_and_other_seed_differs():
    a = list(synth.iter_articles(8, seed=11, words=150))
    b = list(synth.iter_articles(8, seed=11, words=150))
    c = list(synth.iter_articles(8, seed=12, words=150))
    assert [x["raw"] for x in a] == [x["raw"] for x in b]
    assert [x["raw"] for x in a] != [x["raw"] for x in c]


def test_an_article_can_be_regenerated_alone():
    arts = list(synth.iter_articles(10, seed=4, words=120))
    last = arts[-1]
    index = int(last["event"][1:6])
    ev = synth.make_event(index, seed=4)
    k = ev["outlets"].index(last["outlet"])
    assert synth.make_article(ev, last["outlet"], k, seed=4, words=120)["raw"] == last["raw"]


def test_global_random_state_is_not_used():
    random.seed(1)
    a = next(synth.iter_articles(1, seed=0, words=100))["raw"]
    random.seed(2)
    b = next(synth.iter_articles(1, seed=0, words=100))["raw"]
    assert a == b


def test_exact_number_of_articles_and_several_outlets_per_event():
    arts = list(synth.iter_articles(40, seed=0, words=80))
    assert len(arts) == 40
    per_event = pd.DataFrame(arts).groupby("event")["outlet"].agg(["nunique", "size"])
    full = per_event.iloc[:-1]  # the last event may be cut short by the article count
    assert (full["nunique"] >= 2).all() and (full["nunique"] == full["size"]).all()
    assert list(synth.iter_articles(0)) == []
    with pytest.raises(ValueError, match="n_articles"):
        list(synth.iter_articles(-1))


def test_articles_reach_the_requested_length():
    for art in synth.iter_articles(6, seed=2, words=600):
        body = parse_article(art["raw"], art["outlet"]).body
        assert len(body.split()) >= 600


def test_every_outlet_style_parses_headline_byline_and_date():
    seen = set()
    for art in synth.iter_articles(120, seed=5, words=150):
        parsed = parse_article(art["raw"], art["outlet"])
        assert parsed.headline == art["true_headline"], art["outlet"]
        assert "; ".join(parsed.byline) == art["true_byline"], art["outlet"]
        assert parsed.published, art["outlet"]
        seen.add(art["outlet"])
    assert seen == set(synth.OUTLETS)


def test_archive_uses_every_quotation_mark_style():
    text = "".join(a["raw"] for a in synth.iter_articles(150, seed=0, words=200))
    for mark in ['"', "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "'"]:
        assert mark in text, mark


def test_wire_copy_has_a_dateline():
    wire = [a for a in synth.iter_articles(60, seed=1, words=100) if a["outlet"] == "Daily Courier"]
    assert wire
    for a in wire:
        assert re.search(r"^[A-Z][A-Z .]+ \((Reuters|AP|AFP)\)", a["raw"], re.M)


def test_attribution_forms_read_by_hand():
    rng = random.Random(0)
    assert synth._quote_paragraph(rng, "We fought for every ball.", "Coach Ruiz", STYLE, "before").endswith(
        ': "We fought for every ball."')
    after = synth._quote_paragraph(rng, "We fought for every ball.", "Coach Ruiz", STYLE, "after")
    assert after.startswith('"We fought for every ball," Coach Ruiz ')
    inside = synth._quote_paragraph(rng, "The court is adjourned until Monday morning.", "Judge Sato", STYLE, "inside")
    assert inside.startswith('"The court is,"') and inside.endswith('"adjourned until Monday morning."')
    assert "Judge Sato" in inside
    according = synth._quote_paragraph(rng, "Prices will rise.", "the ministry", STYLE, "according")
    assert according == 'According to the ministry, "prices will rise."'


def test_event_folders_load_with_the_project_reader(tmp_path):
    folders = synth.write_event_folders(tmp_path, 9, seed=3, words=100)
    assert sum(len(read_manifest(f)) for f in folders) == 9
    meta = read_event_file(folders[0])
    first = next(synth.iter_articles(1, seed=3, words=100))
    assert meta["speaker"] == first["speaker"] and meta["id"] == folders[0].name
    assert meta["aliases"][0] == first["speaker"]
    with pytest.raises(InputError, match="already exists"):
        synth.write_event_folders(tmp_path, 3, seed=3, words=100)


def test_table_forms_round_trip(tmp_path):
    expected = synth.article_table(7, seed=9, words=90)
    pq = synth.write_article_table(tmp_path / "a.parquet", 7, seed=9, words=90, batch=3)
    csv = synth.write_article_table(tmp_path / "a.csv", 7, seed=9, words=90, batch=3)
    got_pq = pd.read_parquet(pq)
    got_csv = pd.read_csv(csv, dtype=str, keep_default_na=False)
    assert got_pq["raw"].tolist() == expected["raw"].tolist()
    assert got_csv["raw"].tolist() == expected["raw"].tolist()
    import pyarrow.parquet as pqm

    assert pqm.ParquetFile(pq).metadata.num_row_groups == 3
    with pytest.raises(InputError, match="parquet or .csv"):
        synth.write_article_table(tmp_path / "a.json", 2)
