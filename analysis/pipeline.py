"""Run the suite's per-article analyses over a whole archive, in pandas or on Dask.

``analyze_corpus(source)`` streams the articles of ``source`` in partitions of
``partition_size`` articles, and for each article runs cleaning and sentence
splitting (:func:`analysis.parse.parse_article`), then every analysis module
whose per-article function is installed (quotes and attribution, readability,
tone, framing: see :data:`STEPS`). Nothing here re-implements an analysis: each
step calls the module's public per-text function, in its table-free form
(:func:`analysis.readability.readability_from_counts`, :func:`analysis.tone.score_columns`,
:func:`analysis.framing.article_frame_scores`), whose values equal the event-level
tables (``tests/test_pipeline.py`` checks it on the bundled event and on synthetic
events). Articles yield plain lists and dicts; each partition builds its three
tables once.

Input (``source``):

* an event folder, a folder of event folders, or a list of event folders
  (``event.toml`` + ``manifest.csv`` + article files, see :mod:`analysis.corpus`);
* a Parquet file or folder of Parquet files, or a CSV file, with one row per
  article and columns ``event, outlet, raw`` (``text`` is accepted for ``raw``)
  and optionally ``article_id, speaker, aliases`` (aliases joined with ``"; "``),
  ``title, date, url``;
* a pandas DataFrame with those columns.

Output: three tables (dict keys ``articles``, ``sentences``, ``quotes``), one
row per article, per sentence and per quotation, each carrying ``event,
article_index, article_id, outlet`` (``article_index`` is the article's position
in the source, so every table sorts back into source order). With ``out=`` the
tables are written as Parquet datasets ``out/<table>/event=<id>/outlet=<name>/``
partition by partition, nothing is kept in memory, and the paths are returned;
:func:`read_results` reads them back.

Memory is bounded: the reader plans partitions from metadata only (manifests,
Parquet row-group counts, CSV record offsets) and each task reads its own
slice, so a corpus larger than memory is never loaded whole. An article that
cannot be parsed does not stop the run: its row in ``articles`` carries the
reason in ``error`` and it has no sentence or quote rows.

Schedulers: ``None`` (pandas, this process), ``"processes"`` (a local process
pool), ``"dask"`` (a new ``distributed.LocalCluster``; its dashboard address is
printed), a scheduler address such as ``"tcp://10.0.0.5:8786"`` (an existing
cluster whose workers can read ``source`` and ``out``), or a
``distributed.Client``. Every scheduler runs the same per-partition function
and results are collected in partition order, so they equal the in-process run.

Usage:
    >>> from analysis.synth import article_table
    >>> res = analyze_corpus(article_table(4, seed=0, words=120), progress=False)
    >>> len(res["articles"]), sorted(res)
    (4, ['articles', 'quotes', 'sentences'])
"""
from __future__ import annotations

import io
import itertools
import math
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import numpy as np
import pandas as pd

from .corpus import read_event_file, read_manifest
from .errors import InputError
from .parse import Article, parse_article
from .rawtext import decode_bytes

TABLES = ("articles", "sentences", "quotes")
KEY_COLUMNS = ["event", "article_index", "article_id", "outlet"]
ARTICLE_COLUMNS = KEY_COLUMNS + ["headline", "byline", "published", "timezone", "dateline", "wire",
                                 "n_paragraphs", "n_sentences", "n_words", "warnings", "error"]
SENTENCE_COLUMNS = KEY_COLUMNS + ["paragraph", "sentence", "section", "start", "end", "n_words", "text"]
QUOTE_KEY_COLUMNS = KEY_COLUMNS + ["quote"]
TABLE_REQUIRED = ("event", "outlet", "raw")
TABLE_OPTIONAL = ("article_id", "speaker", "aliases", "title", "date", "url")
BODY_SECTIONS = ("lead", "body")
LIST_SEPARATOR = "; "
DEFAULT_PARTITION_SIZE = 250
PARTITION_BY = ("event", "outlet")


# ------------------------------------------------------------------ steps: one per analysis module


@dataclass
class ArticleContext:
    """What a step sees for one article: event meta data, the parsed article and its sentences."""

    meta: dict
    article: Article
    sentences: dict  # column -> list: paragraph, sentence, section, start, end, text (offsets into article.raw)
    quotes: list | None = None  # set by the quotes step: quote rows (dicts with start, end (raw offsets), from_speech)

    texts: list = field(default_factory=list)  # the sentences' text, section and word count as plain lists
    sections: list = field(default_factory=list)
    n_words: list = field(default_factory=list)
    _body_words: int | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.texts and len(self.sentences.get("text", ())):
            self.texts = [str(t) for t in self.sentences["text"]]
            self.sections = [str(t) for t in self.sentences["section"]]
        if not self.n_words:
            self.n_words = [len(t.split()) for t in self.texts]

    @property
    def body(self) -> str:
        return self.article.body

    @property
    def body_words(self) -> int:
        """Words of the lead and body (white-space separated), counted once per article."""
        if self._body_words is None:
            self._body_words = len(self.article.body.split())
        return self._body_words


@dataclass
class StepResult:
    """A step's output for one article: article-level values, per-sentence columns, a quote table."""

    article: dict = field(default_factory=dict)
    sentences: dict = field(default_factory=dict)  # column name -> list aligned with ctx.sentences
    quotes: list | None = None  # quote rows (dicts with the columns of analysis.quotes.quotes_frame)


@dataclass(frozen=True)
class Step:
    """One analysis module: ``module.attr`` must exist for the step to run; ``run`` adapts it."""

    name: str
    module: str
    attr: str
    run: Callable[[ArticleContext, Any], StepResult]


_STEP_CACHE: dict[tuple, list] = {}


def _load_steps() -> list[Step]:
    """Steps whose module and per-article function are installed (checked once per process)."""
    import importlib

    key = tuple(s.name for s in STEPS)
    if key in _STEP_CACHE:
        return _STEP_CACHE[key]

    found = []
    for step in STEPS:
        try:
            mod = importlib.import_module(f"analysis.{step.module}")
        except ImportError:
            continue
        if hasattr(mod, step.attr):
            found.append(step)
    _STEP_CACHE[key] = found
    return found


def available_steps() -> list[str]:
    """Names of the analyses that will run (parse and segment always run).

    Usage:
        >>> isinstance(available_steps(), list)
        True
    """
    return [s.name for s in _load_steps()]


# ------------------------------------------------------------------ adapters (call the modules' public functions)


