"""Text reuse between articles: n-gram containment, shared passages, wire copy and reprints.

Methods:

* **Shingles** (Broder 1997, "On the resemblance and containment of documents",
  *Compression and Complexity of Sequences*): the set S_n(A) of word n-grams of a text,
  tokenised with :func:`analysis.words.tokenize`.
  *Containment* c_n(A, B) = |S_n(A) ∩ S_n(B)| / |S_n(A)| is asymmetric: the share of A's
  n-grams found in B. *Resemblance* r_n = |S_n(A) ∩ S_n(B)| / |S_n(A) ∪ S_n(B)|.
* **Journalistic reuse** (Clough, Gaizauskas, Piao & Wilks 2002, "METER: MEasuring TExt Reuse",
  ACL): newspapers rewrite wire copy by trimming, reordering and adding their own
  paragraphs, so the derived article shows high containment in its source while the source
  is less contained in it; long n (5-8) separates verbatim reuse from shared phrasing.
  Containment at n = 1 is mostly shared vocabulary and is not evidence of copying.
* **Wire origin**: a wire dateline (``KOKJALI/BAGHDAD, Iraq (Reuters) -``), a byline or a
  trailer credit naming an agency, or body text that names the agency as the reporter
  (``he told Reuters``, ``a Reuters correspondent``) marks wire copy; a photo credit alone
  only shows a wire photo.

* **Inside and outside quotation marks**: shared words inside quotation marks (direct and
  partial quotes of ``Event.quotes``) are often the speech itself, quoted in the same
  translation: evidence of a shared source or translation, not of copying. Shared *narrative*
  (the outlet's own sentences, outside quotation marks) is the stronger sign that one text drew
  on the other (Clough et al. 2002). Containment is therefore also measured separately for the
  n-grams wholly outside and wholly inside quotation marks, and every shared passage says which
  it is.

Short shared passages are often the speech itself quoted in the same translation: read
the passages table before calling an article a copy.

Usage:
    >>> wire = "The court ruled on Monday that the ban was unlawful and must be lifted within a month."
    >>> paper = "Campaigners cheered. " + wire
    >>> round(containment(wire, paper, 5), 2), round(containment(paper, wire, 5), 2)
    (1.0, 0.87)
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from .parse import WIRE_AGENCIES, wire_name
from .words import token_spans, tokenize

NS = tuple(range(1, 9))
REUSE_SECTIONS = ("lead", "body")
QUOTE_KINDS = ("quote", "fragment")  # quotation marks around someone's words (not scare quotes or titles)
REUSE_COLUMNS = ["article_a", "outlet_a", "article_b", "outlet_b", "n", "shingles_a", "shingles_b", "shared",
                 "containment", "resemblance", "narrative_shingles", "narrative_shared", "narrative_containment",
                 "quoted_shingles", "quoted_shared", "quoted_containment"]
PASSAGE_COLUMNS = ["article_a", "outlet_a", "article_b", "outlet_b", "start_a", "end_a", "start_b", "end_b",
                   "n_words", "quoted_a", "quoted_b", "kind", "text_a", "text_b"]
PASSAGE_KINDS = ("narrative", "quotation", "mixed")
ORIGIN_COLUMNS = ["article_id", "outlet", "origin", "wire", "reprint_of", "reprint_outlet", "containment_in_source",
                  "max_containment", "shares_with", "shares_with_outlet", "narrative_containment",
                  "quoted_containment", "longest_narrative", "longest_quotation", "evidence"]
ORIGINS = ("reprint", "wire copy", "shares narrative", "shares quotations", "own text")

_AGENCY_NAMES = sorted({k for k in WIRE_AGENCIES if len(k) > 2} | {"AP", "AFP", "PA", "UPI", "dpa"}, key=len,
                       reverse=True)
_AGENCY_RX = "|".join(re.escape(a) for a in _AGENCY_NAMES)
# the agency named as the one doing the reporting: "told Reuters", "a Reuters correspondent", "Reuters reporters saw"
_SELF_REFERENCE = re.compile(
    rf"\b(?:told|to|tells)\s+(?:the\s+)?(?P<a1>{_AGENCY_RX})\b"
    rf"|\b(?:an?|the)\s+(?P<a2>{_AGENCY_RX})\s+(?:correspondent|reporter|photographer|journalist|witness|"
    rf"cameraman|team|tally|count|review|investigation|analysis|survey|poll)s?\b"
    rf"|\b(?P<a3>{_AGENCY_RX})\s+(?:reporters|correspondents|journalists|witnesses)\s+(?:saw|said|found|witnessed)\b",
    re.I)
# a wire dateline that is not at the top, e.g. after a paragraph the republishing paper added
_INNER_DATELINE = re.compile(rf"(?:^|\n)\s*[A-Z][A-Z.'\u2019/ -]{{1,60}}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,3}})?\s*"
                             rf"\((?P<agency>(?i:{_AGENCY_RX}))\)\s*[-\u2013\u2014:]")
# the Reuters-style trailer "(Reporting by ...; Editing by ...)" and "Additional reporting by ..."
_TRAILER = re.compile(r"\((?:Additional\s+)?[Rr]eporting by [^)]{3,300}?(?:[Ee]diting|[Ww]riting) by [^)]{2,200}\)")


# ---------------------------------------------------------------- shingles


def _tokens(text_or_tokens) -> list[str]:
    if isinstance(text_or_tokens, str):
        return tokenize(text_or_tokens)
    return [str(t) for t in text_or_tokens]


def shingles(tokens: Sequence[str], n: int) -> set[tuple[str, ...]]:
    """The set of word n-grams of a token list (Broder 1997); empty if there are fewer than ``n`` tokens.

    Usage:
        >>> sorted(shingles(["a", "b", "c", "a", "b"], 2))
        [('a', 'b'), ('b', 'c'), ('c', 'a')]
    """
    if n < 1:
        raise ValueError(f"n must be a positive whole number, got {n!r}")
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def containment(a, b, n: int = 5) -> float:
    """Share of the word n-grams of ``a`` that occur in ``b`` (texts or token lists); asymmetric.

    NaN when ``a`` has fewer than ``n`` tokens (nothing to contain).

    Usage:
        >>> containment("the cat sat on the mat", "yesterday the cat sat on the mat again", 3)
        1.0
    """
    sa, sb = shingles(_tokens(a), n), shingles(_tokens(b), n)
    return len(sa & sb) / len(sa) if sa else float("nan")


def resemblance(a, b, n: int = 5) -> float:
    """Jaccard resemblance of the word n-gram sets of ``a`` and ``b`` (symmetric; NaN if both are empty).

    Usage:
        >>> resemblance("a b c d", "a b c e", 2)
        0.5
    """
    sa, sb = shingles(_tokens(a), n), shingles(_tokens(b), n)
    union = sa | sb
    return len(sa & sb) / len(union) if union else float("nan")


def pair_reuse(tokens_a: Sequence[str], tokens_b: Sequence[str], ns: Iterable[int] = NS) -> pd.DataFrame:
    """Containment both ways and resemblance of two token lists for every ``n`` in ``ns``.

    Columns: ``n, shingles_a, shingles_b, shared, containment_ab`` (share of A found in B),
    ``containment_ba``, ``resemblance``.

    Usage:
        >>> t = pair_reuse("a b c d e".split(), "a b c x".split(), ns=[1, 3])
        >>> t[["n", "shared", "containment_ab", "containment_ba"]].values.tolist()
        [[1.0, 3.0, 0.6, 0.75], [3.0, 1.0, 0.3333333333333333, 0.5]]
    """
    rows = []
    for n in ns:
        sa, sb = shingles(tokens_a, n), shingles(tokens_b, n)
        shared = len(sa & sb)
        union = len(sa) + len(sb) - shared
        rows.append({"n": n, "shingles_a": len(sa), "shingles_b": len(sb), "shared": shared,
                     "containment_ab": shared / len(sa) if sa else np.nan,
                     "containment_ba": shared / len(sb) if sb else np.nan,
                     "resemblance": shared / union if union else np.nan})
    return pd.DataFrame(rows, columns=["n", "shingles_a", "shingles_b", "shared", "containment_ab",
                                       "containment_ba", "resemblance"])


# ---------------------------------------------------------------- inside and outside quotation marks


def quote_spans(quotes: pd.DataFrame, kinds: Iterable[str] = QUOTE_KINDS) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of one article's quotations (quote-table rows of the given ``kinds``),
    merged where they overlap or nest, in order.

    Usage:
        >>> q = pd.DataFrame({"start": [30, 5, 8], "end": [40, 20, 12], "kind": ["quote", "fragment", "quote"]})
        >>> quote_spans(q)
        [(5, 20), (30, 40)]
    """
    if quotes is None or not len(quotes):
        return []
    q = quotes[quotes["kind"].isin(list(kinds))] if "kind" in quotes.columns else quotes
    spans = sorted((int(a), int(b)) for a, b in zip(q["start"], q["end"]) if not (pd.isna(a) or pd.isna(b)))
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def inside_quotes(spans: Sequence[tuple[str, int, int]], quoted: Sequence[tuple[int, int]]) -> np.ndarray:
    """For each token ``(token, start, end)``, whether it lies inside one of the ``quoted`` spans
    (as given by :func:`quote_spans`: merged and in order).

    Usage:
        >>> text = 'He said "no retreat" twice'
        >>> inside_quotes(token_spans(text), [(9, 19)]).tolist()
        [False, False, True, True, False]
    """
    if not len(spans) or not quoted:
        return np.zeros(len(spans), bool)
    starts = np.array([a for a, _ in quoted])
    ends = np.array([b for _, b in quoted])
    t_start = np.array([a for _, a, _ in spans])
    t_end = np.array([b for _, _, b in spans])
    k = np.searchsorted(starts, t_start, side="right") - 1
    ok = k >= 0
    return ok & (t_end <= ends[np.clip(k, 0, None)])


