"""The runner: byte-for-byte reruns, incremental skips, failures that name notebook and cell, separate outputs per event."""
from __future__ import annotations

import hashlib
import shutil
import time
import warnings
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from analysis import paths
from analysis.report import git_commit
from analysis.runner import (NotebookError, execute_notebook, find_notebooks, inject_parameters, output_dirs,
                             run_all, run_notebooks)


@pytest.fixture
def roots(tmp_path, monkeypatch):
    """Every output root in a temp folder, so tests never touch figures/, reports/ or data/processed/."""
    for kind in ("figures", "processed", "reports", "cache"):
        monkeypatch.setenv(f"ANALYSIS_{kind.upper()}_DIR", str(tmp_path / kind))
    return tmp_path


def hashes(*folders: Path) -> dict[str, str]:
    found = {}
    for folder in folders:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                found[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return found


def fingerprints(out) -> dict[str, str]:
    """Each notebook's input fingerprint from the runner's state file."""
    import json

    state = json.loads(out.cache.with_suffix(".json").read_text())
    return {k: v["fingerprint"] for k, v in state.items() if k != "__export__"}


def write_notebook(path: Path, *code: str, tags: dict[int, list[str]] | None = None) -> Path:
    """A notebook in the suite's convention: question, parameters cell, then ``code`` cells."""
    cells = [new_markdown_cell("# A press conference\n\nWhat did the minister say?"),
             new_code_cell("EVENT = None\nTHRESHOLD = 3", metadata={"tags": ["parameters"]})]
    for i, source in enumerate(code):
        cells.append(new_code_cell(source, metadata={"tags": (tags or {}).get(i, [])}))
    for i, c in enumerate(cells):
        c["id"] = f"c{i}"
    nbformat.write(new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                                      "language": "python"}}), path)
    return path


FIGURE_CELL = """
import pandas as pd
from analysis.plots import new_figure, save_figure
data = pd.DataFrame({"speaker": ["minister", "reporter"], "words": [THRESHOLD * 100, 40]})
fig, ax = new_figure(4, 3)
ax.bar(data["speaker"], data["words"]); ax.set(title="Words spoken", xlabel="speaker", ylabel="words")
_ = save_figure(fig, data, NAME, "words")  # the inline backend shows the figure
"""


def test_find_notebooks_orders_and_filters(tmp_path):
    for name in ("10_late.ipynb", "02_mid.ipynb", "01_first.ipynb", "notes.ipynb", "1_bad.ipynb"):
        (tmp_path / name).write_text("{}")
    assert [p.name for p in find_notebooks(tmp_path)] == ["01_first.ipynb", "02_mid.ipynb", "10_late.ipynb"]
    assert [p.name for p in find_notebooks(tmp_path, only=["02", "10_late.ipynb"])] == ["02_mid.ipynb", "10_late.ipynb"]


def test_parameters_are_injected_right_after_the_tagged_cell(tmp_path):
    nb = nbformat.read(write_notebook(tmp_path / "01_x.ipynb", "print(EVENT)"), 4)
    nb = inject_parameters(nb, {"EVENT": "/srv/events/court-ruling", "THRESHOLD": 5})
    assert [c.metadata.get("tags", []) for c in nb.cells[1:3]] == [["parameters"], ["injected-parameters"]]
    assert "EVENT = '/srv/events/court-ruling'" in nb.cells[2].source and "THRESHOLD = 5" in nb.cells[2].source


def test_a_notebook_without_parameters_cell_is_refused_by_name(tmp_path, roots):
    path = tmp_path / "03_noparams.ipynb"
    nbformat.write(new_notebook(cells=[new_markdown_cell("# Q?"), new_code_cell("x = 1")]), path)
    with pytest.raises(NotebookError, match=r"03_noparams\.ipynb.*exactly one cell tagged 'parameters'"):
        execute_notebook(path, {"EVENT": None}, output_dirs(paths.DEFAULT_EVENT))


def test_other_events_write_beside_not_over_the_bundled_event(tmp_path, roots):
    bundled = output_dirs(paths.DEFAULT_EVENT)
    other = output_dirs(tmp_path / "raw" / "city-council-2024")
    assert bundled.reports == roots / "reports" and bundled.figures == roots / "figures"
    assert other.reports == roots / "reports" / "events" / "city-council-2024"
    assert other.processed == roots / "processed" / "events" / "city-council-2024"
    assert other.figures == roots / "figures" / "events" / "city-council-2024"
    assert other.cache != bundled.cache
    # a copy of the bundled event elsewhere is "another event": it cannot overwrite the bundled outputs
    assert output_dirs(tmp_path / paths.DEFAULT_EVENT.name).reports != bundled.reports


