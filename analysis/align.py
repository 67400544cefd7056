"""Group an event's speech quotes into passages of the speech, across outlets and translations.

Two outlets quoting the same sentence of a speech rarely print the same words: one
trims it, another uses a different translation ("Holding your ground with honour is a
thousand times easier than retreating in shame" vs "the value of staying on your land
with honor is a thousand times better than the price of retreating with shame").
Exact or shingle matching misses such pairs (they share no 5-gram; Broder 1997's
resemblance is near zero), so quotes are compared after normalisation (lower case,
[editorial insertions] dropped, British spellings mapped to American: honour/honor) on
three scores, each 0-1:

* ``shared_content``: the shorter quote's content words (five-letter stems, function
  words dropped) found in the longer one, Broder's asymmetric containment |A∩B|/|A| on
  words instead of shingles and shrunk for short quotes, which is what a trim looks like;
* ``token_set``: rapidfuzz ``token_set_ratio``, order-free overlap of all words;
* ``partial``: rapidfuzz ``partial_ratio``, the best-matching stretch of text.

The pair score is their mean. Quotes with at least ``MIN_CONTENT_WORDS`` content words
are grouped greedily, longest first, each joining the passage holding its best-scoring
match if that score reaches ``threshold``. Shorter quotes and fragments ("wreak
havoc", "total war") join the passage whose wording *contains* them as a run of words
(``fragment_score`` at least ``fragment_threshold``, with every content word present).
Thresholds were measured on the labelled pairs in ``tests/data/align_pairs.csv`` with
:func:`calibrate`. Where the event has a reference transcript, quotes are also aligned
to its sentences (:func:`align_to_transcript`, :func:`coverage_table`). For each
passage, :func:`wording_table` and :func:`wording_html` show the outlets' wordings with
a word-level diff, and :func:`translation_families` groups outlets by shared wording.

Usage:
    >>> import pandas as pd
    >>> q = pd.DataFrame({"article_id": ["a", "b", "b"], "outlet": ["A", "B", "B"],
    ...     "text": ["We will never surrender our freedom to anyone",
    ...              "never surrender", "We shall never give up our freedom to anybody"],
    ...     "kind": ["quote", "fragment", "quote"], "from_speech": [True, True, True]})
    >>> assign_passages(q).tolist()
    ['P01', 'P01', 'P01']
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pandas as pd
from rapidfuzz import fuzz

from .wording import plural

#: Default pair score (mean of shared_content, token_set and partial) to put two quotes in
#: one passage. Measured with ``calibrate()`` on tests/data/align_pairs.csv (54 labelled
#: pairs from 14 speeches): different passages score at most 0.50, same passages at
#: least 0.58; 0.54 is the middle of the gap.
THRESHOLD = 0.54
#: Default ``fragment_score`` for a short quote or fragment to join a passage that contains
#: it. Measured on the same file: different passages score at most 0.86, every same-passage
#: fragment whose words are all present scores 1.0.
FRAGMENT_THRESHOLD = 0.90
#: Quotes with fewer content words than this are matched as fragments (by containment only).
MIN_CONTENT_WORDS = 4
#: A fragment needs this many words to join a passage: a speech repeats its keywords
#: ("crusaders"), so a single quoted word stays a passage of its own.
MIN_FRAGMENT_WORDS = 2
#: Two word stems count as the same when their rapidfuzz ratio reaches this. With five-letter
#: stems one differing letter gives 0.80 (showed/shown), which merged different passages
#: in calibration, so only identical stems match (spelling is unified by ``normalise``).
WORD_SIMILARITY = 0.85
#: Shrinkage added to the shorter side's content-word count in ``shared_content``.
SHRINK = 2

REQUIRED_COLUMNS = ("article_id", "outlet", "text", "kind", "from_speech")

# English function words: ignored when comparing content.
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
let me more most my myself no nor not now of off on once only or other ought our ours ourselves
out over own same shall she should so some such than that the their theirs them themselves then
there these they this those through to too under until up upon very was we were what when where
which while who whom why will with would you your yours yourself yourselves s t don o ll ve re d
m us may might must one ye thee thou thy
""".split())

_BRACKETS = re.compile(r"\[[^\]]*\]")
_WORD = re.compile(r"[a-z0-9]+")


def _spelling(word: str) -> str:
    """Map British to American spelling for the commonest patterns (honour/honor, -ise/-ize)."""
    if len(word) >= 5 and word.endswith("our"):
        return word[:-3] + "or"
    if len(word) >= 7:
        for suffix in ("isation", "ising", "ised", "ise"):
            if word.endswith(suffix):
                return word[: -len(suffix)] + suffix.replace("is", "iz", 1)
    return word


@lru_cache(maxsize=65536)
def normalise(text: str) -> tuple[str, ...]:
    """Lower-cased words of a quote, accents and [editorial insertions] removed, spelling unified.

    Usage:
        >>> normalise("Holding your ground with honour … [they] said")
        ('holding', 'your', 'ground', 'with', 'honor', 'said')
    """
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _BRACKETS.sub(" ", text).replace("'", "").replace("’", "").replace("‘", "")
    return tuple(_spelling(w) for w in _WORD.findall(text))


def stem(word: str) -> str:
    """A crude prefix stem (first five letters) that unifies inflections: retreat/retreating.

    Usage:
        >>> stem("retreating"), stem("war")
        ('retre', 'war')
    """
    return word[:5]


@lru_cache(maxsize=65536)
def content_words(text: str) -> tuple[str, ...]:
    """Stems of the content (non-function) words of ``text``, in order.

    Usage:
        >>> content_words("Do not retreat from the city")
        ('retre', 'city')
    """
    return tuple(stem(w) for w in normalise(text) if w not in STOPWORDS)


def _fuzzy_hits(short: tuple[str, ...], long: tuple[str, ...]) -> int:
    """How many words of ``short`` have a fuzzy partner in ``long`` (each partner used once)."""
    pool = list(long)
    hits = 0
    for w in short:
        best, best_i = 0.0, -1
        for i, v in enumerate(pool):
            s = 1.0 if v == w else fuzz.ratio(w, v) / 100
            if s > best:
                best, best_i = s, i
                if s == 1.0:
                    break
        if best >= WORD_SIMILARITY:
            hits += 1
            pool.pop(best_i)
    return hits


def containment(a: str, b: str) -> float:
    """Share of the shorter text's content words found in the longer one (0-1).

    Broder's (1997) containment |A∩B|/|A| on content-word stems with fuzzy matching,
    taken from the side with fewer content words, so a trim scores as high as a copy.

    Usage:
        >>> containment("wreak havoc", "to wreak havoc in their land")
        1.0
        >>> containment("wreak havoc", "sow horror within it")
        0.0
    """
    ca, cb = content_words(a), content_words(b)
    if not ca or not cb:
        return 0.0
    short, long = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    return _fuzzy_hits(short, long) / len(short)


def _joined(text: str) -> str:
    return " ".join(normalise(text))


def token_set(a: str, b: str) -> float:
    """rapidfuzz ``token_set_ratio`` of the normalised words (0-1): order-free overlap.

    Usage:
        >>> token_set("the great jihad we fight", "we fight the great jihad")
        1.0
    """
    na, nb = _joined(a), _joined(b)
    return fuzz.token_set_ratio(na, nb) / 100 if na and nb else 0.0