def _quotes_step(ctx: ArticleContext, meta: dict) -> StepResult:
    """Quotes and attribution: :func:`analysis.quotetable.article_quotes` (raw offsets); ``from_speech``
    follows ``quote_table``'s rule (the attributed speaker is the event's speaker). The quote rows stay
    plain dicts here (the partition builds one table with :func:`analysis.quotes.quotes_frame`).
    Passages across outlets need the whole event (:func:`analysis.align.assign_passages`) and are not
    computed per article."""
    from .quotetable import article_quotes

    speaker = meta.get("speaker") or None
    aliases = [a for a in (meta.get("aliases") or []) if isinstance(a, str)] or None
    rows, indirect = article_quotes(ctx.article.paragraphs, speaker, aliases)
    quoted_words = speech_words = n_speech = 0
    speakers, types = set(), []
    for k, r in enumerate(rows):
        r["quote"] = k
        who = r.get("speaker")
        r["from_speech"] = bool(speaker) and isinstance(who, str) and who == speaker
        n_speech += r["from_speech"]
        kind = r.get("speaker_type")
        if isinstance(kind, str):
            types.append(kind)
            if kind != "unattributed" and isinstance(who, str):
                speakers.add(who)
        nested = r.get("nested_in")
        if r.get("section") in BODY_SECTIONS and (nested is None or nested is pd.NA):
            n = len(str(r["text"]).split())
            quoted_words += n
            if r["from_speech"]:
                speech_words += n
    ctx.quotes = rows
    words = max(1, ctx.body_words)
    return StepResult(article={
        "n_quotes": len(rows),
        "n_quotes_speech": int(n_speech),
        "n_indirect": len(indirect),
        "n_speakers": len(speakers),
        "share_unattributed": sum(t == "unattributed" for t in types) / len(types) if types else float("nan"),
        "share_anonymous": sum(t == "anonymous" for t in types) / len(types) if types else float("nan"),
        "quote_share": min(1.0, quoted_words / words),
        "speech_quote_share": min(1.0, speech_words / words),
    }, quotes=rows)


def _readability_step(ctx: ArticleContext, meta: dict) -> StepResult:
    """Readability: :func:`analysis.readability.readability_from_counts` (equal to
    ``readability_of_sentences``, from per-sentence counts) on the article's sentences (headline,
    standfirst, lead and body, as in ``readability_table``'s ``article`` group, voice ``all``)."""
    from .readability import METRICS, SECTION_GROUPS, readability_from_counts

    keep = SECTION_GROUPS["article"]
    r = readability_from_counts([t for t, s in zip(ctx.texts, ctx.sections) if s in keep])
    return StepResult(article={**{m: r[m] for m in METRICS}, "readability_reliable": bool(r["reliable"])})


def _mean(values: list[float]) -> float:
    return float(np.mean(values)) if values else float("nan")  # numpy's pairwise sum, as the event tables use


def _tone_step(ctx: ArticleContext, meta: dict) -> StepResult:
    """Tone: :func:`analysis.tone.score_columns` (one shared VADER analyzer) on every sentence;
    article scores are means of sentence scores over headline, standfirst, lead and body."""
    from .readability import SECTION_GROUPS
    from .tone import NEGATIVE, POSITIVE, SCORES, score_columns

    scores = score_columns(ctx.texts)
    keep = SECTION_GROUPS["article"]
    body = [c for c, s in zip(scores["compound"], ctx.sections) if s in keep]
    headline = [c for c, s in zip(scores["compound"], ctx.sections) if s == "headline"]
    n = len(body)
    return StepResult(
        article={"tone_compound": _mean(body),
                 "tone_share_positive": sum(c >= POSITIVE for c in body) / n if n else float("nan"),
                 "tone_share_negative": sum(c <= NEGATIVE for c in body) / n if n else float("nan"),
                 "tone_headline": float(headline[0]) if headline else float("nan")},
        sentences={f"tone_{k}": scores[k] for k in SCORES})


def _framing_step(ctx: ArticleContext, meta: dict) -> StepResult:
    """Generic news frames: :func:`analysis.framing.article_frame_scores` (whole-article scope, equal to
    ``frame_scores(article_frames(...))``); one ``frame_<name>`` column per frame."""
    from .framing import FRAMES, article_frame_scores

    scores = article_frame_scores(ctx.texts, ctx.sections)
    return StepResult(article={f"frame_{f.replace(' ', '_')}": scores[f] for f in FRAMES})


# Registry of analysis steps, run in this order (quotes first: later steps may use ctx.quotes).
STEPS: list[Step] = [
    Step("quotes", "quotetable", "article_quotes", _quotes_step),
    Step("readability", "readability", "readability_from_counts", _readability_step),
    Step("tone", "tone", "score_columns", _tone_step),
    Step("framing", "framing", "article_frame_scores", _framing_step),
]


# ------------------------------------------------------------------ partition planning and reading


def _is_event_folder(path: Path) -> bool:
    return path.is_dir() and ((path / "event.toml").exists() or (path / "manifest.csv").exists())


def _event_folders(source: Path | list) -> list[Path]:
    if isinstance(source, (list, tuple)):
        folders = [Path(p) for p in source]
    elif _is_event_folder(source):
        folders = [source]
    else:
        folders = sorted(p for p in source.iterdir() if _is_event_folder(p))
        if not folders:
            raise InputError(source, "holds no event folders (folders with event.toml and manifest.csv), "
                                     "no Parquet files and is not a CSV table")
    for f in folders:
        if not _is_event_folder(f):
            raise InputError(f, "is not an event folder (no event.toml or manifest.csv)")
    return folders


def source_kind(source) -> str:
    """``frame``, ``folders``, ``parquet`` or ``csv``, or an :class:`InputError` naming the problem.

    Usage:
        >>> source_kind(pd.DataFrame({"event": [], "outlet": [], "raw": []}))
        'frame'
    """
    if isinstance(source, pd.DataFrame):
        return "frame"
    if isinstance(source, (list, tuple)):
        return "folders"
    path = Path(source)
    if not path.exists():
        raise InputError(path, "no such file or folder; give event folders, a Parquet or CSV table of articles")
    if path.is_file():
        if path.suffix.lower() in (".parquet", ".pq"):
            return "parquet"
        if path.suffix.lower() in (".csv",):
            return "csv"
        raise InputError(path, f"unsupported table type '{path.suffix}'; use .parquet or .csv")
    if _is_event_folder(path) or any(_is_event_folder(p) for p in path.iterdir()):
        return "folders"
    if any(path.rglob("*.parquet")):
        return "parquet"
    raise InputError(path, "holds neither event folders nor Parquet files")


