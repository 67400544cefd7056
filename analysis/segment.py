"""Sentence splitting with character offsets, for news prose.

Rules (all general, none fitted to one article):

* a sentence ends at ``.``, ``!``, ``?`` or ``…`` (plus any closing quotation
  marks or brackets) followed by white space and a capital letter, digit or
  opening mark;
* never after a known abbreviation (``Mr.``, ``Gen.``, ``Sept.``, ``U.S.``),
  a single initial (``J. K. Rowling``), or inside a number (``1.5``);
* never inside an open double quotation: a quoted passage of several sentences
  stays with its attribution (``"Stop. Now," he said.`` is one sentence);
* a paragraph break always ends a sentence (so an unclosed quotation cannot
  swallow more than its paragraph).

Usage:
    >>> split_sentences('Gen. J. K. Smith arrived at 2 p.m. on Monday. "Stop. Now," he said. It cost $1.5 billion.')
    [(0, 45), (46, 67), (68, 89)]
"""
from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof rev fr sr jr st mt ft gen col lt maj capt cpt sgt cpl adm cmdr brig cdr
    gov sen rep pres supt insp det hon amb sec atty messrs mme mlle sra srta
    inc ltd co corp plc bros llc dept univ assn
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    vs v etc al approx est no nos vol p pp fig ch para art cf ca e.g i.e a.m p.m u.s u.k u.n e.u
    d.c n.y l.a u.s.a ph.d m.d b.a m.a""".split()
)
# After these, a capital letter usually starts a new sentence ("... at 2 a.m. Residents said").
_SENTENCE_FINAL_ABBREVIATIONS = frozenset({"a.m", "p.m", "etc"})
_TIMEZONE_WORDS = frozenset({"GMT", "UTC", "BST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "ET", "PT", "CET", "CEST"})

OPEN_DOUBLE = "\u201c\u201e\u00ab"
CLOSE_DOUBLE = "\u201d\u00bb"
CLOSERS = "\"'\u201d\u2019\u00bb)]"
OPENERS = "\"'\u201c\u2018\u00ab(["

# group 1 is the first character after the white space ("" at the end of the text): the lookahead
# succeeds exactly when white space follows, as (?=\s+) does, and \s is str.isspace()
_CANDIDATE = re.compile(r"[.!?\u2026]+[" + re.escape(CLOSERS) + r"]*(?=\s+(\S?))")
_TOKEN_STOP = re.compile(r"[\s" + re.escape(OPENERS) + "]")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_NEXT_WORD = re.compile(r"\S+")


def _word_before(text: str, end: int) -> str:
    """The token that ends at ``end`` (the period position): back to white space or an opening mark.

    Fast path: the text after the last plain space before ``end`` is the token when it holds no white
    space and no opening mark (the walk back would stop at that space, or at the text's start).

    Usage:
        >>> _word_before('He met "Dr. Jones', 10), _word_before("Mr. Smith", 2)
        ('Dr', 'Mr')
    """
    space = text.rfind(" ", 0, end)
    token = text[space + 1:end]
    if _TOKEN_STOP.search(token) is None:
        return token
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in OPENERS:
        start -= 1
    return text[start:end]


def _is_abbreviation(token: str) -> bool:
    low = token.lower().rstrip(".")
    if low in ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial: "J. K. Rowling"
    # dotted acronyms such as U.S or N.A.T.O (the pattern needs a dot)
    return "." in token and _DOTTED.fullmatch(token) is not None


_DOUBLE_MARK = re.compile("[\"" + OPEN_DOUBLE + CLOSE_DOUBLE + "]")


def _quote_depth_at(text: str, positions: list[int]) -> list[int]:
    """Number of open double quotations just before each of ``positions`` (sorted; straight marks toggle)."""
    marks = [(m.start(), m.group(0)) for m in _DOUBLE_MARK.finditer(text)]
    out, depth, k = [], 0, 0
    for pos in positions:
        while k < len(marks) and marks[k][0] < pos:
            ch = marks[k][1]
            if ch in OPEN_DOUBLE:
                depth += 1
            elif ch in CLOSE_DOUBLE:
                depth = max(0, depth - 1)
            else:
                depth = 0 if depth else 1
            k += 1
        out.append(depth)
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split one paragraph into sentences; return ``(start, end)`` offsets into ``text``.

    Leading and trailing white space is excluded from every span, and the spans
    cover every non-space character of ``text`` exactly once.
    """
    if not text.strip():
        return []
    candidates = list(_CANDIDATE.finditer(text))
    depths = _quote_depth_at(text, [m.end() for m in candidates])
    cuts = []
    for m, depth in zip(candidates, depths):
        following = m.group(1)  # the first character after the white space
        if not following:
            continue  # only white space follows
        if not (following.isupper() or following.isdigit() or following in OPENERS):
            continue
        if depth > 0:
            continue  # inside an open quotation
        punct = m.group(0)
        if punct.startswith(".") and len(punct.rstrip(CLOSERS)) == 1:
            token = _word_before(text, m.start())
            if _is_abbreviation(token):
                low = token.lower()
                next_word = _NEXT_WORD.match(text, m.start(1)).group(0).strip(".,;:")
                if low not in _SENTENCE_FINAL_ABBREVIATIONS or next_word in _TIMEZONE_WORDS:
                    continue
        cuts.append(m.end())
    spans = []
    start = 0
    for cut in cuts + [len(text)]:
        piece = text[start:cut]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if piece.strip():
            spans.append((start + lead, cut - trail))
        start = cut
    return spans