def partial(a: str, b: str) -> float:
    """rapidfuzz ``partial_ratio`` of the normalised words (0-1): the best-matching stretch.

    Usage:
        >>> partial("a great wall of steel", "a collision course with a great wall of steel")
        1.0
    """
    na, nb = _joined(a), _joined(b)
    return fuzz.partial_ratio(na, nb) / 100 if na and nb else 0.0


def shared_content(a: str, b: str) -> float:
    """Content words of the shorter text found in the longer, shrunk for short texts (0-1).

    hits / (n + ``SHRINK``), where n is the shorter side's number of content words: two
    shared words out of four is weak evidence, eight out of ten is strong.

    Usage:
        >>> shared_content("wreak havoc in their land", "to wreak havoc in their land")
        0.6
    """
    ca, cb = content_words(a), content_words(b)
    if not ca or not cb:
        return 0.0
    short, long = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    return _fuzzy_hits(short, long) / (len(short) + SHRINK)


def pair_features(a: str, b: str) -> dict[str, float]:
    """The three scores behind :func:`pair_score`: ``shared_content``, ``token_set``, ``partial``.

    Usage:
        >>> pair_features("we will fight", "we will fight") == {"shared_content": 1 / 3,
        ...     "token_set": 1.0, "partial": 1.0}
        True
    """
    return {"shared_content": shared_content(a, b), "token_set": token_set(a, b),
            "partial": partial(a, b)}


def pair_score(a: str, b: str) -> float:
    """The score used to group full quotes: the mean of :func:`pair_features` (0-1).

    Usage:
        >>> round(pair_score("Holding your ground with honour is a thousand times easier "
        ...   "than retreating in shame", "know that the value of staying on your land with "
        ...   "honor is a thousand times better than the price of retreating with shame"), 2) >= THRESHOLD
        True
    """
    f = pair_features(a, b)
    return sum(f.values()) / len(f)


def fragment_score(fragment: str, text: str) -> float:
    """How well a short quote is contained, as a run of words, in a longer one (0-1).

    The best rapidfuzz ``ratio`` between the fragment's normalised words and any run of
    as many words (give or take one) in ``text``, so "no remorse" does not match "no
    reason for remorse" the way a character-level ``partial_ratio`` would; 0 unless every
    content word of the fragment is present in ``text``.

    Usage:
        >>> fragment_score("wreak havoc", "to wreak havoc in their land")
        1.0
        >>> fragment_score("total war", "attack after attack")
        0.0
        >>> fragment_score("the referee today was a disgrace", "the referee was a disgrace today")
        1.0
    """
    cf, ct = content_words(fragment), content_words(text)
    if cf and _fuzzy_hits(cf, ct) < len(cf):
        return 0.0
    if len(cf) >= 2 and len(cf) == len(ct):
        return 1.0  # the same content words, re-ordered: "referee was a disgrace today"
    wf, wt = normalise(fragment), normalise(text)
    if not wf or not wt:
        return 0.0
    nf = " ".join(wf)
    best = 0.0
    for size in {max(1, len(wf) - 1), len(wf), len(wf) + 1}:
        for k in range(max(1, len(wt) - size + 1)):
            best = max(best, fuzz.ratio(nf, " ".join(wt[k:k + size])) / 100)
            if best == 1.0:
                return best
    return best


def short_score(a: str, b: str) -> float:
    """``fragment_score`` with the shorter of the two texts (in words) as the fragment.

    Usage:
        >>> short_score("to wreak havoc in their land", "wreak havoc")
        1.0
    """
    if len(normalise(a)) <= len(normalise(b)):
        return fragment_score(a, b)
    return fragment_score(b, a)


def match_score(a: str, b: str, kind_a: str = "quote", kind_b: str = "quote") -> tuple[float, str]:
    """The score and method :func:`align_quotes` uses to compare two quotes.

    ``"fragment"`` (``short_score``) when either is a fragment or has fewer than
    ``MIN_CONTENT_WORDS`` content words, else ``"pair"`` (``pair_score``).

    Usage:
        >>> match_score("wreak havoc", "to wreak havoc in their land and make it burn")
        (1.0, 'fragment')
    """
    if _is_fragment(a, kind_a) or _is_fragment(b, kind_b):
        return short_score(a, b), "fragment"
    return pair_score(a, b), "pair"


def score_pairs(pairs: pd.DataFrame) -> pd.DataFrame:
    """Score labelled quote pairs as :func:`align_quotes` would (for threshold calibration).

    ``pairs`` needs text columns ``a`` and ``b``; optional ``kind_a``/``kind_b`` (default
    ``"quote"``). Returns a copy with ``method``, ``score`` and the three pair features.

    Usage:
        >>> import pandas as pd
        >>> s = score_pairs(pd.DataFrame({"a": ["wreak havoc"], "b": ["to wreak havoc in their land"]}))
        >>> s[["method", "score"]].values.tolist()
        [['fragment', 1.0]]
    """
    for col in ("a", "b"):
        if col not in pairs.columns:
            raise ValueError(f"pairs table lacks column {col!r}; needs 'a' and 'b'")
    out = pairs.copy()
    ka = out["kind_a"] if "kind_a" in out else pd.Series("quote", index=out.index)
    kb = out["kind_b"] if "kind_b" in out else pd.Series("quote", index=out.index)
    scored = [match_score(str(a), str(b), str(x), str(y))
              for a, b, x, y in zip(out["a"], out["b"], ka, kb)]
    out["method"] = [m for _, m in scored]
    out["score"] = [s for s, _ in scored]
    feats = pd.DataFrame([pair_features(str(a), str(b)) for a, b in zip(out["a"], out["b"])],
                         index=out.index)
    return out.join(feats)