def _csv_record_offsets(path: Path, every: int, block: int = 1 << 20) -> tuple[list[int], int]:
    """Byte offsets where every ``every``-th data record of a CSV starts, and the number of records.

    A newline ends a record only outside quotes (RFC 4180 doubles a quote inside
    a field, so the parity of quote marks tells whether we are inside one). The
    file is streamed in blocks: memory does not grow with the file.
    """
    starts: list[int] = []
    inside, header, rows, pos, record_start = False, True, 0, 0, 0

    def close(end: int) -> None:
        nonlocal header, rows
        if header:
            header = False
        elif end > record_start:
            if rows % every == 0:
                starts.append(record_start)
            rows += 1

    with open(path, "rb") as fh:
        while chunk := fh.read(block):
            start = 0
            while True:
                nl = chunk.find(b"\n", start)
                if chunk.count(b'"', start, len(chunk) if nl < 0 else nl) % 2:
                    inside = not inside
                if nl < 0:
                    break
                if not inside:
                    end = pos + nl
                    close(end - 1 if end > record_start and chunk[nl - 1:nl] == b"\r" else end)
                    record_start = pos + nl + 1
                start = nl + 1
            pos += len(chunk)
    if inside:
        raise InputError(path, "ends inside a quoted field: the CSV is truncated or its quotes are unbalanced")
    close(pos)
    return starts, rows


def plan_partitions(source, partition_size: int = DEFAULT_PARTITION_SIZE) -> list[dict]:
    """Plan the partitions of ``source`` from metadata only; each is a small plain dict.

    A partition names where its articles live (files, Parquet row groups, CSV
    byte ranges), never the text itself (except for an in-memory DataFrame).
    ``n`` is its number of articles and ``first`` the source position of its first.

    Usage:
        >>> frame = pd.DataFrame({"event": ["e"] * 5, "outlet": ["A"] * 5, "raw": ["T\\n\\nBody text here."] * 5})
        >>> [p["n"] for p in plan_partitions(frame, partition_size=2)]
        [2, 2, 1]
    """
    if partition_size < 1:
        raise ValueError(f"partition_size must be at least 1, got {partition_size}")
    kind = source_kind(source)
    plans: list[dict] = []
    first = 0
    if kind == "frame":
        _check_columns(list(source.columns), "<DataFrame>")
        for a in range(0, len(source), partition_size):
            part = source.iloc[a:a + partition_size]
            plans.append({"kind": "frame", "rows": part, "n": len(part), "first": a})
    elif kind == "folders":
        items: list[list[str]] = []
        for folder in _event_folders(source if isinstance(source, (list, tuple)) else Path(source)):
            manifest = read_manifest(folder)
            for _, row in manifest.iterrows():
                items.append([str(folder), row["file"], row["outlet"], row["url"]])
                if len(items) == partition_size:
                    plans.append({"kind": "folders", "items": items, "n": len(items), "first": first})
                    first += len(items)
                    items = []
        if items:
            plans.append({"kind": "folders", "items": items, "n": len(items), "first": first})
    elif kind == "parquet":
        import pyarrow.parquet as pq

        path = Path(source)
        files = [path] if path.is_file() else sorted(path.rglob("*.parquet"))
        for f in files:
            meta = pq.ParquetFile(f).metadata
            _check_columns(meta.schema.names, f)
            for rg in range(meta.num_row_groups):
                n = meta.row_group(rg).num_rows
                for a in range(0, n, partition_size):
                    m = min(partition_size, n - a)
                    plans.append({"kind": "parquet", "path": str(f), "row_group": rg, "slice": [a, a + m],
                                  "n": m, "first": first})
                    first += m
    else:  # csv
        path = Path(source)
        with open(path, "rb") as fh:
            head = fh.readline().decode("utf-8-sig")
        columns = list(pd.read_csv(io.StringIO(head), nrows=0).columns)
        _check_columns(columns, path)
        offsets, rows = _csv_record_offsets(path, partition_size)
        size = path.stat().st_size
        for i, a in enumerate(offsets):
            b = offsets[i + 1] if i + 1 < len(offsets) else size
            n = min(partition_size, rows - first)
            plans.append({"kind": "csv", "path": str(path), "bytes": [a, b], "columns": columns, "n": n,
                          "first": first})
            first += n
    for i, p in enumerate(plans):
        p["index"] = i
    return plans


def _check_columns(columns: list[str], where) -> None:
    cols = set(columns)
    if "raw" not in cols and "text" in cols:
        cols.add("raw")
    missing = [c for c in TABLE_REQUIRED if c not in cols]
    if missing:
        raise InputError(where, f"article table lacks column(s) {', '.join(missing)}; it needs "
                                f"{', '.join(TABLE_REQUIRED)} (raw = the captured article text) and may have "
                                f"{', '.join(TABLE_OPTIONAL)}")


def read_partition(plan: dict) -> tuple[pd.DataFrame, dict]:
    """Read one planned partition: a table of articles and the meta data of their events.

    The table has ``event, article_index, article_id, outlet, url, raw, format``
    (``text`` or ``html``) and ``error`` (why a file could not be read, else ``""``); the dict maps event id to
    its ``event.toml`` fields (speaker, aliases, ...).

    Usage:
        >>> frame = pd.DataFrame({"event": ["e"], "outlet": ["A"], "raw": ["Head\\n\\nBody text."]})
        >>> rows, meta = read_partition(plan_partitions(frame)[0])
        >>> rows.loc[0, ["event", "article_id", "outlet"]].tolist()
        ['e', '0', 'A']
    """
    kind = plan["kind"]
    metas: dict[str, dict] = {}
    if kind == "folders":
        rows = []
        for k, (folder, file, outlet, url) in enumerate(plan["items"]):
            folder = Path(folder)
            if str(folder) not in metas:
                meta = read_event_file(folder)
                meta.pop("warnings", None)
                metas[str(folder)] = meta
            meta = metas[str(folder)]
            row = {"event": meta["id"] or folder.name, "article_index": plan["first"] + k,
                   "article_id": Path(file).stem, "outlet": outlet, "url": url, "raw": "", "format": "text",
                   "error": ""}
            try:
                data = (folder / file).read_bytes()
                row["raw"], _, row["format"] = decode_bytes(data, str(folder / file))
            except (OSError, InputError) as exc:
                row["error"] = str(exc)
            rows.append(row)
        metas = {m["id"] or Path(f).name: m for f, m in metas.items()}
        return pd.DataFrame(rows), metas
    if kind == "frame":
        table = plan["rows"].reset_index(drop=True)
    elif kind == "parquet":
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(plan["path"])
        names = pf.schema_arrow.names
        cols = [c for c in (*TABLE_REQUIRED, "text", *TABLE_OPTIONAL) if c in names]
        a, b = plan["slice"]
        table = pf.read_row_group(plan["row_group"], columns=cols).slice(a, b - a).to_pandas()
    else:
        a, b = plan["bytes"]
        with open(plan["path"], "rb") as fh:
            fh.seek(a)
            data = fh.read(b - a)
        table = pd.read_csv(io.BytesIO(data), header=None, names=plan["columns"], dtype=str,
                            keep_default_na=False, encoding="utf-8")
        if "keep" in plan:
            table = table.iloc[:plan["keep"]]
    return _normalise_table(table, plan["first"])