def split_containment(tokens_a: Sequence[str], inside_a: Sequence[bool], tokens_b: Sequence[str],
                      n: int) -> dict[str, float]:
    """Containment of A's word n-grams in B, separately outside and inside A's quotation marks.

    An n-gram counts as *narrative* when none of its words is inside quotation marks in A, as
    *quoted* when all are; n-grams straddling a quotation mark count in neither. Keys:
    ``narrative_shingles, narrative_shared, narrative_containment, quoted_shingles, quoted_shared,
    quoted_containment`` (containment NaN when A has no n-gram of that kind). Distinct n-grams,
    as in :func:`containment`; an n-gram that occurs both inside and outside quotes counts in both.

    Usage:
        >>> a = "the mayor said we will rebuild the bridge".split()
        >>> inside = [False, False, False, True, True, True, True, True]
        >>> d = split_containment(a, inside, "officials said we will rebuild the bridge soon".split(), 3)
        >>> d["narrative_containment"], d["quoted_containment"]
        (0.0, 1.0)
    """
    inside = np.asarray(inside_a, bool)
    sb = shingles(list(tokens_b), n)
    narrative, quoted = set(), set()
    if len(tokens_a) >= n:
        window = np.lib.stride_tricks.sliding_window_view(inside, n)
        n_in = window.sum(axis=1)
        for i, k in enumerate(n_in):
            gram = tuple(tokens_a[i:i + n])
            if k == 0:
                narrative.add(gram)
            elif k == n:
                quoted.add(gram)
    out = {}
    for name, grams in (("narrative", narrative), ("quoted", quoted)):
        shared = len(grams & sb)
        out[f"{name}_shingles"] = len(grams)
        out[f"{name}_shared"] = shared
        out[f"{name}_containment"] = shared / len(grams) if grams else float("nan")
    return out


