"""Find quoted spans in news text and attribute them: ``extract_quotes(text)``.

Quotation marks are paired by a small state machine over candidate marks, not by
one regular expression. Each mark is read from the characters around it:

* a mark with a letter or digit on both sides is an apostrophe (``Shi'ite``,
  ``it's``, ``Baghdadi‘s``), whatever its glyph;
* a mark with space (or an opening bracket, dash or another mark) before it and a
  word after it opens; one with a word before and space or punctuation after it
  closes; curly glyphs decide only when the context does not;
* all double marks (``" “ ” „ « »``) are one family and all single marks
  (``' ‘ ’ ‚ ‹ ›``) another, so ``‘...'`` (curly opened, straight closed) pairs;
* a single closer after ``s`` (``fighters' ``) closes an open single quotation
  only when no later single closer in the paragraph could close it instead;
  otherwise it is a plural possessive;
* a different family inside an open quotation nests (``"They said, ‘Go.'"``);
* a quotation left open at the end of a paragraph continues when the next
  paragraph opens with a mark of the same family (the newspaper convention for
  a quotation over several paragraphs); otherwise it is reported with
  ``closed=False`` up to the end of its paragraph. Nothing raises.

Attribution (who said it) is done by :mod:`analysis.attribution`.

Usage:
    >>> q = extract_quotes('"We will win," coach Ana Silva said. Fans hailed it as a \\'miracle\\'.')
    >>> q[["text", "kind", "speaker"]].values.tolist()
    [['We will win,', 'quote', 'Ana Silva'], ['miracle', 'fragment', 'fans']]
"""
from __future__ import annotations

import re

import pandas as pd

from .attribution import attribute

DOUBLE_MARKS = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb"
SINGLE_MARKS = "'\u2018\u2019\u201a\u201b\u2039\u203a"
NOMINAL_OPEN = "\u201c\u201e\u201f\u00ab\u2018\u201a\u201b\u2039"
NOMINAL_CLOSE = "\u201d\u00bb\u2019\u203a"
ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS
# Characters that may stand before an opening mark / after a closing mark.
_BEFORE_OPEN = "([{<\u2014\u2013-/:;" + ALL_MARKS
_AFTER_CLOSE = ".,;:!?)]}>\u2026\u2014\u2013-/" + ALL_MARKS
_MARK_RE = re.compile("[" + re.escape(ALL_MARKS) + "]")
_PARAGRAPH_RE = re.compile(r"[^\n]+")
_ELISIONS = ("em ", "til ", "cause ", "n ", "tis ", "twas ")

_DTYPES = {"text": "string", "start": "int64", "end": "int64", "kind": "string", "speaker": "string",
           "speaker_type": "string", "cue": "string", "sieve": "string", "nested_in": "Int64",
           "paragraph": "int64", "section": "string", "closed": "bool"}
COLUMNS = ["text", "start", "end", "kind", "speaker", "speaker_type", "cue", "sieve", "nested_in",
           "paragraph", "section", "closed"]


