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
REUSE_COLUMNS = ["article_a", "outlet_a", "article_b", "outlet_b", "n", "shingles_a", "shingles_b", "shared",
                 "containment", "resemblance"]
PASSAGE_COLUMNS = ["article_a", "outlet_a", "article_b", "outlet_b", "start_a", "end_a", "start_b", "end_b",
                   "n_words", "text_a", "text_b"]
ORIGIN_COLUMNS = ["article_id", "outlet", "origin", "wire", "reprint_of", "reprint_outlet", "containment_in_source",
                  "max_containment", "evidence"]

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


def shared_passages(text_a: str, text_b: str, min_words: int = 8) -> pd.DataFrame:
    """The longest passages two texts share word for word, with character offsets into each.

    Columns: ``start_a, end_a, start_b, end_b, n_words, text_a, text_b`` (the exact slices,
    which may differ in case and punctuation). Longest first.

    Usage:
        >>> a = "Officials said the bridge over the river was closed to all traffic on Sunday."
        >>> b = "The bridge over the river was closed to all traffic, police said."
        >>> p = shared_passages(a, b, min_words=5)
        >>> p[["n_words", "text_a"]].values.tolist()
        [[10, 'the bridge over the river was closed to all traffic']]
    """
    sa, sb = token_spans(text_a), token_spans(text_b)
    return _passages(sa, sb, text_a, text_b, min_words)


def _passages(spans_a, spans_b, raw_a: str, raw_b: str, min_words: int) -> pd.DataFrame:
    runs = shared_runs([t for t, _, _ in spans_a], [t for t, _, _ in spans_b], min_words)
    rows = []
    for i, j, length in runs:
        s_a, e_a = spans_a[i][1], spans_a[i + length - 1][2]
        s_b, e_b = spans_b[j][1], spans_b[j + length - 1][2]
        rows.append({"start_a": s_a, "end_a": e_a, "start_b": s_b, "end_b": e_b, "n_words": length,
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


def reuse_table(event, ns: Iterable[int] = NS, sections: Iterable[str] = REUSE_SECTIONS) -> pd.DataFrame:
    """Word n-gram reuse between every ordered pair of articles of an event, for each n (default 1-8).

    One row per (article_a, article_b, n) with a != b: ``article_a, outlet_a, article_b, outlet_b, n,
    shingles_a, shingles_b, shared, containment`` (share of A's n-grams found in B, so read
    ``containment`` as "how much of A is in B"), ``resemblance`` (symmetric). Lead and body
    paragraphs by default (headlines are usually rewritten). A single-article event gives an
    empty table with these columns.

    Usage:
        >>> import analysis
        >>> t = reuse_table(analysis.load_event(), ns=[8])
        >>> len(t), bool((t["containment"] < 0.5).all())
        (2, True)
    """
    ns = list(ns)
    tokens = {aid: [t for t, _, _ in spans] for aid, spans in _event_tokens(event, sections).items()}
    outlets = dict(zip(event.articles["article_id"], event.articles["outlet"]))
    ids = list(tokens)
    frames = []
    for x, a in enumerate(ids):
        for b in ids[x + 1:]:
            pair = pair_reuse(tokens[a], tokens[b], ns)
            for first, second, c_col, s1, s2 in ((a, b, "containment_ab", "shingles_a", "shingles_b"),
                                                  (b, a, "containment_ba", "shingles_b", "shingles_a")):
                frames.append(pd.DataFrame({
                    "article_a": first, "outlet_a": outlets[first], "article_b": second, "outlet_b": outlets[second],
                    "n": pair["n"], "shingles_a": pair[s1], "shingles_b": pair[s2], "shared": pair["shared"],
                    "containment": pair[c_col], "resemblance": pair["resemblance"]}))
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


def containment_matrix(table: pd.DataFrame, n: int = 8, label: str = "outlet") -> pd.DataFrame:
    """Reshape :func:`reuse_table` rows for one ``n`` into a square matrix: row A, column B, cell c_n(A in B).

    ``label`` is ``"outlet"`` or ``"article"`` (outlets that appear twice get the article id appended).
    The diagonal is NaN (an article is trivially contained in itself).

    Usage:
        >>> t = pd.DataFrame({"article_a": ["x", "y"], "outlet_a": ["A", "B"], "article_b": ["y", "x"],
        ...                   "outlet_b": ["B", "A"], "n": [8, 8], "containment": [0.9, 0.4]})
        >>> containment_matrix(t).values.tolist()
        [[nan, 0.9], [0.4, nan]]
    """
    if label not in ("outlet", "article"):
        raise ValueError(f"label must be 'outlet' or 'article', not {label!r}")
    rows = table[table["n"] == n]
    ids = list(dict.fromkeys(list(rows["article_a"]) + list(rows["article_b"])))
    names = dict(zip(rows["article_a"], rows["outlet_a"])) | dict(zip(rows["article_b"], rows["outlet_b"]))
    if label == "outlet":
        counts = pd.Series([names[i] for i in ids]).value_counts()
        labels = {i: names[i] if counts[names[i]] == 1 else f"{names[i]} ({i})" for i in ids}
    else:
        labels = {i: i for i in ids}
    matrix = pd.DataFrame(np.nan, index=[labels[i] for i in ids], columns=[labels[i] for i in ids])
    for a, b, c in zip(rows["article_a"], rows["article_b"], rows["containment"]):
        matrix.loc[labels[a], labels[b]] = c
    matrix.index.name = "contained (A)"
    matrix.columns.name = "found in (B)"
    return matrix


def passages_table(event, min_words: int = 8, sections: Iterable[str] = REUSE_SECTIONS) -> pd.DataFrame:
    """The longest passages each pair of articles shares word for word (each unordered pair once).

    Columns: ``article_a, outlet_a, article_b, outlet_b, start_a, end_a, start_b, end_b`` (offsets
    into each article's raw text), ``n_words, text_a, text_b``. Longest first within a pair.

    Usage:
        >>> import analysis
        >>> p = passages_table(analysis.load_event(), min_words=12)
        >>> "make their blood flow as rivers" in " ".join(p["text_a"])
        True
    """
    spans = _event_tokens(event, sections)
    outlets = dict(zip(event.articles["article_id"], event.articles["outlet"]))
    ids = list(spans)
    frames = []
    for x, a in enumerate(ids):
        for b in ids[x + 1:]:
            p = _passages(spans[a], spans[b], event.parsed[a].raw, event.parsed[b].raw, min_words)
            if len(p):
                frames.append(p.assign(article_a=a, outlet_a=outlets[a], article_b=b, outlet_b=outlets[b]))
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype="string" if c.startswith(("article", "outlet", "text")) else "int64")
                             for c in PASSAGE_COLUMNS})
    table = pd.concat(frames, ignore_index=True)[PASSAGE_COLUMNS]
    for c in ("article_a", "outlet_a", "article_b", "outlet_b", "text_a", "text_b"):
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


