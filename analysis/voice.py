"""Split each sentence into the journalist's own words (narrative) and quoted words.

A *voice* is who is speaking in a stretch of text:

* ``narrative``: the journalist's own words (everything outside quotation spans);
* ``quoted``: words inside a quotation span (from anyone);
* ``speech``: the quoted words whose span is marked ``from_speech`` (words of the
  covered speech); a subset of ``quoted``;
* ``all``: the whole sentence.

Quote spans come from ``Event.quotes`` (``article_id, start, end`` as raw
offsets, ``from_speech``). Spans are clipped to each sentence, so a quotation
running over several sentences, or an unclosed one (``closed=False``) running
to the end of its paragraph, is split correctly; nested spans merge into their
enclosing span. The parts of a sentence are contiguous, do not overlap and
cover the sentence text exactly once.

Usage:
    >>> parts = split_voice('The coach said "we were robbed" after the game.', [(16, 30, False)])
    >>> [(p["voice"], 'The coach said "we were robbed" after the game.'[p["start"]:p["end"]]) for p in parts]
    [('narrative', 'The coach said "'), ('quoted', 'we were robbed'), ('narrative', '" after the game.')]
"""
from __future__ import annotations

import re

import pandas as pd

VOICES = ("all", "narrative", "quoted", "speech")
# quote kinds that count as quoted words; a quoted title (a book, a film, an operation) is nobody's voice
QUOTED_KINDS = ("quote", "fragment", "scare")
QUOTE_COLUMNS = ["article_id", "start", "end", "from_speech"]
_HAS_WORD = re.compile(r"\w")


def split_voice(text: str, spans) -> list[dict]:
    """Cut ``text`` into contiguous narrative and quoted parts.

    ``spans`` are ``(start, end, from_speech)`` offsets relative to ``text``; they may
    reach outside it (a quotation that began in an earlier sentence) and may
    overlap or nest. Returns dicts ``start, end, voice, from_speech`` in order;
    together they cover ``text`` exactly once.

    Usage:
        >>> [(p["start"], p["end"], p["voice"]) for p in split_voice("abcdef", [(-5, 2, True), (4, 99, False)])]
        [(0, 2, 'quoted'), (2, 4, 'narrative'), (4, 6, 'quoted')]
    """
    n = len(text)
    if n == 0:
        return []
    # per character: 0 = narrative, 1 = quoted, 2 = quoted from the speech
    marks = [0] * n
    for span in spans:
        start, end = int(span[0]), int(span[1])
        speech = bool(span[2]) if len(span) > 2 and not pd.isna(span[2]) else False
        a, b = max(0, start), min(n, end)
        level = 2 if speech else 1
        for i in range(a, b):
            if marks[i] < level:
                marks[i] = level
    parts = []
    begin = 0
    for i in range(1, n + 1):
        if i == n or marks[i] != marks[begin]:
            parts.append({"start": begin, "end": i, "voice": "narrative" if marks[begin] == 0 else "quoted",
                          "from_speech": marks[begin] == 2})
            begin = i
    return parts


def voice_texts(text: str, spans) -> dict:
    """The text of each voice in one sentence: ``{"all", "narrative", "quoted", "speech"}``.

    Fragments of one voice are joined by a single space; a voice with no word
    characters (only quotation marks or punctuation) is ``""``.

    Usage:
        >>> v = voice_texts("He said: “Do not retreat.”", [(10, 25, True)])
        >>> v["narrative"], v["quoted"], v["speech"]
        ('He said: “ ”', 'Do not retreat.', 'Do not retreat.')
    """
    parts = split_voice(text, spans)
    pieces = {"narrative": [], "quoted": [], "speech": []}
    for p in parts:
        piece = text[p["start"]:p["end"]].strip()
        if not piece:
            continue
        pieces[p["voice"]].append(piece)
        if p["from_speech"]:
            pieces["speech"].append(piece)
    out = {"all": text.strip()}
    for voice, frags in pieces.items():
        joined = " ".join(frags)
        out[voice] = joined if _HAS_WORD.search(joined) else ""
    return out


def empty_quotes() -> pd.DataFrame:
    """A quotes table with no rows (every sentence is narrative).

    Usage:
        >>> list(empty_quotes().columns)
        ['article_id', 'start', 'end', 'from_speech']
    """
    return pd.DataFrame({"article_id": pd.Series([], dtype="string"), "start": pd.Series([], dtype="int64"),
                         "end": pd.Series([], dtype="int64"), "from_speech": pd.Series([], dtype="bool")})


def _check_quotes(quotes: pd.DataFrame) -> pd.DataFrame:
    missing = [c for c in ["start", "end"] if c not in quotes.columns]
    if missing:
        raise ValueError(f"quotes table has no column(s) {', '.join(missing)}; expected {', '.join(QUOTE_COLUMNS)}")
    if "from_speech" not in quotes.columns:
        quotes = quotes.assign(from_speech=False)
    return quotes


