"""Shareable HTML reports: one page per executed notebook and a summary page, self-contained and safe.

* :func:`clean_notebook` makes an executed notebook safe and reproducible to export: volatile
  metadata (timestamps, widget state), memory addresses and pandas Styler's random ids go, and a
  figure shown twice in one cell (``display(fig)`` plus the inline backend) is kept once; every ``text/markdown`` output is
  rendered to HTML; every HTML output is sanitised so article text can never become markup (a
  ``<script>`` in an article shows as text and runs nothing); live widget views give way to the
  static table they carry (see :mod:`analysis.explore`); only PNG/JPEG images are kept.
* :func:`export_notebook` renders one report (code hidden unless ``with_code``); the page carries
  its own CSS and no JavaScript, MathJax or remote resources, with figures embedded as data URIs,
  so it reads offline and byte for byte the same on every run.
* :func:`notebook_summary` and :func:`index_html` build the summary page, which leads with each
  notebook's findings (cells tagged ``findings``) and main figure (cells tagged ``key-figure``).
* :func:`footer_html` stamps the event, its files' SHA-256, package versions and the git commit.

Notebook authors can tag a cell ``remove-cell`` (left out of reports) or ``remove-input``
(its code is never shown, even with ``--with-code``).

Usage:
    >>> sanitize_html('<p onclick="x()">Hi <script>alert(1)</script></p>')
    '<p>Hi &lt;script&gt;alert(1)&lt;/script&gt;</p>'
"""
from __future__ import annotations

import base64
import copy
import html
import importlib.metadata
import platform
import re
from pathlib import Path

import bleach
import nbformat
from bleach.css_sanitizer import CSSSanitizer

from .paths import PROJ_ROOT

SAFE_TAGS = ["a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "details",
             "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins",
             "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "summary", "sup",
             "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul"]
SAFE_ATTRIBUTES = {"*": ["class", "id", "title", "style"], "a": ["href", "title"], "details": ["open"],
                   "td": ["colspan", "rowspan", "style"], "th": ["colspan", "rowspan", "style"], "ol": ["start"]}
SAFE_CSS = ["text-align", "vertical-align", "font-weight", "font-style", "color", "background-color",
            "white-space", "width", "min-width", "max-width"]
KEEP_MIME = ("image/png", "image/jpeg", "text/html", "text/plain")
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]{6,16}")
STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.S | re.I)
PACKAGES = ["media-speech-analysis", "pandas", "numpy", "matplotlib", "textstat", "vaderSentiment", "rapidfuzz",
            "trafilatura", "ipykernel", "nbclient", "nbconvert", "ipywidgets"]
_CSS_SANITIZER = CSSSanitizer(allowed_css_properties=SAFE_CSS)


STYLER_ID = re.compile(r"\bT_([0-9a-f]{5})(?=[_\"\s{.,#:>])")
UNSAFE_CSS = re.compile(r"url\s*\(|@import|expression\s*\(|<|\\", re.I)


def stable_styler_ids(fragment: str) -> str:
    """Replace the random ids pandas' Styler puts in its HTML (``T_1c980``) with ones numbered in order.

    Usage:
        >>> stable_styler_ids('<style>#T_9f3ab_row0 {color: red}</style><table id="T_9f3ab">')
        '<style>#T_s0000_row0 {color: red}</style><table id="T_s0000">'
    """
    seen: dict[str, str] = {}
    return STYLER_ID.sub(lambda m: seen.setdefault(m.group(1), f"T_s{len(seen):04d}"), fragment)


