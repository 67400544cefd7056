"""Notebook conventions (every notebook) and the corpus notebook 01 with its figures and tables."""
from __future__ import annotations

import re
import warnings
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import audit, paths, viz_corpus as vc
from analysis.plots import check_labels

NOTEBOOKS = sorted(paths.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))


def tags(cell) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def test_there_are_notebooks():
    assert NOTEBOOKS and NOTEBOOKS[0].name == "01_corpus.ipynb"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_follows_the_convention(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3", "kernel must be python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] for c in code), "committed with outputs: clear them before committing"
    assert all(c.execution_count is None for c in code), "committed with execution counts"
    assert not any("execution" in c.metadata for c in nb.cells), "cell metadata carries execution timestamps"
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.lstrip().startswith("#") and "?" in first.source, \
        "the first cell must be markdown stating the question"
    params = [c for c in nb.cells if "parameters" in tags(c)]
    assert len(params) == 1, "exactly one cell tagged `parameters`"
    assert params[0].cell_type == "code" and re.search(r"^EVENT = None\b", params[0].source, re.M)
    assert any("findings" in tags(c) and c.cell_type == "code" for c in nb.cells), "no cell tagged `findings`"
    assert any("key-figure" in tags(c) for c in nb.cells), "no cell tagged `key-figure`"
    assert nb.cells.index(params[0]) < min(i for i, c in enumerate(nb.cells) if "findings" in tags(c))
    assert not any("import tests" in c.source or "sys.path" in c.source for c in code)


# ------------------------------------------------------------------ corpus tables (hand-built cases)

PRESS = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["Morning Star", "Evening Post", "Morning Star"],
                      "headline": ["Minister quits", "<em>Resignation</em> shock", "Minister gone"],
                      "byline": ["Ann Lee", "", "Bo Chan; Di Roy"], "sha256": ["f" * 64, "e" * 64, "d" * 64],
                      "n_words": [120, 80, 45], "standfirst": ["x" * 300, "", ""]})


def test_metadata_table_puts_articles_side_by_side():
    t = audit.metadata_table(PRESS, max_chars=30)
    assert list(t.columns) == ["Morning Star (a)", "Evening Post", "Morning Star (c)"]
    assert t.loc["byline", "Morning Star (c)"] == "Bo Chan; Di Roy"
    assert t.loc["headline", "Evening Post"] == "<em>Resignation</em> shock"  # data, escaped only when shown
    assert t.loc["standfirst", "Morning Star (a)"] == "x" * 29 + "…"
    assert t.loc["sha256", "Evening Post"] == "e" * 16
    assert t.loc["n_words", "Morning Star (c)"] == "45"


def test_removed_table_keeps_raw_order_and_counts_characters():
    removed = pd.DataFrame({"article_id": ["b", "a", "a"], "line": ["Subscribe now", "Share", "By Ann Lee"],
                            "rule": ["newsletter", "share_widget", "byline"], "kind": ["furniture", "furniture", "metadata"],
                            "start": [500, 900, 20], "end": [513, 905, 30]})
    t = audit.removed_table(removed, PRESS)
    assert t[["outlet", "rule", "chars"]].values.tolist() == [
        ["Morning Star (a)", "byline", 10], ["Morning Star (a)", "share_widget", 5], ["Evening Post", "newsletter", 13]]
    s = audit.removed_summary(removed, PRESS)
    assert s[s["article_id"] == "c"][["lines", "chars"]].sum().tolist() == [0, 0]
    assert s[(s["article_id"] == "a") & (s["kind"] == "furniture")][["lines", "chars"]].values.tolist() == [[1, 5]]


def test_section_lengths_counts_words_paragraphs_sentences():
    paras = pd.DataFrame({"article_id": ["a", "a", "a", "b"], "paragraph": [0, 1, 2, 0],
                          "section": ["headline", "lead", "body", "headline"],
                          "text": ["Minister quits", "The minister quit on Monday. She gave no reason.",
                                   "Her deputy takes over.", "Shock resignation"]})
    sents = pd.DataFrame({"article_id": ["a", "a", "a", "a", "b"], "section": ["headline", "lead", "lead", "body", "headline"]})
    t = audit.section_lengths(paras, sents, PRESS[PRESS["article_id"] != "c"]).set_index(["article_id", "section"])
    assert t.loc[("a", "lead"), ["paragraphs", "sentences", "words"]].tolist() == [1, 2, 9]
    assert t.loc[("a", "body"), "words"] == 4 and t.loc[("b", "standfirst"), "words"] == 0
    assert len(t) == 2 * 5


