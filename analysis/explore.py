"""Small interactive views for the notebooks that degrade to static tables in the HTML reports.

For notebook authors: wherever a reader would want to poke at the data (pick an
outlet, a passage, a frame), end a cell with one of these instead of a plain table.

* ``table_by(table, column, ...)``: a dropdown over the values of ``column`` (in order of
  first appearance) showing the rows of ``table`` with that value.
  Example: ``table_by(quotes, "outlet", columns=["text", "speaker"], label="Outlet")``.
* ``choose(options, render, ...)``: a dropdown over ``options``; ``render(option)`` returns a
  DataFrame, a plain string (shown as escaped text) or an object with ``_repr_html_``
  (e.g. a pandas Styler). Example: ``choose(passage_ids, lambda p: wording_table(ev, p), label="Passage")``.
* ``static_table(table)``: the escaped HTML of a DataFrame, as used in the fallback.
* ``show_table(table, digits=2)``: a table for readers: no row index, numbers rounded with
  :func:`analysis.wording.format_number` (so a table and the findings beside it agree), missing
  values as ``n/a`` (or a reason you give), text escaped.
* ``label_figures()``: from then on, every matplotlib figure shown in the notebook carries its title
  as the image's alt text (``metadata["image/png"]["alt"]``), which the HTML reports use.
* ``run_by_runner()``: True in a notebook executed by ``python -m analysis run`` (use it to turn
  progress bars off, so the reports show no frozen "0%" bar).
* ``md(value)``: escape data (a headline, a quote, an outlet name) before putting it in
  ``Markdown(f"...")``, so it shows literally: no markup, no emphasis from stray ``*`` or ``_``.

Both views return a :class:`Choice`. In JupyterLab it shows as a live ipywidgets dropdown.
Its display bundle also carries a ``text/html`` version that shows every option at once,
each under its own collapsible heading (the first one open); the report exporter
(:mod:`analysis.report`) drops the live widget and keeps that static version, so the HTML
report needs no JavaScript. Cell text is always HTML-escaped: an article containing
``<script>`` shows as text. With more than ``max_static`` options the static version shows
the first ``max_static`` and says how many more the notebook holds.

Usage:
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["Herald", "Herald", "Times"], "quote": ["We won", "<b>fair</b>", "No comment"]})
    >>> view = table_by(t, "outlet", label="Outlet")
    >>> view.options
    ['Herald', 'Times']
    >>> html = view.static_html()
    >>> "&lt;b&gt;fair&lt;/b&gt;" in html and "<b>fair" not in html
    True
"""
from __future__ import annotations

import html as _html
import os
from collections.abc import Callable
from typing import Any

import pandas as pd

from .wording import format_number

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


def static_table(table: pd.DataFrame, max_rows: int = 200, index: bool = False) -> str:
    """Escaped HTML for a DataFrame, cut to ``max_rows`` rows with a note saying how many were left out.

    Usage:
        >>> static_table(pd.DataFrame({"said": ["<i>yes</i>"]})).splitlines()[0]
        '<table class="dataframe explore-table">'
        >>> "&lt;i&gt;yes&lt;/i&gt;" in static_table(pd.DataFrame({"said": ["<i>yes</i>"]}))
        True
    """
    shown = table.head(max_rows) if max_rows else table
    out = shown.to_html(index=index, escape=True, border=0, classes="explore-table", na_rep="")
    if len(table) > len(shown):
        out += f'\n<p class="explore-note">{len(shown)} of {len(table)} rows shown.</p>'
    return out


class Table:
    """A DataFrame formatted for readers (see :func:`show_table`); shows as HTML in Jupyter and reports.

    Usage:
        >>> t = Table(pd.DataFrame({"outlet": ["Herald"], "share": [0.305755]}), digits=2)
        >>> "0.31" in t._repr_html_() and "0.305755" not in t._repr_html_()
        True
    """

    def __init__(self, table: pd.DataFrame, digits: int | dict = 2, na: str | dict = "n/a", signed=()):
        self.table = table
        self.digits = digits
        self.na = na
        self.signed = set(signed)

    def formatted(self) -> pd.DataFrame:
        """The table as strings: numbers rounded, missing values replaced, index dropped."""
        out = {}
        for col in self.table.columns:
            values = self.table[col]
            na = self.na.get(col, "n/a") if isinstance(self.na, dict) else self.na
            digits = self.digits.get(col, 2) if isinstance(self.digits, dict) else self.digits
            if pd.api.types.is_bool_dtype(values):
                out[col] = ["yes" if v else "no" for v in values]
            elif pd.api.types.is_integer_dtype(values):
                out[col] = [na if pd.isna(v) else f"{int(v):,}" for v in values]
            elif pd.api.types.is_numeric_dtype(values):
                out[col] = [format_number(v, digits, signed=col in self.signed, na=na) for v in values]
            else:
                out[col] = [na if (not isinstance(v, (list, tuple)) and pd.isna(v)) else str(v) for v in values]
        return pd.DataFrame(out, columns=list(self.table.columns), dtype=object)

    def _repr_html_(self) -> str:
        return self.formatted().to_html(index=False, escape=True, border=0, classes="dataframe")

    def __repr__(self) -> str:
        return self.formatted().to_string(index=False)