def separation(scored: pd.DataFrame, threshold: float = THRESHOLD,
               fragment_threshold: float = FRAGMENT_THRESHOLD) -> pd.DataFrame:
    """How well the scores separate same-passage from different-passage pairs, per method.

    ``scored`` is :func:`score_pairs` output with a 0/1 (or bool) column ``same``. One row
    per method (``pair``, ``fragment``) with: ``n_same``, ``n_different``, the score
    quartiles of each class, ``max_different`` and ``min_same`` (a gap means the classes
    separate), ``safe_from`` and ``safe_to``: every threshold above ``safe_from`` (the highest
    different-passage score) and up to ``safe_to`` (the lowest same-passage score above it)
    makes no wrong merge and misses the fewest same-passage pairs, and all of them make the
    same decisions on these pairs; ``best_threshold`` (the middle of that range: no wrong
    merges comes first), ``recall_at_best``, and at the given thresholds ``threshold``, ``wrong_merges``
    (different passages put together), ``missed`` (same passage kept apart) and ``errors``
    (the ids, or row labels, of the misclassified pairs).

    Usage:
        >>> import pandas as pd
        >>> pairs = pd.DataFrame({"a": ["We will fight them on every street of the city",
        ...     "We will fight them on every street of the city"],
        ...     "b": ["We shall fight them in every street of this city",
        ...     "The budget for next year will be cut by ten per cent"], "same": [1, 0]})
        >>> t = separation(score_pairs(pairs)).set_index("method")
        >>> int(t.loc["pair", "wrong_merges"]), int(t.loc["pair", "missed"])
        (0, 0)
    """
    if "same" not in scored.columns:
        raise ValueError("scored pairs need a 'same' column (1 = same passage, 0 = different)")
    limits = {"pair": threshold, "fragment": fragment_threshold}
    ids = scored["id"] if "id" in scored.columns else pd.Series(scored.index, index=scored.index)
    rows = []
    for method, limit in limits.items():
        part = scored[scored["method"] == method]
        same = part["same"].astype(bool)
        pos, neg = part.loc[same, "score"], part.loc[~same, "score"]
        max_neg = float(neg.max()) if len(neg) else 0.0
        min_pos = float(pos.min()) if len(pos) else 1.0
        above = pos[pos > max_neg]
        safe_to = float(above.min()) if len(above) else 1.0
        best = (max_neg + safe_to) / 2
        wrong = part[~same & (part["score"] >= limit)]
        missed = part[same & (part["score"] < limit)]
        rows.append({
            "method": method, "n_same": len(pos), "n_different": len(neg),
            "same_q1": pos.quantile(0.25) if len(pos) else float("nan"),
            "same_median": pos.median() if len(pos) else float("nan"),
            "different_median": neg.median() if len(neg) else float("nan"),
            "different_q3": neg.quantile(0.75) if len(neg) else float("nan"),
            "max_different": max_neg, "min_same": min_pos, "safe_from": max_neg, "safe_to": safe_to,
            "best_threshold": round(best, 3),
            "recall_at_best": float((pos >= best).mean()) if len(pos) else float("nan"),
            "threshold": limit, "wrong_merges": len(wrong), "missed": len(missed),
            "errors": "; ".join(f"{ids[i]} ({'wrong merge' if i in wrong.index else 'missed'})"
                                for i in part.index if i in wrong.index or i in missed.index),
        })
    return pd.DataFrame(rows)


def calibration_pairs(path=None) -> pd.DataFrame:
    """The labelled pairs file (``tests/data/align_pairs.csv`` by default), scored by :func:`score_pairs`.

    Usage:
        >>> s = calibration_pairs()
        >>> {"id", "same", "a", "b", "method", "score"} <= set(s.columns)
        True
    """
    from .paths import PROJ_ROOT

    path = PROJ_ROOT / "tests" / "data" / "align_pairs.csv" if path is None else path
    return score_pairs(pd.read_csv(path))


def calibrate(path=None) -> pd.DataFrame:
    """Measure the default thresholds on the labelled pairs file (``tests/data/align_pairs.csv``).

    Returns :func:`separation` of the scored pairs at the module defaults.

    Usage:
        >>> t = calibrate().set_index("method")
        >>> int(t["wrong_merges"].sum())
        0
    """
    return separation(calibration_pairs(path))


def calibration_errors(scored: pd.DataFrame, threshold: float = THRESHOLD,
                       fragment_threshold: float = FRAGMENT_THRESHOLD) -> pd.DataFrame:
    """The labelled pairs the thresholds get wrong, one readable row each.

    ``scored`` is :func:`score_pairs` output with ``same`` (and optionally ``id``,
    ``speech``, ``relation``). Columns: ``id``, ``speech``, ``relation`` (empty when
    absent), ``method``, ``error`` (``"missed: same passage kept apart"`` or ``"wrong
    merge: different passages joined"``), ``score``, ``threshold``, ``a``, ``b``.

    Usage:
        >>> import pandas as pd
        >>> pairs = pd.DataFrame({"id": [7], "same": [1], "a": ["We will manage this"],
        ...     "b": ["We can do it"]})
        >>> calibration_errors(score_pairs(pairs))[["id", "error"]].values.tolist()
        [[7, 'missed: same passage kept apart']]
    """
    if "same" not in scored.columns:
        raise ValueError("scored pairs need a 'same' column (1 = same passage, 0 = different)")
    limit = scored["method"].map({"pair": threshold, "fragment": fragment_threshold})
    same = scored["same"].astype(bool)
    wrong = ~same & (scored["score"] >= limit)
    missed = same & (scored["score"] < limit)
    bad = scored[wrong | missed]
    out = pd.DataFrame({
        "id": bad["id"] if "id" in bad.columns else pd.Series(bad.index, index=bad.index),
        "speech": bad["speech"] if "speech" in bad.columns else "",
        "relation": bad["relation"] if "relation" in bad.columns else "",
        "method": bad["method"],
        "error": ["wrong merge: different passages joined" if wrong[i] else "missed: same passage kept apart"
                  for i in bad.index],
        "score": bad["score"], "threshold": limit[bad.index], "a": bad["a"], "b": bad["b"],
    })
    return out.reset_index(drop=True)


def _check(quotes: pd.DataFrame) -> None:
    if not isinstance(quotes, pd.DataFrame):
        raise TypeError(f"quotes must be a pandas DataFrame, got {type(quotes).__name__}")
    missing = [c for c in REQUIRED_COLUMNS if c not in quotes.columns]
    if missing:
        raise ValueError(f"quotes table lacks column(s) {missing}; needs {list(REQUIRED_COLUMNS)}")


def _is_fragment(text: str, kind: str) -> bool:
    return kind == "fragment" or len(content_words(text)) < MIN_CONTENT_WORDS