# ---------------------------------------------------------------- passages


def shared_runs(tokens_a: Sequence[str], tokens_b: Sequence[str], min_words: int = 8) -> list[tuple[int, int, int]]:
    """Maximal runs of identical tokens in both lists, at least ``min_words`` long: ``[(i, j, length)]``.

    Longest first; runs are chosen greedily so that no two overlap in A or in B (a passage
    copied twice is reported once per copy only if the copies differ in both texts).

    Usage:
        >>> shared_runs("x a b c d y".split(), "a b c d z".split(), min_words=3)
        [(1, 0, 4)]
    """
    if min_words < 1:
        raise ValueError(f"min_words must be at least 1, got {min_words!r}")
    k = min_words
    index: dict[tuple, list[int]] = defaultdict(list)
    for j in range(len(tokens_b) - k + 1):
        index[tuple(tokens_b[j:j + k])].append(j)
    runs = []
    for i in range(len(tokens_a) - k + 1):
        for j in index.get(tuple(tokens_a[i:i + k]), ()):
            if i > 0 and j > 0 and tokens_a[i - 1] == tokens_b[j - 1]:
                continue  # not the start of a maximal run
            length = k
            while i + length < len(tokens_a) and j + length < len(tokens_b) and \
                    tokens_a[i + length] == tokens_b[j + length]:
                length += 1
            runs.append((i, j, length))
    runs.sort(key=lambda r: (-r[2], r[0], r[1]))
    used_a = np.zeros(len(tokens_a), bool)
    used_b = np.zeros(len(tokens_b), bool)
    kept = []
    for i, j, length in runs:
        if used_a[i:i + length].any() or used_b[j:j + length].any():
            continue
        used_a[i:i + length] = True
        used_b[j:j + length] = True
        kept.append((i, j, length))
    return kept


