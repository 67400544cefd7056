"""HTML reports: escaping, self-containment, code hidden by default, summary page, provenance footer, widget fallback."""
from __future__ import annotations

import base64
import re

import nbformat
import pandas as pd
import pytest
from bs4 import BeautifulSoup
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis import explore, report

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16).decode()


def executed_notebook():
    """A small executed notebook as nbclient leaves it: timestamps, a widget, markdown, a table, a figure."""
    court = pd.DataFrame({"speaker": ["Judge <Ruiz>"], "said": ["<script>alert('x')</script> Order!"]})
    cells = [
        new_markdown_cell("# Sentencing coverage\n\n**Question:** how did five papers report the verdict?\n\nMore."),
        new_code_cell("EVENT = None", metadata={"tags": ["parameters"]}),
        new_code_cell("EVENT = '/srv/secret/path'", metadata={"tags": ["injected-parameters"]}),
        new_code_cell("court_table", outputs=[new_output("execute_result", {
            "text/html": court.to_html(), "text/plain": "table"}, execution_count=3)]),
        new_code_cell("show(fig)", metadata={"tags": ["key-figure"], "execution": {
            "iopub.execute_input": "2024-05-01T10:00:00.1Z"}},
            outputs=[new_output("execute_result", {"image/png": PNG, "text/plain": "<Figure at 0x7fa3b2c1d0e0>"},
                                execution_count=4)]),
        new_code_cell("view", outputs=[new_output("display_data", {
            "application/vnd.jupyter.widget-view+json": {"model_id": "abc123", "version_major": 2,
                                                         "version_minor": 0},
            "text/html": "<details open><summary>Paper: Herald</summary><p>static</p></details>",
            "application/javascript": "alert(1)", "image/svg+xml": "<svg onload='alert(1)'></svg>",
            "text/plain": "VBox()"})]),
        new_code_cell("Markdown(findings)", metadata={"tags": ["findings"]}, outputs=[new_output(
            "execute_result", {"text/markdown": "- **5 papers**; the Herald quoted <img src=x onerror=alert(1)>",
                               "text/plain": "<IPython.core.display.Markdown object>"}, execution_count=6)]),
        new_code_cell("print('hidden helper')", metadata={"tags": ["remove-cell"]},
                      outputs=[new_output("stream", name="stdout", text="internal detail\n")]),
    ]
    nb = new_notebook(cells=cells, metadata={"widgets": {"application/vnd.jupyter.widget-state+json": {}}})
    return nb


def test_sanitize_shows_markup_in_data_as_text():
    assert report.sanitize_html("<p>Mayor said <script>steal()</script></p>") == \
        "<p>Mayor said &lt;script&gt;steal()&lt;/script&gt;</p>"
    out = report.sanitize_html('<td onmouseover="x()">5</td><style>td {background: url(https://t.example/p)}</style>'
                               '<a href="javascript:x()">a</a>')
    assert "onmouseover" not in out and "<style" not in out and "javascript" not in out and "t.example" not in out
    assert report.sanitize_html("<style>td {color: red}</style>") == "<style>td {color: red}</style>"  # Styler colours
    table = report.sanitize_html('<table class="dataframe"><tr><th style="text-align: right;">outlet</th></tr></table>')
    assert 'class="dataframe"' in table and 'style="text-align: right;"' in table


def test_clean_notebook_strips_volatile_and_unsafe_outputs():
    nb = report.clean_notebook(executed_notebook())
    assert "widgets" not in nb.metadata
    assert "execution" not in nb.cells[4].metadata
    assert nb.cells[4].outputs[0].data["text/plain"] == "<Figure at 0x…>"
    assert set(nb.cells[5].outputs[0].data) == {"text/html", "text/plain"}  # widget, JS and SVG gone
    findings = nb.cells[6].outputs[0].data["text/html"]
    assert "<strong>5 papers</strong>" in findings and "<img" not in findings and "&lt;img" in findings


def test_report_hides_code_by_default_and_shows_it_on_request():
    nb = report.clean_notebook(executed_notebook())
    hidden = report.export_notebook(nb, "Sentencing coverage", "<footer>f</footer>")
    shown = report.export_notebook(nb, "Sentencing coverage", "<footer>f</footer>", with_code=True)
    assert "court_table" not in hidden and "court_table" in shown
    assert "/srv/secret/path" not in hidden  # injected parameters are never shown
    assert "internal detail" not in hidden and "internal detail" not in shown  # remove-cell
    assert "highlight" in shown


