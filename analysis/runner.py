"""Run every notebook headless on an event and write figures, tables and HTML reports, incrementally.

``python -m analysis run`` (``make report``) calls :func:`run_all`. For each ``notebooks/NN_*.ipynb``
in name order it

1. computes a fingerprint of the notebook's inputs: the notebook file, the modules of the
   ``analysis`` package its kernel imported last time (recorded by a probe cell run after the
   notebook and dropped from it), every data file of the package (rules, lexicons), every file of
   the event folder, the Python and package versions, the parameters and the output folders;
2. skips the notebook when the fingerprint matches the last successful run and the figures and
   tables it wrote are still there, byte for byte (state in ``.cache/runner/<key>.json``);
3. otherwise executes it with nbclient (kernel ``python3``, working directory ``notebooks/``,
   ``PYTHONHASHSEED=0``), with the parameters (``EVENT`` as an absolute path) injected in a cell
   tagged ``injected-parameters`` right after the cell tagged ``parameters``; the executed
   notebook, stripped of timestamps and widget state, is cached next to the state file.

Then it exports every report from the cached notebooks (cheap, so it always runs, and a file is
rewritten only when its bytes change): ``reports/<notebook>.html`` and ``reports/index.html``.
Figures go to ``figures/<notebook>/`` (the notebooks call :func:`analysis.plots.save_figure`) and
derived tables to ``data/processed/`` (:func:`analysis.outputs.save_table`).

**Another event** never overwrites the bundled event's outputs: its figures, tables and reports go to
``figures/events/<event>/``, ``data/processed/events/<event>/`` and ``reports/events/<event>/``
(``<event>`` is the event folder's name). The roots can be moved with the environment variables
``ANALYSIS_FIGURES_DIR``, ``ANALYSIS_PROCESSED_DIR``, ``ANALYSIS_REPORTS_DIR`` and ``ANALYSIS_CACHE_DIR``.

A failing cell stops the run: :class:`NotebookError` names the notebook, the cell (numbered as in
the notebook file, from 1) with its first line, and the error; the executed notebook is kept as
``<stem>.failed.ipynb`` in the cache folder for inspection.

Usage:
    >>> [p.name for p in find_notebooks(NOTEBOOKS_DIR, only=["01"])]
    ['01_corpus.ipynb']
"""
from __future__ import annotations

import hashlib
import html
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat

from . import report
from .corpus import read_event_file, resolve_event_dir
from .errors import InputError
from .wording import plural
from .outputs import output_root
from .paths import DEFAULT_EVENT, FIGURES_DIR, NOTEBOOKS_DIR, PACKAGE_DIR, PROCESSED_DIR, PROJ_ROOT, REPORTS_DIR

RUNNER_VERSION = "1"
KERNEL = "python3"
TIMEOUT = 900
# Run after the notebook (and dropped from it): which files of the package did the kernel import?
MODULE_PROBE = """import json as _j, sys as _s, pathlib as _p
_root = _p.Path(_s.modules["analysis"].__file__).parent if "analysis" in _s.modules else None
print(_j.dumps(sorted(_p.Path(m.__file__).resolve().relative_to(_root).as_posix() for n, m in list(_s.modules.items())
      if _root and (n == "analysis" or n.startswith("analysis.")) and getattr(m, "__file__", None))))"""


class NotebookError(RuntimeError):
    """A notebook failed: names the notebook, the cell and the error.

    Usage:
        >>> str(NotebookError("notebooks/02_x.ipynb", 4, "ev.quotes.head()", "KeyError: 'outlet'"))
        "notebooks/02_x.ipynb, cell 4 (ev.quotes.head()): KeyError: 'outlet'"
    """

    def __init__(self, notebook: str, cell: int | str, source: str, error: str):
        self.notebook, self.cell, self.source, self.error = notebook, cell, source, error
        super().__init__(f"{notebook}, cell {cell} ({source}): {error}")