def show_table(table: pd.DataFrame, digits: int | dict = 2, na: str | dict = "n/a", signed=()) -> Table:
    """``table`` for display: no row index, numbers rounded to ``digits`` (per column with a dict),
    missing values as ``na`` (per column with a dict, e.g. ``{"mean": "n/a: no sentences"}``),
    ``signed`` columns with a "+" on positive values, text escaped. Integers keep thousands separators.

    Usage:
        >>> t = show_table(pd.DataFrame({"outlet": ["A", "B"], "mean": [0.12345, float("nan")], "n": [3, 1200]}),
        ...                digits=3, na={"mean": "n/a (no sentences)"}, signed=["mean"])
        >>> t.formatted().values.tolist()
        [['A', '+0.123', '3'], ['B', 'n/a (no sentences)', '1,200']]
    """
    return Table(table, digits=digits, na=na, signed=signed)


def figure_title(fig) -> str:
    """A figure's title for alt text: its suptitle, else its axes' titles joined; ``"Figure"`` if none.

    Usage:
        >>> import matplotlib; matplotlib.use("Agg"); import matplotlib.pyplot as plt
        >>> fig, ax = plt.subplots(); _ = ax.set_title("Tone by" + chr(10) + "outlet"); figure_title(fig)
        'Tone by outlet'
    """
    suptitle = fig._suptitle.get_text().strip() if getattr(fig, "_suptitle", None) is not None else ""
    titles = [suptitle] if suptitle else [ax.get_title().strip() for ax in fig.get_axes() if ax.get_title().strip()]
    text = " / ".join(dict.fromkeys(titles))
    return " ".join(text.split()) or "Figure"


def label_figures() -> bool:
    """In a Jupyter kernel, make every figure shown carry its title as alt text; False elsewhere.

    Wraps IPython's PNG formatter for matplotlib figures so it returns ``(png, {"alt": title})``;
    :mod:`analysis.report` puts that text in the ``alt`` attribute. Safe to call more than once.

    Usage:
        >>> label_figures()   # not in a kernel: nothing to do
        False
    """
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    if shell is None or not hasattr(shell, "kernel"):
        return False
    from matplotlib.figure import Figure

    png = shell.display_formatter.formatters["image/png"]
    if Figure not in png.type_printers:  # the backend is resolved lazily: set it up now (as %matplotlib does)
        shell.enable_matplotlib()
    try:
        previous = png.lookup_by_type(Figure)
    except KeyError:
        return False
    if getattr(previous, "_adds_alt", False):
        return True

    def with_alt(fig, _previous=previous):
        data = _previous(fig)
        return (data, {"alt": figure_title(fig)}) if data else data

    with_alt._adds_alt = True
    png.for_type(Figure, with_alt)
    return True


def run_by_runner() -> bool:
    """True when the notebook runs under ``python -m analysis run`` (the runner sets ``ANALYSIS_REPORTS_DIR``).

    Usage:
        >>> isinstance(run_by_runner(), bool)
        True
    """
    return bool(os.environ.get("ANALYSIS_REPORTS_DIR"))


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]#|~"})


def md(value) -> str:
    """Text safe to put inside ``Markdown(f"...")``: HTML special characters and Markdown marks escaped.

    Usage:
        >>> md("<b>Mayor</b> *wins*")
        '&lt;b&gt;Mayor&lt;/b&gt; \\\\*wins\\\\*'
    """
    return _html.escape(str(value), quote=False).translate(_MD_SPECIAL)


def _render_html(value: Any, max_rows: int) -> str:
    """HTML for whatever a render function returned (tables and text are escaped)."""
    if isinstance(value, pd.DataFrame):
        return static_table(value, max_rows=max_rows)
    if isinstance(value, pd.Series):
        return static_table(value.to_frame(), max_rows=max_rows, index=True)
    if hasattr(value, "_repr_html_"):
        return value._repr_html_() or ""
    return f'<p class="explore-text">{_html.escape(str(value))}</p>'