@pytest.mark.slow
def test_failing_notebook_stops_the_run_naming_notebook_cell_and_error(tmp_path, roots, capsys):
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    write_notebook(nbs / "01_fine.ipynb", "x = 1")
    write_notebook(nbs / "02_broken.ipynb", "y = 2", "raise ValueError('no quotes found for the minister')")
    marker = tmp_path / "third-ran.txt"
    write_notebook(nbs / "03_after.ipynb", f"open({str(marker)!r}, 'w').write('ran')")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        code = run_all(notebooks_dir=nbs, log=lambda *a: None)
    err = capsys.readouterr().err
    assert code == 1
    # cell 4 of the file: markdown, parameters, "y = 2", then the raise
    assert "02_broken.ipynb, cell 4 (raise ValueError('no quotes found for the minister'))" in err
    assert "ValueError: no quotes found for the minister" in err
    assert not marker.exists(), "the run went on after a failing notebook"
    assert list((roots / "cache" / "runner").glob("*/02_broken.failed.ipynb"))


@pytest.mark.slow
def test_incremental_reruns_only_what_changed(tmp_path, roots):
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    write_notebook(nbs / "01_speech.ipynb", "NAME = '01_speech'\n" + FIGURE_CELL, tags={0: ["key-figure"]})
    write_notebook(nbs / "02_reply.ipynb", "NAME = '02_reply'\n" + FIGURE_CELL,
                   "from IPython.display import Markdown\nMarkdown(f'The minister spoke **{THRESHOLD * 100}** words.')",
                   tags={0: ["key-figure"], 1: ["findings"]})
    event = tmp_path / "event"
    shutil.copytree(paths.DEFAULT_EVENT, event)
    out = output_dirs(event)
    run = lambda **kw: run_notebooks(find_notebooks(nbs), event, out, log=lambda *a: None, **kw)  # noqa: E731
    first = run()
    assert first["ran"] == ["01_speech", "02_reply"]
    assert sorted(first["written"]) == ["01_speech.html", "02_reply.html", "index.html"]
    index = (out.reports / "index.html").read_text()
    assert "The minister spoke <strong>300</strong> words." in index and index.count("data:image/png") == 2
    before = hashes(out.figures, out.reports)

    started = time.perf_counter()
    second = run()
    assert second == {"ran": [], "skipped": ["01_speech", "02_reply"], "written": []}
    assert time.perf_counter() - started < 5
    assert hashes(out.figures, out.reports) == before

    write_notebook(nbs / "02_reply.ipynb", "NAME = '02_reply'\n" + FIGURE_CELL.replace("Words spoken", "Words said"),
                   tags={0: ["key-figure"]})
    assert run()["ran"] == ["02_reply"]

    (out.figures / "01_speech" / "words.png").unlink()  # a deleted output is rebuilt
    assert run()["ran"] == ["01_speech"]

    (event / "manifest.csv").write_text((event / "manifest.csv").read_text() + "\n")  # the event's data changed
    assert run()["ran"] == ["01_speech", "02_reply"]


@pytest.mark.slow
def test_full_run_is_byte_for_byte_reproducible_and_second_run_is_skipped(roots):
    """The whole suite on the bundled event, run twice from scratch: figures/ and reports/ hash the same."""
    out = output_dirs(paths.DEFAULT_EVENT)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert run_all(log=lambda *a: None) == 0
        first = hashes(out.figures, out.reports, out.processed)
        assert any(k.endswith("index.html") for k in first) and any(k.endswith(".png") for k in first)
        inputs, commit = fingerprints(out), git_commit()
        assert run_all(force=True, log=lambda *a: None) == 0  # executes every notebook again
        changed = [k for k, v in fingerprints(out).items() if inputs.get(k) != v]
        changed += ["the git commit"] if git_commit() != commit else []
        if changed:  # someone edited a notebook or the package while the test ran: not a reproducibility failure
            pytest.skip(f"inputs of {', '.join(changed)} changed during the test; rerun it")
        second = hashes(out.figures, out.reports, out.processed)
        assert [k for k in second if second[k] != first.get(k)] == [] and second == first
        started = time.perf_counter()
        result = run_notebooks(find_notebooks(), paths.DEFAULT_EVENT, out, log=lambda *a: None)
        assert result["ran"] == [] and result["written"] == []
        assert result["skipped"] == [p.stem for p in find_notebooks()]
        assert time.perf_counter() - started < 10
    assert hashes(out.figures, out.reports, out.processed) == first