@dataclass(frozen=True)
class Outputs:
    """Where one run writes: figures, derived tables, reports, and the runner's cache."""

    figures: Path
    processed: Path
    reports: Path
    cache: Path

    def env(self) -> dict[str, str]:
        """Environment for the kernel so that save_figure/save_table write here."""
        return {"ANALYSIS_FIGURES_DIR": str(self.figures), "ANALYSIS_PROCESSED_DIR": str(self.processed),
                "ANALYSIS_REPORTS_DIR": str(self.reports)}


def output_dirs(event_dir: Path) -> Outputs:
    """Output folders for an event: the roots for the bundled event, ``.../events/<name>`` for any other.

    Usage:
        >>> output_dirs(DEFAULT_EVENT).reports == output_root("reports", REPORTS_DIR)
        True
        >>> output_dirs(Path("/data/other-speech")).figures.parts[-2:]
        ('events', 'other-speech')
    """
    roots = [output_root("figures", FIGURES_DIR), output_root("processed", PROCESSED_DIR),
             output_root("reports", REPORTS_DIR)]
    if Path(event_dir).resolve() != DEFAULT_EVENT.resolve():
        roots = [r / "events" / Path(event_dir).name for r in roots]
    key = hashlib.sha256(str(roots[2].resolve()).encode()).hexdigest()[:12]
    cache = output_root("cache", PROJ_ROOT / ".cache") / "runner" / key
    return Outputs(*roots, cache)


def find_notebooks(folder: Path = NOTEBOOKS_DIR, only: list[str] | None = None) -> list[Path]:
    """``NN_*.ipynb`` in ``folder`` in name order, optionally only those whose name starts with one of ``only``."""
    found = sorted(p for p in Path(folder).glob("[0-9][0-9]_*.ipynb") if p.is_file())
    if only:
        found = [p for p in found if any(p.name == o or p.stem.startswith(o) for o in only)]
    return found


def sha256_file(path: Path) -> str:
    """SHA-256 of a file's bytes.

    Usage:
        >>> import tempfile
        >>> p = Path(tempfile.mkdtemp()) / "a.txt"; _ = p.write_bytes(b"abc")
        >>> sha256_file(p)[:12]
        'ba7816bf8f01'
    """
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def tree_hashes(folder: Path) -> list[tuple[str, str]]:
    """``(relative path, sha256)`` of every file under ``folder``, sorted, skipping caches and hidden files.

    Usage:
        >>> import tempfile
        >>> d = Path(tempfile.mkdtemp()); _ = (d / "b.txt").write_text("x"); _ = (d / "a.txt").write_text("y")
        >>> [name for name, _ in tree_hashes(d)]
        ['a.txt', 'b.txt']
    """
    folder = Path(folder)
    rows = []
    for p in folder.rglob("*"):
        rel = p.relative_to(folder)
        if p.is_file() and "__pycache__" not in rel.parts and not any(part.startswith(".") for part in rel.parts) \
                and p.suffix != ".pyc":
            rows.append((rel.as_posix(), sha256_file(p)))
    return sorted(rows)