class Choice:
    """A dropdown over ``options`` showing ``render(option)``, with a static all-options fallback.

    Usage:
        >>> c = Choice(["Mon", "Tue"], lambda d: f"Press briefing on {d}", label="Day")
        >>> "Press briefing on Tue" in c.static_html()
        True
    """

    def __init__(self, options, render: Callable[[Any], Any], label: str = "Choose", title: str = "",
                 max_static: int = 25, max_rows: int = 200):
        self.options = list(dict.fromkeys(options))
        self.render = render
        self.label = label
        self.title = title
        self.max_static = max_static
        self.max_rows = max_rows

    def static_html(self) -> str:
        """Every option's view, each under a collapsible heading (the first open)."""
        shown = self.options[: self.max_static] if self.max_static else self.options
        parts = ['<div class="explore-static">']
        if self.title:
            parts.append(f'<p class="explore-title"><strong>{_html.escape(self.title)}</strong></p>')
        if not self.options:
            parts.append('<p class="explore-note">Nothing to show.</p>')
        for i, option in enumerate(shown):
            parts.append(f'<details{" open" if i == 0 else ""}><summary>{_html.escape(self.label)}: '
                         f'{_html.escape(str(option))}</summary>')
            parts.append(_render_html(self.render(option), self.max_rows))
            parts.append("</details>")
        if len(shown) < len(self.options):
            parts.append(f'<p class="explore-note">{len(shown)} of {len(self.options)} '
                         f'{_html.escape(self.label.lower())} values shown; the notebook lets you pick any.</p>')
        parts.append("</div>")
        return "\n".join(parts)

    def widget(self):
        """The live view: an ipywidgets dropdown above an output area."""
        import ipywidgets as widgets
        from IPython.display import HTML, display

        dropdown = widgets.Dropdown(options=[(str(o), i) for i, o in enumerate(self.options)],
                                    description=self.label, style={"description_width": "initial"})
        out = widgets.Output()

        def show(index):
            out.clear_output(wait=True)
            with out:
                value = self.render(self.options[index])
                display(value if isinstance(value, pd.DataFrame) else HTML(_render_html(value, self.max_rows)))

        dropdown.observe(lambda change: show(change["new"]), names="value")
        if self.options:
            show(0)
        children = [widgets.HTML(f"<b>{_html.escape(self.title)}</b>")] if self.title else []
        return widgets.VBox([*children, dropdown, out])

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = {"text/plain": f"{self.label}: {len(self.options)} options (interactive in Jupyter)",
                  "text/html": self.static_html()}
        try:
            live = self.widget()._repr_mimebundle_()
        except Exception:  # no widget support (plain Python): the static view is the whole story
            live = {}
        if WIDGET_MIME in live:
            bundle[WIDGET_MIME] = live[WIDGET_MIME]
        return bundle


def choose(options, render: Callable[[Any], Any], label: str = "Choose", title: str = "",
           max_static: int = 25, max_rows: int = 200) -> Choice:
    """A dropdown over ``options`` showing ``render(option)``; see the module docstring.

    Usage:
        >>> view = choose(["Q1", "Q2"], lambda q: pd.DataFrame({"quarter": [q]}), label="Quarter")
        >>> view.static_html().count("<details")
        2
    """
    return Choice(options, render, label=label, title=title, max_static=max_static, max_rows=max_rows)


def table_by(table: pd.DataFrame, column: str, columns: list[str] | None = None, label: str | None = None,
             title: str = "", max_static: int = 25, max_rows: int = 200) -> Choice:
    """A dropdown over the values of ``column`` showing the matching rows (``columns`` only, if given).

    Raises ``KeyError`` naming the missing column(s).

    Usage:
        >>> t = pd.DataFrame({"frame": ["conflict", "morality"], "score": [0.8, 0.2]})
        >>> table_by(t, "frame", label="Frame").options
        ['conflict', 'morality']
    """
    wanted = [column, *(columns or [])]
    missing = [c for c in wanted if c not in table.columns]
    if missing:
        raise KeyError(f"table_by: no column(s) {', '.join(missing)}; the table has {', '.join(map(str, table.columns))}")
    keep = columns or [c for c in table.columns if c != column]

    def render(value):
        return table.loc[table[column] == value, keep].reset_index(drop=True)

    return Choice(table[column].tolist(), render, label=label or column, title=title,
                  max_static=max_static, max_rows=max_rows)
