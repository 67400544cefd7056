"""Selection measures: what each outlet chose to quote from the speech, and whom else it let speak.

Per outlet: speech quotes and words quoted; share of the article inside quotation
marks; passages of the speech shared with other outlets and unique to it; where the
first speech quote appears (headline, standfirst, lead, body); distinct voices by type;
direct quotes against paraphrase. Indirect attribution (X said that ..., according to
X) is counted because it is about half of all attribution in news (see
/work/shared/RESEARCH.md, "Sourcing"): a direct-quote-only count misses it.

The per-article work is in :func:`article_selection`, which takes one article's plain
tables, so the corpus pipeline can run it over large archives; :func:`selection_table`
is the event-level wrapper.

Usage:
    >>> import pandas as pd
    >>> q = pd.DataFrame({"text": ["We will win this war", "no comment"], "kind": ["quote", "quote"],
    ...     "from_speech": [True, False], "passage": ["P01", ""], "speaker": ["Ann Lee", "a resident"],
    ...     "speaker_type": ["named person", "anonymous"], "section": ["lead", "body"],
    ...     "paragraph": [0, 3], "nested_in": [pd.NA, pd.NA]})
    >>> r = article_selection(q, pd.DataFrame(columns=["speaker", "speaker_type"]), n_words=100, n_paragraphs=4)
    >>> r["speech_quotes"], r["speech_words"], r["first_speech_quote"], r["voices"]
    (1, 5, 'lead', 2)
"""
from __future__ import annotations

import re

import pandas as pd

SECTION_ORDER = ("headline", "standfirst", "caption", "lead", "body")
SPEAKER_TYPES = ("named person", "anonymous", "organisation", "unattributed")

#: A quote of at most this many words is a fragment (a label such as "crusaders" or "attack after
#: attack" woven into the journalist's sentence), as in the quote table's ``kind``.
MAX_FRAGMENT_WORDS = 3
#: Sections counted in ``share_in_quotes``: the article's running text, as ``n_words`` counts it.
TEXT_SECTIONS = ("lead", "body")

COLUMNS = ["article_id", "outlet", "speech_quotes", "speech_words", "quotes", "quoted_words",
           "share_in_quotes", "passages", "n_passages", "full_passages", "fragment_passages",
           "fragment_only", "shared_passages", "unique_passages", "unique_full_passages",
           "unique_fragment_passages", "first_speech_quote", "first_speech_position", "voices"] + \
          [f"voices_{t.replace(' ', '_')}" for t in SPEAKER_TYPES] + \
          ["direct", "indirect", "direct_per_indirect", "share_direct"]


_INSERTION = re.compile(r"\[[^\]]*\]")
_HAS_WORD = re.compile(r"\w")


def count_words(text) -> int:
    """Words of a quote: white-space separated tokens with a letter or digit, [editorial insertions] left out.

    The same token rule as the articles' ``n_words`` (white-space split), so shares compare
    like with like; an ellipsis or a dash is not a word, and words the journalist inserted in
    brackets are not the speaker's.

    Usage:
        >>> count_words("the Sunna [Sunni Muslims] in Iraq … and Syria."), count_words(None)
        (6, 0)
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return 0
    return sum(1 for t in _INSERTION.sub(" ", str(text)).split() if _HAS_WORD.search(t))


_words = count_words


def _top_level(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes not nested in another (so nested words are not counted twice)."""
    if "nested_in" not in quotes.columns:
        return quotes
    return quotes[quotes["nested_in"].isna()]