def origin_table(event, n: int = 8, threshold: float = 0.5, sections: Iterable[str] = REUSE_SECTIONS,
                 tolerance: float = 0.02) -> pd.DataFrame:
    """Where each article's text comes from: wire copy, a reprint of another article, or its own.

    * ``wire``: the agency its own text points to (:func:`wire_evidence`).
    * ``reprint_of``: the article whose text it reuses: at least ``threshold`` of its word
      ``n``-grams occur in that article, *and* it is more contained in that article than that
      article is in it (a reprint trims the source and adds its own paragraphs, so the source
      is the fuller text; Clough et al. 2002). Between near-identical texts (difference below
      ``tolerance``) the source is the one with a wire dateline, then the earlier publication,
      then the earlier article in the manifest. Among several candidate sources the most
      containing one wins, then the fuller one.
    * ``origin``: ``reprint``, ``wire copy``, ``shares text`` (some passages of at least ``n``
      words in common, often the speech quoted in the same translation) or ``own text``.

    Columns: ``article_id, outlet, origin, wire, reprint_of, reprint_outlet, containment_in_source,
    max_containment, evidence``.

    Usage:
        >>> import analysis
        >>> t = origin_table(analysis.load_event())
        >>> t[["outlet", "origin", "wire"]].values.tolist()
        [['The Independent', 'shares text', ''], ['Washington Free Beacon', 'wire copy', 'Reuters']]
    """
    table = reuse_table(event, ns=[n], sections=sections)
    arts = event.articles.set_index("article_id")
    order = {aid: k for k, aid in enumerate(event.articles["article_id"])}
    c = {(a, b): v for a, b, v in zip(table["article_a"], table["article_b"], table["containment"])}
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

    for aid in event.articles["article_id"]:
        agency, reasons = wires[aid]
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
            reasons = reasons + [f"{c[(aid, source)]:.0%} of its {n}-word sequences occur in "
                                 f"{arts.loc[source, 'outlet']} ({source}), which has {c[(source, aid)]:.0%} of its own in it"]
        if source:
            origin = "reprint"
        elif agency:
            origin = "wire copy"
        elif others and best_c > 0:
            origin = "shares text"
        else:
            origin = "own text"
        rows.append({"article_id": aid, "outlet": arts.loc[aid, "outlet"], "origin": origin, "wire": agency,
                     "reprint_of": source, "reprint_outlet": arts.loc[source, "outlet"] if source else "",
                     "containment_in_source": c[(aid, source)] if source else np.nan,
                     "max_containment": best_c, "evidence": "; ".join(reasons)})
    out = pd.DataFrame(rows, columns=ORIGIN_COLUMNS)
    for col in ("article_id", "outlet", "origin", "wire", "reprint_of", "reprint_outlet", "evidence"):
        out[col] = out[col].astype("string")
    return out