def _normalise_table(table: pd.DataFrame, first: int) -> tuple[pd.DataFrame, dict]:
    if "raw" not in table.columns and "text" in table.columns:
        table = table.rename(columns={"text": "raw"})
    n = len(table)
    out = pd.DataFrame({
        "event": table["event"].astype(str).to_numpy(),
        "article_index": range(first, first + n),
        "article_id": (table["article_id"].astype(str).to_numpy() if "article_id" in table.columns
                       else [str(first + k) for k in range(n)]),
        "outlet": table["outlet"].astype(str).to_numpy(),
        "url": table["url"].astype(str).to_numpy() if "url" in table.columns else [""] * n,
        "raw": table["raw"].fillna("").astype(str).to_numpy(),
        "format": "text",
        "error": [""] * n,
    })
    metas: dict[str, dict] = {}
    for k in range(n):
        ev = out.at[k, "event"]
        if ev in metas:
            continue
        row = table.iloc[k]
        speaker = str(row["speaker"]) if "speaker" in table.columns and pd.notna(row["speaker"]) else ""
        aliases = str(row["aliases"]) if "aliases" in table.columns and pd.notna(row["aliases"]) else ""
        alias_list = [a.strip() for a in aliases.split(";") if a.strip()]
        if speaker and speaker not in alias_list:
            alias_list.insert(0, speaker)
        metas[ev] = {"id": ev, "speaker": speaker, "aliases": alias_list,
                     "title": str(row["title"]) if "title" in table.columns else "",
                     "date": str(row["date"]) if "date" in table.columns else ""}
    return out, metas


def iter_partitions(source, partition_size: int = DEFAULT_PARTITION_SIZE) -> Iterator[tuple[pd.DataFrame, dict]]:
    """Yield ``(articles, event_meta)`` one partition at a time; nothing is read before it is asked for.

    Usage:
        >>> frame = pd.DataFrame({"event": ["e"] * 3, "outlet": ["A"] * 3, "raw": ["H\\n\\nBody."] * 3})
        >>> parts = iter_partitions(frame, partition_size=2)
        >>> len(next(parts)[0]), len(next(parts)[0])
        (2, 1)
    """
    for plan in plan_partitions(source, partition_size):
        yield read_partition(plan)


# ------------------------------------------------------------------ per-article analysis


def _article_columns(raw: str, outlet: str, meta: dict, steps: list[Step], source: str, kind: str) -> dict:
    """Parse one article and run the steps; plain data only: ``article`` (dict), ``sentences``
    (column name -> list) and ``quotes`` (list of row dicts)."""
    if kind == "html":
        from .parse import parse_html

        art = parse_html(raw, outlet=outlet or None, source=source)
    else:
        art = parse_article(raw, outlet=outlet or None, source=source)
    columns = art.sentence_columns()
    ctx = ArticleContext(meta=meta, article=art, sentences=columns, texts=columns["text"],
                         sections=columns["section"])
    columns["n_words"] = ctx.n_words
    record = {
        "headline": art.headline, "byline": LIST_SEPARATOR.join(art.byline), "published": art.published,
        "timezone": art.timezone, "dateline": art.dateline, "wire": art.wire,
        "n_paragraphs": sum(1 for p in art.paragraphs if p["section"] in BODY_SECTIONS),
        "n_sentences": sum(1 for sec in ctx.sections if sec in BODY_SECTIONS), "n_words": ctx.body_words,
        "warnings": LIST_SEPARATOR.join(art.warnings), "error": "",
    }
    quotes: list = []
    for step in steps:
        result = step.run(ctx, meta)
        record.update(result.article)
        columns.update({k: list(v) for k, v in result.sentences.items()})
        if result.quotes is not None:
            quotes = result.quotes
    return {"article": record, "sentences": columns, "quotes": quotes}


def _quote_table(rows: list[dict]) -> pd.DataFrame:
    """Quote rows as a table: ``quote`` first, the columns of :func:`analysis.quotes.quotes_frame`, ``from_speech``."""
    from .quotes import quotes_frame

    table = quotes_frame(rows)
    table.insert(0, "quote", pd.array([r["quote"] for r in rows], dtype="int64"))
    table["from_speech"] = pd.array([bool(r["from_speech"]) for r in rows], dtype="bool")
    return table


def analyze_article(raw: str, outlet: str = "", meta: dict | None = None, steps: list[Step] | None = None,
                    source: str = "<text>", kind: str = "text") -> dict:
    """Parse one raw article and run every available analysis on it.

    ``meta`` holds the event's ``speaker`` and ``aliases``; ``kind="html"`` parses
    a saved web page with :func:`analysis.parse.parse_html`.
    Returns ``{"article": dict, "sentences": DataFrame, "quotes": DataFrame}``
    without the key columns (``event, article_index, article_id, outlet``).
    (:func:`analyze_partition` runs the same analyses but builds its tables once per partition.)

    Usage:
        >>> res = analyze_article("Storm hits coast\\n\\nBy Ann Lee\\n\\nA storm hit the coast on Monday. Roads closed.")
        >>> res["article"]["byline"], res["article"]["n_sentences"]
        ('Ann Lee', 2)
    """
    steps = _load_steps() if steps is None else steps
    res = _article_columns(raw, outlet, meta or {}, steps, source, kind)
    quotes = (_quote_table(res["quotes"]) if any(s.name == "quotes" for s in steps)
              else pd.DataFrame({"quote": pd.Series([], dtype="int64")}))
    return {"article": res["article"], "sentences": _sentence_frame(res["sentences"]), "quotes": quotes}


def _sentence_frame(columns: dict) -> pd.DataFrame:
    """The sentence columns (name -> list) as one table, in their order (types inferred as pandas does for
    ``Article.sentence_table``)."""
    return pd.DataFrame(columns)


