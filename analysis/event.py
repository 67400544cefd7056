"""Load an event folder into tidy tables: articles, paragraphs, sentences, removed lines.

Usage:
    >>> from analysis import load_event
    >>> ev = load_event()                      # the bundled event
    >>> list(ev.articles["outlet"])
    ['The Independent', 'Washington Free Beacon']
    >>> sorted(ev.sentences["section"].unique())
    ['body', 'caption', 'headline', 'lead', 'standfirst']
"""
from __future__ import annotations

import warnings as _warnings
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from .corpus import OVERRIDABLE, read_event_file, read_manifest, resolve_event_dir
from .errors import InputError
from .parse import Article, parse_article, parse_html
from .rawtext import read_raw

ARTICLE_COLUMNS = ["article_id", "outlet", "file", "format", "encoding", "sha256", "url", "provenance",
                   "headline", "standfirst", "byline", "published", "timezone", "dateline", "wire",
                   "captions", "credits", "tags", "body", "n_paragraphs", "n_sentences", "n_words", "warnings"]
LIST_SEPARATOR = "; "


def load_article_file(path: str | Path, outlet: str | None = None) -> tuple[Article, dict]:
    """Read and parse one article file (text or HTML); return the article and file facts."""
    path = Path(path)
    text, encoding, kind, digest = read_raw(path)
    if kind == "html":
        art = parse_html(text, outlet=outlet, source=str(path))
    else:
        art = parse_article(text, outlet=outlet, source=str(path))
    if encoding != "utf-8":
        art.warnings.append(f"not UTF-8: decoded as {encoding}")
    return art, {"format": kind, "encoding": encoding, "sha256": digest}


def _apply_overrides(art: Article, row: pd.Series) -> None:
    """Manifest values win over parsed ones; a disagreement is recorded as a warning."""
    for key in OVERRIDABLE:
        value = str(row.get(key, "") or "").strip()
        if not value:
            continue
        parsed = LIST_SEPARATOR.join(art.byline) if key == "byline" else getattr(art, key)
        if parsed and parsed != value:
            art.warnings.append(f"manifest {key} '{value}' overrides parsed '{parsed}'")
        if key == "byline":
            art.byline = [p.strip() for p in value.split(";") if p.strip()]
        else:
            setattr(art, key, value)


@dataclass
class Event:
    """One speech and its coverage. Tables are pandas DataFrames; ``meta`` is the event file."""

    path: Path
    meta: dict
    parsed: dict[str, Article]
    articles: pd.DataFrame
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.meta.get("id") or self.path.name

    def _stack(self, table_of, columns: list[str]) -> pd.DataFrame:
        """Concatenate one per-article table over all articles, with ``article_id`` first."""
        frames = [table_of(a).assign(article_id=aid) for aid, a in self.parsed.items()]
        return pd.concat(frames, ignore_index=True)[["article_id", *columns]]

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """``article_id, paragraph, section, start, end, text`` (offsets into the raw file)."""
        return self._stack(lambda a: a.paragraph_table, ["paragraph", "section", "start", "end", "text"])

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """``article_id, paragraph, sentence, section, start, end, text`` (offsets into the raw file)."""
        return self._stack(lambda a: a.sentence_table, ["paragraph", "sentence", "section", "start", "end", "text"])

    @cached_property
    def removed(self) -> pd.DataFrame:
        """The cleaning audit: ``article_id, line, rule, kind, start, end``."""
        return self._stack(lambda a: a.removed, ["line", "rule", "kind", "start", "end"])

    @cached_property
    def quotes(self) -> pd.DataFrame:
        """Every quoted span of every article, attributed and aligned (see :mod:`analysis.quotetable`)."""
        from .quotetable import quote_table

        return quote_table(self)

    @cached_property
    def indirect(self) -> pd.DataFrame:
        """Indirect attributions (``X said that ...``, ``according to X``), one row each."""
        from .quotetable import indirect_table

        return indirect_table(self)

    def outlet_of(self, article_id: str) -> str:
        return self.articles.set_index("article_id").loc[article_id, "outlet"]


def load_event(path: str | Path | None = None) -> Event:
    """Load an event folder (a path, a folder name under ``data/raw``, or ``None`` for the bundled event).

    Raises :class:`analysis.errors.InputError` naming the file and the problem for
    unusable input; recoverable problems are listed in ``Event.warnings``.
    """
    folder = resolve_event_dir(path)
    meta = read_event_file(folder)
    manifest = read_manifest(folder)
    event_warnings = list(meta.pop("warnings")) + list(manifest.attrs.get("warnings", []))
    parsed: dict[str, Article] = {}
    rows = []
    for _, row in manifest.iterrows():
        file_path = folder / row["file"]
        art, facts = load_article_file(file_path, outlet=row["outlet"])
        _apply_overrides(art, row)
        article_id = Path(row["file"]).stem
        if article_id in parsed:
            raise InputError(folder / "manifest.csv", f"two files share the article id '{article_id}'")
        parsed[article_id] = art
        body_sentences = sum(1 for _ in art.sentence_table.itertuples() if _.section in ("lead", "body"))
        rows.append({
            "article_id": article_id, "outlet": row["outlet"], "file": row["file"], **facts,
            "url": row["url"], "provenance": row["provenance"], "headline": art.headline,
            "standfirst": art.standfirst, "byline": LIST_SEPARATOR.join(art.byline), "published": art.published,
            "timezone": art.timezone, "dateline": art.dateline, "wire": art.wire,
            "captions": LIST_SEPARATOR.join(art.captions), "credits": LIST_SEPARATOR.join(art.credits),
            "tags": LIST_SEPARATOR.join(art.tags), "body": art.body,
            "n_paragraphs": sum(1 for p in art.paragraphs if p["section"] in ("lead", "body")),
            "n_sentences": body_sentences, "n_words": len(art.body.split()),
            "warnings": LIST_SEPARATOR.join(art.warnings),
        })
        event_warnings.extend(f"{row['file']}: {w}" for w in art.warnings if "no byline" not in w)
    if len(parsed) == 1:
        event_warnings.append("only one article: profiles work, comparisons between outlets are skipped")
    for w in event_warnings:
        _warnings.warn(w, stacklevel=2)
    articles = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    return Event(path=folder, meta=meta, parsed=parsed, articles=articles, warnings=event_warnings)
