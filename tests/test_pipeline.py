"""The corpus pipeline: sources, lazy partitions, schedulers giving identical results, Parquet output."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis import pipeline, synth
from analysis.errors import InputError
from analysis.parse import normalise, parse_article

N = 14
WORDS = 150

PRESS = ("Mayor pledges flood repairs\n\nBy Ann Lee\n\nJanuary 5, 2024 10:00 am\n\n"
         "Mayor Ida Berg said on Monday that the flood defences would be rebuilt.\n\n"
         "\u201cWe will rebuild every wall,\u201d Berg told reporters.\n\n"
         "Residents were not convinced. \u201cWe have heard it before,\u201d said Tom Hale, a shopkeeper.\n")
COURT = ("Judge jails fraudster for ten years\n\nBy Raj Patel\n\nMarch 2, 2023 4:15 pm\n\n"
         "Judge Mary Okafor told the court: \"You betrayed the trust of thousands of pensioners.\"\n\n"
         "The defendant showed no emotion as the sentence was read out.\n")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The same small archive as a table, a Parquet file, a CSV file and event folders."""
    root = tmp_path_factory.mktemp("archive")
    table = synth.article_table(N, seed=21, words=WORDS)
    return {
        "table": table,
        "parquet": synth.write_article_table(root / "a.parquet", N, seed=21, words=WORDS, batch=5),
        "csv": synth.write_article_table(root / "a.csv", N, seed=21, words=WORDS, batch=5),
        "folders": root / "events",
        "_": synth.write_event_folders(root / "events", N, seed=21, words=WORDS),
    }


@pytest.fixture(scope="module")
def reference(archive):
    return pipeline.analyze_corpus(archive["table"], partition_size=4, progress=False)


def _two_articles() -> pd.DataFrame:
    return pd.DataFrame({"event": ["flood", "trial"], "outlet": ["City Paper", "Law Times"], "raw": [PRESS, COURT],
                         "speaker": ["Ida Berg", "Mary Okafor"], "aliases": ["Berg; the mayor", "Okafor; the judge"]})


def test_one_row_per_article_and_sentences_as_the_parser_gives(reference, archive):
    arts, sents = reference["articles"], reference["sentences"]
    assert arts["article_index"].tolist() == list(range(N))
    assert (arts["error"] == "").all()
    first = archive["table"].iloc[0]
    parsed = parse_article(first["raw"], first["outlet"]).sentence_table
    mine = sents[sents["article_index"] == 0]
    assert mine["text"].tolist() == parsed["text"].tolist()
    assert mine["start"].tolist() == parsed["start"].tolist()
    assert (arts["headline"] == archive["table"]["true_headline"]).all()


def test_every_table_carries_the_keys_in_source_order(reference):
    for name in pipeline.TABLES:
        t = reference[name]
        assert list(t.columns[:4]) == pipeline.KEY_COLUMNS
        assert t["article_index"].is_monotonic_increasing


def test_hand_read_articles_from_two_domains():
    res = pipeline.analyze_corpus(_two_articles(), progress=False)
    arts = res["articles"].set_index("event")
    assert arts.loc["flood", "byline"] == "Ann Lee" and arts.loc["trial", "byline"] == "Raj Patel"
    # flood: lead + 2 body paragraphs, 4 sentences ("Residents were not convinced." is its own)
    assert arts.loc["flood", "n_paragraphs"] == 3 and arts.loc["flood", "n_sentences"] == 4
    if "quotes" in pipeline.available_steps():
        q = res["quotes"]
        flood = q[q["event"] == "flood"]
        assert flood["text"].tolist() == ["We will rebuild every wall,", "We have heard it before,"]
        assert flood["from_speech"].tolist() == [True, False]
        trial = q[q["event"] == "trial"]
        assert trial["text"].tolist() == ["You betrayed the trust of thousands of pensioners."]
        assert trial["from_speech"].tolist() == [True]
        assert arts.loc["flood", "n_quotes"] == 2 and arts.loc["trial", "n_quotes_speech"] == 1
        # quote offsets point into the raw article text
        raws = {"flood": PRESS, "trial": COURT}
        for r in q.itertuples():
            assert normalise(raws[r.event][r.start:r.end]) == r.text
    if "tone" in pipeline.available_steps():
        s = res["sentences"]
        betrayed = s[s["text"].str.contains("betrayed")]
        assert betrayed["tone_compound"].iloc[0] < 0
    if "readability" in pipeline.available_steps():
        assert arts["flesch_reading_ease"].notna().all()


