"""Distinctive words: the log-odds ratio with a Dirichlet prior, and Dunning's G².

This module also holds the suite's one word tokeniser (:func:`tokenize`,
:func:`token_spans`), shared with :mod:`analysis.reuse`.

**Fightin' words** (Monroe, Colaresi & Quinn 2008, "Fightin' Words: Lexical
Feature Selection and Evaluation for Identifying the Content of Political
Conflict", *Political Analysis* 16(4): 372-403, section 3.5). For a word w with
counts y_a, y_b in the two texts, totals n_a, n_b, a prior pseudo-count α_w and
α_0 = Σ_w α_w over the vocabulary of the comparison::

    δ_w = ln[(y_a+α_w) / (n_a+α_0-y_a-α_w)] - ln[(y_b+α_w) / (n_b+α_0-y_b-α_w)]
    σ²_w ≈ 1/(y_a+α_w) + 1/(y_b+α_w)                         ("monroe", the paper's eq. 19)
    σ²_w ≈ the above + 1/(n_a+α_0-y_a-α_w) + 1/(n_b+α_0-y_b-α_w)   ("scattertext", Kessler 2017)
    z_w = δ_w / σ_w

Positive δ and z mean the word is relatively more frequent in text A. The
priors on offer: a uniform α (a number), the pooled corpus (default: α_w =
α_0·π_w with π from the two texts together, Monroe et al.'s informative prior),
the English background list shipped in ``analysis/lexicons/background_en.csv``
(wordfreq, Speer et al.; see ``lexicons/README_background.md``), or any mapping
of background counts.

**Dunning's G²** (Dunning 1993, "Accurate Methods for the Statistics of Surprise
and Coincidence", *Computational Linguistics* 19(1): 61-74): the log-likelihood
ratio of the 2×2 table (word / other words × text A / text B), with its p-value
from χ² with one degree of freedom.

With two short articles almost nothing reaches |z| > 1.96: treat z as a
*ranking* of the words that most set one text apart, not as a test.

Usage:
    >>> tokenize("The U.S.-led coalition's 3,000 troops don't retreat.")
    ['the', 'u.s', 'led', 'coalition', '3,000', 'troops', "don't", 'retreat']
    >>> t = fightin_words({"war": 8, "peace": 1, "the": 10}, {"war": 1, "peace": 8, "the": 10}, prior=0.01)
    >>> t[["word", "count_a", "count_b"]].values.tolist()
    [['war', 8, 1], ['the', 10, 10], ['peace', 1, 8]]
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache

import numpy as np
import pandas as pd

from .paths import LEXICON_DIR

BACKGROUND_FILE = LEXICON_DIR / "background_en.csv"
STOPWORDS_FILE = LEXICON_DIR / "stopwords_en.toml"
VARIANCES = ("monroe", "scattertext")
RESULT_COLUMNS = ["word", "count_a", "count_b", "count", "alpha", "delta", "se", "z", "g2", "p_g2", "variance"]
BODY_SECTIONS = ("headline", "standfirst", "lead", "body")

_APOSTROPHES = "'\u2019\u2018\u02bc"
# dotted abbreviations (U.S., e.g.), numbers with separators (3,000 1.5), words with inner apostrophes
_TOKEN = re.compile(
    r"\b(?:[^\W\d_]\.)+[^\W\d_]\b\.?"
    r"|\d+(?:[.,]\d+)+"
    rf"|[^\W_]+(?:[{_APOSTROPHES}][^\W_]+)*"
)
_POSSESSIVE = re.compile(rf"[{_APOSTROPHES}]s$")


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """Word tokens of ``text`` with their character offsets: ``[(token, start, end)]``.

    Tokens are lower-cased; curly apostrophes become ``'``; a possessive ``'s`` is
    dropped from the token (its span still covers it); hyphens split words
    (``US-led`` gives ``us``, ``led``); dotted abbreviations keep their inner dots
    (``U.S.`` gives ``u.s``); numbers keep their separators (``3,000``).
    Punctuation and symbols are not tokens. Never raises on odd text.

    Usage:
        >>> token_spans("Baghdadi\u2018s speech")
        [('baghdadi', 0, 10), ('speech', 11, 17)]
    """
    out = []
    for m in _TOKEN.finditer(text or ""):
        tok = m.group(0).lower().rstrip(".")
        for ch in _APOSTROPHES[1:]:
            tok = tok.replace(ch, "'")
        if len(tok) > 3 and tok.endswith("'s"):
            tok = tok[:-2]
        out.append((tok, m.start(), m.end()))
    return out


def tokenize(text: str) -> list[str]:
    """Word tokens of ``text`` (see :func:`token_spans` for the rules).

    Usage:
        >>> tokenize("Mosul\u2019s 'No Retreat'")
        ['mosul', 'no', 'retreat']
    """
    return [t for t, _, _ in token_spans(text)]


def word_counts(text: str) -> Counter:
    """Counts of the tokens of one text (the per-article building block).

    Usage:
        >>> word_counts("War, war and peace.")["war"]
        2
    """
    return Counter(tokenize(text))


@lru_cache(maxsize=1)
def _background_cached() -> pd.Series:
    table = pd.read_csv(BACKGROUND_FILE, dtype={"word": "string"}, keep_default_na=False)
    return pd.Series(table["frequency"].to_numpy(float), index=table["word"].astype(str), name="frequency")


def load_background() -> pd.Series:
    """The shipped English background list: word -> relative frequency (wordfreq, CC BY-SA 4.0).

    Words are tokenised with :func:`tokenize`, so they match this module's counts.

    Usage:
        >>> bg = load_background()
        >>> bg.index[0], bool(bg["the"] > bg["war"] > 0)
        ('the', True)
    """
    return _background_cached().copy()


def _as_counter(counts, name: str) -> Counter:
    if isinstance(counts, str):
        return word_counts(counts)
    if isinstance(counts, pd.Series):
        counts = counts.to_dict()
    if isinstance(counts, Mapping):
        out = Counter()
        for word, value in counts.items():
            try:
                value = float(value)
            except (TypeError, ValueError):
                raise ValueError(f"{name}: count of {word!r} is not a number: {value!r}") from None
            if value < 0 or math.isnan(value):
                raise ValueError(f"{name}: count of {word!r} must be a non-negative number, got {value!r}")
            if value > 0:
                out[str(word)] += value
        return out
    if isinstance(counts, Iterable):
        return Counter(str(t) for t in counts)
    raise ValueError(f"{name} must be a text, a mapping word -> count or a list of tokens, not {type(counts).__name__}")


def _prior_alpha(prior, vocab: list[str], ya: np.ndarray, yb: np.ndarray, alpha0: float | None) -> np.ndarray:
    """α_w for every word of ``vocab`` under the chosen prior."""
    n_total = ya.sum() + yb.sum()
    if prior is None or (isinstance(prior, str) and prior == "pooled"):
        weights = ya + yb
        scale = n_total if alpha0 is None else alpha0
        return scale * weights / weights.sum()
    if isinstance(prior, (int, float)) and not isinstance(prior, bool):
        if not prior > 0:
            raise ValueError(f"a uniform prior must be a positive number, got {prior!r}")
        return np.full(len(vocab), float(prior))
    if isinstance(prior, str) and prior == "background":
        freq = load_background()
        weights = freq.reindex(vocab).to_numpy(float)
        weights = np.where(np.isnan(weights), freq.min(), weights)   # unlisted words: the rarest listed frequency
        scale = n_total if alpha0 is None else alpha0
        return scale * weights / weights.sum()
    if isinstance(prior, (Mapping, pd.Series)):
        series = pd.Series(dict(prior) if isinstance(prior, Mapping) else prior, dtype=float)
        positive = series[series > 0]
        if positive.empty:
            raise ValueError("the prior mapping has no positive background count")
        weights = series.reindex(vocab).to_numpy(float)
        weights = np.where(np.isnan(weights) | (weights <= 0), positive.min(), weights)  # floor for unlisted words
        if alpha0 is None:
            return weights
        return alpha0 * weights / weights.sum()
    raise ValueError(
        f"prior must be None or 'pooled', 'background', a positive number (uniform α) or a mapping "
        f"word -> background count, not {prior!r}")


def dunning_g2(ya, yb, na, nb) -> tuple[np.ndarray, np.ndarray]:
    """Dunning's (1993) G² for the 2×2 table [[y_a, y_b], [n_a-y_a, n_b-y_b]] and its χ²(1) p-value.

    Arrays in, arrays out; 0·ln 0 is taken as 0.

    Usage:
        >>> g2, p = dunning_g2([10], [10], [100], [100])
        >>> float(g2[0]), float(p[0])
        (0.0, 1.0)
    """
    ya, yb = np.asarray(ya, float), np.asarray(yb, float)
    na, nb = np.broadcast_to(np.asarray(na, float), ya.shape), np.broadcast_to(np.asarray(nb, float), ya.shape)
    n = na + nb
    observed = [ya, yb, na - ya, nb - yb]
    expected = [na * (ya + yb) / n, nb * (ya + yb) / n, na * (n - ya - yb) / n, nb * (n - ya - yb) / n]
    g2 = np.zeros(ya.shape)
    for o, e in zip(observed, expected):
        with np.errstate(divide="ignore", invalid="ignore"):
            term = np.where(o > 0, o * np.log(o / e), 0.0)
        g2 = g2 + term
    g2 = np.maximum(2 * g2, 0.0)
    p = np.array([math.erfc(math.sqrt(v / 2)) for v in g2.ravel()]).reshape(g2.shape)
    return g2, p


def fightin_words(counts_a, counts_b, prior=None, alpha0: float | None = None, variance: str = "monroe",
                  min_count: int = 1) -> pd.DataFrame:
    """Words that set text A apart from text B: Monroe et al.'s (2008) log-odds with a Dirichlet prior.

    ``counts_a``, ``counts_b``: mappings word -> count (a ``Counter``, a dict, a Series), a list
    of tokens, or a text (tokenised with :func:`tokenize`).

    ``prior``:

    * ``None`` or ``"pooled"`` (default): informative prior from the two texts pooled,
      α_w = α_0·(y_a+y_b)/(n_a+n_b); with ``alpha0=None``, α_0 = n_a+n_b (the pooled counts themselves);
    * ``"background"``: the shipped English frequency list (``lexicons/background_en.csv``),
      α_w = α_0·π_w with π normalised over the words of the comparison; ``alpha0=None`` gives
      α_0 = n_a+n_b; words not in the list get the rarest listed frequency;
    * a positive number: a uniform α_w for every word;
    * a mapping word -> background count: ``alpha0=None`` uses the counts as α_w directly,
      otherwise α_w = alpha0·count_w/Σ count over the comparison's words (missing words: the smallest count).

    ``variance``: ``"monroe"`` (two terms, the paper's approximation) or ``"scattertext"``
    (four terms). ``min_count``: keep words whose combined count is at least this.

    Returns one row per word, sorted by ``z`` (most typical of A first): ``word, count_a, count_b,
    count (a+b), alpha, delta, se, z, g2, p_g2, variance``. ``g2``/``p_g2`` are Dunning's G² and
    its p-value. With short texts almost nothing is significant: rank by z, do not test.
    Empty inputs give an empty table with these columns.

    Usage:
        >>> t = fightin_words("war war war war peace", "peace peace peace war", prior=0.5)
        >>> t["word"].tolist(), bool(t["z"].iloc[0] > 0 > t["z"].iloc[-1])
        (['war', 'peace'], True)
    """
    if variance not in VARIANCES:
        raise ValueError(f"variance must be one of {VARIANCES}, not {variance!r}")
    if alpha0 is not None and not alpha0 > 0:
        raise ValueError(f"alpha0 must be a positive number, got {alpha0!r}")
    ca, cb = _as_counter(counts_a, "counts_a"), _as_counter(counts_b, "counts_b")
    vocab = sorted(set(ca) | set(cb))
    if not vocab or not sum(ca.values()) or not sum(cb.values()):
        return pd.DataFrame({c: pd.Series(dtype="string" if c in ("word", "variance") else float)
                             for c in RESULT_COLUMNS})
    ya = np.array([ca.get(w, 0) for w in vocab], float)
    yb = np.array([cb.get(w, 0) for w in vocab], float)
    na, nb = ya.sum(), yb.sum()
    alpha = _prior_alpha(prior, vocab, ya, yb, alpha0)
    a0 = alpha.sum()
    rest_a, rest_b = na + a0 - ya - alpha, nb + a0 - yb - alpha
    delta = np.log((ya + alpha) / rest_a) - np.log((yb + alpha) / rest_b)
    var = 1 / (ya + alpha) + 1 / (yb + alpha)
    if variance == "scattertext":
        var = var + 1 / rest_a + 1 / rest_b
    se = np.sqrt(var)
    g2, p = dunning_g2(ya, yb, na, nb)
    counts_type = int if all(float(v).is_integer() for v in (*ca.values(), *cb.values())) else float
    table = pd.DataFrame({
        "word": pd.array(vocab, dtype="string"),
        "count_a": ya.astype(counts_type), "count_b": yb.astype(counts_type),
        "count": (ya + yb).astype(counts_type), "alpha": alpha, "delta": delta, "se": se, "z": delta / se,
        "g2": g2, "p_g2": p, "variance": pd.array([variance] * len(vocab), dtype="string"),
    })
    table = table[table["count"] >= min_count]
    return table.sort_values(["z", "word"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def text_of_sentences(sentences: pd.DataFrame, sections: Iterable[str] = BODY_SECTIONS) -> str:
    """Join the text of the sentences in ``sections`` (one article's or several), in order.

    Usage:
        >>> s = pd.DataFrame({"section": ["headline", "caption", "body"], "text": ["A war", "photo", "It ended."]})
        >>> text_of_sentences(s)
        'A war\\nIt ended.'
    """
    keep = sentences[sentences["section"].isin(list(sections))]
    return "\n".join(keep["text"].astype(str))


def outlet_word_counts(event, sections: Iterable[str] = BODY_SECTIONS) -> dict[str, Counter]:
    """Word counts per outlet (headline, standfirst, lead and body by default; captions left out).

    Usage:
        >>> import analysis
        >>> counts = outlet_word_counts(analysis.load_event())
        >>> sorted(counts) == ['The Independent', 'Washington Free Beacon'], counts['The Independent']['mosul'] > 0
        (True, True)
    """
    outlets = event.articles.set_index("article_id")["outlet"]
    counts: dict[str, Counter] = {}
    for article_id, group in event.sentences.groupby("article_id", sort=False):
        outlet = outlets[article_id]
        counts.setdefault(outlet, Counter()).update(word_counts(text_of_sentences(group, sections)))
    return counts


def distinctive_words(event, prior="auto", alpha0: float | None = None, variance: str = "monroe",
                      min_count: int = 1, sections: Iterable[str] = BODY_SECTIONS) -> pd.DataFrame:
    """Each outlet against all the other outlets of the event pooled (see :func:`fightin_words`).

    ``prior="auto"`` uses the shipped English background list when the event's
    ``coverage_language`` is English (``en``) and the pooled corpus otherwise; any
    :func:`fightin_words` prior may be given instead.

    Returns the :func:`fightin_words` columns plus ``outlet`` first; ``count_a`` is the outlet,
    ``count_b`` the rest. An event with a single outlet has nothing to compare and gives an
    empty table with the same columns. Rank by z: with a few short articles, few words are
    significant.

    Usage:
        >>> import analysis
        >>> t = distinctive_words(analysis.load_event())
        >>> sorted(t["outlet"].unique())
        ['The Independent', 'Washington Free Beacon']
    """
    if isinstance(prior, str) and prior == "auto":
        language = str(event.meta.get("coverage_language", "") or "").lower()
        prior = "background" if language in ("en", "eng", "english") or language.startswith("en-") else "pooled"
    counts = outlet_word_counts(event, sections)
    columns = ["outlet", *RESULT_COLUMNS]
    frames = []
    if len(counts) > 1:
        for outlet, own in counts.items():
            rest = Counter()
            for other, c in counts.items():
                if other != outlet:
                    rest.update(c)
            t = fightin_words(own, rest, prior=prior, alpha0=alpha0, variance=variance, min_count=min_count)
            frames.append(t.assign(outlet=outlet)[columns])
    if not frames:
        empty = fightin_words({}, {})
        return empty.assign(outlet=pd.Series(dtype="string"))[columns]
    table = pd.concat(frames, ignore_index=True)
    table["outlet"] = table["outlet"].astype("string")
    return table


def top_words(table: pd.DataFrame, n: int = 10, by: str = "z") -> pd.DataFrame:
    """The ``n`` words with the highest ``by`` per outlet (or overall when there is no ``outlet`` column).

    Usage:
        >>> t = pd.DataFrame({"outlet": ["A", "A", "B"], "word": ["x", "y", "z"], "z": [2.0, 1.0, 3.0]})
        >>> top_words(t, 1)["word"].tolist()
        ['x', 'z']
    """
    ordered = table.sort_values(by, ascending=False, kind="mergesort")
    if "outlet" in table.columns:
        return ordered.groupby("outlet", sort=False).head(n).sort_values(["outlet", by], ascending=[True, False],
                                                                         kind="mergesort").reset_index(drop=True)
    return ordered.head(n).reset_index(drop=True)


@lru_cache(maxsize=4)
def _stopwords_cached(path: str) -> frozenset:
    import tomllib

    try:
        data = tomllib.loads(open(path, encoding="utf-8").read())
    except (OSError, tomllib.TOMLDecodeError) as err:
        from .errors import InputError

        raise InputError(path, f"cannot be read as a stop-word list: {err}") from None
    return frozenset(str(w).lower() for w in data.get("words", []))


def load_stopwords(path=None) -> frozenset:
    """The short English function-word list (``lexicons/stopwords_en.toml``, documented there), or
    the ``words = [...]`` of another TOML file.

    Usage:
        >>> sw = load_stopwords()
        >>> "the" in sw, "said" in sw
        (True, False)
    """
    return _stopwords_cached(str(path or STOPWORDS_FILE))


def without_stopwords(table: pd.DataFrame, stopwords: Iterable[str] | None = None) -> pd.DataFrame:
    """Rows of a word table (a ``word`` column) whose word is not a stop word; for plotting and
    labelling only: keep the full table for the record. ``stopwords`` default: :func:`load_stopwords`.

    Usage:
        >>> t = pd.DataFrame({"word": ["the", "caliph", "is", "troops"], "z": [2.0, 1.5, 1.2, -1.0]})
        >>> without_stopwords(t)["word"].tolist()
        ['caliph', 'troops']
    """
    drop = load_stopwords() if stopwords is None else frozenset(str(w).lower() for w in stopwords)
    return table[~table["word"].astype(str).str.lower().isin(drop)].reset_index(drop=True)