def passage_kind(quoted_a: float, quoted_b: float) -> str:
    """Whether a shared passage is ``quotation`` (mostly inside quotation marks in both texts: the same
    words quoted in the same translation), ``narrative`` (mostly outside them in both: the outlets' own
    sentences) or ``mixed`` (quoted in one text, narrative in the other).

    Usage:
        >>> passage_kind(1.0, 0.9), passage_kind(0.0, 0.1), passage_kind(1.0, 0.0)
        ('quotation', 'narrative', 'mixed')
    """
    a, b = quoted_a >= 0.5, quoted_b >= 0.5
    return "quotation" if a and b else "narrative" if not (a or b) else "mixed"


def shared_passages(text_a: str, text_b: str, min_words: int = 8, quoted_a: Sequence[tuple[int, int]] = (),
                    quoted_b: Sequence[tuple[int, int]] = ()) -> pd.DataFrame:
    """The longest passages two texts share word for word, with character offsets into each.

    ``quoted_a``/``quoted_b``: ``(start, end)`` spans inside quotation marks in each text (see
    :func:`quote_spans`). Columns: ``start_a, end_a, start_b, end_b, n_words, quoted_a, quoted_b``
    (share of the passage's words inside quotation marks in each text), ``kind`` (see
    :func:`passage_kind`), ``text_a, text_b`` (the exact slices, which may differ in case and
    punctuation). Longest first.

    Usage:
        >>> a = "Officials said the bridge over the river was closed to all traffic on Sunday."
        >>> b = "The bridge over the river was closed to all traffic, police said."
        >>> p = shared_passages(a, b, min_words=5)
        >>> p[["n_words", "kind", "text_a"]].values.tolist()
        [[10, 'narrative', 'the bridge over the river was closed to all traffic']]
    """
    sa, sb = token_spans(text_a), token_spans(text_b)
    return _passages(sa, sb, text_a, text_b, min_words, inside_quotes(sa, list(quoted_a)),
                     inside_quotes(sb, list(quoted_b)))


def _passages(spans_a, spans_b, raw_a: str, raw_b: str, min_words: int, inside_a=None, inside_b=None) -> pd.DataFrame:
    runs = shared_runs([t for t, _, _ in spans_a], [t for t, _, _ in spans_b], min_words)
    inside_a = np.zeros(len(spans_a), bool) if inside_a is None else np.asarray(inside_a, bool)
    inside_b = np.zeros(len(spans_b), bool) if inside_b is None else np.asarray(inside_b, bool)
    rows = []
    for i, j, length in runs:
        s_a, e_a = spans_a[i][1], spans_a[i + length - 1][2]
        s_b, e_b = spans_b[j][1], spans_b[j + length - 1][2]
        q_a = float(inside_a[i:i + length].mean())
        q_b = float(inside_b[j:j + length].mean())
        rows.append({"start_a": s_a, "end_a": e_a, "start_b": s_b, "end_b": e_b, "n_words": length,
                     "quoted_a": q_a, "quoted_b": q_b, "kind": passage_kind(q_a, q_b),
                     "text_a": raw_a[s_a:e_a], "text_b": raw_b[s_b:e_b]})
    return pd.DataFrame(rows, columns=PASSAGE_COLUMNS[4:])


# ---------------------------------------------------------------- articles


def article_token_spans(paragraphs: pd.DataFrame, sections: Iterable[str] = REUSE_SECTIONS) -> list[tuple[str, int, int]]:
    """Tokens of one article's paragraphs in ``sections``, with offsets into the article's raw text.

    ``paragraphs`` has the ``Event.paragraphs`` columns ``section, start, text``.

    Usage:
        >>> p = pd.DataFrame({"section": ["headline", "lead"], "start": [0, 10], "text": ["Big news", "It rained."]})
        >>> article_token_spans(p)
        [('it', 10, 12), ('rained', 13, 19)]
    """
    out = []
    keep = paragraphs[paragraphs["section"].isin(list(sections))]
    for start, text in zip(keep["start"], keep["text"]):
        out.extend((t, int(start) + a, int(start) + b) for t, a, b in token_spans(str(text)))
    return out


def _event_tokens(event, sections) -> dict[str, list[tuple[str, int, int]]]:
    groups = {aid: g for aid, g in event.paragraphs.groupby("article_id", sort=False)}
    return {aid: article_token_spans(groups.get(aid, event.paragraphs.iloc[0:0]), sections)
            for aid in event.articles["article_id"]}


