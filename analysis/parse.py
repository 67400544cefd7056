"""Turn a raw captured article into labelled, clean segments with an audit trail.

The parser works line by line on the raw text and never edits it: every
segment it returns carries ``start``/``end`` offsets into the raw string, and
its ``text`` is that slice with white space normalised one character for one
(non-breaking and other Unicode spaces become plain spaces), so
``normalise(raw[start:end]) == text`` always holds.

What it recovers: headline, standfirst, byline (a list of people), publication
timestamp (with its time zone where the page gives one), dateline and wire
origin, photo captions and credits, tags, and the body as paragraphs (the first
body paragraph is the *lead*). Everything else is recorded in ``removed`` with
the rule that removed it. Furniture rules are data (``analysis/rules``); the
structural rules (headline, byline, timestamp, captions, dateline, tags) are
below, each named in the audit.

Usage:
    >>> art = parse_article("Storm hits coast\\n\\nBy Ann Lee\\n\\nMIAMI (AP) — A storm hit the coast on Monday.\\n\\nShare this article")
    >>> art.headline, art.byline, art.dateline, art.wire
    ('Storm hits coast', ['Ann Lee'], 'MIAMI (AP) —', 'AP')
    >>> list(art.removed["rule"])
    ['byline', 'dateline', 'share_widget']
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field

import pandas as pd
from dateutil import parser as dateparser
from dateutil import tz

from .errors import InputError
from .furniture import match_furniture
from .segment import split_sentences

SECTIONS = ("headline", "standfirst", "caption", "lead", "body")
REMOVED_COLUMNS = ["line", "rule", "kind", "start", "end"]

WIRE_AGENCIES = {
    "reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "bloomberg": "Bloomberg",
    "dpa": "dpa",
    "upi": "UPI",
    "xinhua": "Xinhua",
    "efe": "EFE",
    "ansa": "ANSA",
    "pa": "PA",
    "press association": "PA",
    "pa media": "PA",
    "anadolu": "Anadolu",
    "tass": "TASS",
    "kyodo": "Kyodo",
    "cnn": "CNN",
    "bbc": "BBC",
}
PHOTO_AGENCIES = r"(?:AP|AFP|REUTERS|Reuters|Getty(?: Images)?|EPA(?:-EFE)?|PA(?: Wire| Media)?|Shutterstock|Alamy|Anadolu(?: Agency)?|Bloomberg|AP Photo|[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)? via Getty Images|Handout)"
_CREDIT_SUFFIX = re.compile(
    r"(?P<sep>\s*(?:/|\||\u2014|\u2013|-)\s*|\s*\(\s*)(?P<credit>(?:(?:Photo|Photograph|Picture|Image|Credit)s?:?\s*)?"
    + PHOTO_AGENCIES
    + r"(?:\s*/\s*[A-Z][\w .'-]+)?)\s*\)?\s*$"
)
_CREDIT_LINE = re.compile(r"^(?:Photo|Photograph|Picture|Image)(?: credit)?s?\s*:\s*(?P<credit>.+)$", re.I)
_BYLINE = re.compile(r"^(?:By|Written by|Words by|Reporting by)\s+(?P<names>.+)$", re.I)
_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|de|da|van|von|al-\w+|bin|ibn|el-\w+)){1,3}"
_NAME_LINE = re.compile(rf"^{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*(?:\s+(?:in|at)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})?$")
_TAGS = re.compile(r"^(?:Published under|Filed under|Tags|Topics|More about|More on|Related topics|Categories)\s*:\s*(?P<tags>.+)$", re.I)
_DATELINE = re.compile(
    r"^(?P<dateline>(?P<place>[A-Z][A-Z.'\u2019/ -]{1,60}[A-Z.](?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})?)"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"\s*(?:\((?P<wire>[A-Za-z][A-Za-z .&-]{1,40})\))?\s*(?P<dash>[-\u2013\u2014:]+|--))\s*"
)
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
_DATE_HINT = re.compile(rf"(\b(19|20)\d\d\b.*\b({_MONTHS})\b|\b({_MONTHS})\b.*\b(19|20)\d\d\b|\b\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}\b)", re.I)
_DATE_LABEL = re.compile(r"^(?:[\u2022\u00b7\u25cf*|-]\s*)?(?:(?:published|posted|updated|last updated|first published|date)\s*(?:on|at)?\s*:?\s*)?", re.I)
_TZ_NAMES = {"GMT": 0, "UTC": 0, "BST": 3600, "CET": 3600, "CEST": 7200, "EST": -18000, "EDT": -14400,
             "CST": -21600, "CDT": -18000, "MST": -25200, "MDT": -21600, "PST": -28800, "PDT": -25200,
             "ET": -18000, "IST": 19800, "AST": 10800}
_TERMINAL = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$|[\"\u201d\u2019]$")
_GLUE_LOWER = re.compile(r"(?<=\s)([a-z][a-z]+)([A-Z][a-z]+)|^([a-z][a-z]+)([A-Z][a-z]+)")
_GLUE_UPPER = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]+)\b")
# a lower-case letter right before a capital: every match of _GLUE_LOWER and _GLUE_UPPER holds one
# (written capital-first so that the regex engine skips to the rare capitals)
_GLUE_SEAM = re.compile(r"[A-Z](?<=[a-z][A-Z])")
# what every _DATE_HINT match holds: three digits in a row ((19|20)\d\d) or digit, -/. and digit
_DATE_DIGITS = re.compile(r"\d(?:\d\d|[-/.]\d)")
# a word that every _CREDIT_SUFFIX match holds (each PHOTO_AGENCIES choice contains one; case-sensitive
# as that pattern is): AP, AFP, REUTERS/Reuters, Getty, PA (in EPA and PA ...), Shutterstock, Alamy,
# Anadolu, Bloomberg, Handout
_AGENCY_WORD = re.compile(r"A(?:P|FP|lamy|nadolu)|REUTERS|Reuters|Getty|PA|Shutterstock|Bloomberg|Handout")
_NON_WORD = re.compile(r"\W+")
_FIRST_WORD = re.compile(r"\W*(\w*)")
# every white-space character but the plain space (U+00A0, U+2000-U+200A, U+202F, U+205F and U+3000
# are white space to ``\s``): replacing only these is equal to replacing all, and 5x faster
_WS = re.compile(r"[^\S ]")


def normalise(text: str) -> str:
    """Map every white-space character to a plain space, one for one (offsets survive).

    Usage:
        >>> normalise("a\\u00a0b\\tc")
        'a b c'
    """
    return _WS.sub(" ", text)


@dataclass
class Article:
    """One parsed article. ``paragraphs`` are dicts with section, start, end, text."""

    raw: str
    source: str = "<text>"
    outlet: str | None = None
    headline: str = ""
    standfirst: str = ""
    byline: list[str] = field(default_factory=list)
    published: str = ""
    timezone: str = ""
    dateline: str = ""
    wire: str = ""
    captions: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    paragraphs: list[dict] = field(default_factory=list)
    removed_rows: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def removed(self) -> pd.DataFrame:
        """The audit trail: one row per removed line (line, rule, kind, start, end), in raw order."""
        return (pd.DataFrame(self.removed_rows, columns=REMOVED_COLUMNS).sort_values("start", kind="stable")
                .reset_index(drop=True))

    @property
    def body(self) -> str:
        """Lead and body paragraphs joined by blank lines."""
        return "\n\n".join(p["text"] for p in self.paragraphs if p["section"] in ("lead", "body"))

    @property
    def paragraph_table(self) -> pd.DataFrame:
        """One row per paragraph in reading order: paragraph, section, start, end, text."""
        rows = [{"paragraph": i, **p} for i, p in enumerate(self.paragraphs)]
        return pd.DataFrame(rows, columns=["paragraph", "section", "start", "end", "text"])

    @property
    def sentence_table(self) -> pd.DataFrame:
        """One row per sentence: paragraph, sentence, section, start, end (raw offsets), text."""
        return pd.DataFrame(self.sentence_columns())

    def sentence_columns(self) -> dict[str, list]:
        """The :attr:`sentence_table` as plain lists (column name -> list), for the corpus pipeline.

        Usage:
            >>> parse_article("Floods close roads\\n\\nRain fell. Roads shut.").sentence_columns()["text"]
            ['Floods close roads', 'Rain fell.', 'Roads shut.']
        """
        paragraph: list[int] = []
        section: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        texts: list[str] = []
        for i, p in enumerate(self.paragraphs):
            start, text, sec = p["start"], p["text"], p["section"]
            for a, b in split_sentences(text):
                paragraph.append(i)
                section.append(sec)
                starts.append(start + a)
                ends.append(start + b)
                texts.append(text[a:b])
        return {"paragraph": paragraph, "sentence": list(range(len(texts))), "section": section,
                "start": starts, "end": ends, "text": texts}


# ---------------------------------------------------------------- lines


def _raw_lines(raw: str, norm: str | None = None) -> list[tuple[int, int]]:
    """Spans of non-empty lines, trimmed of surrounding white space.

    ``norm`` is ``normalise(raw)`` when the caller has it: :func:`normalise` maps one character to
    one, each on its own, so ``normalise(raw[a:b]) == normalise(raw)[a:b]`` and slicing it is exact.

    Usage:
        >>> _raw_lines("Title \\n\\n  Body text.\\u00a0")
        [(0, 5), (10, 20)]
    """
    norm = normalise(raw) if norm is None else norm
    spans = []
    for m in re.finditer(r"[^\r\n]+", raw):
        a, b = m.span()
        seg = norm[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if b - trail > a + lead:
            spans.append((a + lead, b - trail))
    return spans


def split_glued(line: str, outlet: str | None = None) -> list[tuple[int, int]]:
    """Split a line where two lines were glued together when the page was captured.

    A lower-case word running straight into a capitalised one (``logged inPlease``)
    is always a glue point; a capitalised word running into another
    (``CommentsThank``) only when one side is page furniture, so names such as
    ``McDonald`` or ``YouTube`` are left alone.

    Both kinds of glue point need a lower-case letter right before a capital (``[a-z][A-Z]``), so
    a line without one (:data:`_GLUE_SEAM`, most lines) is returned whole without the two scans:
    exactly what they would give, as neither can match.

    Usage:
        >>> line = "to be automatically logged inPlease refresh your browser"
        >>> [line[a:b] for a, b in split_glued(line)]
        ['to be automatically logged in', 'Please refresh your browser']
    """
    if not _GLUE_SEAM.search(line):
        return [(0, len(line))] if line.strip() else []
    cuts = []
    for m in _GLUE_LOWER.finditer(line):
        pos = m.start(2) if m.group(2) else m.start(4)
        if line[pos - 2:pos] not in ("Mc",):
            cuts.append(pos)
    for m in _GLUE_UPPER.finditer(line):
        pos = m.start(2)
        if match_furniture(m.group(1), outlet) or match_furniture(line[pos:], outlet):
            cuts.append(pos)
    spans, start = [], 0
    for cut in sorted(set(cuts)):
        spans.append((start, cut))
        start = cut
    spans.append((start, len(line)))
    return [(a, b) for a, b in spans if line[a:b].strip()]


# ---------------------------------------------------------------- classifiers


def parse_timestamp(line: str) -> tuple[str, str] | None:
    """ISO timestamp and time-zone label of a date line, or ``None`` if it is not one.

    Usage:
        >>> parse_timestamp("Thursday 03 November 2016 02:22 GMT")
        ('2016-11-03T02:22:00+00:00', 'GMT')
        >>> parse_timestamp("\\u2022 November 3, 2016 12:38 pm")
        ('2016-11-03T12:38:00', '')

    Pre-check (exact): every match of ``_DATE_HINT`` holds three digits in a row (``(19|20)\\d\\d``)
    or a digit, one of ``-/.`` and a digit, and the clean-up before it never creates such a run
    (white space becomes spaces, ends are cut off, and the UK time rewrite only turns ``.`` into
    ``:``), so a line without one (:data:`_DATE_DIGITS`, most paragraphs) cannot be a timestamp.
    """
    if not _DATE_DIGITS.search(line):
        return None
    text = _DATE_LABEL.sub("", normalise(line).strip()).strip()
    text = re.sub(r"(?<=\s)(\d{1,2})\.(\d\d)(?=\s|$|[ap]m)", r"\1:\2", text)  # 04.12 GMT (UK style)
    if not text or len(text.split()) > 12 or not _DATE_HINT.search(text):
        return None
    try:
        stamp = dateparser.parse(text, fuzzy=False, tzinfos=_TZ_NAMES, dayfirst=False)
    except (ValueError, OverflowError):
        return None
    zone = ""
    m = re.search(r"\b(" + "|".join(_TZ_NAMES) + r")\b|([+-]\d\d:?\d\d)$", text)
    if m and stamp.tzinfo is not None:
        zone = m.group(0)
    if stamp.tzinfo is not None and stamp.utcoffset() == tz.UTC.utcoffset(stamp):
        stamp = stamp.replace(tzinfo=tz.UTC)
    has_time = bool(re.search(r"\d{1,2}[:.]\d\d|\d\s*[ap]\.?m\b", text, re.I))
    iso = stamp.isoformat() if has_time else stamp.date().isoformat()
    return iso, zone


def parse_byline(line: str) -> list[str] | None:
    """List of people in a ``By ...`` line, or ``None``.

    Usage:
        >>> parse_byline("By Stephen Kalin and Dominic Evans")
        ['Stephen Kalin', 'Dominic Evans']
        >>> parse_byline("By Jane Doe in Beirut, Reuters")
        ['Jane Doe']
    """
    return _byline_of_clean(normalise(line).strip())


def _byline_of_clean(line: str) -> list[str] | None:
    """:func:`parse_byline` of a line that is already normalised and stripped (as the parser's lines are:
    normalising and stripping again would change nothing).

    Usage:
        >>> _byline_of_clean("By Jane Doe in Beirut, Reuters")
        ['Jane Doe']
    """
    m = _BYLINE.match(line)
    if not m or len(m.group("names").split()) > 14:
        return None
    people = split_names(m.group("names"))
    particles = {"de", "da", "van", "von", "bin", "ibn", "al", "del", "der", "la", "le"}
    for person in people:
        words = person.split()
        if len(words) > 5 or any(w[0].islower() and w.split("-")[0] not in particles for w in words):
            return None
    return people or None


def split_names(text: str) -> list[str]:
    """Split ``A, B and C`` into people, dropping places (``in Beirut``) and agencies."""
    people = []
    for part in re.split(r"\s*(?:,|;|\band\b|&)\s*", text):
        part = re.sub(r"\s+(?:in|at|from)\s+[A-Z].*$", "", part).strip(" .")
        if part and part.lower() not in WIRE_AGENCIES and re.match(r"[A-Z]", part):
            people.append(part)
    return people


def split_credit(line: str) -> tuple[str, str] | None:
    """``(caption, credit)`` when a line ends with a photo credit, else ``None``.

    Usage:
        >>> split_credit("Smoke rises over the city / REUTERS")
        ('Smoke rises over the city', 'REUTERS')
        >>> split_credit("Fans celebrate in the square (Getty Images)")
        ('Fans celebrate in the square', 'Getty Images')

    The credit suffix is searched for only in a line holding an agency word (:data:`_AGENCY_WORD`):
    every choice of ``PHOTO_AGENCIES`` contains one of those words, so a line without any cannot
    match (an exact pre-check; most paragraphs have none).
    """
    return _credit_of_clean(normalise(line).strip())


def _credit_of_clean(line: str) -> tuple[str, str] | None:
    """:func:`split_credit` of a line that is already normalised and stripped (as the parser's lines are).

    Usage:
        >>> _credit_of_clean("Photo: Jane Roe/AFP")
        ('', 'Jane Roe/AFP')
    """
    m = _CREDIT_LINE.match(line)
    if m:
        return "", m.group("credit").strip()
    if not _AGENCY_WORD.search(line):
        return None
    m = _CREDIT_SUFFIX.search(line)
    if not m or m.start() == 0:
        return None
    return line[: m.start()].rstrip(), m.group("credit").strip()


def wire_name(text: str) -> str:
    """Canonical wire agency name, or ``''``.

    Usage:
        >>> wire_name("The Associated Press")
        'AP'
    """
    return WIRE_AGENCIES.get(text.strip().lower(), "")


def is_prose(line: str) -> bool:
    """A line that reads as running text: several words ending like a sentence."""
    return len(line.split()) >= 8 and bool(_TERMINAL.search(line.strip()))


# ---------------------------------------------------------------- parser


def _same_key(text: str) -> str:
    """What :func:`_same` compares: the words (``\\w`` runs) of ``text``, lower-cased, one space apart.

    Usage:
        >>> _same_key("  Storm hits -- COAST! ")
        'storm hits coast'
    """
    return _NON_WORD.sub(" ", text).strip().lower()


def _same(a: str, b: str) -> bool:
    """Whether two lines have the same words, ignoring case and punctuation.

    Usage:
        >>> _same("Storm hits coast", "STORM hits: coast.")
        True
    """
    return _same_key(a) == _same_key(b)


def _same_as(text: str, key: str) -> bool:
    """``_same_key(text) == key`` (``key`` made once by :func:`_same_key`), checking the first word first.

    Exact: the key is the ``\\w`` runs joined by single spaces, lower-cased, so its first word is the
    lower-cased first run of ``text`` (``lower()`` adds no space, and a run ends at the key's next
    space or its end, the same context for a final sigma); different first words mean different keys.

    Usage:
        >>> key = _same_key("Storm hits coast")
        >>> _same_as("STORM hits: coast.", key), _same_as("A storm hits the coast.", key)
        (True, False)
    """
    first = _FIRST_WORD.match(text).group(1).lower()
    if first != key.split(" ", 1)[0]:
        return False
    return _same_key(text) == key


def parse_article(raw_text: str, outlet: str | None = None, source: str = "<text>") -> Article:
    """Parse one captured article (plain text) into an :class:`Article`.

    ``source`` names the file in error messages. Raises :class:`InputError`
    when nothing of the article is left after cleaning.
    """
    if not isinstance(raw_text, str):
        raise InputError(source, f"expected text, got {type(raw_text).__name__}")
    art = Article(raw=raw_text, source=source, outlet=outlet)
    removed: list[dict] = []
    # normalise maps each character on its own, one for one: normalise(raw_text[a:b]) == norm[a:b]
    norm = normalise(raw_text)

    def drop(a: int, b: int, rule: str, kind: str = "furniture") -> None:
        removed.append({"line": norm[a:b].strip(), "rule": rule, "kind": kind, "start": a, "end": b})

    lines: list[tuple[int, int]] = []
    for a, b in _raw_lines(raw_text, norm):
        for x, y in split_glued(raw_text[a:b], outlet):
            piece = norm[a + x:a + y]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            lines.append((a + x + lead, a + y - trail))
    if not lines:
        raise InputError(source, "contains no text lines")

    texts = [norm[a:b] for a, b in lines]
    n = len(lines)
    label: list[str | None] = [None] * n

    # 1. furniture anywhere (rules as data)
    for i, t in enumerate(texts):
        rule = match_furniture(t, outlet)
        if rule and parse_timestamp(t) is None:
            label[i] = "furniture:" + rule

    # 2. headline: first line that is not furniture
    head = next((i for i in range(n) if label[i] is None), None)
    if head is None:
        rules = sorted({lab.split(":", 1)[1] for lab in label if lab})
        raise InputError(source, f"no article text: all {n} lines are page furniture ({', '.join(rules)})")
    label[head] = "headline"
    art.headline = texts[head].strip()
    headline_key = _same_key(art.headline)

    # 3. structural metadata lines, anywhere after the headline (t is normalised and stripped)
    for i in range(head + 1, n):
        if label[i] is not None:
            continue
        t = texts[i].strip()
        if _same_as(t, headline_key):
            label[i] = "furniture:duplicate_headline"
        elif (stamp := parse_timestamp(t)) is not None:
            label[i] = "meta:timestamp"
            if not art.published:
                art.published, art.timezone = stamp
        elif (people := _byline_of_clean(t)) is not None and i < head + 12:
            label[i] = "meta:byline"
            art.byline.extend(p for p in people if p not in art.byline)
            for part in re.split(r"\s*(?:,|\band\b)\s*", t):
                if wire_name(part) and not art.wire:
                    art.wire = wire_name(part)
        elif (m := _TAGS.match(t)) is not None:
            label[i] = "meta:tags"
            art.tags.extend(x.strip() for x in re.split(r"\s*[,;|]\s*", m.group("tags")) if x.strip())
        elif (cap := _credit_of_clean(t)) is not None:
            caption, credit = cap
            art.credits.append(credit)
            prev = i - 1
            if caption and prev > head and label[prev] in (None, "caption") and _same(texts[prev], caption):
                label[prev] = "caption"
                label[i] = "furniture:duplicate_caption"
            elif caption and any(_same(caption, c) for c in art.captions):
                label[i] = "furniture:duplicate_caption"
            else:
                label[i] = "caption_with_credit"
            if caption and label[i] == "caption_with_credit":
                art.captions.append(caption)
            elif caption and label[prev] == "caption" and caption not in art.captions:
                art.captions.append(texts[prev].strip())

    # bare name lines next to a timestamp or byline in the header are bylines
    for i in range(head + 1, min(n, head + 12)):
        if label[i] is None and _NAME_LINE.match(texts[i].strip()) and len(texts[i].split()) <= 8:
            near = [label[j] for j in (i - 1, i + 1) if 0 <= j < n]
            if any(lab in ("meta:timestamp", "meta:byline") for lab in near):
                label[i] = "meta:byline"
                art.byline.extend(p for p in split_names(texts[i]) if p not in art.byline)

    # 4. header zone: the standfirst is the first running line after the headline when
    #    metadata (byline, date, caption) separates it from the next one, or when it reads
    #    as a summary (no final full stop) right under the headline.
    unlabeled = [i for i in range(head + 1, n) if label[i] is None]
    if unlabeled:
        u1 = unlabeled[0]
        u2 = unlabeled[1] if len(unlabeled) > 1 else n
        separated = any(label[j] and label[j].startswith(("meta:timestamp", "meta:byline", "caption"))
                        for j in range(u1 + 1, u2))
        summary = (u1 == head + 1 and u2 < n and not _TERMINAL.search(texts[u1].strip())
                   and len(texts[u1].split()) <= 45)
        if u1 <= head + 3 and (separated or summary):
            label[u1] = "standfirst"
    first_prose = next((i for i in range(head + 1, n) if label[i] is None and is_prose(texts[i])), n)
    seen_meta = False
    for i in range(head + 1, first_prose):
        seen_meta = seen_meta or bool(label[i] and label[i].startswith(("meta:", "caption")))
        if label[i] is None and seen_meta and len(texts[i].split()) <= 30:
            label[i] = "caption"  # short non-sentence line inside the header block
            art.captions.append(texts[i].strip())
    art.standfirst = next((texts[i].strip() for i in range(n) if label[i] == "standfirst"), "")

    # 5. emit segments and the audit trail
    first_body = True
    for i, (a, b) in enumerate(lines):
        lab = label[i]
        if lab is None:
            section = "lead" if first_body else "body"
            if first_body:
                m = _DATELINE.match(texts[i])
                wire = wire_name(m.group("wire") or "") if m else ""
                if m and (wire or m.group("place").split(",")[0].replace("/", "").replace(" ", "").isupper()) \
                        and len(m.group("place")) >= 3 and m.end() < len(texts[i]):
                    art.dateline = m.group("dateline").strip()
                    art.wire = art.wire or wire
                    drop(a, a + len(m.group("dateline").rstrip()), "dateline", "metadata")
                    a = a + m.end()
            first_body = False
            art.paragraphs.append({"section": section, "start": a, "end": b, "text": norm[a:b]})
        elif lab in ("headline", "standfirst", "caption"):
            art.paragraphs.append({"section": lab, "start": a, "end": b, "text": norm[a:b]})
        elif lab == "caption_with_credit":
            caption, credit = split_credit(texts[i])
            if caption:
                end = a + len(texts[i][: len(caption)])
                art.paragraphs.append({"section": "caption", "start": a, "end": end, "text": norm[a:end]})
                drop(end + (len(texts[i][len(caption):]) - len(texts[i][len(caption):].lstrip())), b, "photo_credit", "metadata")
            else:
                drop(a, b, "photo_credit", "metadata")
        else:
            kind, rule = lab.split(":", 1)
            drop(a, b, rule, "metadata" if kind == "meta" else "furniture")

    if not any(p["section"] in ("lead", "body") for p in art.paragraphs):
        raise InputError(source, "no body text left after cleaning: every line after the headline was removed as "
                                 f"metadata or furniture ({', '.join(sorted({r['rule'] for r in removed}))})")
    art.removed_rows = removed
    if not art.byline:
        art.warnings.append("no byline found")
    if not art.published:
        art.warnings.append("no publication date found")
    return art


def parse_html(html: str, outlet: str | None = None, source: str = "<html>") -> Article:
    """Parse an article saved from a browser: trafilatura finds the main text and metadata.

    The extracted text is laid out as headline, byline, date, then the body, and
    parsed like a plain-text capture; offsets refer to that extracted text
    (kept in ``Article.raw``), not to the HTML.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      include_images=False, as_dict=True)
    if not doc or not (doc.get("text") or "").strip():
        raise InputError(source, "HTML page has no main text that trafilatura could extract")
    parts = [doc.get("title") or ""]
    if doc.get("description") and not (doc.get("text") or "").startswith(doc["description"][:40]):
        parts.append(doc["description"])
    if doc.get("author"):
        parts.append("By " + doc["author"].replace(";", ","))
    if doc.get("date"):
        parts.append(str(doc["date"]))
    parts.append(doc["text"])
    if doc.get("tags") or doc.get("categories"):
        tags = doc.get("tags") or doc.get("categories")
        tags = tags if isinstance(tags, str) else ", ".join(tags)
        parts.append("Tags: " + tags)
    text = "\n\n".join(p.strip() for p in parts if p and p.strip())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        art = parse_article(text, outlet=outlet, source=source)
    art.warnings.append("parsed from HTML with trafilatura; offsets refer to the extracted text")
    return art