def align_quotes(quotes: pd.DataFrame, threshold: float = THRESHOLD,
                 fragment_threshold: float = FRAGMENT_THRESHOLD) -> pd.DataFrame:
    """Passage of every speech quote, with the score that put it there.

    Returns a DataFrame on the input index with columns ``passage`` (``"P01"``... in
    order of first appearance in the table; ``""`` for quotes not from the speech),
    ``matched`` (index label of the quote it was matched to, or ``<NA>`` if it opened
    the passage), ``score`` (the match score, 0-1; NaN if it opened the passage),
    ``method`` (``"pair"``, ``"fragment"``, ``"new"`` or ``""``) and ``runner_up``
    (the best score to any *other* passage: a value close to ``score`` flags a
    borderline decision a researcher should check).

    Usage:
        >>> import pandas as pd
        >>> q = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"],
        ...     "text": ["Turkey entered the zone of your operations, so attack it",
        ...              "Turkey has entered your area of operations, so attack it"],
        ...     "kind": ["quote", "quote"], "from_speech": [True, True]})
        >>> align_quotes(q)[["passage", "method"]].values.tolist()
        [['P01', 'new'], ['P01', 'pair']]
    """
    _check(quotes)
    if not 0 <= threshold <= 1 or not 0 <= fragment_threshold <= 1:
        raise ValueError("threshold and fragment_threshold must lie between 0 and 1")
    out = pd.DataFrame({
        "passage": pd.Series("", index=quotes.index, dtype="string"),
        "matched": pd.Series(pd.NA, index=quotes.index, dtype="object"),
        "score": pd.Series(float("nan"), index=quotes.index, dtype="float64"),
        "method": pd.Series("", index=quotes.index, dtype="string"),
        "runner_up": pd.Series(float("nan"), index=quotes.index, dtype="float64"),
    })
    speech = quotes[quotes["from_speech"].fillna(False).astype(bool)]
    texts = {i: ("" if pd.isna(t) else str(t)) for i, t in speech["text"].items()}
    kinds = {i: ("" if pd.isna(k) else str(k)) for i, k in speech["kind"].items()}
    position = {i: n for n, i in enumerate(speech.index)}
    full = [i for i in speech.index if not _is_fragment(texts[i], kinds[i])]
    short = [i for i in speech.index if _is_fragment(texts[i], kinds[i])]
    # longest first, so that trims and fragments meet the fullest wording already placed
    full.sort(key=lambda i: (-len(content_words(texts[i])), position[i]))
    short.sort(key=lambda i: (-len(normalise(texts[i])), position[i]))
    groups: list[list] = []
    label: dict = {}
    rows = {}

    def place(i, scorer, limit, method):
        best = {}
        for g, members in enumerate(groups):
            scored = [(scorer(texts[i], texts[j]), j) for j in members]
            best[g] = max(scored, key=lambda s: s[0])
        ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
        top = ranked[0] if ranked else None
        runner = ranked[1][1][0] if len(ranked) > 1 else float("nan")
        if top is not None and top[1][0] >= limit:
            g, (score, j) = top
            groups[g].append(i)
            label[i] = g
            rows[i] = (j, score, method, runner)
        else:
            groups.append([i])
            label[i] = len(groups) - 1
            rows[i] = (pd.NA, float("nan"), "new", top[1][0] if top else float("nan"))

    for i in full:
        place(i, pair_score, threshold, "pair")
    for i in short:
        if len(normalise(texts[i])) < MIN_FRAGMENT_WORDS:
            place(i, lambda a, b: 0.0, 1.1, "fragment")  # a lone word is too weak a clue
        else:
            place(i, short_score, fragment_threshold, "fragment")
    # ids in order of first appearance
    first = {}
    for i in speech.index:
        first.setdefault(label[i], position[i])
    order = sorted(first, key=first.get)
    width = max(2, len(str(len(order))))
    names = {g: f"P{n + 1:0{width}d}" for n, g in enumerate(order)}
    for i in speech.index:
        j, score, method, runner = rows[i]
        out.loc[i, "passage"] = names[label[i]]
        out.loc[i, "matched"] = j
        out.loc[i, "score"] = score
        out.loc[i, "method"] = method
        out.loc[i, "runner_up"] = runner
    return out


def assign_passages(quotes: pd.DataFrame, threshold: float = THRESHOLD,
                    fragment_threshold: float = FRAGMENT_THRESHOLD) -> pd.Series:
    """Passage id of every quote (``"P01"``, ``"P02"``... by first appearance; ``""`` if not from the speech).

    ``quotes`` needs columns ``article_id, outlet, text, kind, from_speech``; the result
    is aligned to its index. See :func:`align_quotes` for the scores behind each id.

    Usage:
        >>> import pandas as pd
        >>> q = pd.DataFrame({"article_id": ["a", "a", "b"], "outlet": ["A", "A", "B"],
        ...     "text": ["the referee was a disgrace today", "no comment",
        ...              "The referee today was a disgrace"],
        ...     "kind": ["quote", "quote", "quote"], "from_speech": [True, False, True]})
        >>> assign_passages(q).tolist()
        ['P01', '', 'P01']
    """
    return align_quotes(quotes, threshold, fragment_threshold)["passage"].rename("passage")


# --------------------------------------------------------------------------- transcript

def read_transcript(event) -> str:
    """The event's reference transcript text (``meta["transcript"]`` in the event folder), or ``""``.

    Usage:
        >>> from analysis import load_event
        >>> read_transcript(load_event())    # the bundled event has none
        ''
    """
    name = (event.meta or {}).get("transcript") or ""
    if not name:
        return ""
    path = event.path / name
    if not path.exists():
        from .errors import InputError

        raise InputError(path, "transcript named in event.toml does not exist")
    return path.read_text(encoding="utf-8")


def transcript_sentences(text: str) -> pd.DataFrame:
    """Split a reference transcript into its passages (sentences), numbered ``T01``, ``T02``...

    Columns: ``passage, sentence`` (1-based), ``start, end`` (offsets into ``text``),
    ``text``, ``n_words``. An empty transcript gives an empty table.

    Usage:
        >>> transcript_sentences("We will win. We will never give up!")[["passage", "n_words"]].values.tolist()
        [['T01', 3], ['T02', 5]]
    """
    from .segment import split_sentences

    text = "" if text is None else str(text)
    spans = [(a, b) for a, b in split_sentences(text) if text[a:b].strip()]
    width = max(2, len(str(len(spans))))
    rows = [{"passage": f"T{n + 1:0{width}d}", "sentence": n + 1, "start": a, "end": b,
             "text": text[a:b], "n_words": len(normalise(text[a:b]))}
            for n, (a, b) in enumerate(spans)]
    cols = ["passage", "sentence", "start", "end", "text", "n_words"]
    return pd.DataFrame(rows, columns=cols).astype({"passage": "string", "text": "string"})


def align_to_transcript(quotes: pd.DataFrame, sentences: pd.DataFrame,
                        threshold: float = THRESHOLD,
                        fragment_threshold: float = FRAGMENT_THRESHOLD) -> pd.DataFrame:
    """Match each speech quote to the transcript sentence(s) it renders.

    ``sentences`` is :func:`transcript_sentences` output. Returns, on the quotes' index:
    ``passage`` (the best-matching sentence's id, ``""`` if none reaches the threshold or
    the quote is not from the speech), ``covers`` (all sentence ids the quote reaches,
    space-separated, for a quote spanning several sentences), ``score`` and ``method``.

    Usage:
        >>> import pandas as pd
        >>> s = transcript_sentences("We will rebuild every school. Taxes will not rise this year.")
        >>> q = pd.DataFrame({"article_id": ["a"], "outlet": ["A"], "kind": ["quote"],
        ...     "text": ["Taxes will not rise"], "from_speech": [True]})
        >>> align_to_transcript(q, s)[["passage", "covers"]].values.tolist()
        [['T02', 'T02']]
    """
    _check(quotes)
    out = pd.DataFrame({"passage": pd.Series("", index=quotes.index, dtype="string"),
                        "covers": pd.Series("", index=quotes.index, dtype="string"),
                        "score": pd.Series(float("nan"), index=quotes.index),
                        "method": pd.Series("", index=quotes.index, dtype="string")})
    sent = list(zip(sentences["passage"].astype(str), sentences["text"].astype(str)))
    speech = quotes["from_speech"].fillna(False).astype(bool)
    for i in quotes.index[speech]:
        text = "" if pd.isna(quotes.at[i, "text"]) else str(quotes.at[i, "text"])
        kind = "" if pd.isna(quotes.at[i, "kind"]) else str(quotes.at[i, "kind"])
        if len(normalise(text)) < MIN_FRAGMENT_WORDS:
            continue
        hits = []
        for pid, stext in sent:
            score, method = match_score(text, stext, kind, "quote")
            limit = threshold if method == "pair" else fragment_threshold
            if score >= limit:
                hits.append((score, pid, method))
        if hits:
            best = max(hits, key=lambda h: h[0])
            out.loc[i, "passage"] = best[1]
            out.loc[i, "covers"] = " ".join(h[1] for h in hits)
            out.loc[i, "score"] = best[0]
            out.loc[i, "method"] = best[2]
    return out


