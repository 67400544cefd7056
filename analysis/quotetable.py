"""Event-level quote tables: ``quote_table(event)`` and ``indirect_table(event)``.

Thin wrappers over :func:`analysis.quotes.extract_paragraph_quotes`, run once per
article over its paragraphs (so headline, standfirst and caption quotes carry their
section), with offsets mapped to ``Article.raw`` (paragraph text is one-for-one with
its raw slice, so ``raw = paragraph.start + local offset``). A quote is ``from_speech``
when its speaker is the event's speaker (``meta["speaker"]``, reached through
``meta["aliases"]``); speech quotes are grouped across outlets into passages by
:func:`analysis.align.assign_passages`, or aligned to the event's reference transcript
(:func:`analysis.align.assign_passages_with_transcript`) when it has one.

Usage:
    >>> from analysis import load_event
    >>> ev = load_event()
    >>> q = quote_table(ev)
    >>> int(q["from_speech"].sum()) > 10, sorted(q["kind"].unique())
    (True, ['fragment', 'quote', 'scare'])
"""
from __future__ import annotations

import pandas as pd

from .quotes import COLUMNS, extract_paragraph_quotes, quotes_frame

QUOTE_COLUMNS = ["article_id", "outlet", *COLUMNS, "from_speech", "passage"]
INDIRECT_COLUMNS = ["article_id", "outlet", "paragraph", "section", "start", "end", "text", "speaker",
                    "speaker_type", "cue"]


def article_quotes(paragraphs: pd.DataFrame, speaker: str | None = None,
                   aliases: list[str] | None = None) -> tuple[list[dict], list[dict]]:
    """Quotes and indirect attributions of one article from its paragraph rows (raw offsets).

    ``paragraphs`` needs ``paragraph, section, start, text`` (one article, in order): a table, or a list
    of dicts such as ``Article.paragraphs`` (``paragraph`` then defaults to the position in the list).

    Usage:
        >>> paras = pd.DataFrame({"paragraph": [0, 1], "section": ["headline", "body"], "start": [0, 20],
        ...                       "text": ["Mayor: 'No cuts'", '"We will cope," Mayor Ida Berg said.']})
        >>> q, _ = article_quotes(paras)
        >>> [(r["text"], r["start"], r["section"], r["speaker"]) for r in q]
        [('No cuts', 8, 'headline', 'Ida Berg'), ('We will cope,', 21, 'body', 'Ida Berg')]
        >>> article_quotes(paras.to_dict("records"))[0] == q
        True
    """
    if isinstance(paragraphs, pd.DataFrame):
        texts = [str(t) for t in paragraphs["text"]]
        offsets = [int(x) for x in paragraphs["start"]]
        numbers = [int(x) for x in paragraphs["paragraph"]]
        sections = list(paragraphs["section"])
    else:
        texts = [str(p["text"]) for p in paragraphs]
        offsets = [int(p["start"]) for p in paragraphs]
        numbers = [int(p.get("paragraph", k)) for k, p in enumerate(paragraphs)]
        sections = [p["section"] for p in paragraphs]
    quotes, indirect = extract_paragraph_quotes(texts, sections, speaker, aliases)
    for row in quotes + indirect:
        k = row["paragraph"]
        row["start"] += offsets[k]
        row["end"] += offsets[k]
        row["paragraph"] = numbers[k]
    return quotes, indirect


def _speaker_names(meta: dict) -> tuple[str | None, list[str]]:
    speaker = meta.get("speaker") or None
    aliases = [a for a in (meta.get("aliases") or []) if isinstance(a, str)]
    return speaker, aliases


def _collect(event) -> tuple[pd.DataFrame, pd.DataFrame]:
    speaker, aliases = _speaker_names(event.meta)
    outlets = dict(zip(event.articles["article_id"], event.articles["outlet"]))
    q_frames, i_rows = [], []
    for article_id, paras in event.paragraphs.groupby("article_id", sort=False):
        quotes, indirect = article_quotes(paras.sort_values("paragraph"), speaker, aliases)
        base = len(pd.concat(q_frames)) if q_frames else 0
        frame = quotes_frame(quotes)
        frame["nested_in"] = frame["nested_in"] + base
        frame.insert(0, "outlet", outlets.get(article_id, ""))
        frame.insert(0, "article_id", article_id)
        q_frames.append(frame)
        i_rows.extend({"article_id": article_id, "outlet": outlets.get(article_id, ""), **r} for r in indirect)
    quotes = (pd.concat(q_frames, ignore_index=True) if q_frames
              else quotes_frame([]).assign(article_id=pd.Series(dtype="string"), outlet=pd.Series(dtype="string")))
    indirect = pd.DataFrame(i_rows, columns=INDIRECT_COLUMNS)
    return quotes, indirect


def quote_table(event) -> pd.DataFrame:
    """Every quoted span of every article of ``event`` (see ``docs/ARCHITECTURE.md`` "Quote tables").

    Columns: ``article_id, outlet`` + the :func:`analysis.quotes.extract_quotes` columns with
    ``start, end`` as offsets into ``Article.raw`` and ``nested_in`` as a row of this table,
    + ``from_speech`` (the speaker is the event's speaker) and ``passage`` (shared id of the
    speech passage across outlets, ``""`` for other quotes). When the event names a reference
    transcript (``meta["transcript"]``), passage ids are the transcript's sentence ids (``T01``...,
    from :func:`analysis.align.assign_passages_with_transcript`); speech quotes matching no
    transcript sentence fall back to ``P01``... clusters.

    Usage:
        >>> from analysis import load_event
        >>> q = quote_table(load_event())
        >>> bool((q.loc[q["from_speech"], "passage"] != "").all())
        True
    """
    from .align import assign_passages, assign_passages_with_transcript, read_transcript

    quotes, _ = _collect(event)
    speaker, _ = _speaker_names(event.meta)
    quotes["article_id"] = quotes["article_id"].astype("string")
    quotes["outlet"] = quotes["outlet"].astype("string")
    quotes["from_speech"] = (quotes["speaker"] == speaker).fillna(False).astype(bool) if speaker else False
    quotes["from_speech"] = quotes["from_speech"].astype(bool)
    if len(quotes):
        transcript = read_transcript(event)
        passages = (assign_passages_with_transcript(quotes, transcript) if transcript.strip()
                    else assign_passages(quotes))
        quotes["passage"] = pd.Series(passages, index=quotes.index).fillna("").astype("string")
    else:
        quotes["passage"] = pd.Series(dtype="string")
    return quotes[QUOTE_COLUMNS].reset_index(drop=True)


def indirect_table(event) -> pd.DataFrame:
    """Indirect attributions (``X said that ...``, ``according to X, ...``) of every article of ``event``.

    Columns: ``article_id, outlet, paragraph, section, start, end`` (raw offsets of the reported
    content), ``text`` (the reported content), ``speaker, speaker_type, cue``.

    Usage:
        >>> from analysis import load_event
        >>> ind = indirect_table(load_event())
        >>> "a colonel in the army's Ninth Armored Division" in set(ind["speaker"])
        True
    """
    _, indirect = _collect(event)
    for col in ("article_id", "outlet", "section", "text", "speaker", "speaker_type", "cue"):
        indirect[col] = indirect[col].astype("string")
    for col in ("paragraph", "start", "end"):
        indirect[col] = indirect[col].astype("int64")
    return indirect.reset_index(drop=True)