def _event_inside(event, spans: dict[str, list[tuple[str, int, int]]]) -> dict[str, np.ndarray]:
    """Per article, whether each token is inside quotation marks (``event.quotes``, raw offsets)."""
    quotes = event.quotes
    groups = {aid: g for aid, g in quotes.groupby("article_id", sort=False)} if len(quotes) else {}
    return {aid: inside_quotes(toks, quote_spans(groups.get(aid))) for aid, toks in spans.items()}


def reuse_table(event, ns: Iterable[int] = NS, sections: Iterable[str] = REUSE_SECTIONS) -> pd.DataFrame:
    """Word n-gram reuse between every ordered pair of articles of an event, for each n (default 1-8).

    One row per (article_a, article_b, n) with a != b: ``article_a, outlet_a, article_b, outlet_b, n,
    shingles_a, shingles_b, shared, containment`` (share of A's n-grams found in B, so read
    ``containment`` as "how much of A is in B"), ``resemblance`` (symmetric), and the same
    containment split by quotation marks in A (:func:`split_containment`): ``narrative_shingles,
    narrative_shared, narrative_containment`` (A's n-grams wholly outside quotation marks: its own
    sentences) and ``quoted_shingles, quoted_shared, quoted_containment`` (wholly inside: quoted
    words, often the speech in some translation). Lead and body paragraphs by default (headlines
    are usually rewritten). A single-article event gives an empty table with these columns.

    Usage:
        >>> import analysis
        >>> t = reuse_table(analysis.load_event(), ns=[8])
        >>> len(t), bool((t["containment"] < 0.5).all())
        (2, True)
    """
    ns = list(ns)
    spans = _event_tokens(event, sections)
    inside = _event_inside(event, spans)
    tokens = {aid: [t for t, _, _ in sp] for aid, sp in spans.items()}
    outlets = dict(zip(event.articles["article_id"], event.articles["outlet"]))
    ids = list(tokens)
    frames = []
    for x, a in enumerate(ids):
        for b in ids[x + 1:]:
            pair = pair_reuse(tokens[a], tokens[b], ns)
            for first, second, c_col, s1, s2 in ((a, b, "containment_ab", "shingles_a", "shingles_b"),
                                                  (b, a, "containment_ba", "shingles_b", "shingles_a")):
                split = pd.DataFrame([split_containment(tokens[first], inside[first], tokens[second], n) for n in ns])
                frames.append(pd.DataFrame({
                    "article_a": first, "outlet_a": outlets[first], "article_b": second, "outlet_b": outlets[second],
                    "n": pair["n"], "shingles_a": pair[s1], "shingles_b": pair[s2], "shared": pair["shared"],
                    "containment": pair[c_col], "resemblance": pair["resemblance"]}).join(split))
    if not frames:
        table = pd.DataFrame({c: pd.Series(dtype="string" if c.startswith(("article", "outlet")) else float)
                              for c in REUSE_COLUMNS})
        return table
    table = pd.concat(frames, ignore_index=True)
    for c in ("article_a", "outlet_a", "article_b", "outlet_b"):
        table[c] = table[c].astype("string")
    position = {aid: k for k, aid in enumerate(ids)}
    table = table.assign(_a=table["article_a"].map(position), _b=table["article_b"].map(position))
    table = table.sort_values(["n", "_a", "_b"], kind="mergesort").reset_index(drop=True)
    return table[REUSE_COLUMNS]


def containment_matrix(table: pd.DataFrame, n: int = 8, label: str = "outlet",
                       value: str = "containment") -> pd.DataFrame:
    """Reshape :func:`reuse_table` rows for one ``n`` into a square matrix: row A, column B, cell c_n(A in B).

    ``label`` is ``"outlet"`` or ``"article"`` (outlets that appear twice get the article id appended).
    ``value``: ``containment`` (all of A's n-grams), ``narrative_containment`` (outside quotation
    marks only) or ``quoted_containment``. The diagonal is NaN (an article is trivially contained in itself).

    Usage:
        >>> t = pd.DataFrame({"article_a": ["x", "y"], "outlet_a": ["A", "B"], "article_b": ["y", "x"],
        ...                   "outlet_b": ["B", "A"], "n": [8, 8], "containment": [0.9, 0.4]})
        >>> containment_matrix(t).values.tolist()
        [[nan, 0.9], [0.4, nan]]
    """
    if label not in ("outlet", "article"):
        raise ValueError(f"label must be 'outlet' or 'article', not {label!r}")
    if value not in ("containment", "narrative_containment", "quoted_containment"):
        raise ValueError(f"value must be 'containment', 'narrative_containment' or 'quoted_containment', not {value!r}")
    rows = table[table["n"] == n]
    ids = list(dict.fromkeys(list(rows["article_a"]) + list(rows["article_b"])))
    names = dict(zip(rows["article_a"], rows["outlet_a"])) | dict(zip(rows["article_b"], rows["outlet_b"]))
    if label == "outlet":
        counts = pd.Series([names[i] for i in ids]).value_counts()
        labels = {i: names[i] if counts[names[i]] == 1 else f"{names[i]} ({i})" for i in ids}
    else:
        labels = {i: i for i in ids}
    matrix = pd.DataFrame(np.nan, index=[labels[i] for i in ids], columns=[labels[i] for i in ids])
    for a, b, c in zip(rows["article_a"], rows["article_b"], rows[value]):
        matrix.loc[labels[a], labels[b]] = c
    matrix.index.name = "contained (A)"
    matrix.columns.name = "found in (B)"
    return matrix