def _digest(*parts) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def inject_parameters(nb, params: dict):
    """Insert a cell tagged ``injected-parameters`` setting ``params`` right after the ``parameters`` cell.

    Raises ``ValueError`` if the notebook has no cell tagged ``parameters`` (or several).

    Usage:
        >>> from nbformat.v4 import new_notebook, new_code_cell
        >>> nb = new_notebook(cells=[new_code_cell("EVENT = None", metadata={"tags": ["parameters"]}),
        ...                          new_code_cell("print(EVENT)")])
        >>> nb = inject_parameters(nb, {"EVENT": "/data/raw/x"})
        >>> nb.cells[1].source
        "# Parameters injected by the runner\\nEVENT = '/data/raw/x'"
    """
    tagged = [i for i, c in enumerate(nb.cells) if report.has_tag(c, "parameters")]
    if len(tagged) != 1:
        raise ValueError(f"needs exactly one cell tagged 'parameters', found {len(tagged)}")
    source = "# Parameters injected by the runner\n" + "\n".join(f"{k} = {v!r}" for k, v in params.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    cell["id"] = "injected-parameters"
    nb.cells.insert(tagged[0] + 1, cell)
    return nb


def _first_line(source: str) -> str:
    lines = [ln for ln in source.strip().splitlines() if ln.strip()]
    return (lines[0][:80] if lines else "empty cell")


def execute_notebook(path: Path, params: dict, out: Outputs, timeout: int = TIMEOUT):
    """Execute one notebook with ``params`` injected; return the executed notebook or raise :class:`NotebookError`."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    nb = nbformat.read(path, as_version=4)
    name = _rel(path)
    try:
        inject_parameters(nb, params)
    except ValueError as exc:
        raise NotebookError(name, "-", "parameters", str(exc)) from None
    position = {"index": None}

    def on_cell_execute(cell, cell_index, **_):
        position["index"] = cell_index

    probe = nbformat.v4.new_code_cell(MODULE_PROBE, metadata={"tags": ["remove-cell", "runner-probe"]})
    probe["id"] = "runner-probe"
    nb.cells.append(probe)
    client = NotebookClient(nb, timeout=timeout, kernel_name=KERNEL, record_timing=False, allow_errors=False,
                            resources={"metadata": {"path": str(path.parent)}}, on_cell_execute=on_cell_execute)
    env = {**os.environ, **out.env(), "PYTHONHASHSEED": "0"}
    out.cache.mkdir(parents=True, exist_ok=True)
    try:
        with open(out.cache / "kernel.log", "ab") as kernel_log:
            client.execute(env=env, stderr=kernel_log)
    except Exception as exc:  # noqa: BLE001 - any failure (cell error, timeout, dead kernel) stops the run, named
        index = position["index"]
        error = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        if isinstance(exc, DeadKernelError) or not isinstance(exc, (CellExecutionError, CellTimeoutError)):
            error = f"the kernel died or failed ({type(exc).__name__}: {error}); see {_rel(out.cache / 'kernel.log')}"
        for out_ in (nb.cells[index].get("outputs", []) if index is not None else []):
            if out_.output_type == "error":
                error = f"{out_.ename}: {out_.evalue}"
        if isinstance(exc, CellTimeoutError):
            error = f"timed out after {timeout} s"
        out.cache.mkdir(parents=True, exist_ok=True)
        nbformat.write(report.clean_notebook(nb), out.cache / f"{path.stem}.failed.ipynb")
        if index is None:
            raise NotebookError(name, "?", "kernel start", error) from None
        injected = next(i for i, c in enumerate(nb.cells) if report.has_tag(c, "injected-parameters"))
        cell = "injected parameters" if index == injected else (index + 1 if index < injected else index)
        raise NotebookError(name, cell, _first_line(nb.cells[index].source), error) from None
    nb.cells.pop()
    streams = [o for o in probe.get("outputs", []) if o.output_type == "stream"]
    modules = json.loads("".join(report._text(o.text) for o in streams) or "[]")
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nb.metadata["runner"] = {"modules": modules}
    return nb


def _rel(path: Path) -> str:
    path = Path(path).resolve()
    try:
        return path.relative_to(PROJ_ROOT).as_posix()
    except ValueError:
        return str(path)


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def _outputs_intact(recorded: dict[str, str], out: Outputs) -> bool:
    for rel, digest in recorded.items():
        kind, _, sub = rel.partition("/")
        path = (out.figures if kind == "figures" else out.processed) / sub
        if not path.is_file() or sha256_file(path) != digest:
            return False
    return True


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` (UTF-8) unless the file already holds exactly these bytes; return whether it wrote.

    Usage:
        >>> import tempfile
        >>> p = Path(tempfile.mkdtemp()) / "r.html"
        >>> write_if_changed(p, "<p>a</p>"), write_if_changed(p, "<p>a</p>")
        (True, False)
    """
    data = text.encode("utf-8")
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def provenance(event_dir: Path, code_hash: str) -> dict:
    """The footer stamp for an event: id, title, folder, file hashes, code fingerprint, commit, versions."""
    meta = read_event_file(event_dir)
    return {"event": meta.get("id") or event_dir.name, "title": meta.get("title", ""), "folder": _rel(event_dir),
            "files": tree_hashes(event_dir), "code": code_hash[:16], "commit": report.git_commit(PROJ_ROOT),
            "versions": report.package_versions()}


def run_notebooks(notebooks: list[Path], event_dir: Path, out: Outputs, with_code: bool = False,
                  force: bool = False, log=print) -> dict:
    """Run (or skip) ``notebooks`` in order on ``event_dir`` writing to ``out``, then export all reports.

    Returns ``{"ran": [...], "skipped": [...], "written": [...]}`` (notebook stems and report files).
    Raises :class:`NotebookError` on the first failing cell.
    """
    event_dir = Path(event_dir).resolve()
    package = dict(tree_hashes(PACKAGE_DIR))
    data_files = sorted((k, v) for k, v in package.items() if not k.endswith(".py"))
    event_files = tree_hashes(event_dir)
    versions = report.package_versions()
    state_path = out.cache.with_suffix(".json")
    state = json.loads(state_path.read_text()) if state_path.is_file() else {}
    ran, skipped = [], []
    params = {"EVENT": str(event_dir)}

    def fingerprint(nb_path: Path, modules: list[str]) -> str:
        code = [(m, package.get(m, "missing")) for m in modules]
        return _digest(RUNNER_VERSION, sha256_file(nb_path), code, data_files, event_files, versions, params,
                       str(out.figures), str(out.processed))

    for nb_path in notebooks:
        stem = nb_path.stem
        cached = out.cache / f"{stem}.ipynb"
        previous = state.get(stem, {})
        if (not force and previous.get("fingerprint") == fingerprint(nb_path, previous.get("modules", []))
                and cached.is_file() and _outputs_intact(previous.get("outputs", {}), out)):
            skipped.append(stem)
            log(f"  {stem}: unchanged, skipped")
            continue
        log(f"  {stem}: running ...")
        started = time.perf_counter()
        before = _snapshot(out.processed)
        nb = execute_notebook(nb_path, params, out)
        modules = nb.metadata.pop("runner", {}).get("modules", [])
        if not modules:  # the probe saw no package import: depend on the whole package to be safe
            modules = sorted(k for k in package if k.endswith(".py"))
        after = _snapshot(out.processed)
        outputs = {f"processed/{rel}": sha256_file(out.processed / rel)
                   for rel, facts in sorted(after.items()) if before.get(rel) != facts}
        figure_dir = out.figures / stem
        outputs.update({f"figures/{stem}/{rel}": digest for rel, digest in
                        (tree_hashes(figure_dir) if figure_dir.is_dir() else [])})
        out.cache.mkdir(parents=True, exist_ok=True)
        nbformat.write(report.clean_notebook(nb), cached)
        (out.cache / f"{stem}.failed.ipynb").unlink(missing_ok=True)
        state[stem] = {"fingerprint": fingerprint(nb_path, modules), "modules": modules, "outputs": outputs}
        state_path.write_text(json.dumps(state, indent=1, sort_keys=True))
        ran.append(stem)
        log(f"  {stem}: ran in {time.perf_counter() - started:.1f} s")
    everything = find_notebooks(notebooks[0].parent) if notebooks else []
    used = sorted({m for stem, entry in state.items() if stem != "__export__" for m in entry.get("modules", [])})
    code_hash = _digest([(m, package.get(m, "missing")) for m in used], data_files,
                        [(p.name, sha256_file(p)) for p in everything])
    cached = [(p.name, sha256_file(out.cache / f"{p.stem}.ipynb") if (out.cache / f"{p.stem}.ipynb").is_file() else "")
              for p in everything]
    export_key = _digest(RUNNER_VERSION, cached, code_hash, event_files, versions, with_code,
                         report.git_commit(PROJ_ROOT), sha256_file(Path(report.__file__)), sha256_file(Path(__file__)))
    previous = state.get("__export__", {})
    reports_intact = all((out.reports / name).is_file() and sha256_file(out.reports / name) == digest
                         for name, digest in previous.get("files", {}).items())
    if previous.get("key") == export_key and previous.get("files") and reports_intact:
        written = []
    else:
        written = export_reports(everything, event_dir, out, with_code=with_code, code_hash=code_hash)
        files = {p.name: sha256_file(p) for p in sorted(out.reports.glob("*.html"))}
        state["__export__"] = {"key": export_key, "files": files}
        out.cache.mkdir(parents=True, exist_ok=True)
        state_path.write_text(json.dumps(state, indent=1, sort_keys=True))
    return {"ran": ran, "skipped": skipped, "written": written}


def export_reports(notebooks: list[Path], event_dir: Path, out: Outputs, with_code: bool = False,
                   code_hash: str = "") -> list[str]:
    """Write ``<stem>.html`` for every notebook with a cached run, and ``index.html``; return the files written."""
    stamp = provenance(event_dir, code_hash)
    footer = report.footer_html(stamp)
    summaries, missing, written = [], [], []
    for nb_path in notebooks:
        cached = out.cache / f"{nb_path.stem}.ipynb"
        if not cached.is_file():
            missing.append(nb_path.stem)
            continue
        nb = nbformat.read(cached, as_version=4)
        summary = report.notebook_summary(nb, nb_path.stem)
        summaries.append(summary)
        nav = f'<a href="index.html">← Summary of all reports</a> · event {stamp["event"]}'
        doc = report.export_notebook(nb, summary["title"], footer, with_code=with_code, nav=nav)
        if write_if_changed(out.reports / f"{nb_path.stem}.html", doc):
            written.append(f"{nb_path.stem}.html")
    intro = (f"<p>How {plural(_count_articles(event_dir), 'article')} covered <em>{html.escape(stamp['title'] or stamp['event'])}"
             "</em>: the main findings and figures of every notebook, each linking to its full report.</p>")
    doc = report.index_html(summaries, footer, f"Speech coverage report: {stamp['event']}", intro, missing)
    if write_if_changed(out.reports / "index.html", doc):
        written.append("index.html")
    return written


def _count_articles(event_dir: Path) -> int:
    from .corpus import read_manifest

    return len(read_manifest(event_dir))


def run_all(event=None, with_code: bool = False, force: bool = False, only: list[str] | None = None,
            notebooks_dir: Path | None = None, log=print) -> int:
    """Run every notebook on ``event`` (default: the bundled event) and write reports; return an exit code.

    0: success; 1: a notebook failed (notebook, cell and error are printed to stderr).
    Bad event folders raise :class:`analysis.errors.InputError` (the CLI prints it and exits 2).
    """
    event_dir = resolve_event_dir(event).resolve()
    read_event_file(event_dir)
    notebooks = find_notebooks(notebooks_dir or NOTEBOOKS_DIR, only)
    if not notebooks:
        raise InputError(notebooks_dir or NOTEBOOKS_DIR, f"no notebooks named NN_*.ipynb{' matching ' + ' '.join(only) if only else ''}")
    out = output_dirs(event_dir)
    started = time.perf_counter()
    log(f"Event {_rel(event_dir)} -> {_rel(out.reports)}")
    try:
        result = run_notebooks(notebooks, event_dir, out, with_code=with_code, force=force, log=log)
    except NotebookError as exc:
        print(f"error: notebook failed: {exc}", file=sys.stderr)
        print(f"       executed copy kept in {_rel(out.cache)}/", file=sys.stderr)
        return 1
    log(f"Done in {time.perf_counter() - started:.1f} s: ran {len(result['ran'])}, skipped {len(result['skipped'])}, "
        f"reports written {len(result['written'])}; open {_rel(out.reports / 'index.html')}")
    return 0
