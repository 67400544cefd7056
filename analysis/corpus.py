"""Event folders: the event file, the manifest, and adding articles or events.

An event is one speech covered by several outlets, stored as
``data/raw/<event>/`` with

* ``event.toml``: speaker, aliases, date, title, language, optional transcript;
* ``manifest.csv``: one row per article file: ``file, outlet, url, provenance``
  and optional overrides of parsed metadata (``headline, byline, published, wire``);
* the article files themselves (``.txt`` as captured, or ``.html`` saved from a
  browser), which no code ever modifies.

Usage:
    >>> from analysis.corpus import read_event_file, resolve_event_dir
    >>> read_event_file(resolve_event_dir(None))["speaker"]
    'Abu Bakr al-Baghdadi'
"""
from __future__ import annotations

import csv
import re
import shutil
import tomllib
from pathlib import Path

import pandas as pd

from .errors import InputError
from .paths import DEFAULT_EVENT, RAW_DIR

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
MANIFEST_COLUMNS = ["file", "outlet", "url", "provenance", "headline", "byline", "published", "wire"]
OVERRIDABLE = ["headline", "byline", "published", "wire"]
EVENT_DEFAULTS = {"id": "", "title": "", "speaker": "", "aliases": [], "date": "", "language": "",
                  "coverage_language": "en", "transcript": ""}


def known_events(root: Path = RAW_DIR) -> list[str]:
    """Names of the event folders under ``data/raw``."""
    if not root.exists():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def resolve_event_dir(event: str | Path | None) -> Path:
    """Folder of an event given as a path, a folder name under ``data/raw``, or ``None`` (the default)."""
    if event is None or str(event) == "":
        return DEFAULT_EVENT
    path = Path(event)
    if not path.exists() and not path.is_absolute() and (RAW_DIR / path).exists():
        path = RAW_DIR / path
    if not path.exists():
        raise InputError(path, f"no such event folder; known events under {RAW_DIR}: {', '.join(known_events()) or 'none'}")
    if not path.is_dir():
        raise InputError(path, "is a file; an event is a folder holding event.toml, manifest.csv and the article files")
    return path


def read_event_file(folder: Path) -> dict:
    """Read ``event.toml``; a missing file falls back to defaults (id = folder name) with a warning."""
    path = folder / "event.toml"
    meta = dict(EVENT_DEFAULTS, id=folder.name)
    meta["warnings"] = []
    if not path.exists():
        meta["warnings"].append(f"{path}: missing; speaker unknown, so quotes cannot be tied to the speech")
        return meta
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(path, f"is not valid TOML: {exc}") from None
    unknown = set(data) - set(EVENT_DEFAULTS)
    if unknown:
        meta["warnings"].append(f"{path}: unknown keys ignored: {', '.join(sorted(unknown))}")
    for key in EVENT_DEFAULTS:
        if key in data:
            meta[key] = data[key]
    if isinstance(meta["aliases"], str):
        meta["aliases"] = [meta["aliases"]]
    if meta["speaker"] and meta["speaker"] not in meta["aliases"]:
        meta["aliases"] = [meta["speaker"], *meta["aliases"]]
    if not meta["speaker"]:
        meta["warnings"].append(f"{path}: no speaker given; quotes cannot be tied to the speech")
    if meta["transcript"] and not (folder / meta["transcript"]).exists():
        raise InputError(folder / meta["transcript"], "transcript named in event.toml does not exist")
    return meta