def passages_table(event, min_words: int = 8, sections: Iterable[str] = REUSE_SECTIONS) -> pd.DataFrame:
    """The longest passages each pair of articles shares word for word (each unordered pair once).

    Columns: ``article_a, outlet_a, article_b, outlet_b, start_a, end_a, start_b, end_b`` (offsets
    into each article's raw text), ``n_words, quoted_a, quoted_b`` (share of the passage's words
    inside quotation marks in each article, from ``event.quotes``), ``kind`` (``quotation``,
    ``narrative`` or ``mixed``: :func:`passage_kind`), ``text_a, text_b``. Longest first within a pair.

    Usage:
        >>> import analysis
        >>> p = passages_table(analysis.load_event(), min_words=12)
        >>> p[p["text_a"].str.contains("make their blood flow as rivers")]["kind"].tolist()
        ['quotation']
    """
    spans = _event_tokens(event, sections)
    inside = _event_inside(event, spans)
    outlets = dict(zip(event.articles["article_id"], event.articles["outlet"]))
    ids = list(spans)
    frames = []
    for x, a in enumerate(ids):
        for b in ids[x + 1:]:
            p = _passages(spans[a], spans[b], event.parsed[a].raw, event.parsed[b].raw, min_words,
                          inside[a], inside[b])
            if len(p):
                frames.append(p.assign(article_a=a, outlet_a=outlets[a], article_b=b, outlet_b=outlets[b]))
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype="string" if c.startswith(("article", "outlet", "text", "kind"))
                                          else float if c.startswith("quoted") else "int64")
                             for c in PASSAGE_COLUMNS})
    table = pd.concat(frames, ignore_index=True)[PASSAGE_COLUMNS]
    for c in ("article_a", "outlet_a", "article_b", "outlet_b", "kind", "text_a", "text_b"):
        table[c] = table[c].astype("string")
    return table


# ---------------------------------------------------------------- wire origin


def wire_evidence(dateline_wire: str = "", byline: Iterable[str] = (), credits: Iterable[str] = (), body: str = "",
                  raw: str = "") -> tuple[str, list[str]]:
    """The wire agency an article's own text points to, and the evidence: ``(agency or "", [reasons])``.

    Strong evidence (sets the agency): a wire in the dateline (``dateline_wire``, as parsed), a
    wire dateline at the start of a later body paragraph, a byline naming an agency, a ``(Reporting by ...; Editing by ...)`` trailer in ``raw``, or body
    text naming the agency as the reporter (``told Reuters``, ``a Reuters correspondent``). Weak
    evidence (listed, agency not set): a photo credit from an agency.

    Usage:
        >>> wire_evidence("", ["Staff"], ["AFP"], "Two soldiers died, a Reuters witness said.")
        ('Reuters', ['body names Reuters as reporter: "a Reuters witness"', 'photo credit AFP (photo only)'])
    """
    found: list[tuple[str, str]] = []
    if dateline_wire:
        found.append((wire_name(dateline_wire) or dateline_wire, f"dateline names {dateline_wire}"))
    for name in byline:
        agency = wire_name(re.sub(r"\b(?:staff|reporters?|news)\b", "", str(name), flags=re.I))
        if agency:
            found.append((agency, f"byline names {name}"))
    for m in _INNER_DATELINE.finditer(body or ""):
        agency = wire_name(m.group("agency")) or m.group("agency")
        found.append((agency, f"wire dateline inside the body: \"{m.group(0).strip()}\""))
    if raw and _TRAILER.search(raw):
        found.append(("Reuters", f"Reuters-style trailer: \"{_TRAILER.search(raw).group(0)[:60]}\""))
    for m in _SELF_REFERENCE.finditer(body or ""):
        name = m.group("a1") or m.group("a2") or m.group("a3")
        agency = wire_name(name) or name
        if name.isupper() and len(name) <= 3 and agency == "AP" and name != "AP":
            continue
        found.append((agency, f"body names {agency} as reporter: \"{m.group(0)}\""))
    reasons = []
    agency = ""
    for a, reason in found:
        agency = agency or a
        if reason not in reasons:
            reasons.append(reason)
    for credit in credits:
        credit_agency = wire_name(str(credit)) or next(
            (v for k, v in WIRE_AGENCIES.items() if re.search(rf"\b{re.escape(k)}\b", str(credit), re.I)), "")
        if credit_agency:
            reasons.append(f"photo credit {credit} (photo only)")
    return agency, reasons


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def _share(shared: float, total: float) -> str:
    if not total:
        return "n/a (none)"
    share = shared / total
    return f"{share:.1%} ({int(shared)} of {int(total)})" if 0 < share < 0.01 else f"{share:.0%} ({int(shared)} of {int(total)})"