def sanitize_html(fragment: str) -> str:
    """Keep safe formatting tags and self-contained CSS; show any other tag as text; drop event handlers.

    A ``<style>`` block is kept only if it cannot fetch anything (no ``url(``, ``@import``).

    Usage:
        >>> sanitize_html('<table class="dataframe"><tr><td>&lt;b&gt;</td></tr></table>')
        '<table class="dataframe"><tbody><tr><td>&lt;b&gt;</td></tr></tbody></table>'
        >>> sanitize_html('<a href="javascript:alert(1)">x</a>')
        '<a>x</a>'
    """
    styles: list[str] = []

    def hold(match) -> str:
        css = match.group(1)
        if UNSAFE_CSS.search(css):
            return ""
        styles.append(css)
        return f"@@report-style-{len(styles) - 1}@@"

    fragment = STYLE_BLOCK.sub(hold, fragment)
    cleaned = bleach.clean(fragment, tags=SAFE_TAGS, attributes=SAFE_ATTRIBUTES, protocols=["http", "https", "mailto"],
                           strip=False, strip_comments=True, css_sanitizer=_CSS_SANITIZER)
    for i, css in enumerate(styles):
        cleaned = cleaned.replace(f"@@report-style-{i}@@", f"<style>{css}</style>")
    return cleaned


def markdown_to_html(text: str) -> str:
    """Markdown rendered to sanitised HTML (raw HTML inside the markdown shows as text).

    Usage:
        >>> markdown_to_html("**3 outlets** quote <script>x()</script>")
        '<p><strong>3 outlets</strong> quote &lt;script&gt;x()&lt;/script&gt;</p>'
    """
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    return sanitize_html(markdown2html_mistune(text)).strip()


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def clean_notebook(nb):
    """A copy of an executed notebook, stripped of volatile metadata and made safe to export (see module doc).

    Usage:
        >>> from nbformat.v4 import new_notebook, new_code_cell, new_output
        >>> cell = new_code_cell("x", outputs=[new_output("execute_result", {"text/markdown": "*hi*",
        ...     "text/plain": "<obj at 0x7f00deadbeef>"}, execution_count=1)])
        >>> cell.metadata["execution"] = {"iopub.status.idle": "2024-01-01T00:00:00Z"}
        >>> out = clean_notebook(new_notebook(cells=[cell]))
        >>> sorted(out.cells[0].outputs[0].data.items()), dict(out.cells[0].metadata)
        ([('text/html', '<p><em>hi</em></p>'), ('text/plain', '<obj at 0x…>')], {})
    """
    nb = copy.deepcopy(nb)
    for key in ("widgets", "papermill"):
        nb.metadata.pop(key, None)
    for cell in nb.cells:
        for key in ("execution", "collapsed", "scrolled", "papermill"):
            cell.metadata.pop(key, None)
        if cell.cell_type != "code":
            continue
        seen_images, kept = set(), []
        for out in cell.get("outputs", []):  # the inline backend re-shows a figure already displayed: keep one
            image = _text(out.get("data", {}).get("image/png", "")) if "data" in out else ""
            if image and image in seen_images:
                continue
            if is_live_only(out):  # a progress bar or widget with no static view: frozen at "0%" in a report
                continue
            seen_images.add(image)
            kept.append(out)
        cell.outputs = kept
        for out in cell.get("outputs", []):
            if out.output_type == "stream":
                out.text = ADDRESS.sub(" at 0x…", _text(out.text))
            elif out.output_type == "error":
                out.traceback = [ADDRESS.sub(" at 0x…", t) for t in out.traceback]
            elif out.output_type in ("display_data", "execute_result"):
                data = dict(out.data)
                if "text/markdown" in data:
                    rendered = markdown_to_html(_text(data["text/markdown"]))
                    data.setdefault("text/html", rendered)
                if "text/html" in data:
                    data["text/html"] = stable_styler_ids(sanitize_html(_text(data["text/html"])))
                if "text/plain" in data:
                    data["text/plain"] = ADDRESS.sub(" at 0x…", _text(data["text/plain"]))
                out.data = nbformat.from_dict({k: v for k, v in data.items() if k in KEEP_MIME})
                out.metadata = nbformat.from_dict({k: v for k, v in out.get("metadata", {}).items()
                                                   if k in ("image/png", "image/jpeg")})
    return nb


PROGRESS_TEXT = re.compile(r"^\s*(?:[^|\n]*:\s*)?\d{1,3}%\|")