def article_selection(quotes: pd.DataFrame, indirect: pd.DataFrame, n_words: int,
                      n_paragraphs: int) -> dict:
    """Selection measures for one article from its quote and indirect-speech rows.

    ``quotes`` needs ``text, kind, from_speech, passage, speaker, speaker_type, section,
    paragraph`` (``nested_in`` optional); ``indirect`` needs ``speaker, speaker_type``.
    The unit is the *quoted span* (one pair of quotation marks, of kind quote or fragment,
    not nested in another), not a source per sentence; words are counted by
    :func:`count_words`. Returns a dict: ``speech_quotes`` and ``speech_words`` (spans from
    the speech and their words, every section); ``quotes`` and ``quoted_words`` (all
    spans, every section); ``share_in_quotes`` (quoted words in the lead and body /
    ``n_words``, the lead and body's words); ``passages`` (the passage ids quoted,
    space-separated, in id order) and ``n_passages``, split into ``full_passages``
    (quoted at least once with more than ``MAX_FRAGMENT_WORDS`` words) and
    ``fragment_passages`` (only ever quoted as fragments of 1-3 words; their ids in
    ``fragment_only``);
    ``first_speech_quote`` (section of the earliest speech quote: headline, standfirst,
    caption, lead, body, or ``none``) and ``first_speech_position`` (its paragraph /
    (``n_paragraphs`` - 1): 0 = top, 1 = last paragraph); ``voices`` (distinct speakers, direct or indirect, the
    speech's speaker included) and ``voices_<type>`` per speaker type; ``direct``
    (quotes of kind quote/fragment), ``indirect`` (indirect rows), ``direct_per_indirect``
    (NaN without indirect speech) and ``share_direct``.

    Usage:
        >>> import pandas as pd
        >>> q = pd.DataFrame(columns=["text", "kind", "from_speech", "passage", "speaker",
        ...     "speaker_type", "section", "paragraph"])
        >>> article_selection(q, q, n_words=0, n_paragraphs=0)["first_speech_quote"]
        'none'
    """
    top = _top_level(quotes)
    direct = top[top["kind"].isin(["quote", "fragment"])]
    speech = direct[direct["from_speech"].fillna(False).astype(bool)]
    quoted_words = sum(_words(t) for t in direct["text"])
    running = direct[direct["section"].isin(TEXT_SECTIONS)] if "section" in direct.columns else direct
    running_words = sum(_words(t) for t in running["text"])
    speech_words = sum(_words(t) for t in speech["text"])
    passages = sorted({str(p) for p in speech["passage"].fillna("") if str(p)})
    full = sorted({str(p) for p, t in zip(speech["passage"].fillna(""), speech["text"])
                   if str(p) and _words(t) > MAX_FRAGMENT_WORDS})
    fragment_only = [p for p in passages if p not in full]
    first, first_pos = "none", float("nan")
    if len(speech):
        rank = speech["section"].map(lambda s: SECTION_ORDER.index(s) if s in SECTION_ORDER else len(SECTION_ORDER))
        order = pd.DataFrame({"rank": rank, "paragraph": speech["paragraph"]}).sort_values(["rank", "paragraph"])
        row = speech.loc[order.index[0]]
        first = str(row["section"])
        if n_paragraphs and pd.notna(row["paragraph"]):
            first_pos = float(row["paragraph"]) / max(1, n_paragraphs - 1)
    speakers = pd.concat([direct[["speaker", "speaker_type"]], indirect[["speaker", "speaker_type"]]])
    speakers = speakers[speakers["speaker"].fillna("").astype(str) != ""].drop_duplicates("speaker")
    result = {
        "speech_quotes": len(speech), "speech_words": speech_words,
        "quotes": len(direct), "quoted_words": quoted_words,
        "share_in_quotes": running_words / n_words if n_words else float("nan"),
        "passages": " ".join(passages), "n_passages": len(passages),
        "full_passages": len(full), "fragment_passages": len(fragment_only),
        "fragment_only": " ".join(fragment_only),
        "first_speech_quote": first, "first_speech_position": first_pos,
        "voices": len(speakers),
    }
    for t in SPEAKER_TYPES:
        result[f"voices_{t.replace(' ', '_')}"] = int((speakers["speaker_type"] == t).sum())
    n_ind = len(indirect)
    result.update({"direct": len(direct), "indirect": n_ind,
                   "direct_per_indirect": len(direct) / n_ind if n_ind else float("nan"),
                   "share_direct": len(direct) / (len(direct) + n_ind) if len(direct) + n_ind else float("nan")})
    return result


def paragraph_counts(paragraphs: pd.DataFrame) -> dict:
    """Paragraphs per article counting every section (headline, standfirst, caption, lead, body).

    Usage:
        >>> import pandas as pd
        >>> paragraph_counts(pd.DataFrame({"article_id": ["a", "a", "b"], "paragraph": [0, 1, 0]}))
        {'a': 2, 'b': 1}
    """
    if paragraphs is None or paragraphs.empty:
        return {}
    return {k: int(v) + 1 for k, v in paragraphs.groupby("article_id", sort=False)["paragraph"].max().items()}