@pytest.mark.parametrize("form", ["parquet", "csv", "folders"])
def test_every_input_form_gives_the_same_tables(archive, reference, form):
    res = pipeline.analyze_corpus(archive[form], partition_size=4, progress=False)
    for name in pipeline.TABLES:
        pd.testing.assert_frame_equal(res[name], reference[name], check_dtype=False)


@pytest.mark.slow  # starts a two-worker LocalCluster (about 15 s)
def test_dask_equals_in_process(archive, reference, capsys):
    res = pipeline.analyze_corpus(archive["parquet"], partition_size=3, scheduler="dask", n_workers=2,
                                  progress=False)
    assert "Dask dashboard: http" in capsys.readouterr().out
    for name in pipeline.TABLES:
        pd.testing.assert_frame_equal(res[name], reference[name], check_dtype=False)


@pytest.mark.slow  # starts a one-worker LocalCluster
def test_start_dask_runs_its_cluster_with_the_batch_settings():
    """The worker processes get DASK_BATCH_CONFIG, a key given in ``config`` wins, and the settings do not
    leak into this process's Dask configuration."""
    import dask

    before = {key: dask.config.get(key) for key in pipeline.DASK_BATCH_CONFIG}
    client = pipeline.start_dask(1, quiet=True, config={"distributed.worker.profile.interval": "10ms"})
    try:
        seen = client.run(lambda: {key: dask.config.get(key) for key in pipeline.DASK_BATCH_CONFIG})
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()
    (worker,) = seen.values()
    assert worker["distributed.admin.tick.interval"] == "1s" != before["distributed.admin.tick.interval"]
    assert worker["distributed.worker.memory.monitor-interval"] == "1s"
    assert worker["distributed.worker.profile.interval"] == "10ms"
    assert {key: dask.config.get(key) for key in pipeline.DASK_BATCH_CONFIG} == before


def test_process_pool_equals_in_process(archive, reference):
    res = pipeline.analyze_corpus(archive["csv"], partition_size=5, scheduler="processes", n_workers=2,
                                  progress=False)
    for name in pipeline.TABLES:
        pd.testing.assert_frame_equal(res[name], reference[name], check_dtype=False)


def test_output_is_parquet_partitioned_by_event_and_outlet(archive, reference, tmp_path):
    paths = pipeline.analyze_corpus(archive["parquet"], partition_size=4, out=tmp_path / "out", progress=False)
    assert sorted(paths) == sorted(pipeline.TABLES)
    first = reference["articles"].iloc[0]
    folder = tmp_path / "out" / "articles" / f"event={first['event']}"
    assert folder.is_dir() and any(p.name.startswith("outlet=") for p in folder.iterdir())
    for name in pipeline.TABLES:
        back = pipeline.read_results(tmp_path / "out", name)
        pd.testing.assert_frame_equal(back, reference[name], check_dtype=False)
    one = pipeline.read_results(tmp_path / "out", "articles", filters=[("outlet", "==", first["outlet"])])
    assert set(one["outlet"]) == {first["outlet"]} and len(one) < N
    with pytest.raises(InputError, match="already holds results"):
        pipeline.analyze_corpus(archive["parquet"], out=tmp_path / "out", progress=False)


def test_output_partitioned_by_outlet_only_reads_back_the_same(archive, reference, tmp_path):
    pipeline.analyze_corpus(archive["table"], partition_size=5, out=tmp_path, partition_by=["outlet"], progress=False)
    assert all(p.name.startswith("outlet=") for p in (tmp_path / "articles").iterdir())
    back = pipeline.read_results(tmp_path, "sentences")
    pd.testing.assert_frame_equal(back, reference["sentences"], check_dtype=False)
    with pytest.raises(ValueError, match="partition_by"):
        pipeline.analyze_corpus(archive["table"], out=tmp_path / "x", partition_by=["speaker"], progress=False)


def test_partitions_are_read_lazily(archive, monkeypatch):
    calls = []
    real = pipeline.read_partition
    monkeypatch.setattr(pipeline, "read_partition", lambda plan: calls.append(plan["index"]) or real(plan))
    parts = pipeline.iter_partitions(archive["parquet"], partition_size=3)
    assert calls == []
    rows, _ = next(parts)
    assert calls == [0] and len(rows) == 3