def _kendall_tau(order: list[int]) -> float:
    """Kendall's (1938) tau between a sequence and its sorted order: 1 = speech order kept."""
    n = len(order)
    if n < 2:
        return float("nan")
    conc = disc = 0
    for x in range(n):
        for y in range(x + 1, n):
            d = order[y] - order[x]
            conc += d > 0
            disc += d < 0
    return (conc - disc) / (n * (n - 1) / 2)


def coverage_table(quotes: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Which transcript passages each outlet quoted, in what order, and what share of the speech.

    ``quotes`` needs ``outlet`` and ``covers`` (from :func:`align_to_transcript`), in
    article order. One row per outlet: ``passages`` (ids in speech order),
    ``order_quoted`` (ids in the order the article first quotes them), ``n_passages``,
    ``share_passages`` and ``share_words`` (the quoted sentences' share of the
    transcript's sentences and words), and ``order_tau`` (Kendall's tau between article
    order and speech order: 1 = quoted in the speech's order, -1 = reversed; empty with
    fewer than two passages).

    Usage:
        >>> import pandas as pd
        >>> s = transcript_sentences("We will win. Taxes will not rise. Schools come first.")
        >>> q = pd.DataFrame({"outlet": ["A", "A", "B"], "covers": ["T03", "T01", ""]})
        >>> coverage_table(q, s)[["outlet", "order_quoted", "share_passages", "order_tau"]].values.tolist()
        [['A', 'T03 T01', 0.6666666666666666, -1.0], ['B', '', 0.0, nan]]
    """
    total_words = int(sentences["n_words"].sum()) if len(sentences) else 0
    words = dict(zip(sentences["passage"].astype(str), sentences["n_words"]))
    rank = {p: n for n, p in enumerate(sentences["passage"].astype(str))}
    rows = []
    for outlet in pd.unique(quotes["outlet"]):
        seen: list[str] = []
        for cov in quotes.loc[quotes["outlet"] == outlet, "covers"].fillna(""):
            for pid in str(cov).split():
                if pid in rank and pid not in seen:
                    seen.append(pid)
        rows.append({
            "outlet": outlet,
            "passages": " ".join(sorted(seen, key=rank.get)),
            "order_quoted": " ".join(seen),
            "n_passages": len(seen),
            "share_passages": len(seen) / len(rank) if rank else float("nan"),
            "share_words": sum(words[p] for p in seen) / total_words if total_words else float("nan"),
            "order_tau": _kendall_tau([rank[p] for p in seen]),
        })
    cols = ["outlet", "passages", "order_quoted", "n_passages", "share_passages", "share_words", "order_tau"]
    return pd.DataFrame(rows, columns=cols)


def passage_matrix(quotes: pd.DataFrame, column: str = "passage") -> pd.DataFrame:
    """Passage-by-outlet counts of quotes (rows: passages in id order; columns: outlets in table order).

    Quotes with an empty passage are left out; a quote listing several passages
    (``covers``) counts once for each.

    Usage:
        >>> import pandas as pd
        >>> q = pd.DataFrame({"outlet": ["A", "B", "B", "A"], "passage": ["P01", "P01", "P02", ""]})
        >>> passage_matrix(q).values.tolist()
        [[1, 1], [0, 1]]
    """
    outlets = list(pd.unique(quotes["outlet"]))
    pairs = [(p, o) for o, cell in zip(quotes["outlet"], quotes[column].fillna(""))
             for p in str(cell).split()]
    if not pairs:
        return pd.DataFrame(0, index=pd.Index([], name="passage"), columns=outlets, dtype="int64")
    long = pd.DataFrame(pairs, columns=["passage", "outlet"])
    table = pd.crosstab(long["passage"], long["outlet"]).reindex(columns=outlets, fill_value=0)
    table.columns.name = None
    return table.sort_index().astype("int64")


def assign_passages_with_transcript(quotes: pd.DataFrame, transcript: str,
                                    threshold: float = THRESHOLD,
                                    fragment_threshold: float = FRAGMENT_THRESHOLD) -> pd.Series:
    """Passage ids from a reference transcript (``T01``... = its sentences), falling back to
    :func:`assign_passages` clusters (``P01``...) for speech quotes that match no sentence.

    Usage:
        >>> import pandas as pd
        >>> q = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"], "kind": ["quote"] * 2,
        ...     "text": ["taxes will not rise this year", "we shall build a bridge to the moon"],
        ...     "from_speech": [True, True]})
        >>> assign_passages_with_transcript(q, "We will rebuild every school. Taxes will not rise this year.").tolist()
        ['T02', 'P01']
    """
    aligned = align_to_transcript(quotes, transcript_sentences(transcript), threshold, fragment_threshold)
    speech = quotes["from_speech"].fillna(False).astype(bool)
    rest = quotes[speech & (aligned["passage"] == "")]
    result = aligned["passage"].copy()
    if len(rest):
        result.loc[rest.index] = assign_passages(rest, threshold, fragment_threshold)
    return result.rename("passage")


# --------------------------------------------------------------------------- wording diffs

_ELLIPSIS = {"…", "..."}


def _diff_tokens(text: str) -> list[str]:
    """White-space separated chunks, punctuation kept for display ("war," stays "war,")."""
    return ("" if text is None else str(text)).split()


def _is_ellipsis(token: str) -> bool:
    return not _WORD.search(token.lower()) and ("…" in token or "..." in token)


def _key(token: str) -> str:
    if _is_ellipsis(token):
        return "…"
    if token.startswith("[") and token.endswith("]"):
        return token.lower()
    words = normalise(token)
    return "".join(words) if words else token


def word_diff(reference: str, other: str) -> pd.DataFrame:
    """Word-level differences of ``other`` against ``reference``, in order.

    One row per stretch: ``op`` is ``same``, ``omission`` (reference words the other
    leaves out), ``insertion`` (words only the other has), ``substitution`` (different
    words in the same place: "Islamic State" vs "state of Islam"), ``ellipsis`` (words
    replaced by … or ...), ``spelling`` (the same word spelt differently: honour/honor);
    ``reference`` and ``other`` hold the original words.

    Usage:
        >>> d = word_diff("the great jihad that the Islamic State is fighting with honour",
        ...               "the great jihad that the state of Islam is fighting with honor")
        >>> d[d.op != "same"][["op", "reference", "other"]].values.tolist()
        [['substitution', 'Islamic State', 'state of Islam'], ['spelling', 'honour', 'honor']]
        >>> word_diff("This raging battle and total war", "This … total war").op.tolist()
        ['same', 'ellipsis', 'same']
    """
    from difflib import SequenceMatcher

    ta, tb = _diff_tokens(reference), _diff_tokens(other)
    ka, kb = [_key(t) for t in ta], [_key(t) for t in tb]
    rows = []

    def add(op, a, b):
        if rows and rows[-1]["op"] == op:
            rows[-1]["reference"] = " ".join(x for x in (rows[-1]["reference"], a) if x)
            rows[-1]["other"] = " ".join(x for x in (rows[-1]["other"], b) if x)
        else:
            rows.append({"op": op, "reference": a, "other": b})

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        a, b = ta[i1:i2], tb[j1:j2]
        if tag == "equal":
            for x, y in zip(a, b):
                plain = [re.sub(r"[^\w]", "", t.lower()) for t in (x, y)]
                add("same" if plain[0] == plain[1] or _is_ellipsis(x) else "spelling", x, y)
        elif tag == "delete":
            add("omission", " ".join(a), "")
        elif tag == "insert":
            add("ellipsis" if all(_is_ellipsis(t) for t in b) else "insertion", "", " ".join(b))
        elif all(_is_ellipsis(t) for t in b):
            add("ellipsis", " ".join(a), " ".join(b))
        else:
            add("substitution", " ".join(a), " ".join(b))
    rows = _merge_reorderings(rows)
    return pd.DataFrame(rows, columns=["op", "reference", "other"]).astype("string")


_CHANGES = {"omission", "insertion", "substitution"}


def _change_list(diff: pd.DataFrame) -> list[str]:
    """Readable changes of a :func:`word_diff`: "a → b", "− omitted", "+ inserted"."""
    changes = []
    for op, a, b in diff[diff.op != "same"].itertuples(index=False):
        if op in ("substitution", "spelling"):
            changes.append(f"{a} → {b}")
        elif op == "omission":
            changes.append(f"− {a}")
        elif op == "insertion":
            changes.append(f"+ {b}")
        else:
            changes.append(f"{a or ''} → {b}".strip())
    return changes


def _merge_reorderings(rows: list[dict]) -> list[dict]:
    """Read "Islamic State" → "state of Islam" as one substitution: a single shared word
    between two changes is part of a reworded phrase, not a kept word."""
    out: list[dict] = []
    k = 0
    while k < len(rows):
        r = rows[k]
        if (out and out[-1]["op"] in _CHANGES and r["op"] == "same" and len(r["other"].split()) == 1
                and k + 1 < len(rows) and rows[k + 1]["op"] in _CHANGES):
            prev, nxt = out.pop(), rows[k + 1]
            join = lambda *xs: " ".join(x for x in xs if x)
            out.append({"op": "substitution",
                        "reference": join(prev["reference"], r["reference"], nxt["reference"]),
                        "other": join(prev["other"], r["other"], nxt["other"])})
            k += 2
            continue
        if out and out[-1]["op"] == "substitution" and r["op"] in _CHANGES:
            out[-1] = {"op": "substitution",
                       "reference": " ".join(x for x in (out[-1]["reference"], r["reference"]) if x),
                       "other": " ".join(x for x in (out[-1]["other"], r["other"]) if x)}
        else:
            out.append(dict(r))
        k += 1
    return out


def word_similarity(a: str, b: str) -> float:
    """Share of the shorter wording's words found, in order, in the longer one (0-1).

    The size of all matching blocks of a word-level diff over the shorter side's word
    count, so a trim of the same translation scores 1 and another translation scores low.

    Usage:
        >>> word_similarity("total war", "this raging battle and total war")
        1.0
        >>> word_similarity("honour is a thousand times easier", "honor is a thousand times better")
        0.8333333333333334
    """
    from difflib import SequenceMatcher

    ka = [_key(t) for t in _diff_tokens(a) if _WORD.search(t.lower())]
    kb = [_key(t) for t in _diff_tokens(b) if _WORD.search(t.lower())]
    if not ka or not kb:
        return 0.0
    same = sum(m.size for m in SequenceMatcher(None, ka, kb, autojunk=False).get_matching_blocks())
    return same / min(len(ka), len(kb))


def _wording_families(texts: list[str], threshold: float | None = None) -> list[str]:
    """Letters a, b, ... grouping wordings that are the same translation (single link)."""
    threshold = FAMILY_THRESHOLD if threshold is None else threshold
    label: list[int] = list(range(len(texts)))
    for x in range(len(texts)):
        for y in range(x):
            if word_similarity(texts[x], texts[y]) >= threshold:
                old, new = label[x], label[y]
                label = [new if v == old else v for v in label]
    names: dict[int, str] = {}
    for v in label:
        names.setdefault(v, chr(ord("a") + len(names) % 26) + ("" if len(names) < 26 else str(len(names) // 26)))
    return [names[v] for v in label]


def wording_table(quotes: pd.DataFrame, reference: dict | None = None) -> pd.DataFrame:
    """Each outlet's wording of each passage, side by side, with diff counts against a reference.

    ``quotes`` needs ``outlet, text, passage``; per passage and outlet the fullest quote
    (most words) is used. The reference wording is ``reference[passage]`` when given (a
    transcript sentence), else the fullest wording of the passage (the first outlet on a
    tie). Rows in passage order, then outlet order: ``passage, outlet``, ``family`` (a
    letter shared by outlets using the same translation of this passage, see
    ``FAMILY_THRESHOLD``), ``text, reference_from, reference, similarity`` (:func:`word_similarity` to the reference), word counts
    ``omitted, inserted, substituted``, counts ``spelling, ellipses`` and ``changes``, a
    readable list ("Islamic State → state of Islam; honour → honor").

    Usage:
        >>> import pandas as pd
        >>> q = pd.DataFrame({"outlet": ["A", "B"], "passage": ["P01", "P01"],
        ...     "text": ["We fight with honour and faith", "We fight with honor"]})
        >>> wording_table(q)[["outlet", "reference_from", "omitted", "spelling", "changes"]].values.tolist()
        [['A', 'A', 0, 0, ''], ['B', 'A', 2, 1, 'honour → honor; − and faith']]
    """
    cols = ["passage", "outlet", "family", "text", "reference_from", "reference", "similarity", "omitted",
            "inserted", "substituted", "spelling", "ellipses", "changes"]
    q = quotes[quotes["passage"].fillna("").astype(str) != ""]
    rows = []
    outlets = list(pd.unique(quotes["outlet"]))
    for pid in sorted(pd.unique(q["passage"].astype(str))):
        part = q[q["passage"] == pid]
        best = {}
        for outlet, text in zip(part["outlet"], part["text"].fillna("").astype(str)):
            if outlet not in best or len(_diff_tokens(text)) > len(_diff_tokens(best[outlet])):
                best[outlet] = text
        if reference and pid in reference:
            ref_text, ref_from = str(reference[pid]), "transcript"
        else:
            ref_from = max(best, key=lambda o: (len(_diff_tokens(best[o])), -outlets.index(o)))
            ref_text = best[ref_from]
        family = _wording_families([best[o] for o in outlets if o in best])
        for n_out, outlet in enumerate([o for o in outlets if o in best]):
            d = word_diff(ref_text, best[outlet])
            n = lambda op, side: sum(len(str(x).split()) for x in d.loc[d.op == op, side])
            changes = _change_list(d)
            rows.append({"passage": pid, "outlet": outlet, "family": family[n_out], "text": best[outlet],
                         "reference_from": ref_from, "reference": ref_text,
                         "similarity": word_similarity(ref_text, best[outlet]),
                         "omitted": n("omission", "reference"), "inserted": n("insertion", "other"),
                         "substituted": n("substitution", "other"),
                         "spelling": int((d.op == "spelling").sum()),
                         "ellipses": int((d.op == "ellipsis").sum()), "changes": "; ".join(changes)})
    return pd.DataFrame(rows, columns=cols)


_HTML_STYLE = """<style>
table.wording{border-collapse:collapse;font-family:Georgia,serif;font-size:14px;margin:0.5em 0}
table.wording td,table.wording th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}
table.wording del{color:#9b1c1c;background:#fde8e8}
table.wording ins{text-decoration:none;background:#fff3bf}
table.wording .spelling{background:#d3f9d8}
table.wording .ellipsis{background:#e5dbff}
</style>"""


def diff_html(reference: str, other: str) -> str:
    """``other`` as escaped HTML, its differences from ``reference`` highlighted.

    Omitted reference words appear struck out (``<del>``), inserted and substituted words
    marked (``<ins>``), spelling variants and ellipses get their own classes. All text is
    escaped, so markup in an article shows as text.

    Usage:
        >>> diff_html("with honour <b>", "with honor <b>")
        'with <ins class="spelling" title="honour">honor</ins> &lt;b&gt;'
        >>> "&lt;script&gt;" in diff_html("a", "<script>alert(1)</script>")
        True
    """
    import html

    parts = []
    for op, a, b in word_diff(reference, other).itertuples(index=False):
        a, b = html.escape(str(a)), html.escape(str(b))
        if op == "same":
            parts.append(b)
        elif op == "omission":
            parts.append(f"<del>{a}</del>")
        elif op == "insertion":
            parts.append(f"<ins>{b}</ins>")
        elif op == "spelling":
            parts.append(f'<ins class="spelling" title="{a}">{b}</ins>')
        elif op == "ellipsis":
            parts.append(f'<ins class="ellipsis" title="{a}">{b}</ins>')
        else:
            parts.append(f'<del>{a}</del> <ins title="{a}">{b}</ins>')
    return " ".join(parts)


def wording_html(table: pd.DataFrame) -> str:
    """The :func:`wording_table` as an HTML table with each wording's differences highlighted.

    Every text from an article is escaped (an article containing ``<script>`` shows it as
    text). Struck out: words of the reference the outlet omits; yellow: inserted or
    substituted words; green: spelling variants; violet: ellipses.

    Usage:
        >>> import pandas as pd
        >>> q = pd.DataFrame({"outlet": ["A", "B"], "passage": ["P01", "P01"],
        ...     "text": ["We fight <script>x</script> with honour", "We fight with honor"]})
        >>> h = wording_html(wording_table(q))
        >>> "<script>" in h, "&lt;script&gt;" in h
        (False, True)
    """
    import html

    rows = []
    for r in table.itertuples(index=False):
        marked = (html.escape(str(r.text)) if r.reference_from == r.outlet
                  else diff_html(str(r.reference), str(r.text)))
        rows.append(f"<tr><td>{html.escape(str(r.passage))}</td><td>{html.escape(str(r.outlet))}</td>"
                    f"<td>{html.escape(str(r.family))}</td><td>{marked}</td><td>{html.escape(str(r.reference_from))}</td>"
                    f"<td>{r.similarity:.2f}</td></tr>")
    head = ("<tr><th>passage</th><th>outlet</th><th>family</th><th>wording (differences from the reference "
            "highlighted)</th><th>reference</th><th>similarity</th></tr>")
    return f'{_HTML_STYLE}<table class="wording">{head}{"".join(rows)}</table>'


# --------------------------------------------------------------------------- translation families

#: Two wordings of a passage are the same translation when :func:`word_similarity` reaches
#: this. In tests/data/align_pairs.csv different translations of one sentence score 0.50-0.88
#: (median 0.69) and trims of one translation 0.97-1.0.
FAMILY_THRESHOLD = 0.9


def _fullest(quotes: pd.DataFrame) -> dict[tuple, str]:
    """(outlet, passage) -> the outlet's fullest wording of that passage."""
    q = quotes[quotes["passage"].fillna("").astype(str) != ""]
    fullest: dict[tuple, str] = {}
    for outlet, pid, text in zip(q["outlet"], q["passage"].astype(str), q["text"].fillna("").astype(str)):
        if len(_diff_tokens(text)) > len(_diff_tokens(fullest.get((outlet, pid), ""))):
            fullest[(outlet, pid)] = text
    return fullest


#: How two outlets' wordings of one passage relate, from closest to farthest.
RELATIONS = ("identical", "same translation, trimmed", "same translation, edited", "different translation",
             "too short to tell")


def wording_relation(a: str, b: str, threshold: float | None = None) -> dict:
    """How two wordings of one passage relate: identical, the same translation trimmed or edited, or another translation.

    ``agreement`` is :func:`word_similarity` (share of the shorter wording's words found,
    in order, in the longer). ``relation`` is ``"too short to tell"`` when either wording
    has fewer than ``MIN_CONTENT_WORDS`` content words (a shared label says little about
    the translation); ``"identical"`` when the words are the same (case and punctuation
    aside); ``"different translation"`` when ``agreement`` is below ``threshold``
    (default ``FAMILY_THRESHOLD``); otherwise ``"same translation, trimmed"`` when the
    shorter wording only leaves words out (omissions, ellipses) and ``"same translation,
    edited"`` when it also changes words (substitutions, insertions, spelling). ``changes``
    lists the differences of the shorter wording against the longer.

    Usage:
        >>> r = wording_relation("We will rebuild this city stone by stone, together.",
        ...                      "We will rebuild this city stone by stone")
        >>> r["relation"], r["agreement"], r["changes"]
        ('same translation, trimmed', 1.0, '− together.')
        >>> wording_relation("We will rebuild this city stone by stone",
        ...                  "Our town shall be raised again, brick after brick")["relation"]
        'different translation'
    """
    threshold = FAMILY_THRESHOLD if threshold is None else threshold
    a = "" if a is None or (not isinstance(a, str) and pd.isna(a)) else str(a)
    b = "" if b is None or (not isinstance(b, str) and pd.isna(b)) else str(b)
    agreement = word_similarity(a, b)
    longer, shorter = (a, b) if len(_diff_tokens(a)) >= len(_diff_tokens(b)) else (b, a)
    d = word_diff(longer, shorter)
    ops = set(d["op"]) - {"same"}
    if min(len(content_words(a)), len(content_words(b))) < MIN_CONTENT_WORDS:
        relation = "too short to tell"
    elif not ops:
        relation = "identical"
    elif agreement < threshold:
        relation = "different translation"
    elif ops <= {"omission", "ellipsis"}:
        relation = "same translation, trimmed"
    else:
        relation = "same translation, edited"
    return {"relation": relation, "agreement": agreement, "changes": "; ".join(_change_list(d))}


def passage_relations(quotes: pd.DataFrame, threshold: float = FAMILY_THRESHOLD) -> pd.DataFrame:
    """For every pair of outlets and every passage both quote, how their wordings relate.

    ``quotes`` needs ``outlet, text, passage``; each outlet's fullest wording of a passage
    is compared (:func:`wording_relation`). Columns ``outlet_a, outlet_b, passage,
    wording_a, wording_b, agreement, relation, changes``, by outlet pair then passage.

    Usage:
        >>> import pandas as pd
        >>> q = pd.DataFrame({"outlet": ["A", "B", "A", "B"], "passage": ["P01", "P01", "P02", "P02"],
        ...     "text": ["We will rebuild this city stone by stone", "We will rebuild this city stone by stone",
        ...              "Every family will have a roof before winter", "not broken"]})
        >>> passage_relations(q)[["passage", "relation"]].values.tolist()
        [['P01', 'identical'], ['P02', 'too short to tell']]
    """
    fullest = _fullest(quotes)
    outlets = list(pd.unique(quotes["outlet"]))
    rows = []
    for x in range(len(outlets)):
        for y in range(x + 1, len(outlets)):
            a, b = outlets[x], outlets[y]
            shared = sorted({p for o, p in fullest if o == a} & {p for o, p in fullest if o == b})
            for p in shared:
                r = wording_relation(fullest[(a, p)], fullest[(b, p)], threshold)
                rows.append({"outlet_a": a, "outlet_b": b, "passage": p, "wording_a": fullest[(a, p)],
                             "wording_b": fullest[(b, p)], **r})
    cols = ["outlet_a", "outlet_b", "passage", "wording_a", "wording_b", "agreement", "relation", "changes"]
    return pd.DataFrame(rows, columns=cols)


def outlet_similarity(quotes: pd.DataFrame, threshold: float = FAMILY_THRESHOLD) -> pd.DataFrame:
    """Wording agreement of every pair of outlets over the full quotes of passages both quote.

    Only passages where both wordings have at least ``MIN_CONTENT_WORDS`` content words
    count (two identical fragments say little about the translation used). Columns
    ``outlet_a, outlet_b, n_shared``; per :func:`wording_relation` ``n_identical``,
    ``n_trimmed``, ``n_edited`` (the same translation, trimmed or edited) and
    ``n_different`` (another translation); ``n_same_wording`` (identical + trimmed +
    edited), ``share_same_wording``, ``similarity`` (mean agreement; NaN with nothing
    shared) and ``evidence``, which names the passages behind each count.

    Usage:
        >>> import pandas as pd
        >>> q = pd.DataFrame({"outlet": ["A", "B"], "passage": ["P01", "P01"],
        ...     "text": ["we fight with honour for our land and our children",
        ...              "we fight with honor for our land and our children today"]})
        >>> outlet_similarity(q)[["outlet_a", "outlet_b", "n_same_wording", "n_edited", "similarity"]].values.tolist()
        [['A', 'B', 1, 1, 1.0]]
    """
    rel = passage_relations(quotes, threshold)
    rel = rel[rel["relation"] != "too short to tell"]
    outlets = list(pd.unique(quotes["outlet"]))
    labels = {"identical": "identical", "same translation, trimmed": "the same translation, trimmed",
              "same translation, edited": "the same translation, edited",
              "different translation": "a different translation"}
    rows = []
    for x in range(len(outlets)):
        for y in range(x + 1, len(outlets)):
            a, b = outlets[x], outlets[y]
            part = rel[(rel["outlet_a"] == a) & (rel["outlet_b"] == b)]
            counts = {k: int((part["relation"] == k).sum()) for k in labels}
            same = counts["identical"] + counts["same translation, trimmed"] + counts["same translation, edited"]
            evidence = "; ".join(
                f"{' '.join(part.loc[part['relation'] == k, 'passage'])} {labels[k]}"
                + (f" (agreement {', '.join(f'{v:.2f}' for v in part.loc[part['relation'] == k, 'agreement'])})"
                   if k != "identical" else "")
                for k in labels if counts[k])
            rows.append({"outlet_a": a, "outlet_b": b, "n_shared": len(part),
                         "n_identical": counts["identical"], "n_trimmed": counts["same translation, trimmed"],
                         "n_edited": counts["same translation, edited"], "n_different": counts["different translation"],
                         "n_same_wording": same,
                         "share_same_wording": same / len(part) if len(part) else float("nan"),
                         "similarity": float(part["agreement"].mean()) if len(part) else float("nan"),
                         "evidence": evidence})
    return pd.DataFrame(rows, columns=["outlet_a", "outlet_b", "n_shared", "n_identical", "n_trimmed", "n_edited",
                                       "n_different", "n_same_wording", "share_same_wording", "similarity",
                                       "evidence"])


def translation_families(quotes: pd.DataFrame, threshold: float = FAMILY_THRESHOLD) -> pd.DataFrame:
    """Group outlets into translation families by shared wording (single link).

    Two outlets are linked when more than half of the passages both quote in full are in
    the same wording (:func:`outlet_similarity`); an outlet may still borrow one passage
    from another translation, which :func:`wording_table`'s ``family`` column shows. Returns
    ``outlet, family`` (``F1``, ``F2``... in outlet order), ``n_members``, ``members``,
    ``n_passages_compared`` (the passages quoted in full by this outlet and another, summed
    over the other outlets: what the grouping rests on) and ``basis`` (per other outlet, which
    passages are identical, trimmed, edited or in a different translation, with their
    agreement). An outlet sharing no passage with any other is a family of its own.

    Usage:
        >>> import pandas as pd
        >>> q = pd.DataFrame({"outlet": ["A", "B", "C"], "passage": ["P01"] * 3,
        ...     "text": ["we fight with honour for our land and children",
        ...              "we fight with honor for our land and children",
        ...              "our struggle for the homeland is noble and just"]})
        >>> translation_families(q)[["outlet", "family"]].values.tolist()
        [['A', 'F1'], ['B', 'F1'], ['C', 'F2']]
    """
    outlets = list(pd.unique(quotes["outlet"]))
    parent = {o: o for o in outlets}

    def root(o):
        while parent[o] != o:
            o = parent[o]
        return o

    sim = outlet_similarity(quotes, threshold)
    for r in sim.itertuples(index=False):
        if r.n_shared and r.share_same_wording > 0.5:
            ra, rb = root(r.outlet_a), root(r.outlet_b)
            if ra != rb:
                parent[max(ra, rb, key=outlets.index)] = min(ra, rb, key=outlets.index)
    names, rows = {}, []
    for o in outlets:
        names.setdefault(root(o), f"F{len(names) + 1}")
    for o in outlets:
        members = [m for m in outlets if root(m) == root(o)]
        links = sim[((sim["outlet_a"] == o) | (sim["outlet_b"] == o)) & (sim["n_shared"] > 0)]
        basis = [f"with {r.outlet_b if r.outlet_a == o else r.outlet_a}: {plural(r.n_shared, 'passage')} quoted "
                 f"in full by both ({r.evidence})" for r in links.itertuples(index=False)]
        rows.append({"outlet": o, "family": names[root(o)], "n_members": len(members),
                     "members": "; ".join(members),
                     "n_passages_compared": int(links["n_shared"].sum()),
                     "basis": " | ".join(basis) or "no passage quoted in full by another outlet"})
    return pd.DataFrame(rows, columns=["outlet", "family", "n_members", "members", "n_passages_compared", "basis"])