def select_steps(analyses: Iterable[str] | None = None) -> list[Step]:
    """The installed steps named in ``analyses`` (``None``: all installed), in registry order.

    Raises ``ValueError`` for a name that is not an analysis or whose module is not installed.

    Usage:
        >>> [s.name for s in select_steps(["tone"])]
        ['tone']
    """
    steps = _load_steps()
    if analyses is None:
        return steps
    wanted = list(analyses)
    known = {s.name for s in STEPS}
    installed = {s.name for s in steps}
    for name in wanted:
        if name not in known:
            raise ValueError(f"unknown analysis {name!r}; choose from {', '.join(s.name for s in STEPS)}")
        if name not in installed:
            raise ValueError(f"analysis {name!r} is not available: its module is missing or lacks its per-article function")
    return [s for s in steps if s.name in wanted]


def analyze_partition(plan: dict, out: str | None = None, analyses: tuple[str, ...] | None = None,
                      partition_by: tuple[str, ...] = PARTITION_BY) -> dict:
    """Read, analyse and (with ``out``) write one partition; return its tables or a summary.

    This is the one function every scheduler runs, so results do not depend on the scheduler.
    """
    t0 = time.perf_counter()
    rows, metas = read_partition(plan)
    steps = select_steps(analyses)
    arts: list[dict] = []
    sents: dict[str, list] = {}
    quotes: list[dict] = []
    sent_keys: list[dict] = []
    quote_keys: list[dict] = []
    n_sent = 0
    for r in rows.itertuples(index=False):
        key = {"event": r.event, "article_index": r.article_index, "article_id": r.article_id, "outlet": r.outlet}
        if r.error:
            arts.append({**key, **_FAILED, "error": r.error})
            continue
        try:
            res = _article_columns(r.raw, r.outlet, metas.get(r.event, {}), steps, f"{r.event}/{r.article_id}",
                                   r.format)
        except InputError as exc:
            arts.append({**key, **_FAILED, "error": exc.problem})
            continue
        arts.append({**key, **res["article"]})
        cols = res["sentences"]
        n = len(cols["text"])
        if n:
            for c, values in cols.items():
                sents.setdefault(c, [None] * n_sent).extend(values)
            for c in sents:
                if c not in cols:
                    sents[c].extend([None] * n)
            n_sent += n
            sent_keys.append((key, n))
        if res["quotes"]:
            quotes.extend(res["quotes"])
            quote_keys.append((key, len(res["quotes"])))
    tables = {
        "articles": _order(pd.DataFrame(arts), ARTICLE_COLUMNS),
        "sentences": _order(_with_keys(_sentence_frame(sents), sent_keys) if n_sent else pd.DataFrame(),
                            SENTENCE_COLUMNS),
        "quotes": _order(_with_keys(_quote_table(quotes), quote_keys) if quotes else pd.DataFrame(),
                         QUOTE_KEY_COLUMNS),
    }
    tables = {k: _fix_types(v) for k, v in tables.items()}
    seconds = time.perf_counter() - t0
    if out is None:
        return {"index": plan["index"], "tables": tables, "seconds": seconds, "n": len(rows)}
    write_partition(tables, out, plan["index"], partition_by)
    return {"index": plan["index"], "tables": None, "seconds": seconds, "n": len(rows),
            "rows": {k: len(v) for k, v in tables.items()}}


_FAILED = {"headline": "", "byline": "", "published": "", "timezone": "", "dateline": "", "wire": "",
           "n_paragraphs": 0, "n_sentences": 0, "n_words": 0, "warnings": ""}


def _with_keys(table: pd.DataFrame, sizes: list[tuple[dict, int]]) -> pd.DataFrame:
    """Add the key columns to a partition's table (each article's key repeated over its rows)."""
    keys = {k: [key[k] for key, n in sizes for _ in range(n)] for k in KEY_COLUMNS}
    return table.assign(**keys)


def _order(table: pd.DataFrame, first: list[str]) -> pd.DataFrame:
    """Key and known columns first, in a fixed order; then the steps' columns in the order they appear."""
    for col in first:
        if col not in table.columns:
            table = table.assign(**{col: pd.Series([], dtype="object") if not len(table) else ""})
    rest = [c for c in table.columns if c not in first]
    return table[first + rest].reset_index(drop=True)


_INT_COLUMNS = ("article_index", "n_paragraphs", "n_sentences", "n_words", "paragraph", "sentence", "start", "end",
                "quote")


def _fix_types(table: pd.DataFrame) -> pd.DataFrame:
    """The same dtypes whatever the partition (so concatenation and Parquet schemas agree)."""
    fixed = {}
    for col in table.columns:
        s = table[col]
        if col in _INT_COLUMNS:
            fixed[col] = pd.to_numeric(s, errors="coerce").astype("Int64") if s.isna().any() else s.astype("int64")
        elif col in ARTICLE_COLUMNS or col in SENTENCE_COLUMNS or s.dtype == object:
            if _all_text(s):
                fixed[col] = s.astype("string").fillna("")
    return table.assign(**fixed) if fixed else table


def _is_text_value(v) -> bool:
    """Whether a value may sit in a text column: a string, None or a float NaN."""
    return isinstance(v, (str, type(None))) or (isinstance(v, float) and math.isnan(v))


def _all_text(s: pd.Series) -> bool:
    """Whether every value of ``s`` is a string, ``None`` or a float NaN (a column :func:`_fix_types` makes text).

    A column of pandas' Arrow-backed string dtype is answered without walking its values:
    iterating one (``ArrowExtensionArray.__iter__`` in pandas) yields ``value.as_py()``, a ``str``,
    for every valid value and the dtype's ``na_value`` for every missing one. That missing value
    is a float NaN for the ``str`` dtype (pandas' default for text), so the answer is always yes;
    it is ``pd.NA`` for the ``string`` dtype, so the answer is yes exactly when nothing is missing.
    Any other column is walked value by value.

    Usage:
        >>> _all_text(pd.Series(["a", None], dtype="str")), _all_text(pd.Series(["a", None], dtype="string"))
        (True, False)
        >>> _all_text(pd.Series(["a", None, float("nan")], dtype=object)), _all_text(pd.Series(["a", 1], dtype=object))
        (True, False)
    """
    dtype = s.dtype
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow":
        if dtype.na_value is pd.NA:
            return not s.isna().any()
        if isinstance(dtype.na_value, float) and math.isnan(dtype.na_value):
            return True
    return all(_is_text_value(v) for v in s)