def test_planning_reads_no_article_text(archive):
    for form in ("parquet", "csv", "folders"):
        plans = pipeline.plan_partitions(archive[form], partition_size=4)
        assert sum(p["n"] for p in plans) == N
        assert all(p["n"] <= 4 for p in plans)
        assert not any("raw" in p or "rows" in p for p in plans), form


def test_csv_partitions_split_at_record_boundaries_with_newlines_in_text(tmp_path):
    table = pd.DataFrame({"event": ["e"] * 5, "outlet": ["A"] * 5,
                          "raw": [f'Head {i}\n\nShe said, "yes, and\nno" on day {i}.' for i in range(5)]})
    table.to_csv(tmp_path / "t.csv", index=False)
    plans = pipeline.plan_partitions(tmp_path / "t.csv", partition_size=2)
    assert [p["n"] for p in plans] == [2, 2, 1]
    got = pd.concat([pipeline.read_partition(p)[0] for p in plans], ignore_index=True)
    assert got["raw"].tolist() == table["raw"].tolist()


def test_a_file_gone_after_planning_is_reported_not_fatal(tmp_path):
    folders = synth.write_event_folders(tmp_path, 6, seed=2, words=80)
    plans = pipeline.plan_partitions(tmp_path, partition_size=2)
    folder, file = plans[-1]["items"][-1][:2]
    (tmp_path / folder / file).unlink()
    result = pipeline.analyze_partition(plans[-1])["tables"]["articles"]
    assert result["error"].iloc[-1].endswith("no such file") or "No such file" in result["error"].iloc[-1]
    assert result["error"].iloc[0] == ""
    # planning again refuses the folder whose manifest names a missing file, naming it
    with pytest.raises(InputError, match=file):
        pipeline.plan_partitions(tmp_path)
    assert folders


def test_an_empty_article_gets_an_error_row():
    table = pd.DataFrame({"event": ["e", "e"], "outlet": ["A", "B"], "raw": ["", PRESS]})
    res = pipeline.analyze_corpus(table, progress=False)
    arts = res["articles"]
    assert arts["error"].iloc[0] != "" and arts["error"].iloc[1] == ""
    assert set(res["sentences"]["article_index"]) == {1}


def test_bad_sources_are_named():
    with pytest.raises(InputError, match="lacks column"):
        pipeline.analyze_corpus(pd.DataFrame({"event": ["e"], "body": ["x"]}), progress=False)
    with pytest.raises(InputError, match="no such file"):
        pipeline.analyze_corpus("/nonexistent/archive.parquet", progress=False)
    with pytest.raises(ValueError, match="scheduler"):
        pipeline.analyze_corpus(_two_articles(), scheduler=42, progress=False)
    with pytest.raises(ValueError, match="unknown analysis"):
        pipeline.analyze_corpus(_two_articles(), analyses=["astrology"], progress=False)


def test_limit_and_choice_of_analyses(archive):
    res = pipeline.analyze_corpus(archive["csv"], partition_size=4, limit=6, analyses=[], progress=False)
    assert res["articles"]["article_index"].tolist() == list(range(6))
    assert "tone_compound" not in res["articles"].columns and len(res["quotes"]) == 0


def test_progress_bar_is_shown(capsys):
    pipeline.analyze_corpus(_two_articles(), progress=True)
    assert "2/2" in capsys.readouterr().err


# ---------------------------------------------------------------- fast per-article path = event-level functions

def _event_level(ev):
    """Per article: the event-level tables' values that the pipeline computes on its fast path."""
    from analysis.framing import frame_scores, frame_table
    from analysis.readability import METRICS, readability_table
    from analysis.tone import tone_table

    read = readability_table(ev).query("section_group == 'article' and voice == 'all'").set_index("article_id")
    tone = tone_table(ev).query("voice == 'all'")
    frames = frame_scores(frame_table(ev)).query("scope == 'article'")
    out = {}
    for aid in ev.articles["article_id"]:
        t = tone[tone["article_id"] == aid]
        f = frames[frames["article_id"] == aid].set_index("frame")["score"]
        out[aid] = {**{m: read.loc[aid, m] for m in METRICS},
                    "tone_compound": t["compound"].mean(),
                    "tone_headline": t.loc[t["section"] == "headline", "compound"].iloc[0],
                    **{f"frame_{k.replace(' ', '_')}": v for k, v in f.items()}}
    return out


