"""Event-level quote tables: raw offsets, sections, from_speech, passage, indirect attributions."""
from __future__ import annotations

import pandas as pd

from analysis.quotetable import INDIRECT_COLUMNS, QUOTE_COLUMNS, article_quotes


def test_columns(event):
    assert event.quotes.columns.tolist() == QUOTE_COLUMNS
    assert event.indirect.columns.tolist() == INDIRECT_COLUMNS


def test_offsets_point_into_raw(event):
    for row in event.quotes.itertuples():
        raw = event.parsed[row.article_id].raw
        assert " ".join(raw[row.start:row.end].split()) == " ".join(row.text.split())
    for row in event.indirect.itertuples():
        raw = event.parsed[row.article_id].raw
        assert " ".join(raw[row.start:row.end].split()) == " ".join(row.text.split())


def test_headline_quote_has_headline_section(event):
    q = event.quotes
    head = q[q["section"] == "headline"]
    assert head["text"].tolist() == ["No Retreat"]
    assert head["speaker"].tolist() == ["Abu Bakr al-Baghdadi"]
    assert bool(head["from_speech"].iloc[0])


def test_from_speech_only_for_event_speaker(event):
    q = event.quotes
    assert (q.loc[q["from_speech"], "speaker"] == event.meta["speaker"]).all()
    others = q[~q["from_speech"]]
    assert {"a resident", "Boris Johnson", "Hoshiyar Zebari"} <= set(others["speaker"])


def test_passage_empty_for_non_speech_rows(event):
    q = event.quotes
    assert (q.loc[~q["from_speech"], "passage"] == "").all()
    assert (q.loc[q["from_speech"], "passage"] != "").all()


def test_nested_in_points_to_event_row(event):
    q = event.quotes
    nested = q[q["nested_in"].notna()]
    assert len(nested) == 1
    outer = q.loc[int(nested["nested_in"].iloc[0])]
    assert nested["text"].iloc[0] in outer["text"]
    assert outer["article_id"] == nested["article_id"].iloc[0]


def test_indirect_table_has_anonymous_and_named_sources(event):
    ind = event.indirect
    assert "a colonel in the army's Ninth Armored Division" in set(ind["speaker"])
    assert "Hoshiyar Zebari" in set(ind["speaker"])
    zeb = ind[ind["speaker"] == "Hoshiyar Zebari"]["text"].iloc[0]
    assert zeb.startswith("Islamic State blew up parts of a bridge")


def test_article_quotes_on_plain_rows():
    paras = pd.DataFrame({"paragraph": [0, 1], "section": ["headline", "lead"], "start": [0, 40],
                          "text": ["'Enough is enough' say striking nurses",
                                   'Nurses walked out on Monday. "We are exhausted," nurse Amy Lo said.']})
    q, _ = article_quotes(paras)
    assert [(r["text"], r["section"], r["start"]) for r in q] == [
        ("Enough is enough", "headline", 1), ("We are exhausted,", "lead", 70)]
    assert q[1]["speaker"] == "Amy Lo"


def test_single_article_event(tmp_path):
    from analysis import load_event
    from analysis.corpus import new_event  # noqa: F401  (the public way to build events)

    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "event.toml").write_text('id = "one"\ntitle = "t"\nspeaker = "Ada Vale"\naliases = ["Ada Vale", "Vale"]\n'
                                       'date = "2020-01-01"\nlanguage = "en"\ncoverage_language = "en"\ntranscript = ""\n')
    (folder / "a.txt").write_text('Vale vows "no surrender"\n\nAda Vale spoke on Monday.\n\n'
                                  '"We will rebuild every town," Vale said.\n', encoding="utf-8")
    (folder / "manifest.csv").write_text("file,outlet,url,provenance\na.txt,Daily Test,,test\n")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ev = load_event(folder)
    q = ev.quotes
    assert q["from_speech"].all()
    assert q["text"].tolist()[-1] == "We will rebuild every town,"
