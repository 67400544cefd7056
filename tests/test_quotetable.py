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


def _write_event(folder, transcript: str, articles: dict[str, str]) -> None:
    folder.mkdir()
    (folder / "event.toml").write_text(
        'id = "budget"\ntitle = "Budget speech"\nspeaker = "Ada Vale"\naliases = ["Ada Vale", "Vale", "the chancellor"]\n'
        'date = "2021-03-03"\nlanguage = "en"\ncoverage_language = "en"\n'
        f'transcript = "{"transcript/speech.txt" if transcript else ""}"\n', encoding="utf-8")
    if transcript:
        (folder / "transcript").mkdir()
        (folder / "transcript" / "speech.txt").write_text(transcript, encoding="utf-8")
    lines = ["file,outlet,url,provenance"]
    for name, (outlet, text) in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
        lines.append(f"{name},{outlet},,test")
    (folder / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_transcript_event_uses_transcript_sentence_ids(tmp_path):
    """With a reference transcript, passage ids are its sentence ids (T01, T02, ...) in every outlet."""
    import warnings

    from analysis import load_event

    speech = ("Good afternoon. We will freeze fuel duty for another year. "
              "Every child deserves a warm classroom and a hot meal. Thank you.")
    _write_event(tmp_path / "budget", speech, {
        "a.txt": ("Daily Ledger", 'Chancellor freezes fuel duty\n\n"We will freeze fuel duty for another year," '
                                  'Ada Vale told MPs.\n\nShe added: "Every child deserves a warm classroom and a hot meal."\n'),
        "b.txt": ("Evening Post", 'Vale promises hot meals\n\n"Every child deserves a warm classroom and a hot meal," '
                                  'the chancellor said.\n\nThe opposition called it "a gimmick".\n'),
    })
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ev = load_event(tmp_path / "budget")
    q = ev.quotes
    speech_rows = q[q["from_speech"]]
    by_text = dict(zip(speech_rows["text"].str.rstrip(",."), speech_rows["passage"]))
    # sentence 2 of the transcript is the fuel duty line, sentence 3 the classroom line (counted by hand)
    assert by_text["We will freeze fuel duty for another year"] == "T02"
    assert set(speech_rows.loc[speech_rows["text"].str.startswith("Every child"), "passage"]) == {"T03"}
    assert (q.loc[~q["from_speech"], "passage"] == "").all()


def test_event_without_transcript_keeps_cluster_ids(tmp_path):
    import warnings

    from analysis import load_event

    _write_event(tmp_path / "budget", "", {
        "a.txt": ("Daily Ledger", 'Fuel duty frozen\n\n"We will freeze fuel duty for another year," Ada Vale told MPs.\n'),
    })
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = load_event(tmp_path / "budget").quotes
    assert q["passage"].tolist() == ["P01"]


def test_bundled_indirect_rows(event):
    ind = event.indirect
    kurdish = ind[ind["speaker"] == "a senior Kurdish official"]
    assert len(kurdish) == 1
    assert kurdish["speaker_type"].iloc[0] == "anonymous"
    assert kurdish["text"].iloc[0].startswith("Baghdadi has remained concealed")
    assert kurdish["text"].iloc[0].endswith("still inside the city")
    # "declared its Caliphate", "declared from the pulpit", "blasted out ... speech" are not reported speech
    assert not ind["cue"].isin(["declared", "blasted"]).any()
    # "urging fighters to hold their positions" lies inside the witness's that-clause: one row, not two
    witness = ind[ind["text"].str.contains("hold their positions")]
    assert len(witness) == 1 and witness["cue"].iloc[0] == "said"
    # no two rows of one article overlap
    for _, g in ind.groupby("article_id"):
        spans = sorted(zip(g["start"], g["end"]))
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