def test_report_is_self_contained_and_escapes_article_text():
    doc = report.export_notebook(report.clean_notebook(executed_notebook()), "Sentencing <coverage>", "")
    soup = BeautifulSoup(doc, "html.parser")
    assert soup.find_all("script") == [] and soup.find_all("link") == [] and soup.find_all("iframe") == []
    assert [img["src"][:22] for img in soup.find_all("img")] == ["data:image/png;base64,"]
    assert not [a for t in soup.find_all(True) for a in t.attrs if a.startswith("on")]
    assert "<script>alert('x')</script> Order!" in soup.get_text()  # visible as text
    assert "Judge <Ruiz>" in soup.get_text()
    assert soup.title.string == "Sentencing <coverage>"
    assert not re.search(r"(src|href)=\"https?://", doc)
    assert "mathjax" not in doc.lower()
    assert "Paper: Herald" in soup.get_text()  # the widget's static fallback is what the report shows


def test_summary_picks_findings_and_key_figure():
    summary = report.notebook_summary(report.clean_notebook(executed_notebook()), "03_verdict")
    assert summary["title"] == "Sentencing coverage"
    assert summary["question_html"] == "<p><strong>Question:</strong> how did five papers report the verdict?</p>"
    assert len(summary["findings"]) == 1 and "5 papers" in summary["findings"][0]
    # no title recorded for this figure: the alt text names the section it sits in
    assert summary["figures"] == [f'<img alt="Figure in section: Sentencing coverage" src="data:image/png;base64,{PNG}">']
    doc = report.index_html([summary], report.footer_html({"event": "verdict-2024"}), "Coverage: verdict-2024",
                            missing=["04_later"])
    soup = BeautifulSoup(doc, "html.parser")
    assert [a["href"] for a in soup.find_all("a")] == ["03_verdict.html"] * 3
    assert "04_later: not run yet" in soup.get_text()
    assert doc.index("5 papers") < doc.index("data:image/png")  # findings lead, figure follows


def test_footer_stamps_event_hashes_versions_and_commit(tmp_path):
    git = tmp_path / ".git"
    (git / "refs" / "heads").mkdir(parents=True)
    (git / "HEAD").write_text("ref: refs/heads/main\n")
    (git / "refs" / "heads" / "main").write_text("0123456789abcdef0123456789abcdef01234567\n")
    assert report.git_commit(tmp_path) == "0123456789abcdef0123456789abcdef01234567"
    (git / "refs" / "heads" / "main").unlink()
    (git / "packed-refs").write_text("# pack-refs\nfedcba9876543210fedcba9876543210fedcba98 refs/heads/main\n")
    assert report.git_commit(tmp_path) == "fedcba9876543210fedcba9876543210fedcba98"
    versions = report.package_versions(["pandas", "no-such-package-xyz"])
    assert versions["pandas"] == pd.__version__ and versions["no-such-package-xyz"] == "not installed"
    footer = report.footer_html({"event": "verdict-2024", "title": "Verdict <read out>", "folder": "data/raw/v",
                                 "files": [("001_herald.txt", "a" * 64)], "code": "c0ffee",
                                 "commit": "fedcba98", "versions": versions})
    text = BeautifulSoup(footer, "html.parser").get_text()
    for expected in ("verdict-2024", "Verdict <read out>", "001_herald.txt", "a" * 64, "fedcba98", "c0ffee",
                     f"pandas {pd.__version__}"):
        assert expected in text


def test_footer_without_git_says_so(tmp_path):
    assert "unknown (not a git checkout)" in report.footer_html({"event": "x", "commit": report.git_commit(tmp_path)})


# ------------------------------------------------------------------ widgets with a static fallback


def test_table_by_fallback_lists_every_value_escaped():
    quotes = pd.DataFrame({"paper": ["Herald", "Gazette", "Herald"],
                           "quote": ["“Justice was done”", "<b>No</b> comment", "We will appeal"]})
    view = explore.table_by(quotes, "paper", columns=["quote"], label="Paper")
    soup = BeautifulSoup(view.static_html(), "html.parser")
    assert [s.get_text() for s in soup.find_all("summary")] == ["Paper: Herald", "Paper: Gazette"]
    assert soup.find("details").has_attr("open") and not soup.find_all("details")[1].has_attr("open")
    assert [len(t.find_all("tr")) - 1 for t in soup.find_all("table")] == [2, 1]
    assert "<b>No</b> comment" in soup.get_text() and soup.find("b") is None


def test_choice_bundle_offers_widget_and_static_html():
    view = explore.choose(["first half", "second half"], lambda h: f"Coach on the {h}", label="Half")
    bundle = view._repr_mimebundle_()
    assert "Coach on the second half" in bundle["text/html"]
    assert bundle["text/plain"] == "Half: 2 options (interactive in Jupyter)"
    assert explore.WIDGET_MIME in bundle


