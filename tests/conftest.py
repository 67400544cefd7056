"""Shared fixtures: the bundled event and paths to its raw files."""
from __future__ import annotations

import pytest

from analysis import paths


@pytest.fixture(scope="session")
def event():
    from analysis import load_event

    return load_event(paths.DEFAULT_EVENT)


@pytest.fixture(scope="session")
def independent(event):
    return event.parsed["000_254f71784dde8cdb"]


@pytest.fixture(scope="session")
def beacon(event):
    return event.parsed["001_44cb888064497d10"]


def _raw_hashes():
    import hashlib

    return {p.relative_to(paths.RAW_DIR).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(paths.RAW_DIR.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session", autouse=True)
def raw_data_is_never_modified():
    """Whatever the tests run (including full notebook runs), data/raw ends as it began."""
    before = _raw_hashes()
    yield
    after = _raw_hashes()
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    assert not changed, f"data/raw was modified during the tests: {changed}"


@pytest.fixture
def run_notebook(tmp_path, monkeypatch):
    """Execute ``notebooks/<name>.ipynb`` (optionally on another event) with outputs under tmp_path.

    Returns ``(findings_markdown, figures_folder)``.
    """
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("ANALYSIS_FIGURES_DIR", str(tmp_path / "figures"))
    monkeypatch.setenv("ANALYSIS_PROCESSED_DIR", str(tmp_path / "processed"))

    def run(name, event=None):
        nb = nbformat.read(paths.NOTEBOOKS_DIR / f"{name}.ipynb", as_version=4)
        if event is not None:
            params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
            params.source += f"\nEVENT = {str(event)!r}"
        NotebookClient(nb, timeout=600, kernel_name="python3",
                       resources={"metadata": {"path": str(paths.NOTEBOOKS_DIR)}}).execute()
        findings = next(c for c in nb.cells if "findings" in c.metadata.get("tags", []))
        text = "".join(o.get("data", {}).get("text/markdown", "") for o in findings.outputs)
        return text, tmp_path / "figures" / name

    return run