# ------------------------------------------------------------------ output


def write_partition(tables: dict, out: str | Path, index: int, partition_by: tuple[str, ...] = PARTITION_BY) -> None:
    """Write one partition's tables under ``out/<table>/event=<id>/outlet=<name>/part-<index>-0.parquet``.

    ``partition_by`` names the folder levels (``("event", "outlet")`` by default; ``("outlet",)``
    or ``()`` write far fewer files for archives of many small events). The folders follow Hive's
    layout (values percent-encoded as Arrow's ``segment_encoding="uri"`` expects), so
    :func:`pandas.read_parquet` and ``pyarrow.dataset`` read them back with the key columns. Each
    file is written by one Parquet writer of its own (:func:`_write_parquet_file`): for the many small
    files of a news archive (one article per event and outlet) this costs about a third less CPU than
    ``pyarrow.dataset.write_dataset`` (``benchmarks/README.md``).

    Usage:
        >>> import tempfile
        >>> d = tempfile.mkdtemp()
        >>> t = pd.DataFrame({"event": ["e 1", "e 1"], "outlet": ["A/B", "C"], "x": [1, 2]})
        >>> write_partition({"articles": t}, d, 0)
        >>> sorted(p.relative_to(d).as_posix() for p in Path(d).rglob("*.parquet"))
        ['articles/event=e%201/outlet=A%2FB/part-000000-0.parquet', 'articles/event=e%201/outlet=C/part-000000-0.parquet']
    """
    from urllib.parse import quote

    import pyarrow as pa

    keys_of = list(partition_by)
    file_name = f"part-{index:06d}-0.parquet"
    for name, table in tables.items():
        if not len(table):
            continue
        arrow = pa.Table.from_pandas(table, preserve_index=False)
        if not keys_of:
            _write_parquet_file(arrow, os.path.join(out, name), file_name)
            continue
        groups: dict[tuple, list[int]] = {}
        for i, key in enumerate(zip(*(table[c].astype(str).tolist() for c in keys_of))):
            groups.setdefault(key, []).append(i)
        data = arrow.drop_columns(keys_of)
        for key, rows in groups.items():
            part = data.slice(rows[0], len(rows)) if rows[-1] - rows[0] == len(rows) - 1 else data.take(rows)
            folder = os.path.join(out, name, *(f"{c}={quote(v, safe='')}" for c, v in zip(keys_of, key)))
            _write_parquet_file(part, folder, file_name)


def _write_parquet_file(table, folder: str, file_name: str) -> None:
    """Write ``table`` to ``folder/file_name`` (as :func:`_encode_parquet` encodes it), making ``folder`` first.

    The file is encoded into memory and written with one system call: pyarrow's local file stream
    is unbuffered (two writes and a seek per column chunk, about 125 system calls for one row of
    the 41-column ``articles`` table). The bytes do not depend on the stream (the Parquet writer
    takes its offsets from the stream's position, 0 for a new file as for a new buffer), so the
    file is the same byte for byte as one written straight to its path.

    Usage:
        >>> import tempfile, pyarrow as pa, pyarrow.parquet as pq
        >>> d = tempfile.mkdtemp()
        >>> _write_parquet_file(pa.table({"x": [1, 2]}), os.path.join(d, "a", "b=1"), "p.parquet")
        >>> pq.read_table(os.path.join(d, "a", "b=1", "p.parquet")).column("x").to_pylist()
        [1, 2]
    """
    import pyarrow as pa

    Path(folder).mkdir(parents=True, exist_ok=True)
    data = _encode_parquet(table)
    path = os.path.join(folder, file_name)
    try:
        with pa.OSFile(path, "wb") as fh:
            fh.write(data)
    except Exception:
        if os.path.exists(path):
            os.remove(path)  # as write_table does: no half-written file is left behind
        raise