def read_manifest(folder: Path) -> pd.DataFrame:
    """Read ``manifest.csv`` (all columns as text), checking it against the folder.

    A missing manifest falls back to every article file in the folder, with the
    outlet left to the file name. Files in the folder but not in the manifest are
    added with a warning; a manifest row naming a missing file is an error.
    """
    path = folder / "manifest.csv"
    files = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
    warnings: list[str] = []
    if path.exists():
        try:
            table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        except (pd.errors.ParserError, UnicodeDecodeError) as exc:
            raise InputError(path, f"cannot be read as a UTF-8 CSV table: {exc}") from None
        if "file" not in table.columns:
            raise InputError(path, f"has no 'file' column (columns: {', '.join(table.columns)})")
    else:
        table = pd.DataFrame({"file": files})
        warnings.append(f"{path}: missing; using every article file in the folder, outlet unknown")
    for col in MANIFEST_COLUMNS:
        if col not in table.columns:
            table[col] = ""
    table = table.fillna("")
    dupes = table["file"][table["file"].duplicated()].tolist()
    if dupes:
        raise InputError(path, f"lists the same file twice: {', '.join(dupes)}")
    for name in table["file"]:
        if not (folder / name).is_file():
            raise InputError(path, f"lists '{name}', which is not in {folder}")
    extra = [f for f in files if f not in set(table["file"])]
    if extra:
        warnings.append(f"{path}: files not in the manifest were added with outlet unknown: {', '.join(extra)}")
        table = pd.concat([table, pd.DataFrame({"file": extra})], ignore_index=True).fillna("")
    if table.empty:
        raise InputError(folder, "holds no article files (.txt or .html)")
    table.loc[table["outlet"].str.strip() == "", "outlet"] = table["file"].map(lambda f: Path(f).stem)
    table.attrs["warnings"] = warnings
    return table.reset_index(drop=True)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def add_article(event: str | Path, source: str | Path, outlet: str, url: str = "", provenance: str = "",
                name: str | None = None) -> Path:
    """Copy an article file into an event folder and append it to the manifest.

    Existing files are never overwritten and no other article is touched.
    Returns the path of the new file.

    Usage:
        add_article("data/raw/my-event", "~/Downloads/page.html", outlet="The Guardian",
                    url="https://...", provenance="saved from Firefox on 2024-05-01")
    """
    from .rawtext import read_raw

    folder = resolve_event_dir(event)
    source = Path(source).expanduser()
    read_raw(source)  # refuse empty, binary or unreadable files before copying
    if source.suffix.lower() not in ARTICLE_SUFFIXES:
        raise InputError(source, f"unsupported file type '{source.suffix}'; use {', '.join(ARTICLE_SUFFIXES)}")
    path = folder / "manifest.csv"
    manifest = (pd.read_csv(path, dtype=str, keep_default_na=False) if path.exists()
                else pd.DataFrame(columns=MANIFEST_COLUMNS))
    if path.exists() and "file" not in manifest.columns:
        raise InputError(path, "has no 'file' column; fix the header before adding articles")
    index = len(manifest)
    target = folder / (name or f"{index:03d}_{_slug(outlet)}{source.suffix.lower()}")
    if target.exists():
        raise InputError(target, "already exists; choose another --name (existing files are never overwritten)")
    shutil.copyfile(source, target)
    row = {c: "" for c in MANIFEST_COLUMNS}
    row.update(file=target.name, outlet=outlet, url=url, provenance=provenance or f"added from {source.name}")
    new_file = not path.exists()
    with open(path, "a", newline="", encoding="utf-8") as fh:
        if not new_file and not path.read_bytes().endswith(b"\n"):
            fh.write("\n")
        writer = csv.DictWriter(fh, fieldnames=list(manifest.columns) if not new_file else MANIFEST_COLUMNS,
                                extrasaction="ignore")
        if new_file:
            writer.writeheader()
        writer.writerow(row)
    return target


def new_event(name: str, speaker: str, title: str = "", date: str = "", aliases: list[str] | None = None,
              language: str = "en", root: Path = RAW_DIR) -> Path:
    """Create an empty event folder with ``event.toml`` and a manifest header.

    Usage:
        new_event("sotu-2024", speaker="Joe Biden", title="State of the Union", date="2024-03-07",
                  aliases=["Biden", "the president"])
    """
    folder = Path(root) / name
    if folder.exists():
        raise InputError(folder, "already exists; pick another event name")
    folder.mkdir(parents=True)

    def q(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    alias_list = ", ".join(q(a) for a in (aliases or []))
    (folder / "event.toml").write_text(
        f"id = {q(name)}\ntitle = {q(title)}\nspeaker = {q(speaker)}\naliases = [{alias_list}]\n"
        f"date = {q(date)}\nlanguage = {q(language)}\ncoverage_language = \"en\"\ntranscript = \"\"\n",
        encoding="utf-8")
    (folder / "manifest.csv").write_text(",".join(MANIFEST_COLUMNS) + "\n", encoding="utf-8")
    return folder