def sentence_voices(sentences: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of one article with its text in each voice.

    ``sentences`` has ``start, end, text`` (raw offsets, as in ``Event.sentences``) and
    ``quotes`` has ``start, end`` (raw offsets) and optionally ``from_speech``, both for
    the same article. Adds columns ``narrative, quoted, speech`` (``all`` is ``text``).

    Usage:
        >>> s = pd.DataFrame({"start": [0, 20], "end": [19, 41], "text": ['"Guilty," she said.', 'The judge said "no."']})
        >>> q = pd.DataFrame({"start": [1, 36], "end": [7, 38], "from_speech": [True, False]})
        >>> sentence_voices(s, q)[["narrative", "quoted", "speech"]].values.tolist()
        [['" ," she said.', 'Guilty', 'Guilty'], ['The judge said " ."', 'no', '']]
    """
    quotes = _check_quotes(quotes)
    q_start = quotes["start"].to_numpy(dtype="int64")
    q_end = quotes["end"].to_numpy(dtype="int64")
    q_speech = quotes["from_speech"].fillna(False).to_numpy(dtype=bool)
    rows = []
    for start, end, text in zip(sentences["start"], sentences["end"], sentences["text"]):
        hit = (q_start < end) & (q_end > start)
        spans = [(a - start, b - start, s) for a, b, s in zip(q_start[hit], q_end[hit], q_speech[hit])]
        v = voice_texts(str(text), spans)
        rows.append((v["narrative"], v["quoted"], v["speech"]))
    voices = pd.DataFrame(rows, columns=["narrative", "quoted", "speech"], index=sentences.index, dtype="string")
    return pd.concat([sentences, voices], axis=1)


def event_voices(sentences: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """:func:`sentence_voices` for every article of an event (``article_id`` in both tables).

    Usage:
        >>> s = pd.DataFrame({"article_id": ["a", "b"], "start": [0, 0], "end": [9, 9], "text": ['"Yes," I.', '"Yes," I.']})
        >>> q = pd.DataFrame({"article_id": ["a"], "start": [1], "end": [4], "from_speech": [False]})
        >>> event_voices(s, q)["quoted"].tolist()
        ['Yes', '']
    """
    quotes = _check_quotes(quotes)
    frames = []
    for aid, group in sentences.groupby("article_id", sort=False):
        frames.append(sentence_voices(group, quotes[quotes["article_id"] == aid]))
    if not frames:
        return sentences.assign(narrative=pd.Series(dtype="string"), quoted=pd.Series(dtype="string"),
                                speech=pd.Series(dtype="string"))
    return pd.concat(frames).loc[sentences.index]


def long_voices(table: pd.DataFrame, keep: list[str]) -> pd.DataFrame:
    """Reshape a :func:`sentence_voices` table to one row per sentence and non-empty voice.

    Columns: ``keep`` plus ``voice`` and ``text`` (the text in that voice). The
    ``all`` row is kept for every sentence, other voices only where they have words.

    Usage:
        >>> t = pd.DataFrame({"sentence": [0], "text": ['He said "no".'], "narrative": ['He said " ".'],
        ...                   "quoted": ["no"], "speech": [""]})
        >>> long_voices(t, ["sentence"])[["voice", "text"]].values.tolist()
        [['all', 'He said "no".'], ['narrative', 'He said " ".'], ['quoted', 'no']]
    """
    frames = []
    for voice in VOICES:
        column = "text" if voice == "all" else voice
        part = table[keep].assign(voice=voice, text=table[column].astype("string"))
        if voice != "all":
            part = part[part["text"].fillna("").str.len() > 0]
        frames.append(part)
    out = pd.concat(frames)
    order = {v: i for i, v in enumerate(VOICES)}
    out = out.assign(_o=out["voice"].map(order), _i=out.index).sort_values(["_i", "_o"], kind="stable")
    return out.drop(columns=["_o", "_i"]).reset_index(drop=True)


def event_quotes(event) -> pd.DataFrame:
    """``event.quotes`` limited to :data:`QUOTED_KINDS`; an empty table with a warning if quotes are unavailable.

    Usage:
        >>> import analysis
        >>> {"article_id", "start", "end"} <= set(event_quotes(analysis.load_event()).columns)
        True
    """
    try:
        quotes = event.quotes
        if "kind" in quotes.columns:
            quotes = quotes[quotes["kind"].isin(QUOTED_KINDS)]
        return quotes
    except ImportError as exc:
        import warnings

        warnings.warn(f"quote spans unavailable ({exc}); every sentence is treated as narrative", stacklevel=2)
        return empty_quotes()