def _assert_article_equals(got: dict, want: dict) -> None:
    for key, value in want.items():
        if pd.isna(value):
            assert pd.isna(got[key]), key
        else:
            assert abs(got[key] - value) < 1e-9, (key, got[key], value)


def test_fast_path_equals_event_level_functions_on_the_seeds(event):
    want = _event_level(event)
    meta = {"speaker": event.meta["speaker"], "aliases": event.meta["aliases"]}
    for row in event.articles.itertuples():
        res = pipeline.analyze_article(event.parsed[row.article_id].raw, row.outlet, meta)
        _assert_article_equals(res["article"], want[row.article_id])
        s = event.sentences[event.sentences["article_id"] == row.article_id]
        assert res["sentences"]["text"].tolist() == s["text"].tolist()


def test_fast_path_equals_event_level_functions_on_synthetic_events(tmp_path):
    from analysis import load_event

    folders = synth.write_event_folders(tmp_path, 12, seed=5, words=400)
    for folder in folders:
        ev = load_event(folder)
        want = _event_level(ev)
        meta = {"speaker": ev.meta["speaker"], "aliases": ev.meta["aliases"]}
        for row in ev.articles.itertuples():
            res = pipeline.analyze_article(ev.parsed[row.article_id].raw, row.outlet, meta)
            _assert_article_equals(res["article"], want[row.article_id])
            assert res["article"]["n_quotes"] == int((ev.quotes["article_id"] == row.article_id).sum())


def test_partition_tables_equal_per_article_results(archive, reference):
    """One table per partition holds exactly what analyze_article gives article by article."""
    table = archive["table"]
    for k in (0, 5, 13):
        r = table.iloc[k]
        meta = {"speaker": r["speaker"], "aliases": r["aliases"].split("; ")}
        res = pipeline.analyze_article(r["raw"], r["outlet"], meta)
        arts = reference["articles"]
        row = arts[arts["article_index"] == k].iloc[0]
        for key, value in res["article"].items():
            assert (pd.isna(value) and pd.isna(row[key])) or value == row[key], key
        sents = reference["sentences"]
        mine = sents[sents["article_index"] == k]
        assert mine["text"].tolist() == res["sentences"]["text"].tolist()
        assert mine["tone_compound"].tolist() == res["sentences"]["tone_compound"].tolist()
        quotes = reference["quotes"]
        assert quotes.loc[quotes["article_index"] == k, "text"].tolist() == res["quotes"]["text"].tolist()


def test_partition_folders_round_trip_odd_outlet_and_event_names(tmp_path):
    """Outlet and event names with spaces, slashes, '=' , '%' and accents survive the Hive folders."""
    names = ["Le Monde/AFP", "Die Zeit & Co", "El País", "50% News", "a=b"]
    table = pd.DataFrame({"event": ["summit 2026/05"] * 5, "article_index": list(range(5)),
                          "article_id": [f"a{i}" for i in range(5)], "outlet": names, "n_words": [10, 20, 30, 40, 50]})
    pipeline.write_partition({"articles": table}, tmp_path, 0)
    back = pipeline.read_results(tmp_path, "articles")
    assert list(back["outlet"]) == names
    assert set(back["event"]) == {"summit 2026/05"}
    assert list(back["n_words"]) == [10, 20, 30, 40, 50]
    assert len(list(tmp_path.rglob("*.parquet"))) == 5  # one file per event and outlet


# ---------------------------------------------------------------- fast paths equal the plain paths


def _plain_all_text(s):
    import math

    return all(isinstance(v, (str, type(None))) or (isinstance(v, float) and math.isnan(v)) for v in s)


@pytest.mark.parametrize("values", [
    [], ["Judge jails fraudster"], ["United 2-1 City", None], ["Z\u00fcrich f\u00e4llt", float("nan"), ""],
    ["\u201cWe will rebuild,\u201d Berg said.", "..."], [None, None], ["Shares fell 3%", pd.NA],
])
@pytest.mark.parametrize("dtype", ["str", "string", "string[python]", object])
def test_text_column_check_equals_walking_the_values(values, dtype):
    s = pd.Series(values, dtype=dtype)
    assert pipeline._all_text(s) == _plain_all_text(s)