def is_live_only(out) -> bool:
    """Whether an output only makes sense live: a widget with no HTML fallback (e.g. a tqdm bar, whose
    text version is frozen at "0%| 0/800") or a progress bar printed to a stream.

    Usage:
        >>> from nbformat.v4 import new_output
        >>> bar = new_output("display_data", {"application/vnd.jupyter.widget-view+json": {"model_id": "x"},
        ...                                    "text/plain": "  0%|          | 0/800 [00:00<?, ?article/s]"})
        >>> is_live_only(bar), is_live_only(new_output("stream", name="stderr", text="45%|####      | 9/20"))
        (True, True)
        >>> is_live_only(new_output("display_data", {"text/html": "<p>3 outlets</p>"}))
        False
    """
    if out.get("output_type") == "stream":
        return bool(PROGRESS_TEXT.match(_text(out.get("text", "")).replace("\r", "\n").strip("\n")))
    data = out.get("data", {})
    return "application/vnd.jupyter.widget-view+json" in data and "text/html" not in data


def has_tag(cell, tag: str) -> bool:
    """Whether a notebook cell carries ``tag``.

    Usage:
        >>> from nbformat.v4 import new_code_cell
        >>> has_tag(new_code_cell("1", metadata={"tags": ["findings"]}), "findings")
        True
    """
    return tag in cell.get("metadata", {}).get("tags", [])


def notebook_title(nb, fallback: str) -> tuple[str, str]:
    """The first markdown heading of the notebook and the text after it (plain markdown).

    Usage:
        >>> from nbformat.v4 import new_notebook, new_markdown_cell
        >>> notebook_title(new_notebook(cells=[new_markdown_cell("# Tone\\n\\n**Question:** how angry?")]), "x")
        ('Tone', '**Question:** how angry?')
    """
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            lines = cell.source.strip().splitlines()
            if lines and lines[0].startswith("#"):
                return lines[0].lstrip("#").strip(), "\n".join(lines[1:]).strip()
            return fallback, cell.source.strip()
    return fallback, ""


def image_alt(out, fallback: str = "Figure") -> str:
    """The alt text of an image output: the figure title recorded by :func:`analysis.explore.label_figures`
    (``metadata[mime]["alt"]``), else ``fallback``.

    Usage:
        >>> from nbformat.v4 import new_output
        >>> image_alt(new_output("display_data", {"image/png": "iVBOR"}, metadata={"image/png": {"alt": "Tone by outlet"}}))
        'Tone by outlet'
        >>> image_alt(new_output("display_data", {"image/png": "iVBOR"}), "Figure in: Tone by section")
        'Figure in: Tone by section'
    """
    meta = out.get("metadata", {})
    for mime in ("image/png", "image/jpeg"):
        alt = meta.get(mime, {}).get("alt") if isinstance(meta.get(mime), dict) else None
        if alt:
            return str(alt)
    return fallback


def _image_key(data) -> str:
    import hashlib

    return hashlib.sha256("".join(_text(data).split()).encode("ascii", "replace")).hexdigest()


def image_alts(nb, fallback_prefix: str = "Figure in section") -> dict[str, str]:
    """Alt text for every image in a notebook, keyed by the SHA-256 of its base64 data.

    An image without a recorded title is described by the heading of the section it sits in.

    Usage:
        >>> from nbformat.v4 import new_notebook, new_markdown_cell, new_code_cell, new_output
        >>> c = new_code_cell("", outputs=[new_output("display_data", {"image/png": "iVBOR"})])
        >>> list(image_alts(new_notebook(cells=[new_markdown_cell("## Tone by section"), c])).values())
        ['Figure in section: Tone by section']
    """
    alts, heading = {}, ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            titles = [ln.lstrip("#").strip() for ln in cell.source.splitlines() if ln.startswith("#")]
            heading = titles[-1] if titles else heading
            continue
        for out in cell.get("outputs", []):
            for mime in ("image/png", "image/jpeg"):
                if mime in out.get("data", {}):
                    fallback = f"{fallback_prefix}: {heading}" if heading else "Figure"
                    alts[_image_key(out["data"][mime])] = image_alt(out, fallback)
    return alts


_IMG = re.compile(r'<img\b([^>]*?)\s*\bsrc="data:image/(png|jpeg);base64,([^"]+)"([^>]*?)\s*/?>')
_ALT = re.compile(r'\s*\balt="[^"]*"')


