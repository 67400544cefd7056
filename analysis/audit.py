"""The corpus as tables: articles side by side, the cleaning audit, length and structure by section.

These functions reshape and count the event tables; :mod:`analysis.viz_corpus` draws them.

Usage:
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a1"], "outlet": ["Daily Post"]})
    >>> paras = pd.DataFrame({"article_id": ["a1", "a1"], "paragraph": [0, 1],
    ...                       "section": ["headline", "lead"], "text": ["Mayor resigns", "The mayor quit today."]})
    >>> sents = paras.assign(sentence=[0, 1])
    >>> t = section_lengths(paras, sents, arts)
    >>> t[t["words"] > 0][["outlet", "section", "words"]].values.tolist()
    [['Daily Post', 'headline', 2], ['Daily Post', 'lead', 4]]
"""
from __future__ import annotations

import re

import pandas as pd

from .parse import SECTIONS as PARSED_SECTIONS

SECTIONS = list(PARSED_SECTIONS)
# What each part of a raw file became: the five sections, then the two kinds of removed line.
PARTS = SECTIONS + ["metadata", "furniture"]
METADATA_FIELDS = ["headline", "standfirst", "byline", "published", "timezone", "dateline", "wire", "captions",
                   "credits", "tags", "url", "provenance", "file", "format", "encoding", "sha256",
                   "n_paragraphs", "n_sentences", "n_words", "warnings"]


def article_labels(articles: pd.DataFrame) -> dict[str, str]:
    """A readable, unique label per article: the outlet, plus the article id when an outlet has several.

    Usage:
        >>> a = pd.DataFrame({"article_id": ["x1", "x2", "y1"], "outlet": ["AP", "AP", "BBC"]})
        >>> article_labels(a)
        {'x1': 'AP (x1)', 'x2': 'AP (x2)', 'y1': 'BBC'}
    """
    counts = articles["outlet"].value_counts()
    return {aid: (f"{out} ({aid})" if counts[out] > 1 else str(out))
            for aid, out in zip(articles["article_id"], articles["outlet"])}


def shorten(text: str, max_chars: int) -> str:
    """Cut ``text`` to at most ``max_chars`` characters, ending with an ellipsis when cut.

    Usage:
        >>> shorten("The minister spoke for an hour", 15)
        'The minister s…'
    """
    text = "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)
    if max_chars < 2 or len(text) <= max_chars:
        return text
    return text[: max_chars - 1].rstrip() + "…"


def metadata_table(articles: pd.DataFrame, max_chars: int = 160) -> pd.DataFrame:
    """The articles side by side: one row per metadata field, one column per article (labelled by outlet).

    Long text fields are shortened to ``max_chars`` (0 keeps them whole); the body is left out
    (its length is in ``n_words``) and the file hash is shown by its first 16 characters. A
    publication time without a time zone says so ("no time zone given"), so it is not read as UTC
    or compared with another outlet's zoned time by mistake.

    Usage:
        >>> a = pd.DataFrame({"article_id": ["c1"], "outlet": ["Court News"], "headline": ["Judge rules"],
        ...                   "byline": ["Ann Roe"], "n_words": [412]})
        >>> metadata_table(a).loc["byline", "Court News"]
        'Ann Roe'
        >>> b = pd.DataFrame({"article_id": ["p1"], "outlet": ["Daily"], "published": ["2024-05-01T09:30:00"],
        ...                   "timezone": [""]})
        >>> metadata_table(b).loc[["published", "timezone"], "Daily"].tolist()
        ['2024-05-01T09:30:00 (no time zone given)', 'no time zone given']
    """
    no_zone = set(missing_timezone(articles))
    labels = article_labels(articles)
    fields = [f for f in METADATA_FIELDS if f in articles.columns]
    columns = {}
    for _, row in articles.iterrows():
        values = []
        for f in fields:
            value = row[f]
            if f == "sha256":
                value = str(value)[:16]
            elif f == "published" and row["article_id"] in no_zone:
                value = f"{value} ({NO_ZONE})"
            elif f == "timezone" and row["article_id"] in no_zone:
                value = NO_ZONE
            elif isinstance(value, str) and max_chars:
                value = shorten(value, max_chars)
            values.append("" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value))
        columns[labels[row["article_id"]]] = values
    table = pd.DataFrame(columns, index=pd.Index(fields, name="field"), dtype="string")
    return table


NO_ZONE = "no time zone given"


def missing_timezone(articles: pd.DataFrame) -> list[str]:
    """Article ids whose publication time has a clock time but no time zone (neither a UTC offset nor a zone name).

    Usage:
        >>> a = pd.DataFrame({"article_id": ["x", "y", "z"], "published": ["2016-11-03T12:38:00",
        ...                   "2016-11-03T02:22:00+00:00", "2016-11-03"], "timezone": ["", "GMT", ""]})
        >>> missing_timezone(a)
        ['x']
    """
    if "published" not in articles.columns:
        return []
    zone = articles["timezone"] if "timezone" in articles.columns else pd.Series("", index=articles.index)
    out = []
    for aid, published, tz in zip(articles["article_id"], articles["published"], zone):
        text = "" if published is None or (not isinstance(published, str) and pd.isna(published)) else str(published)
        has_time = "T" in text or ":" in text
        has_offset = bool(re.search(r"(Z|[+-]\d{2}:?\d{2})$", text))
        has_zone = isinstance(tz, str) and tz.strip() != ""
        if has_time and not has_offset and not has_zone:
            out.append(aid)
    return out


