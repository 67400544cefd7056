"""Bad input: every case gets a clear error naming the file and the problem, or a documented fallback."""
from __future__ import annotations

import shutil

import pytest

from analysis import load_event, parse_article
from analysis.corpus import new_event
from analysis.errors import InputError
from analysis.paths import DEFAULT_EVENT

ARTICLE = """Mayor promises new flood defences

By Ana Costa

12 January 2024

The mayor promised on Friday to build new flood defences before next winter.

"We will not be caught out again," she told reporters at the town hall.
"""


def make_event(tmp_path, files: dict[str, bytes], manifest: str | None = "default", event_toml=True):
    folder = tmp_path / "ev"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    if event_toml:
        (folder / "event.toml").write_text('speaker = "Ana Costa"\naliases = ["Costa", "the mayor"]\n', encoding="utf-8")
    if manifest == "default":
        rows = "".join(f"{name},Outlet {i}\n" for i, name in enumerate(files))
        (folder / "manifest.csv").write_text("file,outlet\n" + rows, encoding="utf-8")
    elif manifest is not None:
        (folder / "manifest.csv").write_text(manifest, encoding="utf-8")
    return folder


def test_empty_file_is_named(tmp_path):
    folder = make_event(tmp_path, {"a.txt": ARTICLE.encode(), "b.txt": b"  \n\n "})
    with pytest.raises(InputError, match=r"b\.txt: file is empty"):
        load_event(folder)


def test_binary_file_is_named(tmp_path):
    folder = make_event(tmp_path, {"a.txt": ARTICLE.encode(), "photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"})
    with pytest.raises(InputError, match=r"photo\.txt: looks binary"):
        load_event(folder)


def test_windows_1252_text_is_decoded_with_a_warning(tmp_path):
    text = ARTICLE.replace('"We will', "\u201cWe will").replace('again,"', "again,\u201d").replace("Costa", "Cost\u00e9")
    folder = make_event(tmp_path, {"a.txt": text.encode("cp1252")})
    with pytest.warns(UserWarning, match="decoded as cp1252"):
        ev = load_event(folder)
    row = ev.articles.iloc[0]
    assert row["encoding"] == "cp1252"
    assert row["byline"] == "Ana Cost\u00e9"
    assert "\u201cWe will not be caught out again,\u201d" in row["body"]


def test_html_page_is_extracted(tmp_path):
    html = """<!DOCTYPE html><html><head><title>Mayor promises new flood defences</title>
    <meta name="author" content="Ana Costa"><meta property="article:published_time" content="2024-01-12">
    </head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Mayor promises new flood defences</h1>
    <p>The mayor promised on Friday to build new flood defences before next winter, after storms flooded
    hundreds of homes in the lower town for the second time in three years.</p>
    <p>&ldquo;We will not be caught out again,&rdquo; she told reporters at the town hall, where residents had
    gathered to demand answers about the delays to the scheme.</p>
    <p>The council will vote on the budget for the new walls next month, officials said on Friday.</p>
    </article><footer>Sign up to our newsletter</footer></body></html>"""
    folder = make_event(tmp_path, {"page.html": html.encode()})
    ev = load_event(folder)
    row = ev.articles.iloc[0]
    assert row["format"] == "html"
    assert row["headline"] == "Mayor promises new flood defences"
    assert row["byline"] == "Ana Costa"
    assert row["published"] == "2024-01-12"
    assert row["body"].startswith("The mayor promised on Friday")
    assert "\u201cWe will not be caught out again,\u201d" in row["body"]
    assert "Home" not in row["body"] and "newsletter" not in row["body"]


def test_html_saved_as_txt_is_recognised(tmp_path):
    html = "<html><body><article><h1>Title here</h1><p>" + "The council met on Friday to agree the plan. " * 8 + "</p></article></body></html>"
    folder = make_event(tmp_path, {"a.txt": html.encode()})
    assert load_event(folder).articles.iloc[0]["format"] == "html"


def test_all_furniture_file_is_refused():
    with pytest.raises(InputError, match=r"furniture"):
        parse_article("Comments\n\nShare\n\nAdvertisement\n\nSign up to our newsletter", source="junk.txt")
    with pytest.raises(InputError, match=r"junk2\.txt: no body text left"):
        parse_article("A headline\n\nBy Ann Lee\n\n3 March 2024\n\nShare\n", source="junk2.txt")


def test_single_article_event_loads_with_a_note(tmp_path):
    folder = make_event(tmp_path, {"a.txt": ARTICLE.encode()})
    with pytest.warns(UserWarning, match="only one article"):
        ev = load_event(folder)
    assert len(ev.articles) == 1
    assert set(ev.sentences["section"]) == {"headline", "lead", "body"}


def test_missing_manifest_and_event_file_fall_back(tmp_path):
    folder = make_event(tmp_path, {"a.txt": ARTICLE.encode(), "b.txt": ARTICLE.encode()}, manifest=None, event_toml=False)
    with pytest.warns(UserWarning):
        ev = load_event(folder)
    assert list(ev.articles["outlet"]) == ["a", "b"]
    assert ev.meta["speaker"] == "" and ev.meta["id"] == "ev"
    assert any("manifest.csv: missing" in w for w in ev.warnings)
    assert any("event.toml: missing" in w for w in ev.warnings)


def test_manifest_naming_a_missing_file_is_an_error(tmp_path):
    folder = make_event(tmp_path, {"a.txt": ARTICLE.encode()}, manifest="file,outlet\na.txt,A\ngone.txt,B\n")
    with pytest.raises(InputError, match=r"manifest\.csv: lists 'gone\.txt'"):
        load_event(folder)


def test_contradictory_metadata_override_wins_and_is_recorded(tmp_path):
    folder = make_event(tmp_path, {"a.txt": ARTICLE.encode(), "b.txt": ARTICLE.encode()},
                        manifest="file,outlet,published,byline\na.txt,A,2024-01-13,\nb.txt,B,,Jo Bloggs; Ana Costa\n")
    with pytest.warns(UserWarning, match="overrides parsed"):
        ev = load_event(folder)
    a, b = ev.articles.iloc[0], ev.articles.iloc[1]
    assert a["published"] == "2024-01-13" and "manifest published '2024-01-13' overrides parsed '2024-01-12'" in a["warnings"]
    assert b["byline"] == "Jo Bloggs; Ana Costa"


def test_unknown_event_folder_lists_known_events(tmp_path):
    with pytest.raises(InputError, match=r"no such event folder; known events .*baghdadi-2016-11-03"):
        load_event(tmp_path / "nope")


def test_event_folder_without_articles(tmp_path):
    folder = new_event("empty", speaker="Jane Doe", root=tmp_path)
    with pytest.raises(InputError, match="holds no article files"):
        load_event(folder)


def test_invalid_event_file(tmp_path):
    folder = make_event(tmp_path, {"a.txt": ARTICLE.encode()})
    (folder / "event.toml").write_text('speaker = "unterminated\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"event\.toml: is not valid TOML"):
        load_event(folder)


def test_parse_article_refuses_bytes():
    with pytest.raises(InputError, match="expected text"):
        parse_article(b"bytes are not text")


def test_bundled_event_copy_is_untouched_by_loading(tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(DEFAULT_EVENT, copy)
    before = {p.name: p.read_bytes() for p in copy.iterdir()}
    load_event(copy)
    assert {p.name: p.read_bytes() for p in copy.iterdir()} == before