def set_image_alts(document: str, alts: dict[str, str]) -> str:
    """Put the alt text of :func:`image_alts` on every embedded image of an HTML document.

    Usage:
        >>> doc = '<img src="data:image/png;base64,iVBOR" alt="No description has been provided for this image">'
        >>> set_image_alts(doc, {_image_key("iVBOR"): "Tone <by> outlet"})
        '<img src="data:image/png;base64,iVBOR" alt="Tone &lt;by&gt; outlet">'
    """
    def fix(match) -> str:
        before, mime, data, after = match.groups()
        alt = alts.get(_image_key(data))
        if alt is None:
            return match.group(0)
        before, after = _ALT.sub("", before), _ALT.sub("", after)
        return f'<img{before} src="data:image/{mime};base64,{data}"{after} alt="{html.escape(alt)}">'

    return _IMG.sub(fix, document)


def _output_html(out, fallback: str = "Figure") -> str:
    data = out.get("data", {})
    alt = html.escape(image_alt(out, fallback))
    if "image/png" in data:
        return f'<img alt="{alt}" src="data:image/png;base64,{_text(data["image/png"]).strip()}">'
    if "image/jpeg" in data:
        return f'<img alt="{alt}" src="data:image/jpeg;base64,{_text(data["image/jpeg"]).strip()}">'
    if "text/html" in data:
        return _text(data["text/html"])
    if "text/plain" in data:
        return f"<pre>{html.escape(_text(data['text/plain']))}</pre>"
    return ""


def notebook_summary(nb, stem: str) -> dict:
    """What the summary page shows for one cleaned notebook: title, question, findings and key figures (HTML).

    Usage:
        >>> from nbformat.v4 import new_notebook, new_markdown_cell, new_code_cell, new_output
        >>> f = new_code_cell("", metadata={"tags": ["findings"]},
        ...     outputs=[new_output("display_data", {"text/html": "<p>3 outlets</p>"})])
        >>> s = notebook_summary(new_notebook(cells=[new_markdown_cell("# Reach"), f]), "02_reach")
        >>> s["title"], s["findings"]
        ('Reach', ['<p>3 outlets</p>'])
    """
    title, intro = notebook_title(nb, stem)
    findings, figures = [], []
    alts = image_alts(nb)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        outputs = [o for o in cell.get("outputs", []) if o.output_type in ("display_data", "execute_result")]
        if has_tag(cell, "findings"):
            findings.extend(h for h in map(_output_html, outputs) if h)
        if has_tag(cell, "key-figure"):
            figures.extend(_output_html(o, alts.get(_image_key(o["data"].get("image/png", o["data"].get("image/jpeg", ""))),
                                                    f"Main figure of {title}"))
                           for o in outputs if {"image/png", "image/jpeg"} & set(o.get("data", {})))
    question = intro.split("\n\n")[0] if intro else ""
    return {"stem": stem, "title": title, "question_html": markdown_to_html(question) if question else "",
            "findings": findings, "figures": figures}


# ------------------------------------------------------------------ provenance


def package_versions(names: list[str] | None = None) -> dict[str, str]:
    """Installed versions of the packages that shape the results (``"not installed"`` if missing).

    Usage:
        >>> package_versions(["pandas"])["python"].count(".")
        2
    """
    versions = {"python": platform.python_version()}
    for name in names or PACKAGES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def git_commit(root: Path = PROJ_ROOT) -> str:
    """The checked-out commit, read from ``.git`` files (no git command runs); ``""`` outside a checkout.

    Usage:
        >>> import tempfile
        >>> git_commit(Path(tempfile.mkdtemp()))
        ''
    """
    git = Path(root) / ".git"
    try:
        if git.is_file():  # a worktree: "gitdir: <path>"
            git = Path(git.read_text().split(":", 1)[1].strip())
        head = (git / "HEAD").read_text().strip()
    except (OSError, IndexError):
        return ""
    if not head.startswith("ref:"):
        return head
    ref = head.split(":", 1)[1].strip()
    common = Path((git / "commondir").read_text().strip()) if (git / "commondir").exists() else git
    common = common if common.is_absolute() else git / common
    for base in (git, common):
        if (base / ref).exists():
            return (base / ref).read_text().strip()
        packed = base / "packed-refs"
        if packed.exists():
            for line in packed.read_text().splitlines():
                if line.endswith(" " + ref):
                    return line.split()[0]
    return ""


