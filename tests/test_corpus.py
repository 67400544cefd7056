"""Event folders: adding articles and events from the command line, without touching other files."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys

import pytest

from analysis import load_event
from analysis.corpus import add_article, read_manifest
from analysis.errors import InputError
from analysis.paths import DEFAULT_EVENT

NEW_ARTICLE = """Isis chief urges fighters to hold Mosul

By Jane Roe

3 November 2016

Islamic State leader Abu Bakr al-Baghdadi urged his fighters not to retreat from Mosul, in an audio message released on Thursday.
"""


def _hashes(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_add_command_copies_and_appends_without_touching_others(tmp_path):
    event = tmp_path / "event"
    shutil.copytree(DEFAULT_EVENT, event)
    before = _hashes(event)
    src = tmp_path / "capture.txt"
    src.write_text(NEW_ARTICLE, encoding="utf-8")
    out = _cli("add", str(event), str(src), "--outlet", "The Daily Example", "--url", "https://example.org/a",
               "--provenance", "typed for a test")
    assert out.returncode == 0, out.stderr
    after = _hashes(event)
    new_files = set(after) - set(before)
    assert new_files == {"002_the-daily-example.txt"}
    for name, digest in before.items():
        if name != "manifest.csv":
            assert after[name] == digest
    manifest_before = (DEFAULT_EVENT / "manifest.csv").read_text(encoding="utf-8")
    manifest_after = (event / "manifest.csv").read_text(encoding="utf-8")
    assert manifest_after.startswith(manifest_before)
    assert manifest_after[len(manifest_before):] == \
        "002_the-daily-example.txt,The Daily Example,https://example.org/a,typed for a test,,,,\n"
    ev = load_event(event)
    assert list(ev.articles["outlet"]) == ["The Independent", "Washington Free Beacon", "The Daily Example"]
    assert ev.articles.iloc[2]["byline"] == "Jane Roe"


def test_add_refuses_to_overwrite_and_refuses_bad_files(tmp_path):
    event = tmp_path / "event"
    shutil.copytree(DEFAULT_EVENT, event)
    src = tmp_path / "capture.txt"
    src.write_text(NEW_ARTICLE, encoding="utf-8")
    with pytest.raises(InputError, match="already exists"):
        add_article(event, src, outlet="X", name="000_254f71784dde8cdb.txt")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        add_article(event, empty, outlet="X")
    assert len(read_manifest(event)) == 2


def test_new_event_command_then_add(tmp_path):
    out = _cli("new-event", "press-conf", "--speaker", "Jane Doe", "--alias", "Doe", "--alias", "the coach",
               "--title", "Post-match press conference", "--root", str(tmp_path))
    assert out.returncode == 0, out.stderr
    folder = tmp_path / "press-conf"
    assert (folder / "event.toml").exists() and (folder / "manifest.csv").exists()
    src = tmp_path / "a.txt"
    src.write_text(NEW_ARTICLE, encoding="utf-8")
    add_article(folder, src, outlet="Example Times")
    with pytest.warns(UserWarning, match="only one article"):
        ev = load_event(folder)
    assert ev.meta["speaker"] == "Jane Doe" and ev.meta["title"] == "Post-match press conference"
    assert ev.meta["aliases"] == ["Jane Doe", "Doe", "the coach"]
    assert list(ev.articles["outlet"]) == ["Example Times"]
    assert _cli("new-event", "press-conf", "--speaker", "X", "--root", str(tmp_path)).returncode == 2


def test_cli_reports_bad_input_without_a_traceback(tmp_path):
    out = _cli("audit", str(tmp_path / "missing-event"))
    assert out.returncode == 2
    assert "no such event folder" in out.stderr and "Traceback" not in out.stderr


def test_audit_command_lists_removed_lines():
    out = _cli("audit")
    assert out.returncode == 0
    assert "removed [login_prompt] Thank you for registering" in out.stdout
    assert "removed [dateline] KOKJALI/BAGHDAD, Iraq (Reuters)\u2013" in out.stdout


def test_event_tables_have_the_documented_columns(event):
    assert list(event.paragraphs.columns) == ["article_id", "paragraph", "section", "start", "end", "text"]
    assert list(event.sentences.columns) == ["article_id", "paragraph", "sentence", "section", "start", "end", "text"]
    for col in ["article_id", "outlet", "headline", "standfirst", "byline", "published", "dateline", "wire", "body"]:
        assert col in event.articles.columns
    assert set(event.sentences["section"]) <= {"headline", "standfirst", "caption", "lead", "body"}
    # every sentence sits inside its paragraph
    merged = event.sentences.merge(event.paragraphs, on=["article_id", "paragraph"], suffixes=("", "_p"))
    assert ((merged["start"] >= merged["start_p"]) & (merged["end"] <= merged["end_p"])).all()
    assert (merged["section"] == merged["section_p"]).all()