def _mark_role(text: str, i: int) -> str:
    """``open``, ``close``, ``either`` or ``apostrophe`` for the mark at ``text[i]``."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else None
    nxt = text[i + 1] if i + 1 < len(text) else None
    if ch in SINGLE_MARKS and prev is not None and nxt is not None and prev.isalnum() and nxt.isalnum():
        return "apostrophe"
    left_space = prev is None or prev.isspace() or prev in _BEFORE_OPEN
    right_space = nxt is None or nxt.isspace() or nxt in _AFTER_CLOSE
    if left_space and not right_space:
        return "open"
    if right_space and not left_space:
        return "close"
    if ch in NOMINAL_OPEN:
        return "open"
    if ch in NOMINAL_CLOSE:
        return "close"
    return "either"


def find_marks(text: str) -> list[tuple[int, str, str]]:
    """Candidate quotation marks in one paragraph: ``(offset, family, role)``, apostrophes left out.

    ``family`` is ``"D"`` (double) or ``"S"`` (single); ``role`` is ``open``, ``close`` or ``either``.

    Usage:
        >>> find_marks("Shi'ite fighters' \\u2018No Retreat\\u2019 said \\"go\\"")
        [(16, 'S', 'close'), (18, 'S', 'open'), (29, 'S', 'close'), (36, 'D', 'open'), (39, 'D', 'close')]
    """
    out = []
    for m in _MARK_RE.finditer(text):
        role = _mark_role(text, m.start())
        if role != "apostrophe":
            out.append((m.start(), "D" if m.group(0) in DOUBLE_MARKS else "S", role))
    return out


def _pair_paragraph(text: str, carried: bool) -> tuple[list[dict], list[dict]]:
    """Pair the marks of one paragraph; return ``(spans, still_open)`` (spans use local offsets)."""
    marks = find_marks(text)
    spans: list[dict] = []
    stack: list[dict] = []

    def close(entry: dict, pos: int, closed: bool) -> None:
        entry.update(end=pos, close=pos, closed=closed)
        spans.append(entry)

    for k, (pos, fam, role) in enumerate(marks):
        top = stack[-1] if stack else None
        same_open = any(e["family"] == fam for e in stack)
        if fam == "S" and role == "close" and pos > 0 and text[pos - 1] in "sS" and same_open:
            later = next((r for p, f, r in marks[k + 1:] if f == "S"), None)
            if later in ("close", "either"):
                continue  # a plural possessive inside a single quotation: "builders' confidence"
        wants_close = role == "close" or (role == "either" and top is not None and top["family"] == fam)
        if wants_close:
            if not same_open:
                continue  # a stray closer (or a possessive apostrophe): no span
            while stack[-1]["family"] != fam:
                close(stack.pop(), pos, False)
            close(stack.pop(), pos, True)
        else:
            stack.append({"open": pos, "start": pos + 1, "family": fam,
                          "depth": len(stack), "carried": carried and not spans and not stack and pos == _first_char(text)})
    return spans, stack


def _first_char(text: str) -> int:
    return len(text) - len(text.lstrip())


def _opens_with_mark(text: str, family: str) -> bool:
    i = _first_char(text)
    if i >= len(text):
        return False
    marks = DOUBLE_MARKS if family == "D" else SINGLE_MARKS
    return text[i] in marks and _mark_role(text, i) in ("open", "either")


def pair_marks(paragraphs: list[str]) -> list[dict]:
    """Quoted spans of a sequence of paragraphs, in order of their opening marks.

    Each span is a dict: ``paragraph, start, end`` (local offsets of the text between
    the marks), ``open, close`` (mark offsets; ``close`` is None if the span runs to the
    paragraph end), ``family``, ``closed``, ``parent`` (index of the enclosing span or
    None), ``continues`` (the quotation goes on in the next paragraph) and ``carried``
    (this span continues one from the previous paragraph).

    Usage:
        >>> s = pair_marks(['He said: "One.', '"Two."', 'Done.'])
        >>> [(d["paragraph"], d["start"], d["end"], d["closed"], d["continues"], d["carried"]) for d in s]
        [(0, 10, 14, True, True, False), (1, 1, 5, True, False, True)]
    """
    result: list[dict] = []
    carried = False
    for p, text in enumerate(paragraphs):
        spans, still_open = _pair_paragraph(text, carried)
        carried = False
        end_of_text = len(text.rstrip())
        outer = still_open[0] if still_open else None
        for entry in reversed(still_open):
            continues = (entry is outer and p + 1 < len(paragraphs)
                         and _opens_with_mark(paragraphs[p + 1], entry["family"]))
            if entry["family"] == "S" and not continues:
                after = text[entry["start"]:entry["start"] + 6].lower()
                if after[:1].isdigit() or after.startswith(_ELISIONS):
                    continue  # "the '90s", "'em": an elision, not a quotation
            entry.update(end=end_of_text, close=None, closed=continues, continues=continues)
            carried = carried or continues
            spans.append(entry)
        spans.sort(key=lambda e: e["open"])
        base = len(result)
        for i, e in enumerate(spans):
            e.setdefault("continues", False)
            e["paragraph"] = p
            e["parent"] = None
            for j in range(i - 1, -1, -1):
                if spans[j]["open"] < e["open"] and spans[j]["end"] >= e["end"] and spans[j]["depth"] < e["depth"]:
                    e["parent"] = base + j
                    break
        result.extend(s for s in spans)
    # drop empty spans (a lone mark followed by nothing) and re-index parents
    keep = [i for i, s in enumerate(result) if paragraphs[s["paragraph"]][s["start"]:s["end"]].strip()]
    new_index = {old: new for new, old in enumerate(keep)}
    out = []
    for old in keep:
        s = dict(result[old])
        s["parent"] = new_index.get(s["parent"]) if s["parent"] is not None else None
        out.append(s)
    return out


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph of a plain text (non-empty lines; blank lines separate too).

    Usage:
        >>> split_paragraphs("One.\\n\\nTwo.\\nThree.")
        [(0, 4), (6, 10), (11, 17)]
    """
    return [(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(text) if m.group(0).strip()]


def extract_paragraph_quotes(paragraphs: list[str], sections: list[str] | None = None,
                             speaker: str | None = None, aliases: list[str] | None = None) -> tuple[list[dict], list[dict]]:
    """Quotes and indirect attributions of one article given as its paragraphs.

    Returns ``(quotes, indirect)``: lists of dicts with offsets local to each paragraph
    (``paragraph`` is the index into ``paragraphs``). Used by :func:`extract_quotes`
    and by :mod:`analysis.quotetable`, which maps offsets back to the raw file.

    Usage:
        >>> q, ind = extract_paragraph_quotes(["Police said the road was closed.", '"Stay away," Sgt Lee Park said.'])
        >>> [(r["text"], r["speaker"]) for r in q], [(r["text"], r["speaker"]) for r in ind]
        ([('Stay away,', 'Lee Park')], [('the road was closed', 'police')])
    """
    sections = list(sections) if sections is not None else ["body"] * len(paragraphs)
    spans = pair_marks(paragraphs)
    info, indirect = attribute(paragraphs, spans, speaker=speaker, aliases=aliases)
    quotes = []
    for i, (s, a) in enumerate(zip(spans, info)):
        quotes.append({
            "text": paragraphs[s["paragraph"]][s["start"]:s["end"]], "start": s["start"], "end": s["end"],
            **a, "nested_in": s["parent"], "paragraph": s["paragraph"], "section": sections[s["paragraph"]],
            "closed": bool(s["closed"]),
        })
    for row in indirect:
        row["section"] = sections[row["paragraph"]]
    return quotes, indirect


def quotes_frame(rows: list[dict]) -> pd.DataFrame:
    """The quote rows as a DataFrame with the contract's columns and dtypes (empty rows give an empty table).

    Usage:
        >>> quotes_frame([]).columns.tolist()[:4]
        ['text', 'start', 'end', 'kind']
    """
    dtypes = _DTYPES
    data = {}
    for col in COLUMNS:
        values = [r.get(col) for r in rows]
        if col == "nested_in":
            values = [pd.NA if v is None else v for v in values]
        data[col] = pd.array(values, dtype=dtypes[col]) if rows else pd.array([], dtype=dtypes[col])
    df = pd.DataFrame(data, copy=False)
    return df


def extract_quotes(text: str, speaker: str | None = None, aliases: list[str] | None = None) -> pd.DataFrame:
    """Every quoted span of a plain text, attributed; one row per span in order of appearance.

    Columns: ``text, start, end`` (offsets into ``text``, the characters between the
    marks), ``kind`` (quote, fragment, scare, title), ``speaker, speaker_type`` (named
    person, anonymous, organisation, unattributed), ``cue, sieve, nested_in`` (row of the
    enclosing quote), ``paragraph, section`` ("body" for plain text), ``closed``.
    ``speaker``/``aliases``: the event's speaker and the names that resolve to it.
    Paragraphs are separated by line breaks. Odd input never raises: a text without
    marks gives an empty table, an unclosed mark a row with ``closed=False``.

    Usage:
        >>> t = 'The minister, Jo Reyes, said: "We acted. We were right."\\n\\n"Next," she added.'
        >>> extract_quotes(t)[["text", "start", "speaker", "cue", "sieve"]].values.tolist()
        [['We acted. We were right.', 31, 'Jo Reyes', 'said', 'colon'], ['Next,', 59, 'Jo Reyes', 'added', 'pronoun']]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_quotes needs a str, got {type(text).__name__}")
    bounds = split_paragraphs(text)
    rows, _ = extract_paragraph_quotes([text[a:b] for a, b in bounds], None, speaker, aliases)
    for r in rows:
        offset = bounds[r["paragraph"]][0]
        r["start"] += offset
        r["end"] += offset
    return quotes_frame(rows)