def selection_from_tables(quotes: pd.DataFrame, indirect: pd.DataFrame, articles: pd.DataFrame,
                          paragraphs: pd.DataFrame | None = None) -> pd.DataFrame:
    """:func:`article_selection` for every article, plus passages shared with other outlets.

    ``articles`` needs ``article_id, outlet, n_words, n_paragraphs``; with ``paragraphs``
    (``article_id, paragraph``, e.g. ``ev.paragraphs``) positions count every section's
    paragraphs, as the quotes' ``paragraph`` numbers do. ``quotes`` and
    ``indirect`` need ``article_id`` besides the columns :func:`article_selection` reads.
    ``shared_passages`` counts the article's passages that another outlet also quotes,
    ``unique_passages`` those no other outlet quotes, split into ``unique_full_passages``
    and ``unique_fragment_passages`` (a unique label such as "crusaders" is weaker evidence
    of a distinct selection than a unique sentence). One row per article, in article order.

    Usage:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"],
        ...     "n_words": [50, 80], "n_paragraphs": [5, 8]})
        >>> q = pd.DataFrame({"article_id": ["a", "b", "b"], "text": ["we will win the war"] * 3,
        ...     "kind": ["quote"] * 3, "from_speech": [True] * 3, "passage": ["P01", "P01", "P02"],
        ...     "speaker": ["X"] * 3, "speaker_type": ["named person"] * 3,
        ...     "section": ["body"] * 3, "paragraph": [1, 2, 3]})
        >>> ind = pd.DataFrame(columns=["article_id", "speaker", "speaker_type"])
        >>> selection_from_tables(q, ind, arts)[["outlet", "shared_passages", "unique_passages"]].values.tolist()
        [['A', 1, 0], ['B', 1, 1]]
    """
    rows = []
    counts = paragraph_counts(paragraphs)
    for art in articles.itertuples(index=False):
        aq = quotes[quotes["article_id"] == art.article_id]
        ai = indirect[indirect["article_id"] == art.article_id]
        r = {"article_id": art.article_id, "outlet": art.outlet}
        r.update(article_selection(aq, ai, int(art.n_words), counts.get(art.article_id, int(art.n_paragraphs))))
        rows.append(r)
    table = pd.DataFrame(rows)
    if table.empty:
        return pd.DataFrame(columns=COLUMNS)
    sets = [set(p.split()) for p in table["passages"]]
    unique = [{p for p in s if not any(p in o for k, o in enumerate(sets) if k != n)} for n, s in enumerate(sets)]
    fragments = [set(p.split()) for p in table["fragment_only"]]
    table["shared_passages"] = [len(s) - len(u) for s, u in zip(sets, unique)]
    table["unique_passages"] = [len(u) for u in unique]
    table["unique_fragment_passages"] = [len(u & f) for u, f in zip(unique, fragments)]
    table["unique_full_passages"] = table["unique_passages"] - table["unique_fragment_passages"]
    return table[COLUMNS]


def selection_table(event) -> pd.DataFrame:
    """Selection measures per outlet (one row per article) for an ``Event``.

    Thin wrapper: :func:`selection_from_tables` on ``event.quotes``, ``event.indirect``,
    ``event.articles`` and ``event.paragraphs``.

    Usage:
        >>> import analysis
        >>> t = selection_table(analysis.load_event())   # doctest: +SKIP
    """
    return selection_from_tables(event.quotes, event.indirect, event.articles, event.paragraphs)


def quote_positions(quotes: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Where each quote sits along its article: paragraph / (paragraphs - 1), 0 = headline, 1 = last.

    ``paragraphs`` is ``ev.paragraphs`` (``article_id, paragraph``: every section counted,
    like the quotes' ``paragraph``). Returns ``article_id, outlet, paragraph, position,
    section, kind, from_speech, passage``, one row per top-level quote of kind quote or
    fragment.

    Usage:
        >>> import pandas as pd
        >>> paras = pd.DataFrame({"article_id": ["a"] * 5, "paragraph": range(5)})
        >>> q = pd.DataFrame({"article_id": ["a"], "outlet": ["A"], "paragraph": [2], "section": ["body"],
        ...     "kind": ["quote"], "from_speech": [True], "passage": ["P01"]})
        >>> quote_positions(q, paras)["position"].tolist()
        [0.5]
    """
    top = _top_level(quotes)
    top = top[top["kind"].isin(["quote", "fragment"])]
    n_par = paragraph_counts(paragraphs)
    pos = [float(p) / max(1, n_par[a] - 1) if n_par.get(a) and pd.notna(p) else float("nan")
           for a, p in zip(top["article_id"], top["paragraph"])]
    out = top[["article_id", "outlet", "paragraph", "section", "kind", "from_speech", "passage"]].copy()
    out.insert(3, "position", pos)
    return out.reset_index(drop=True)


def voices_table(quotes: pd.DataFrame, indirect: pd.DataFrame) -> pd.DataFrame:
    """Distinct voices per outlet and speaker type, direct and indirect speech together.

    Returns ``outlet, speaker_type, voices`` (distinct speakers) for every outlet and
    every type in ``SPEAKER_TYPES`` (zeros included, so charts compare like with like).

    Usage:
        >>> import pandas as pd
        >>> q = pd.DataFrame({"outlet": ["A", "A"], "speaker": ["Ann Lee", "a resident"],
        ...     "speaker_type": ["named person", "anonymous"], "kind": ["quote", "quote"]})
        >>> ind = pd.DataFrame({"outlet": ["A"], "speaker": ["Ann Lee"], "speaker_type": ["named person"]})
        >>> voices_table(q, ind).set_index("speaker_type")["voices"].tolist()
        [1, 1, 0, 0]
    """
    direct = _top_level(quotes)
    direct = direct[direct["kind"].isin(["quote", "fragment"])]
    both = pd.concat([direct[["outlet", "speaker", "speaker_type"]], indirect[["outlet", "speaker", "speaker_type"]]])
    both = both[both["speaker"].fillna("").astype(str) != ""].drop_duplicates(["outlet", "speaker"])
    outlets = list(pd.unique(pd.concat([quotes["outlet"], indirect["outlet"]])))
    rows = [{"outlet": o, "speaker_type": t,
             "voices": int(((both["outlet"] == o) & (both["speaker_type"] == t)).sum())}
            for o in outlets for t in SPEAKER_TYPES]
    return pd.DataFrame(rows, columns=["outlet", "speaker_type", "voices"])