def _encode_parquet(table, where=None):
    """A Parquet file of the Arrow ``table`` (writer options of :func:`_small_file_options`) in an Arrow
    buffer, or written to ``where`` (a path or an Arrow stream; then None) when given.

    The table's schema metadata (the ``pandas`` entry :meth:`pyarrow.Table.from_pandas` adds) is
    stored as the file's key-value metadata, but Arrow's serialised schema (``ARROW:schema``, written
    by default) is not: it repeats that metadata inside a base64 copy of the schema, and for the
    small files of the event-and-outlet layout it made up nearly half of each file (41 kB against
    22 kB per article, ``benchmarks/README.md``). The ``pandas`` entry alone gives every column back
    its pandas type (``string``, ``Int64``, ...); the Arrow types read back are Parquet's plain ones
    (``string`` for ``large_string``), which pandas converts alike.

    Usage:
        >>> import pyarrow as pa, pyarrow.parquet as pq
        >>> t = pa.Table.from_pandas(pd.DataFrame({"n": pd.array([1, None], dtype="Int64")}), preserve_index=False)
        >>> back = pq.read_table(pa.BufferReader(_encode_parquet(t)))
        >>> sorted(back.schema.metadata), str(back.to_pandas()["n"].dtype)
        ([b'pandas'], 'Int64')
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream() if where is None else where
    with pq.ParquetWriter(sink, table.schema, store_schema=False, **_small_file_options(table.num_rows)) as writer:
        writer.write_table(table)
        if table.schema.metadata:
            writer.add_key_value_metadata(table.schema.metadata)
    return sink.getvalue() if where is None else None


SMALL_FILE_ROWS = 1000


def _small_file_options(n_rows: int) -> dict:
    """Parquet writer options by file size: a file of fewer than :data:`SMALL_FILE_ROWS` rows (one
    article's table in a layout by event and outlet) is read whole, so column statistics and
    dictionary pages would only cost time (about 0.35 ms of the 2.4 ms an article's three files take,
    ``benchmarks/README.md``); larger files keep both.

    Usage:
        >>> _small_file_options(50), _small_file_options(5000)
        ({'write_statistics': False, 'use_dictionary': False}, {})
    """
    return {"write_statistics": False, "use_dictionary": False} if n_rows < SMALL_FILE_ROWS else {}


def read_results(out: str | Path, table: str = "articles", filters=None) -> pd.DataFrame:
    """Read one table written by ``analyze_corpus(..., out=out)`` back, in source order.

    ``filters`` is passed to :func:`pandas.read_parquet` (e.g. ``[("outlet", "==", "X")]``),
    so one event or outlet can be read without the rest.

    Usage:
        >>> import tempfile
        >>> from analysis.synth import article_table
        >>> d = tempfile.mkdtemp()
        >>> _ = analyze_corpus(article_table(3, words=80), out=d, progress=False)
        >>> list(read_results(d)["article_index"])
        [0, 1, 2]
    """
    path = Path(out) / table
    if table not in TABLES:
        raise ValueError(f"table must be one of {', '.join(TABLES)}, got {table!r}")
    if not path.exists():
        return pd.DataFrame(columns={"articles": ARTICLE_COLUMNS, "sentences": SENTENCE_COLUMNS,
                                     "quotes": QUOTE_KEY_COLUMNS}[table])
    frame = pd.read_parquet(path, filters=filters)
    for col in ("event", "outlet"):
        frame[col] = frame[col].astype("string")
    order = ["article_index"] + (["sentence"] if table == "sentences" else ["quote"] if table == "quotes" else [])
    first = {"articles": ARTICLE_COLUMNS, "sentences": SENTENCE_COLUMNS, "quotes": QUOTE_KEY_COLUMNS}[table]
    frame = frame.sort_values(order, kind="stable").reset_index(drop=True)
    return frame[[c for c in first if c in frame.columns] + [c for c in frame.columns if c not in first]]


# ------------------------------------------------------------------ schedulers


def _progress(total: int, enabled: bool, desc: str):
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc=desc, disable=not enabled, smoothing=0.1)


def _collect(results: Iterable[dict], plans: list[dict], bar) -> list[dict]:
    done = {}
    for res in results:
        done[res["index"]] = res
        bar.update(res["n"])
    return [done[p["index"]] for p in plans]


def _run_local(plans, out, analyses, partition_by):
    for plan in plans:
        yield analyze_partition(plan, out, analyses, partition_by)


def _run_processes(plans, out, analyses, partition_by, n_workers):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # "spawn", not "fork": a forked copy of a Jupyter kernel inherits its threaded output streams and stalls
    with ProcessPoolExecutor(max_workers=n_workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(analyze_partition, plan, out, analyses, partition_by) for plan in plans]
        for fut in as_completed(futures):
            yield fut.result()


def _run_dask(plans, out, analyses, partition_by, client, max_in_flight):
    from distributed import as_completed

    pending = iter(plans)
    first = [client.submit(analyze_partition, p, out, analyses, partition_by, pure=False)
             for p in itertools.islice(pending, max_in_flight)]
    queue = as_completed(first)
    for fut in queue:
        res = fut.result()
        fut.release()
        nxt = next(pending, None)
        if nxt is not None:
            queue.add(client.submit(analyze_partition, nxt, out, analyses, partition_by, pure=False))
        yield res


# Dask settings for the local cluster start_dask makes: a batch of long single-threaded tasks needs
# no fine-grained monitoring. Measured on the 2-core machine with two idle workers
# (benchmarks/README.md), Dask's defaults keep the main process (scheduler and nannies) and each
# worker busy with background work, 9.5% of one core in all; with these, 2.2%. The dashboard
# keeps every page, refreshed less often.
DASK_BATCH_CONFIG = {
    "distributed.admin.tick.interval": "1s",  # how often each process checks that its event loop is not blocked (20ms)
    "distributed.admin.system-monitor.interval": "2s",  # CPU, memory and network samples for the dashboard (500ms)
    "distributed.worker.profile.interval": "100ms",  # the statistical profiler's stack samples (10ms)
    "distributed.worker.memory.monitor-interval": "1s",  # each nanny's check of its worker's memory (100ms)
}


def start_dask(n_workers: int | None = None, memory_limit: str = "auto", quiet: bool = False,
               config: dict | None = None):
    """Start a local Dask cluster (one single-threaded worker process per core) and return its client.

    The cluster runs with :data:`DASK_BATCH_CONFIG`, updated by ``config`` (Dask configuration
    keys, e.g. ``{"distributed.worker.profile.interval": "10ms"}`` to bring back a setting's
    default); a cluster given to :func:`analyze_corpus` as a client or an address keeps its own
    settings. The dashboard address is printed (open it to watch the tasks).
    """
    import dask
    from distributed import Client, LocalCluster

    # (the nannies hand the configuration in force to the worker processes they start)
    with dask.config.set({**DASK_BATCH_CONFIG, **(config or {})}):
        cluster = LocalCluster(n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               memory_limit=memory_limit, dashboard_address=":0")
        client = Client(cluster)
    if not quiet:
        print(f"Dask dashboard: {client.dashboard_link}")
    client.run(warm_up)
    return client


def warm_up() -> list[str]:
    """Import every analysis and load its lexicons (a worker's one-off start-up cost); returns the step names.

    Usage:
        >>> warm_up() == available_steps()
        True
    """
    steps = _load_steps()
    analyze_article("Warm-up\n\nBy Ann Lee\n\n\u201cWe are ready,\u201d Lee said. The test ran.", "x",
                    {"speaker": "Ann Lee", "aliases": ["Lee"]}, steps)
    return [s.name for s in steps]


def _scheduler(scheduler, n_workers: int | None):
    """``(client, client to close or None, number of workers)`` for a scheduler argument."""
    if scheduler in (None, "pandas", "sync", "local"):
        return None, None, 1
    if scheduler == "processes":
        return None, None, n_workers or os.cpu_count() or 1
    from distributed import Client

    if isinstance(scheduler, Client):
        client, close = scheduler, None
    elif scheduler == "dask":
        client = start_dask(n_workers)
        close = client
    elif isinstance(scheduler, str) and ":" in scheduler:
        client = Client(scheduler)
        print(f"Dask dashboard: {client.dashboard_link}")
        close = client
    else:
        raise ValueError(f"scheduler must be None, 'processes', 'dask', a scheduler address such as "
                         f"'tcp://10.0.0.5:8786' or a distributed.Client, got {scheduler!r}")
    return client, close, max(1, len(client.scheduler_info().get("workers", {})))


def analyze_corpus(source, partition_size: int | None = None, scheduler=None, out: str | Path | None = None,
                   n_workers: int | None = None, progress: bool = True, limit: int | None = None,
                   analyses: Iterable[str] | None = None, partition_by: Iterable[str] = PARTITION_BY) -> dict:
    """Analyse every article of ``source`` (see the module docs for sources, schedulers and output).

    ``limit`` keeps only the first ``limit`` articles (a small-sample switch);
    ``analyses`` names the analyses to run (default: every installed one, see
    :func:`available_steps`); parsing and sentence splitting always run.
    ``partition_by`` sets the folder levels of the Parquet output (see :func:`write_partition`).
    Returns ``{"articles", "sentences", "quotes"}`` DataFrames, or, with
    ``out``, the paths of the three Parquet datasets (read them with :func:`read_results`).

    Usage:
        >>> from analysis.synth import article_table
        >>> res = analyze_corpus(article_table(6, seed=1, words=100), partition_size=4, progress=False)
        >>> res["articles"]["article_index"].tolist()
        [0, 1, 2, 3, 4, 5]
    """
    analyses = tuple(s.name for s in select_steps(analyses)) if analyses is not None else None
    partition_by = tuple(partition_by)
    if any(c not in ("event", "outlet") for c in partition_by):
        raise ValueError(f"partition_by may hold 'event' and 'outlet' only, got {partition_by}")
    if out is not None:
        out = str(Path(out))
        Path(out).mkdir(parents=True, exist_ok=True)
        stale = [t for t in TABLES if (Path(out) / t).exists() and any((Path(out) / t).iterdir())]
        if stale:
            raise InputError(out, f"already holds results ({', '.join(stale)}); give an empty or new folder")
    plans = plan_partitions(source, partition_size or DEFAULT_PARTITION_SIZE)
    client, close, workers = _scheduler(scheduler, n_workers)
    try:
        if partition_size is None and workers > 1:
            total = sum(p["n"] for p in plans)
            if len(plans) < 4 * workers and total > workers:  # small archive: enough partitions for every worker
                plans = plan_partitions(source, max(1, math.ceil(total / (4 * workers))))
        if limit is not None:
            plans = _limit(plans, limit)
        if client is None and workers == 1:
            runner, label = _run_local(plans, out, analyses, partition_by), "analyse (pandas)"
        elif client is None:
            runner = _run_processes(plans, out, analyses, partition_by, workers)
            label = f"analyse ({workers} processes)"
        else:
            runner = _run_dask(plans, out, analyses, partition_by, client, max_in_flight=2 * workers + 1)
            label = f"analyse (dask, {workers} workers)"
        with _progress(sum(p["n"] for p in plans), progress, label) as bar:
            results = _collect(runner, plans, bar)
    finally:
        if close is not None:
            cluster = getattr(close, "cluster", None)
            close.close()
            if cluster is not None:
                cluster.close()
    if out is not None:
        return {t: Path(out) / t for t in TABLES}
    tables = {}
    for name in TABLES:
        frames = [r["tables"][name] for r in results if len(r["tables"][name])]
        if frames:
            tables[name] = pd.concat(frames, ignore_index=True)
        else:
            tables[name] = _order(pd.DataFrame(), {"articles": ARTICLE_COLUMNS, "sentences": SENTENCE_COLUMNS,
                                                   "quotes": QUOTE_KEY_COLUMNS}[name])
    return tables


def _limit(plans: list[dict], limit: int) -> list[dict]:
    """The plans cut to the first ``limit`` articles."""
    kept, total = [], 0
    for p in plans:
        if total >= limit:
            break
        if total + p["n"] > limit:
            p = _truncate(p, limit - total)
        kept.append(p)
        total += p["n"]
    return kept


def _truncate(plan: dict, n: int) -> dict:
    plan = dict(plan)
    if plan["kind"] == "frame":
        plan["rows"] = plan["rows"].iloc[:n]
    elif plan["kind"] == "folders":
        plan["items"] = plan["items"][:n]
    elif plan["kind"] == "parquet":
        a = plan["slice"][0]
        plan["slice"] = [a, a + n]
    else:  # csv: read the byte range, keep the first n rows
        plan["keep"] = n
    plan["n"] = n
    return plan


# ------------------------------------------------------------------ archive-level summaries (for notebook 06)

ARCHIVE_METRICS = {
    "flesch_kincaid_grade": "Flesch-Kincaid grade (school years)",
    "tone_compound": "Mean sentence tone (VADER compound)",
    "quote_share": "Share of body words inside quotations",
    "speech_quote_share": "Share of body words quoted from the speech",
}


def outlet_distributions(articles: pd.DataFrame, metrics: Iterable[str] | None = None) -> pd.DataFrame:
    """Per outlet and metric, the spread of article values: ``outlet, metric, n, mean, p5, q1, median, q3, p95``.

    Articles with an ``error`` or a missing value are left out of that metric;
    metrics absent from the table (analysis not installed) are skipped.

    Usage:
        >>> a = pd.DataFrame({"outlet": ["A"] * 5 + ["B"], "error": [""] * 6,
        ...                   "tone_compound": [0.0, 0.1, 0.2, 0.3, 0.4, -0.5]})
        >>> d = outlet_distributions(a, ["tone_compound"])
        >>> d[["outlet", "n", "median", "q1", "q3"]].values.tolist()
        [['A', 5, 0.2, 0.1, 0.3], ['B', 1, -0.5, -0.5, -0.5]]
    """
    ok = articles[articles["error"].fillna("") == ""] if "error" in articles.columns else articles
    rows = []
    for metric in (metrics or ARCHIVE_METRICS):
        if metric not in ok.columns:
            continue
        for outlet, values in ok.groupby("outlet", sort=True)[metric]:
            v = pd.to_numeric(values, errors="coerce").dropna().astype(float)
            if v.empty:
                continue
            q = v.quantile([0.05, 0.25, 0.5, 0.75, 0.95]).tolist()
            rows.append({"outlet": str(outlet), "metric": metric, "n": int(len(v)), "mean": float(v.mean()),
                         "p5": q[0], "q1": q[1], "median": q[2], "q3": q[3], "p95": q[4]})
    return pd.DataFrame(rows, columns=["outlet", "metric", "n", "mean", "p5", "q1", "median", "q3", "p95"])


def outlet_frame_profile(articles: pd.DataFrame) -> pd.DataFrame:
    """Mean frame score per outlet (rows) and frame (columns ``frame_*``), with ``n`` articles.

    Usage:
        >>> a = pd.DataFrame({"outlet": ["A", "A", "B"], "error": ["", "", ""],
        ...                   "frame_conflict": [0.5, 1.0, 0.0], "frame_morality": [0.0, 0.0, 1 / 3]})
        >>> outlet_frame_profile(a).round(2).values.tolist()
        [[2.0, 0.75, 0.0], [1.0, 0.0, 0.33]]
    """
    ok = articles[articles["error"].fillna("") == ""] if "error" in articles.columns else articles
    cols = [c for c in ok.columns if c.startswith("frame_")]
    table = ok.groupby("outlet", sort=True)[cols].mean()
    table.insert(0, "n", ok.groupby("outlet", sort=True).size())
    table.index = table.index.astype(str)
    return table