def removed_table(removed: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The cleaning audit with outlets: ``outlet, article_id, kind, rule, chars, start, end, line``.

    ``kind`` is ``metadata`` (a line moved into a metadata field, e.g. the byline) or
    ``furniture`` (page chrome dropped). Rows keep the order of the raw file.

    Usage:
        >>> a = pd.DataFrame({"article_id": ["s1"], "outlet": ["Sports Daily"]})
        >>> r = pd.DataFrame({"article_id": ["s1"], "line": ["Share this"], "rule": ["share_widget"],
        ...                   "kind": ["furniture"], "start": [40], "end": [50]})
        >>> removed_table(r, a)[["outlet", "rule", "chars"]].values.tolist()
        [['Sports Daily', 'share_widget', 10]]
    """
    labels = article_labels(articles)
    order = {aid: i for i, aid in enumerate(articles["article_id"])}
    table = removed.assign(outlet=removed["article_id"].map(labels), chars=removed["end"] - removed["start"],
                           _order=removed["article_id"].map(order))
    table = table.sort_values(["_order", "start"], kind="stable").drop(columns="_order")
    return table[["outlet", "article_id", "kind", "rule", "chars", "start", "end", "line"]].reset_index(drop=True)


def removed_summary(removed: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Lines and characters removed per article and kind: ``outlet, article_id, kind, lines, chars``.

    Every article and both kinds appear, with zeros where nothing was removed.

    Usage:
        >>> a = pd.DataFrame({"article_id": ["p1"], "outlet": ["Gazette"]})
        >>> r = pd.DataFrame({"article_id": ["p1"], "line": ["ADVERTISEMENT"], "rule": ["advert"],
        ...                   "kind": ["furniture"], "start": [0], "end": [13]})
        >>> removed_summary(r, a)[["kind", "lines", "chars"]].values.tolist()
        [['metadata', 0, 0], ['furniture', 1, 13]]
    """
    table = removed_table(removed, articles)
    rows = []
    labels = article_labels(articles)
    for aid in articles["article_id"]:
        for kind in ("metadata", "furniture"):
            part = table[(table["article_id"] == aid) & (table["kind"] == kind)]
            rows.append({"outlet": labels[aid], "article_id": aid, "kind": kind, "lines": len(part),
                         "chars": int(part["chars"].sum())})
    return pd.DataFrame(rows, columns=["outlet", "article_id", "kind", "lines", "chars"])


def section_lengths(paragraphs: pd.DataFrame, sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Paragraphs, sentences and words per article and section (every section listed, zeros included).

    Words are white-space separated tokens of the cleaned text. Columns:
    ``outlet, article_id, section, paragraphs, sentences, words``.

    Usage:
        >>> a = pd.DataFrame({"article_id": ["t1"], "outlet": ["Tribune"]})
        >>> p = pd.DataFrame({"article_id": ["t1"], "paragraph": [0], "section": ["body"], "text": ["Rates rose again."]})
        >>> int(section_lengths(p, p.assign(sentence=0), a).set_index("section").loc["body", "words"])
        3
    """
    labels = article_labels(articles)
    words = paragraphs.assign(words=paragraphs["text"].map(lambda t: len(str(t).split())))
    para = words.groupby(["article_id", "section"]).agg(paragraphs=("paragraph", "size"), words=("words", "sum"))
    sent = sentences.groupby(["article_id", "section"]).size().rename("sentences")
    rows = []
    for aid in articles["article_id"]:
        for section in SECTIONS:
            key = (aid, section)
            rows.append({"outlet": labels[aid], "article_id": aid, "section": section,
                         "paragraphs": int(para["paragraphs"].get(key, 0)),
                         "sentences": int(sent.get(key, 0)), "words": int(para["words"].get(key, 0))})
    return pd.DataFrame(rows, columns=["outlet", "article_id", "section", "paragraphs", "sentences", "words"])


def page_map(paragraphs: pd.DataFrame, removed: pd.DataFrame, articles: pd.DataFrame,
             raw_lengths: dict[str, int]) -> pd.DataFrame:
    """What each stretch of each raw file became: ``outlet, article_id, part, start, end, from_pct, to_pct``.

    ``part`` is a section (kept text) or ``metadata``/``furniture`` (removed lines);
    ``from_pct``/``to_pct`` place the stretch in the raw file (0 = first character, 100 = last).
    Characters in none of these (blank lines) are not listed.

    Usage:
        >>> a = pd.DataFrame({"article_id": ["k1"], "outlet": ["Radio"]})
        >>> p = pd.DataFrame({"article_id": ["k1"], "section": ["lead"], "start": [10], "end": [60]})
        >>> r = pd.DataFrame({"article_id": ["k1"], "kind": ["furniture"], "start": [70], "end": [100],
        ...                   "line": ["Log in"], "rule": ["login_prompt"]})
        >>> page_map(p, r, a, {"k1": 100})[["part", "from_pct", "to_pct"]].values.tolist()
        [['lead', 10.0, 60.0], ['furniture', 70.0, 100.0]]
    """
    labels = article_labels(articles)
    kept = paragraphs[["article_id", "section", "start", "end"]].rename(columns={"section": "part"})
    dropped = removed[["article_id", "kind", "start", "end"]].rename(columns={"kind": "part"})
    table = pd.concat([kept, dropped], ignore_index=True)
    table = table[table["article_id"].isin(list(labels))]
    order = {aid: i for i, aid in enumerate(articles["article_id"])}
    table = table.assign(_order=table["article_id"].map(order)).sort_values(["_order", "start"], kind="stable")
    length = table["article_id"].map(lambda a: max(int(raw_lengths.get(a, 0)), 1))
    table = table.assign(outlet=table["article_id"].map(labels),
                         from_pct=(100 * table["start"] / length).round(2),
                         to_pct=(100 * table["end"] / length).round(2))
    return table[["outlet", "article_id", "part", "start", "end", "from_pct", "to_pct"]].reset_index(drop=True)