def footer_html(stamp: dict) -> str:
    """The provenance footer: event, data files with SHA-256, code fingerprint, commit, package versions.

    ``stamp`` keys: ``event, title, folder, files`` (``[(name, sha256)]``), ``code`` (hash of the
    package and notebook), ``commit``, ``versions`` (``{package: version}``).

    Usage:
        >>> f = footer_html({"event": "demo", "files": [("a.txt", "ab" * 32)], "versions": {"python": "3.11.9"}})
        >>> "a.txt" in f and "abab" in f and "python 3.11.9" in f
        True
    """
    e = html.escape
    files = "".join(f"<tr><td>{e(name)}</td><td><code>{e(digest)}</code></td></tr>"
                    for name, digest in stamp.get("files", []))
    versions = ", ".join(f"{e(k)} {e(v)}" for k, v in stamp.get("versions", {}).items())
    commit = stamp.get("commit") or "unknown (not a git checkout)"
    rows = [f"<p><strong>Event</strong> {e(stamp.get('event', ''))}"
            + (f": {e(stamp['title'])}" if stamp.get("title") else "")
            + (f" · folder <code>{e(stamp['folder'])}</code>" if stamp.get("folder") else "") + "</p>",
            f"<p><strong>Commit</strong> <code>{e(commit)}</code>"
            + (f" · <strong>code fingerprint</strong> <code>{e(stamp['code'])}</code>" if stamp.get("code") else "")
            + "</p>",
            f"<p><strong>Versions</strong> {versions}</p>"]
    if files:
        rows.append("<details><summary>Data files (SHA-256)</summary><table class=\"hashes\">"
                    f"{files}</table></details>")
    return '<footer class="stamp">\n' + "\n".join(rows) + "\n</footer>"


# ------------------------------------------------------------------ pages

CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --accent: #0072B2; --bg-soft: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.55 Georgia, "Times New Roman", serif; }
main, header.top, footer.stamp { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
header.top { padding-top: 14px; font: 14px/1.4 system-ui, sans-serif; color: var(--muted); }
header.top a { color: var(--accent); }
h1, h2, h3, h4 { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.25; }
h1 { font-size: 1.9em; margin: 0.6em 0 0.3em; } h2 { margin-top: 1.6em; border-bottom: 1px solid var(--rule); }
a.anchor-link { display: none; }
code, pre, kbd { font-family: "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.86em; }
pre { white-space: pre-wrap; word-break: break-word; background: var(--bg-soft); padding: 8px 10px; border-radius: 4px; }
img { max-width: 100%; height: auto; display: block; margin: 8px 0; }
table { border-collapse: collapse; font: 13px/1.4 system-ui, sans-serif; margin: 8px 0; display: block;
        overflow-x: auto; max-width: 100%; }
th, td { border-bottom: 1px solid var(--rule); padding: 4px 8px; text-align: left; vertical-align: top;
         max-width: 38em; }
thead th { background: var(--bg-soft); }
.cell { margin: 6px 0; }
.input_area, div.input { margin: 10px 0 4px; }
.prompt { display: none; }
.output_stderr pre, .output_stream pre { background: #fff8e1; color: #5d4200; font-size: 12px; }
.output_error pre { background: #fdecea; }
details { margin: 6px 0; } summary { cursor: pointer; font: 600 14px/1.6 system-ui, sans-serif; }
.explore-note, .explore-title { font: 13px/1.4 system-ui, sans-serif; color: var(--muted); }
.celltag_findings .output_area { background: #eef6fb; border-left: 4px solid var(--accent); padding: 4px 14px; }
.summary-card { border-top: 1px solid var(--rule); padding: 10px 0 18px; }
.summary-card .findings { background: #eef6fb; border-left: 4px solid var(--accent); padding: 4px 14px; }
.summary-card .more { font: 600 14px system-ui, sans-serif; }
.missing { color: #8a1c1c; }
footer.stamp { margin-top: 40px; padding-top: 10px; padding-bottom: 30px; border-top: 2px solid var(--rule);
               font: 12px/1.5 system-ui, sans-serif; color: var(--muted); }
footer.stamp table { font-size: 11px; }
@media print { header.top { display: none; } }
"""


def page(title: str, body: str, footer: str, nav: str = "", extra_css: str = "") -> str:
    """A complete HTML document: inline CSS, no scripts, nothing fetched from the network.

    Usage:
        >>> doc = page("Tone <draft>", "<p>x</p>", "")
        >>> "<title>Tone &lt;draft&gt;</title>" in doc and "<script" not in doc
        True
    """
    head = (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title)}</title>\n<style>{CSS}{extra_css}</style>\n</head>\n<body>\n")
    top = f'<header class="top">{nav}</header>\n' if nav else ""
    return f"{head}{top}<main>\n{body}\n</main>\n{footer}\n</body>\n</html>\n"


def _exporter(with_code: bool):
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.remove_cell_tags = {"remove-cell"}
    config.TagRemovePreprocessor.remove_input_tags = {"remove-input", "injected-parameters"} if with_code else set()
    config.TagRemovePreprocessor.enabled = True
    exporter = HTMLExporter(config=config, template_name="basic", exclude_input=not with_code,
                            exclude_input_prompt=True, exclude_output_prompt=True)
    return exporter


def export_notebook(nb, title: str, footer: str, with_code: bool = False, nav: str = "") -> str:
    """One notebook's report as a complete HTML page (``nb`` should come from :func:`clean_notebook`).

    Usage:
        >>> from nbformat.v4 import new_notebook, new_markdown_cell, new_code_cell
        >>> doc = export_notebook(new_notebook(cells=[new_markdown_cell("# Q"), new_code_cell("1 + 1")]), "Q", "")
        >>> "<h1" in doc, "1 + 1" in doc
        (True, False)
    """
    body, _ = _exporter(with_code).from_notebook_node(nb)
    body = set_image_alts(body, image_alts(nb))
    extra = ""
    if with_code:
        from pygments.formatters import HtmlFormatter

        extra = HtmlFormatter(style="default").get_style_defs(".highlight")
    return page(title, body.strip(), footer, nav=nav, extra_css=extra)


def index_html(summaries: list[dict], footer: str, heading: str, intro_html: str = "",
               missing: list[str] | None = None) -> str:
    """The summary page: for each notebook its question, findings and key figures, linking to its report.

    Usage:
        >>> s = [{"stem": "01_corpus", "title": "Corpus", "question_html": "<p>What?</p>",
        ...       "findings": ["<p>2 articles</p>"], "figures": []}]
        >>> doc = index_html(s, "", "Speech coverage")
        >>> 'href="01_corpus.html"' in doc and "2 articles" in doc
        True
    """
    e = html.escape
    parts = [f"<h1>{e(heading)}</h1>", intro_html]
    parts.append("<nav><p><strong>Reports:</strong> " + " · ".join(
        f'<a href="{e(s["stem"])}.html">{e(s["title"])}</a>' for s in summaries) + "</p></nav>")
    for s in summaries:
        parts.append(f'<section class="summary-card" id="{e(s["stem"])}">')
        parts.append(f'<h2><a href="{e(s["stem"])}.html">{e(s["title"])}</a></h2>')
        parts.append(s.get("question_html", ""))
        if s["findings"]:
            parts.append('<div class="findings">' + "\n".join(s["findings"]) + "</div>")
        parts.extend(s["figures"])
        parts.append(f'<p class="more"><a href="{e(s["stem"])}.html">Full report: {e(s["title"])} →</a></p>')
        parts.append("</section>")
    for stem in missing or []:
        parts.append(f'<p class="missing">{e(stem)}: not run yet (run <code>make report</code>).</p>')
    return page(heading, "\n".join(p for p in parts if p), footer)


def data_uri_png(data: bytes) -> str:
    """PNG bytes as a ``data:`` URI (for embedding images in a report).

    Usage:
        >>> data_uri_png(b"\\x89PNG")
        'data:image/png;base64,iVBORw=='
    """
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")