def test_text_column_check_walks_other_columns():
    for s in [pd.Series(["a", 1], dtype=object), pd.Series([1.5, float("nan")]), pd.Series([True, False]),
              pd.Series(["a", pd.NA], dtype=object), pd.Series([b"bytes"], dtype=object)]:
        assert pipeline._all_text(s) == _plain_all_text(s) and not pipeline._all_text(s)
    assert pipeline._all_text(pd.Series(["a", None], dtype="str"))
    assert not pipeline._all_text(pd.Series(["a", None], dtype="string"))


def test_fix_types_keeps_missing_values_of_the_string_dtype():
    table = pd.DataFrame({"text": pd.Series(["a", None], dtype="string"), "headline": pd.Series(["b", None], dtype="str"),
                          "n_words": [1, 2]})
    fixed = pipeline._fix_types(table)
    assert fixed["text"].isna().tolist() == [False, True]  # left as it was: a missing value is not text
    assert fixed["headline"].tolist() == ["b", ""] and str(fixed["headline"].dtype) == "string"


@pytest.mark.parametrize("partition_by", [("event", "outlet"), ("outlet",), ()])
def test_written_files_equal_the_writer_on_the_path(tmp_path, partition_by):
    """Files encoded in memory are byte for byte those the same Parquet writer writes straight to the path."""
    import pyarrow as pa

    tables = pipeline.analyze_corpus(_two_articles(), progress=False)
    tables["articles"] = pd.concat([tables["articles"]] * 2, ignore_index=True)  # an event/outlet with two rows
    pipeline.write_partition(tables, tmp_path / "fast", 3, partition_by)
    files = sorted(p.relative_to(tmp_path / "fast") for p in (tmp_path / "fast").rglob("*.parquet"))
    assert len(files) == (6 if partition_by else 3)
    for rel in files:
        name = rel.parts[0]
        table = tables[name]
        for part in rel.parts[1:-1]:
            col, value = part.split("=", 1)
            table = table[table[col] == value.replace("%20", " ")]
        arrow = pa.Table.from_pandas(table.reset_index(drop=True), preserve_index=False).drop_columns(list(partition_by))
        plain = tmp_path / "plain.parquet"
        pipeline._encode_parquet(arrow, str(plain))
        assert (tmp_path / "fast" / rel).read_bytes() == plain.read_bytes(), rel
    for name in pipeline.TABLES:
        back = pipeline.read_results(tmp_path / "fast", name)
        assert back["article_index"].tolist() == sorted(tables[name]["article_index"])


def test_written_files_keep_every_pandas_type_without_arrows_schema(tmp_path):
    """Only the pandas metadata is stored (no ``ARROW:schema`` copy of it), and it alone brings back every
    dtype of every table: text as ``string`` with its missing values, nullable and plain integers, floats
    with NaN, booleans."""
    import pyarrow.parquet as pq

    tables = pipeline.analyze_corpus(_two_articles(), progress=False)
    quotes = tables["quotes"]
    tables["quotes"] = quotes.assign(note=pd.Series(["x"] + [None] * (len(quotes) - 1), dtype="string"),
                                     count=pd.Series([None] + [2] * (len(quotes) - 1), dtype="Int64"),
                                     share=[float("nan")] + [0.5] * (len(quotes) - 1))
    assert len(quotes) >= 2
    pipeline.write_partition(tables, tmp_path, 0)
    for path in tmp_path.rglob("*.parquet"):
        assert set(pq.read_metadata(path).metadata) == {b"pandas"}, path
    for name in pipeline.TABLES:
        back = pipeline.read_results(tmp_path, name)
        expected = tables[name].assign(event=tables[name]["event"].astype("string"),
                                       outlet=tables[name]["outlet"].astype("string"))
        pd.testing.assert_frame_equal(back, expected[list(back.columns)], check_dtype=True)
    back = pipeline.read_results(tmp_path, "quotes")
    assert str(back["note"].dtype) == "string" and back["note"].isna().sum() == len(back) - 1
    assert str(back["count"].dtype) == "Int64" and back["count"].isna().tolist()[0]