def test_page_map_places_parts_in_percent_of_the_raw_file():
    paras = pd.DataFrame({"article_id": ["b"], "section": ["headline"], "start": [0], "end": [50]})
    removed = pd.DataFrame({"article_id": ["b"], "kind": ["furniture"], "start": [150], "end": [200]})
    t = audit.page_map(paras, removed, PRESS.iloc[[1]], {"b": 200})
    assert t[["part", "from_pct", "to_pct"]].values.tolist() == [["headline", 0.0, 25.0], ["furniture", 75.0, 100.0]]


@pytest.mark.parametrize("n", [1, 10])
def test_corpus_figures_stand_alone_with_one_and_ten_outlets(n):
    outlets = [f"Regional Daily Courier {i}" for i in range(n)]
    lengths = pd.DataFrame([{"outlet": o, "section": s, "words": 10 * (i + 1)} for i, o in enumerate(outlets)
                            for s in audit.SECTIONS])
    fig = vc.plot_section_lengths(lengths)
    assert check_labels(fig) == []
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == outlets
    pages = pd.DataFrame([{"outlet": o, "part": p, "from_pct": 10.0 * k, "to_pct": 10.0 * k + 8}
                          for o in outlets for k, p in enumerate(audit.PARTS)])
    fig = vc.plot_page_map(pages)
    assert check_labels(fig) == []
    assert len(fig.axes[0].get_legend().get_texts()) == len(audit.PARTS)


# ------------------------------------------------------------------ notebook 01 runs


@pytest.mark.slow
def test_corpus_notebook_runs_on_a_single_article_event(tmp_path, monkeypatch):
    """One article (a court statement): the notebook runs and says there is nothing to compare."""
    from analysis.corpus import new_event
    from analysis.runner import run_all

    for kind in ("figures", "processed", "reports", "cache"):
        monkeypatch.setenv(f"ANALYSIS_{kind.upper()}_DIR", str(tmp_path / kind))
    folder = Path(new_event("court-statement", speaker="Judge Maria Ruiz", title="Sentencing remarks",
                            root=tmp_path / "raw"))
    (folder / "000_court.txt").write_text(
        "Judge jails fraudster for six years\n\nBy Tom Reed\n\n"
        "Judge Maria Ruiz said the scheme \"preyed on the trust of pensioners\".\n\n"
        "The defendant showed no remorse, she said.\n\nShare this article\n", encoding="utf-8")
    (folder / "manifest.csv").write_text("file,outlet,url,provenance\n000_court.txt,County Courier,,test\n",
                                         encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert run_all(event=folder, only=["01"], log=lambda *a: None) == 0
    figures = tmp_path / "figures" / "events" / "court-statement" / "01_corpus"
    assert sorted(p.name for p in figures.iterdir()) == sorted(
        f"{n}.{e}" for n in ("page_map", "words_by_section") for e in ("png", "svg", "csv"))
    lengths = pd.read_csv(figures / "words_by_section.csv")
    assert lengths.set_index("section").loc["headline", "words"] == 6
    report = (tmp_path / "reports" / "events" / "court-statement" / "01_corpus.html").read_text()
    assert "with one article there is nothing to compare yet" in report
    assert "share_widget" in report or "Share this article" in report  # the audit shows the removed line
    index = (tmp_path / "reports" / "events" / "court-statement" / "index.html").read_text()
    assert "Sentencing remarks" in index and "County Courier" in index


def test_a_time_without_time_zone_is_marked():
    # a sports interview published by three sites: one gives a UTC offset, one a zone name, one neither
    sites = pd.DataFrame({"article_id": ["s1", "s2", "s3", "s4"], "outlet": ["Goal Daily", "Pitch", "Terrace", "Kop"],
                          "published": ["2023-04-01T18:05:00+01:00", "2023-04-01T17:05:00", "2023-04-01T09:00:00",
                                        "2023-04-01"],
                          "timezone": ["", "BST", "", ""]})
    assert audit.missing_timezone(sites) == ["s3"]     # a date alone has no time to place
    t = audit.metadata_table(sites)
    assert t.loc["published", "Terrace"] == "2023-04-01T09:00:00 (no time zone given)"
    assert t.loc["timezone", "Terrace"] == "no time zone given"
    assert t.loc["published", "Pitch"] == "2023-04-01T17:05:00" and t.loc["timezone", "Pitch"] == "BST"


def test_bundled_beacon_time_has_no_zone(event):
    ids = audit.missing_timezone(event.articles)
    assert ids == ["001_44cb888064497d10"]   # "November 3, 2016 12:38 pm": no zone printed; the Independent says GMT
