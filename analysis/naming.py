"""Naming and labels: what each outlet calls the actors of a speech.

The labels are data (``analysis/lexicons/naming.toml``; see its header for the
format). An event can add its own in ``<event folder>/lexicon.toml`` (same
format), e.g. the parties and titles of another speech.

For every label match the module records where it is (section, sentence,
offsets), whether it sits inside a direct quotation (then it is someone else's
word, not the outlet's), whether the outlet put the label itself in scare quotes
(``its “Caliphate”``) and whether a distancing word comes before it
(``so-called``, ``self-proclaimed``). Quotation marks are read directly from the
text (double marks, curly single marks, and straight single marks that open
after a space and close before one; apostrophes such as ``Baghdadi‘s`` or
``Shi'ite`` are not quotation marks).

Two guards keep ambiguous words honest (both described in the lexicon):
descriptors such as *fighters* also name the other side ("Kurdish fighters"),
and titles such as *leader* also name other people ("the leader of the Badr
Organization", "senior leader Abu Muhammad al-Adnani").

The speaker's names come from the event (``speaker`` and ``aliases`` in
event.toml, see :func:`speaker_names`): each name is a label of category
``name`` for the actor ``speaker``, next to the title labels of the lexicon
(leader, caliph, self-proclaimed caliph), so the speaker's shares are over every
reference. A title in apposition to a name ("Isis leader Abu Bakr al-Baghdadi")
is one title use and one name use.

Counting convention (as in studies of labels such as "terrorist"): a label
counts for the outlet when it is in the outlet's own voice; labels inside direct
quotations are counted separately (``n_quoted``); a scare-quoted label is the
outlet's own voice.

Usage:
    >>> m = find_labels('Isis fighters, the so-called “Islamic State”, retreated, he said: "The caliph is here."')
    >>> m[["label", "in_quote", "scare_quoted", "distanced"]].values.tolist()
    [['Isis', False, False, False], ['fighters', False, False, False], ['Islamic State', False, True, True], ['caliph', True, False, False]]
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .errors import InputError
from .paths import LEXICON_DIR

NAMING_LEXICON = LEXICON_DIR / "naming.toml"
EVENT_LEXICON_FILE = "lexicon.toml"
GUARDS = ("none", "descriptor", "title")
MENTION_COLUMNS = ["actor", "label", "category", "match", "start", "end", "in_quote", "scare_quoted", "distanced",
                   "context"]
TABLE_COLUMNS = ["outlet", "actor", "label", "category", "n", "share", "n_quoted", "n_headline", "n_first",
                 "n_scare_quoted", "n_distanced", "n_articles"]
# Words that may start a sentence without naming anyone ("The fighters", "Many militants").
_FUNCTION_WORDS = frozenset(
    "the a an his her its their our your my this that these those some many most several all both few other "
    "more no two three four five hundreds thousands dozens scores and but or as when while after before".split())
_OPEN_DOUBLE, _CLOSE_DOUBLE = "\u201c\u201e\u00ab", "\u201d\u00bb"
_WORD = re.compile(r"[\w'\u2019-]+")


# ---------------------------------------------------------------- lexicon

@dataclass(frozen=True, eq=False)
class Lexicon:
    """A parsed naming lexicon: ``labels`` (list of dicts), ``actors``, ``categories``, ``guards``."""

    labels: tuple
    actors: dict = field(hash=False, compare=False)
    categories: dict = field(hash=False, compare=False)
    guards: dict = field(hash=False, compare=False)
    sources: tuple = ()

    def table(self) -> pd.DataFrame:
        """The labels as a table (``actor, label, category, guard, case_sensitive, patterns``), for reading."""
        return pd.DataFrame([{**{k: lab[k] for k in ("actor", "label", "category", "guard", "case_sensitive")},
                              "patterns": " | ".join(lab["patterns"])} for lab in self.labels])


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, f"is not valid TOML: {exc}") from exc
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc}") from exc


def _check_label(entry: dict, path: Path, i: int, actors: dict, categories: dict) -> dict:
    where = f"[[label]] number {i + 1}"
    for key in ("actor", "label", "category", "patterns"):
        if key not in entry:
            raise InputError(path, f"{where} has no '{key}'")
    patterns = entry["patterns"]
    if isinstance(patterns, str):
        patterns = [patterns]
    if not patterns or not all(isinstance(p, str) and p.strip() for p in patterns):
        raise InputError(path, f"{where} ('{entry['label']}'): patterns must be a non-empty list of strings")
    if entry["actor"] not in actors:
        raise InputError(path, f"{where} ('{entry['label']}'): actor '{entry['actor']}' is not in [actors]")
    if entry["category"] not in categories:
        raise InputError(path, f"{where} ('{entry['label']}'): category '{entry['category']}' is not in [categories]")
    guard = entry.get("guard", "none")
    if guard not in GUARDS:
        raise InputError(path, f"{where} ('{entry['label']}'): guard must be one of {', '.join(GUARDS)}")
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            raise InputError(path, f"{where} ('{entry['label']}'): pattern {p!r} is not a regular expression: {exc}")
    return {"actor": entry["actor"], "label": entry["label"], "category": entry["category"], "guard": guard,
            "case_sensitive": bool(entry.get("case_sensitive", False)),
            "skip_in_caps": bool(entry.get("skip_in_caps", False)), "patterns": tuple(patterns)}


def load_lexicon(*paths: str | Path) -> Lexicon:
    """Read the package naming lexicon plus any extra lexicon files (later files add or replace labels).

    Raises :class:`analysis.errors.InputError` naming the file for a malformed entry.

    Usage:
        >>> lex = load_lexicon()
        >>> sorted(lex.actors)
        ['group', 'members', 'speaker']
        >>> [lab["label"] for lab in lex.labels if lab["actor"] == "group"][:3]
        ['Isis', 'ISIS', 'ISIL']
    """
    files = [NAMING_LEXICON, *[Path(p) for p in paths]]
    return _load_lexicon(tuple(files), tuple(f.stat().st_mtime_ns if f.exists() else 0 for f in files))


@lru_cache(maxsize=32)
def _load_lexicon(files: tuple, _mtimes: tuple) -> Lexicon:
    actors, categories = {}, {}
    guards = {"other_side": [], "other_person": [], "distancing": []}
    labels: dict[tuple[str, str], dict] = {}
    for path in files:
        if not path.exists():
            raise InputError(path, "lexicon file not found")
        data = _read_toml(path)
        actors.update({k: dict(v) for k, v in data.get("actors", {}).items()})
        categories.update({k: dict(v) for k, v in data.get("categories", {}).items()})
        for key, words in data.get("guards", {}).items():
            guards[key] = sorted(set(guards.get(key, [])) | {w.lower() for w in words})
        for i, entry in enumerate(data.get("label", [])):
            lab = _check_label(entry, path, i, actors, categories)
            labels[(lab["actor"], lab["label"])] = lab
    if not labels:
        raise InputError(files[-1], "the lexicon defines no [[label]] entries")
    return Lexicon(labels=tuple(labels.values()), actors=actors, categories=categories, guards=guards,
                   sources=tuple(str(f) for f in files))


def event_lexicon(event) -> Lexicon:
    """The package lexicon plus the event's own ``lexicon.toml`` when the event folder has one.

    Usage:
        >>> from analysis import load_event
        >>> len(event_lexicon(load_event()).labels) == len(load_lexicon().labels)   # the bundled event adds none
        True
    """
    extra = Path(event.path) / EVENT_LEXICON_FILE
    return load_lexicon(extra) if extra.exists() else load_lexicon()


def whole_word_regex(patterns, flags: int = re.IGNORECASE) -> re.Pattern:
    """One regular expression matching any of ``patterns`` as whole words; in a pattern, a space
    matches any run of white space and a space followed by ``?`` optional white space.

    Usage:
        >>> whole_word_regex(["Islamic State", r"\\$ ?\\d+"]).findall("the islamic  State's $ 5 and $6, not $5x")
        ['islamic  State', '$ 5', '$6']
    """
    body = "|".join("(?:" + re.sub(r" (?![?*+{])", r"\\s+", p.replace(" ?", r"\s*")) + ")" for p in patterns)
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", flags)


def speaker_names(aliases) -> list[str]:
    """The aliases that are the speaker's names (not descriptions such as "the Isis leader"):
    an alias counts as a name when it does not start with an article and has a capitalised word.
    Duplicates are dropped, the order kept.

    Usage:
        >>> speaker_names(["Abu Bakr al-Baghdadi", "al-Baghdadi", "the caliph", "The Isis leader", "Baghdadi", ""])
        ['Abu Bakr al-Baghdadi', 'al-Baghdadi', 'Baghdadi']
    """
    out = []
    for a in aliases:
        a = " ".join(str(a or "").split())
        words = a.split(" ")
        if (a and words[0].lower() not in ("the", "a", "an") and any(w[:1].isupper() or "-" in w and
                                                                     w.split("-")[-1][:1].isupper() for w in words)
                and a not in out):
            out.append(a)
    return out


def _name_labels(aliases: tuple) -> list[dict]:
    """One speaker label of category ``name`` per name alias (matched case-sensitively, as written)."""
    return [{"actor": "speaker", "label": a, "category": "name", "guard": "none", "case_sensitive": True,
             "skip_in_caps": False, "patterns": (" ".join(re.escape(w) for w in a.split(" ")),)}
            for a in speaker_names(aliases)]


@lru_cache(maxsize=64)
def _compiled(lexicon: Lexicon, aliases: tuple):
    """Compiled label patterns and guard helpers for one lexicon and alias list; the speaker's
    names among the aliases become labels of category ``name`` for the speaker."""
    pats = []
    for lab in (*lexicon.labels, *_name_labels(aliases)):
        pats.append((lab, whole_word_regex(lab["patterns"], 0 if lab["case_sensitive"] else re.IGNORECASE)))
    names = sorted((a for a in aliases if a and a[0].isupper()), key=len, reverse=True)
    alias_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in names) + r")(?!\w)") if names else None
    dist = lexicon.guards.get("distancing", [])
    dist_re = re.compile(r"(?:" + "|".join(re.escape(d) for d in dist) + r")\s+(?:the\s+)?[\"'\u201c\u2018]?$",
                         re.IGNORECASE) if dist else None
    return pats, alias_re, dist_re


# ---------------------------------------------------------------- quotation marks

def quoted_spans(text: str, open_double: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """Spans of ``text`` inside quotation marks, and whether a double quotation is still open at the end.

    ``open_double`` says the text starts inside a quotation (a quotation carried
    over from the previous sentence of the paragraph).

    Usage:
        >>> quoted_spans("He said 'no' to Baghdadi\u2018s men and \u201cleft\u201d. \\"Stay")
        ([(9, 11), (36, 40), (44, 48)], True)
    """
    spans = []
    d_start = 0 if open_double else None
    s_start = None
    n = len(text)
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch in _OPEN_DOUBLE and d_start is None:
            d_start = i + 1
        elif (ch in _CLOSE_DOUBLE or ch == '"') and d_start is not None:
            if s_start is not None:
                spans.append((s_start, i))
                s_start = None
            spans.append((d_start, i))
            d_start = None
        elif ch == '"':
            d_start = i + 1
        elif ch in "\u2018'" and s_start is None and not prev.isalnum() and (nxt.isalnum() or nxt in "\u2026."):
            s_start = i + 1
        elif ch in "\u2019'" and s_start is not None and not nxt.isalnum() and not prev.isspace():
            spans.append((s_start, i))
            s_start = None
    if d_start is not None and d_start < n:
        spans.append((d_start, n))
    spans.sort()
    return spans, d_start is not None


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) >= 0.8


def _is_title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", text) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


# ---------------------------------------------------------------- guards

def _word_before(text: str, start: int):
    """The word just before ``start`` in the same clause: ``(word, word_start, first_in_clause)`` or None."""
    clause_start = max(text.rfind(c, 0, start) for c in ",;:.!?()[]\u201c\u201d\"\u2018") + 1
    words = list(_WORD.finditer(text, clause_start, start))
    if not words:
        return None
    return words[-1].group(0), words[-1].start(), len(words) == 1


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _names_other(info, label_spans, stop: set, title_case: bool) -> bool:
    """True when the word before a descriptor or title shows that it names someone else:
    a listed word ("government fighters", "senior leader") or a capitalised word that is
    not a label or alias ("Kurdish fighters"), unless it is a clause-initial function word."""
    if info is None:
        return False
    word, wstart, first = info
    low = word.lower().strip("'\u2019")
    if low in stop:
        return True
    if title_case or not word[0].isupper():
        return False
    if any(s <= wstart < e for s, e in label_spans):
        return False
    return not (first and low in _FUNCTION_WORDS)


def _title_ok(text, m, lexicon, alias_re, label_spans, group_starts, title_case) -> bool:
    """Does a title match (``leader``) refer to the speaker? See the lexicon header for the rule."""
    after = text[m.end():]
    if alias_re is not None:
        if alias_re.match(after.lstrip(" ,")):
            return True
        before = text[:m.start()]
        if re.search(r"(?:" + alias_re.pattern + r")\s*,\s*(?:(?:the|a|an|its|his)\s+)?(?:[\w'\u2019-]+\s+){0,3}$",
                     before):
            return True
    stop = set(lexicon.guards.get("other_person", [])) | set(lexicon.guards.get("other_side", []))
    # the word before: "senior leader", "Kurdish leader" (but not "Isis leader" or "The leader")
    if _names_other(_word_before(text, m.start()), label_spans, stop, title_case):
        return False
    # "leader of X": X must be one of the organisation's labels
    of = re.match(r"\s+of\s+((?:the\s+)?)", after)
    if of:
        return bool({m.end() + of.end(), m.end() + of.start(1)} & group_starts)
    # "leader Abu Muhammad al-Adnani": a name that is not the speaker's
    nxt = re.match(r"[ \t]+([A-Z][\w'\u2019-]*)", after)
    return not (nxt and not title_case)


# ---------------------------------------------------------------- per text

def find_labels(text: str, lexicon: Lexicon | None = None, aliases=(), open_quote: bool = False) -> pd.DataFrame:
    """Every label of the lexicon in one text, in order: ``actor, label, category, match, start, end,
    in_quote, scare_quoted, distanced, context`` (offsets into ``text``).

    ``aliases`` are the speaker's names (from the event file); ``open_quote``
    says the text begins inside a quotation. Overlapping matches of one actor
    keep the longest ("self-proclaimed caliph" over "caliph").

    Usage:
        >>> find_labels("Kurdish fighters and Isis fighters met the leader of the group.")["label"].tolist()
        ['Isis', 'fighters', 'leader', 'the group']
        >>> find_labels("The Isis leader spoke; senior Isis leader Abu Omar al-Shami did not.")["label"].tolist()
        ['Isis', 'leader', 'Isis']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_labels expects a str, got {type(text).__name__}")
    rows = _label_rows(text, lexicon or load_lexicon(), tuple(aliases), open_quote)
    if not rows:
        return _empty_mentions(MENTION_COLUMNS)
    return pd.DataFrame(rows, columns=MENTION_COLUMNS).astype({"start": "int64", "end": "int64", "in_quote": bool,
                                                               "scare_quoted": bool, "distanced": bool})


def _label_rows(text: str, lexicon: Lexicon, aliases: tuple, open_quote: bool) -> list[dict]:
    """The rows of :func:`find_labels` as plain dicts (the fast path for whole articles)."""
    pats, alias_re, dist_re = _compiled(lexicon, tuple(aliases))
    caps, title_case = _is_caps(text), _is_title_case(text)
    found = []
    for lab, rx in pats:
        if caps and lab["skip_in_caps"]:
            continue
        found.extend((m.start(), m.end(), lab, m) for m in rx.finditer(text))
    # longest match wins within an actor
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept, taken = [], {}
    for f in found:
        spans = taken.setdefault(f[2]["actor"], [])
        if any(f[0] < e and s < f[1] for s, e in spans):
            continue
        spans.append((f[0], f[1]))
        kept.append(f)
    label_spans = [(f[0], f[1]) for f in kept]
    if alias_re is not None:
        label_spans += [(a.start(), a.end()) for a in alias_re.finditer(text)]
    group_starts = {f[0] for f in kept if f[2]["actor"] != "speaker"}
    other_side = set(lexicon.guards.get("other_side", []))
    quotes, _ = quoted_spans(text, open_quote)
    rows = []
    for start, end, lab, m in kept:
        if lab["guard"] == "descriptor":
            if _names_other(_word_before(text, start), label_spans, other_side, title_case):
                continue
        elif lab["guard"] == "title":
            if not _title_ok(text, m, lexicon, alias_re, label_spans, group_starts, title_case):
                continue
        before, after = text[max(0, start - 30):start], text[end:end + 3]
        scare = bool(re.search(r"(?:^|[^\w])[\"'\u201c\u2018\u00ab](?:(?:the|so-called|self-\w+) )?$", before)
                     and re.match(r"[.,;:!?]?[\"'\u201d\u2019\u00bb](?!\w)", after))
        distanced = lab["category"] == "distanced" or bool(dist_re and dist_re.search(before))
        in_quote = not scare and _inside(quotes, start, end)
        rows.append({"actor": lab["actor"], "label": lab["label"], "category": lab["category"],
                     "match": text[start:end], "start": start, "end": end, "in_quote": in_quote,
                     "scare_quoted": scare, "distanced": distanced,
                     "context": text[max(0, start - 60):end + 60].strip()})
    rows.sort(key=lambda r: r["start"])
    return rows


def article_mentions(sentences: pd.DataFrame, lexicon: Lexicon | None = None, aliases=()) -> pd.DataFrame:
    """Label mentions in one article's sentence table (``paragraph, sentence, section, start, text``).

    A quotation left open at the end of a sentence carries over to the next
    sentence of the same paragraph. Offsets ``start, end`` are the sentence
    table's (raw) offsets. Columns: ``section, paragraph, sentence`` plus those
    of :func:`find_labels`.

    Usage:
        >>> s = pd.DataFrame({"paragraph": [0, 1, 1], "sentence": [0, 1, 2], "section": ["headline", "lead", "lead"],
        ...                   "start": [0, 40, 80], "text": ["ISIS chief speaks", '"The militants. Stay.', 'Go," he said.']})
        >>> article_mentions(s)[["section", "label", "in_quote"]].values.tolist()
        [['headline', 'ISIS', False], ['lead', 'militants', True]]
    """
    missing = {"paragraph", "sentence", "section", "start", "text"} - set(sentences.columns)
    if missing:
        raise ValueError(f"sentence table lacks columns: {', '.join(sorted(missing))}")
    lexicon = lexicon or load_lexicon()
    aliases = tuple(aliases)
    rows = []
    open_q, last_par = False, None
    for row in sentences.sort_values("start").itertuples(index=False):
        if row.paragraph != last_par:
            open_q, last_par = False, row.paragraph
        text = str(row.text)
        offset = int(row.start)
        for r in _label_rows(text, lexicon, aliases, open_q):
            rows.append({**r, "section": row.section, "paragraph": row.paragraph, "sentence": row.sentence,
                         "start": r["start"] + offset, "end": r["end"] + offset})
        _, open_q = quoted_spans(text, open_q)
    cols = ["section", "paragraph", "sentence", *MENTION_COLUMNS]
    if not rows:
        return _empty_mentions(cols)
    return pd.DataFrame(rows, columns=cols).astype({"in_quote": bool, "scare_quoted": bool, "distanced": bool})


def _empty_mentions(cols: list[str]) -> pd.DataFrame:
    """An empty mention table whose flag and offset columns keep their types (so filters work)."""
    types = {"start": "int64", "end": "int64", "paragraph": "int64", "sentence": "int64", "in_quote": bool,
             "scare_quoted": bool, "distanced": bool}
    return pd.DataFrame({c: pd.Series(dtype=types.get(c, "string")) for c in cols})


def label_counts(mentions: pd.DataFrame, include_quoted: bool = False) -> pd.DataFrame:
    """Count one article's mentions per ``actor, label, category``.

    ``n`` counts the outlet's own voice (or every mention with
    ``include_quoted=True``); ``share`` is ``n`` over the actor's total;
    ``first`` marks the label of the actor's first counted mention.

    Usage:
        >>> m = find_labels("Isis said. Islamic State fighters and Isis militants.")
        >>> label_counts(m)[["actor", "label", "n", "share", "first"]].values.tolist()
        [['group', 'Isis', 2, 0.6666666666666666, True], ['group', 'Islamic State', 1, 0.3333333333333333, False], ['members', 'fighters', 1, 0.5, True], ['members', 'militants', 1, 0.5, False]]
    """
    cols = ["actor", "label", "category", "n", "share", "n_quoted", "n_headline", "first", "n_scare_quoted",
            "n_distanced"]
    if mentions.empty:
        return pd.DataFrame(columns=cols)
    m = mentions.assign(counted=True if include_quoted else ~mentions["in_quote"].astype(bool))
    if "section" not in m.columns:
        m = m.assign(section="body")
    m = m.assign(headline=(m["section"] == "headline") & m["counted"],
                 scare=m["scare_quoted"] & m["counted"], dist=m["distanced"] & m["counted"],
                 quoted=m["in_quote"].astype(bool))
    firsts = m[m["counted"]].sort_values("start").groupby("actor").head(1)
    first_keys = set(zip(firsts["actor"], firsts["label"]))
    g = m.groupby(["actor", "label", "category"], sort=False).agg(
        n=("counted", "sum"), n_quoted=("quoted", "sum"), n_headline=("headline", "sum"),
        n_scare_quoted=("scare", "sum"), n_distanced=("dist", "sum")).reset_index()
    totals = g.groupby("actor")["n"].transform("sum")
    g = g.assign(share=(g["n"] / totals.where(totals > 0)).fillna(0.0),
                 first=[(a, lab) in first_keys for a, lab in zip(g["actor"], g["label"])])
    return g.sort_values(["actor", "n"], ascending=[True, False], kind="stable")[cols].reset_index(drop=True)


# ---------------------------------------------------------------- event level

def naming_mentions(event, lexicon: Lexicon | None = None) -> pd.DataFrame:
    """Every label mention of every article: ``article_id, outlet`` plus :func:`article_mentions` columns."""
    lexicon = lexicon or event_lexicon(event)
    aliases = tuple(event.meta.get("aliases", []) or []) + ((event.meta.get("speaker") or "",))
    outlets = dict(zip(event.articles["article_id"], event.articles["outlet"]))
    frames = []
    for aid, sents in event.sentences.groupby("article_id", sort=False):
        found = article_mentions(sents, lexicon, aliases)
        if len(found):
            frames.append(found.assign(article_id=aid, outlet=outlets[aid]))
    cols = ["article_id", "outlet", "section", "paragraph", "sentence", *MENTION_COLUMNS]
    return pd.concat(frames, ignore_index=True)[cols] if frames else _empty_mentions(cols)


def naming_table(event, include_quoted: bool = False, lexicon: Lexicon | None = None) -> pd.DataFrame:
    """Labels per outlet: ``outlet, actor, label, category, n, share, n_quoted, n_headline, n_first,
    n_scare_quoted, n_distanced, n_articles``.

    ``n`` counts labels in the outlet's own voice (``include_quoted=True`` adds
    those inside direct quotations); ``share`` is ``n`` over the outlet's total
    for that actor; ``n_first`` is the number of the outlet's articles whose
    first mention of the actor uses the label; ``n_headline`` counts headline
    uses. Outlets keep the event's order.

    Usage:
        >>> from analysis import load_event
        >>> t = naming_table(load_event())
        >>> t[(t["actor"] == "group") & (t["n_headline"] > 0)][["outlet", "label"]].values.tolist()
        [['The Independent', 'Isis'], ['Washington Free Beacon', 'ISIS']]
    """
    lexicon = lexicon or event_lexicon(event)
    mentions = naming_mentions(event, lexicon)
    frames = []
    for aid, outlet in zip(event.articles["article_id"], event.articles["outlet"]):
        counts = label_counts(mentions[mentions["article_id"] == aid], include_quoted)
        if len(counts):
            frames.append(counts.assign(outlet=outlet, article_id=aid))
    if not frames:
        return pd.DataFrame(columns=TABLE_COLUMNS)
    allc = pd.concat(frames, ignore_index=True)
    n_art = event.articles.groupby("outlet", sort=False)["article_id"].count()
    g = allc.groupby(["outlet", "actor", "label", "category"], sort=False).agg(
        n=("n", "sum"), n_quoted=("n_quoted", "sum"), n_headline=("n_headline", "sum"), n_first=("first", "sum"),
        n_scare_quoted=("n_scare_quoted", "sum"), n_distanced=("n_distanced", "sum")).reset_index()
    totals = g.groupby(["outlet", "actor"])["n"].transform("sum")
    g = g.assign(share=(g["n"] / totals.where(totals > 0)).fillna(0.0), n_articles=g["outlet"].map(n_art))
    order = {o: i for i, o in enumerate(dict.fromkeys(event.articles["outlet"]))}
    g = g.assign(_o=g["outlet"].map(order)).sort_values(["_o", "actor", "n"], ascending=[True, True, False],
                                                        kind="stable")
    return g[TABLE_COLUMNS].reset_index(drop=True).astype({c: "int64" for c in TABLE_COLUMNS if c.startswith("n")})


def naming_summary(table: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet and actor from :func:`naming_table`: ``outlet, actor, n, top_label, top_share,
    first_label, headline_labels, scare_quoted_labels, distanced_labels``.

    Usage:
        >>> t = pd.DataFrame({"outlet": ["A", "A"], "actor": ["group", "group"], "label": ["Isis", "caliphate"],
        ...                   "n": [3, 1], "share": [0.75, 0.25], "n_first": [1, 0], "n_headline": [1, 0],
        ...                   "n_scare_quoted": [0, 1], "n_distanced": [0, 0]})
        >>> naming_summary(t)[["top_label", "first_label", "scare_quoted_labels"]].values.tolist()
        [['Isis', 'Isis', 'caliphate']]
    """
    rows = []
    for (outlet, actor), g in table.groupby(["outlet", "actor"], sort=False):
        top = g.sort_values("n", ascending=False, kind="stable").iloc[0]

        def labels(col, g=g):
            return "; ".join(g.loc[g[col] > 0, "label"])
        rows.append({"outlet": outlet, "actor": actor, "n": int(g["n"].sum()), "top_label": top["label"],
                     "top_share": float(top["share"]), "first_label": labels("n_first"),
                     "headline_labels": labels("n_headline"), "scare_quoted_labels": labels("n_scare_quoted"),
                     "distanced_labels": labels("n_distanced")})
    return pd.DataFrame(rows, columns=["outlet", "actor", "n", "top_label", "top_share", "first_label",
                                       "headline_labels", "scare_quoted_labels", "distanced_labels"])