def origin_table(event, n: int = 8, threshold: float = 0.5, sections: Iterable[str] = REUSE_SECTIONS,
                 tolerance: float = 0.02) -> pd.DataFrame:
    """Where each article's text comes from: wire copy, a reprint of another article, or its own,
    and which other article it shares wording with, inside and outside quotation marks.

    * ``wire``: the agency its own text points to (:func:`wire_evidence`).
    * ``reprint_of``: the article whose text it reuses: at least ``threshold`` of its word
      ``n``-grams occur in that article, *and* it is more contained in that article than that
      article is in it (a reprint trims the source and adds its own paragraphs, so the source
      is the fuller text; Clough et al. 2002). Between near-identical texts (difference below
      ``tolerance``) the source is the one with a wire dateline, then the earlier publication,
      then the earlier article in the manifest. Among several candidate sources the most
      containing one wins, then the fuller one.
    * ``shares_with``: the reprint source, or else the article holding the largest share of its
      narrative n-grams (then of its quoted ones); ``narrative_containment`` and
      ``quoted_containment``: the shares of its ``n``-grams outside and inside quotation marks
      found there (:func:`split_containment`); ``longest_narrative`` and ``longest_quotation``:
      the longest passages the two share outside quotation marks in both and inside them in both
      (:func:`passages_table`, at least ``n`` words), with their length in words.
    * ``origin``: ``reprint``, ``wire copy``, ``shares narrative`` (some of its own sentences,
      outside quotation marks, occur word for word in another article: it or its source drew on
      that text), ``shares quotations`` (only quoted words in common: the same quotation in the
      same translation, evidence of a shared source or translation), ``shares text`` (only
      passages quoted in one article and narrative in the other) or ``own text``.

    Columns: :data:`ORIGIN_COLUMNS`; ``evidence`` lists every reason in words.

    Usage:
        >>> import analysis
        >>> t = origin_table(analysis.load_event())
        >>> t[["outlet", "origin", "wire", "shares_with_outlet"]].values.tolist()[0]
        ['The Independent', 'shares narrative', '', 'Washington Free Beacon']
    """
    table = reuse_table(event, ns=[n], sections=sections)
    passages = passages_table(event, min_words=n, sections=sections)
    arts = event.articles.set_index("article_id")
    order = {aid: k for k, aid in enumerate(event.articles["article_id"])}
    rows_ab = {(a, b): r for a, b, r in zip(table["article_a"], table["article_b"], table.to_dict("records"))}
    c = {k: r["containment"] for k, r in rows_ab.items()}
    size = dict(zip(table["article_a"], table["shingles_a"]))
    rows = []
    wires = {}
    for aid in event.articles["article_id"]:
        art = event.parsed[aid]
        dateline_wire = arts.loc[aid, "wire"]
        wires[aid] = wire_evidence("" if pd.isna(dateline_wire) else str(dateline_wire), art.byline, art.credits,
                                   art.body, art.raw)

    def earlier(a: str, b: str) -> bool:
        pa, pb = ("" if pd.isna(arts.loc[x, "published"]) else str(arts.loc[x, "published"]) for x in (a, b))
        if bool(wires[a][0]) != bool(wires[b][0]):
            return bool(wires[a][0])
        if pa and pb and pa[:16] != pb[:16]:
            return pa < pb
        return order[a] < order[b]

    def longest(aid: str, other: str, kind: str) -> str:
        if not len(passages):
            return ""
        fwd = passages[(passages["article_a"] == aid) & (passages["article_b"] == other) & (passages["kind"] == kind)]
        back = passages[(passages["article_a"] == other) & (passages["article_b"] == aid) & (passages["kind"] == kind)]
        found = [(int(k), str(t)) for k, t in zip(fwd["n_words"], fwd["text_a"])] + \
                [(int(k), str(t)) for k, t in zip(back["n_words"], back["text_b"])]
        if not found:
            return ""
        k, text = max(found, key=lambda f: f[0])
        return f"\u00ab{_clip(text)}\u00bb ({k} words)"

    for aid in event.articles["article_id"]:
        agency, reasons = wires[aid]
        strong = [r for r in reasons if not r.endswith("(photo only)")]
        weak = [r for r in reasons if r.endswith("(photo only)")]
        candidates = []
        for other in event.articles["article_id"]:
            if other == aid or (aid, other) not in c:
                continue
            in_other, other_in = c[(aid, other)], c[(other, aid)]
            if not in_other >= threshold:
                continue
            if in_other > other_in + tolerance or (abs(in_other - other_in) <= tolerance and earlier(other, aid)):
                candidates.append((round(in_other, 2), size.get(other, 0), -order[other], other))
        others = [v for (a, _), v in c.items() if a == aid and v == v]
        best_c = max(others) if others else np.nan
        source = max(candidates)[3] if candidates else ""
        if source:
            strong = strong + [f"{c[(aid, source)]:.0%} of its {n}-word sequences occur in "
                               f"{arts.loc[source, 'outlet']} ({source}), which has {c[(source, aid)]:.0%} of its own in it"]
        mine = [r for (a, _), r in rows_ab.items() if a == aid]
        partner = source
        if not partner and mine:
            best = max(mine, key=lambda r: (r["narrative_shared"] > 0, np.nan_to_num(r["narrative_containment"]),
                                            r["quoted_shared"] > 0, np.nan_to_num(r["quoted_containment"]),
                                            np.nan_to_num(r["containment"]), -order[r["article_b"]]))
            partner = best["article_b"] if best["shared"] > 0 else ""
        r = rows_ab.get((aid, partner), {})
        narrative, quotation = (longest(aid, partner, "narrative"), longest(aid, partner, "quotation")) if partner \
            else ("", "")
        shared_txt = []
        if partner and r.get("shared", 0) > 0:
            p_wire = wires[partner][0]
            who = f"{arts.loc[partner, 'outlet']} ({partner}" + (f", {p_wire} wire copy)" if p_wire else ")")
            shared_txt.append(
                f"shares wording with {who}: {_share(r['narrative_shared'], r['narrative_shingles'])} of its "
                f"{n}-word sequences outside quotation marks and {_share(r['quoted_shared'], r['quoted_shingles'])} "
                f"of those inside quotation marks occur there")
            if narrative:
                shared_txt.append(f"longest shared narrative (outside quotation marks in both): {narrative}")
            if quotation:
                shared_txt.append(f"longest shared quotation (inside quotation marks in both, the same wording): "
                                  f"{quotation}")
        if source:
            origin = "reprint"
        elif agency:
            origin = "wire copy"
        elif partner and r.get("narrative_shared", 0) > 0:
            origin = "shares narrative"
        elif partner and r.get("quoted_shared", 0) > 0:
            origin = "shares quotations"
        elif partner and r.get("shared", 0) > 0:
            origin = "shares text"
        else:
            origin = "own text"
        rows.append({"article_id": aid, "outlet": arts.loc[aid, "outlet"], "origin": origin, "wire": agency,
                     "reprint_of": source, "reprint_outlet": arts.loc[source, "outlet"] if source else "",
                     "containment_in_source": c[(aid, source)] if source else np.nan,
                     "max_containment": best_c, "shares_with": partner,
                     "shares_with_outlet": arts.loc[partner, "outlet"] if partner else "",
                     "narrative_containment": r.get("narrative_containment", np.nan) if partner else np.nan,
                     "quoted_containment": r.get("quoted_containment", np.nan) if partner else np.nan,
                     "longest_narrative": narrative, "longest_quotation": quotation,
                     "evidence": "; ".join(strong + shared_txt + weak)})
    out = pd.DataFrame(rows, columns=ORIGIN_COLUMNS)
    for col in ("article_id", "outlet", "origin", "wire", "reprint_of", "reprint_outlet", "shares_with",
                "shares_with_outlet", "longest_narrative", "longest_quotation", "evidence"):
        out[col] = out[col].astype("string")
    for col in ("containment_in_source", "max_containment", "narrative_containment", "quoted_containment"):
        out[col] = out[col].astype(float)
    return out
