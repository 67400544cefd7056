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
from collections.abc import Callable
from typing import Any

import pandas as pd

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