def test_long_option_lists_are_cut_in_the_static_view():
    view = explore.choose(range(40), lambda i: pd.DataFrame({"n": [i]}), label="Passage", max_static=5)
    html = view.static_html()
    assert html.count("<details") == 5 and "5 of 40 passage values shown" in html


def test_table_by_names_a_missing_column():
    with pytest.raises(KeyError, match="no column"):
        explore.table_by(pd.DataFrame({"a": [1]}), "outlet")


def test_md_escapes_data_for_markdown_findings():
    rendered = report.markdown_to_html(f"Headline: {explore.md('<script>x()</script> *Crisis*')}")
    assert rendered == "<p>Headline: &lt;script&gt;x()&lt;/script&gt; *Crisis*</p>"


def test_styler_random_ids_become_stable():
    table = pd.DataFrame({"frame": ["conflict"], "score": [0.8]})
    raw = [table.style.highlight_max(subset=["score"]).to_html() for _ in range(2)]
    assert raw[0] != raw[1]  # pandas draws a fresh random id each time
    a, b = (report.stable_styler_ids(report.sanitize_html(r)) for r in raw)
    assert a == b and 'id="T_s0000"' in a and "<style>" in a


def test_cached_notebook_roundtrip_is_stable(tmp_path):
    nb = report.clean_notebook(executed_notebook())
    nbformat.write(nb, tmp_path / "a.ipynb")
    again = report.clean_notebook(nbformat.read(tmp_path / "a.ipynb", 4))
    nbformat.write(again, tmp_path / "b.ipynb")
    assert (tmp_path / "a.ipynb").read_bytes() == (tmp_path / "b.ipynb").read_bytes()


def titled_figure_notebook():
    """A press-conference notebook: a titled figure, a tqdm bar frozen at 0%, and an untitled figure."""
    other = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x01" * 16).decode()
    cells = [
        new_markdown_cell("# Press conference\n\n**Question:** who asked what?"),
        new_code_cell("run()", outputs=[
            new_output("display_data", {"application/vnd.jupyter.widget-view+json": {"model_id": "bar"},
                                        "text/plain": "  0%|          | 0/800 [00:00<?, ?article/s]"}),
            new_output("stream", name="stderr", text="\r 45%|####5     | 360/800 [00:02<00:03]"),
            new_output("stream", name="stdout", text="800 articles, 0 could not be parsed\n")]),
        new_markdown_cell("## Questions by reporter"),
        new_code_cell("fig", metadata={"tags": ["key-figure"]}, outputs=[new_output(
            "display_data", {"image/png": PNG, "text/plain": "<Figure>"},
            metadata={"image/png": {"alt": "Questions per reporter & outlet"}})]),
        new_code_cell("fig2", outputs=[new_output("display_data", {"image/png": other, "text/plain": "<Figure>"})]),
    ]
    return new_notebook(cells=cells)


def test_figures_carry_their_title_as_alt_text_in_reports_and_summary():
    nb = report.clean_notebook(titled_figure_notebook())
    soup = BeautifulSoup(report.export_notebook(nb, "Press conference", ""), "html.parser")
    alts = [img.get("alt") for img in soup.find_all("img")]
    assert alts == ["Questions per reporter & outlet", "Figure in section: Questions by reporter"]
    assert "No description has been provided" not in str(soup)
    summary = report.notebook_summary(nb, "07_press")
    assert summary["figures"] == [f'<img alt="Questions per reporter &amp; outlet" src="data:image/png;base64,{PNG}">']


def test_progress_bars_are_dropped_and_other_output_kept():
    nb = report.clean_notebook(titled_figure_notebook())
    outputs = nb.cells[1].outputs
    assert [o.output_type for o in outputs] == ["stream"]
    assert "800 articles" in outputs[0].text
    text = BeautifulSoup(report.export_notebook(nb, "Press conference", ""), "html.parser").get_text()
    assert "0%|" not in text and "45%|" not in text


def test_show_table_hides_index_rounds_and_explains_missing_values():
    table = pd.DataFrame({"outlet": ["Herald", "Gazette"], "share_quoted": [0.305755, float("nan")],
                          "sentences": [12, 3]}, index=[7, 9])
    html = explore.show_table(table, digits=2, na={"share_quoted": "n/a (no quotes)"})._repr_html_()
    soup = BeautifulSoup(html, "html.parser")
    rows = [[td.get_text() for td in tr.find_all("td")] for tr in soup.find_all("tr")[1:]]
    assert rows == [["Herald", "0.31", "12"], ["Gazette", "n/a (no quotes)", "3"]]
    assert not soup.find_all("th", string="7") and "0.305755" not in html
