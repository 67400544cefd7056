"""Readability of each article, section and voice, with counts and a reliability flag.

All scores are textstat's (version pinned in ``pyproject.toml``; 0.7.8 works
offline) on *clean* text: the parsed sentences only, never page furniture.
textstat counts sentences with its own rule (a run of text ending in ``.``,
``!`` or ``?``, ignoring runs of two words or fewer), which splits ``U.S.-led``
into two sentences and merges a headline without a full stop into the next
line. :func:`textstat_text` therefore hands textstat one line per sentence of our
segmenter (:mod:`analysis.segment`), with a full stop added where a sentence has
no end mark and each ``.``/``!``/``?`` inside a sentence replaced by a middle
dot ``·``. The middle dot is punctuation to textstat, so word, syllable, letter
and character counts are unchanged; only the sentence boundaries now agree.

Formulas (textstat's implementation, English constants):

* Flesch reading ease, 206.835 - 1.015 words/sentence - 84.6 syllables/word (Flesch 1948,
  *J. Applied Psychology* 32(3), 221-233); negative values are valid.
* Flesch-Kincaid grade, 0.39 words/sentence + 11.8 syllables/word - 15.59 (Kincaid et al. 1975,
  Naval Technical Training Command, Research Branch Report 8-75).
* Gunning fog, 0.4 (words/sentence + 100 words of 3+ syllables/words) (Gunning 1952,
  *The Technique of Clear Writing*).
* SMOG, 1.043 sqrt(30 polysyllables/sentences) + 3.1291 (McLaughlin 1969, *Journal of Reading*
  12(8), 639-646).
* Coleman-Liau, 0.058 L - 0.296 S - 15.8 with L letters and S sentences per 100 words (Coleman &
  Liau 1975, *J. Applied Psychology* 60(2), 283-284).
* Automated readability index, 4.71 characters/word + 0.5 words/sentence - 21.43 (Senter & Smith
  1967, AMRL-TR-66-220).
* Dale-Chall, 0.1579 x % words not on the Dale-Chall easy list + 0.0496 words/sentence, + 3.6365 if
  that share exceeds 5 % (Dale & Chall 1948, *Educational Research Bulletin* 27(1), 11-20, 37-54).
* ``share_difficult``: share of words of two or more syllables not on the Dale-Chall easy-word list
  (textstat's ``difficult_words``, every occurrence counted).

Reliability: the formulas were calibrated on samples of about 100 words
(Flesch 1948; Dale & Chall 1948) and SMOG on 30 sentences (McLaughlin 1969).
A row is flagged ``reliable = False`` below :data:`MIN_WORDS` words or
:data:`MIN_SENTENCES` sentences (our choice for "a few": with one or two
sentences the words-per-sentence term is a single sentence's length), and
``smog_reliable = False`` below :data:`SMOG_MIN_SENTENCES` sentences. The number
is still given; ``reliability_note`` says why it should not be trusted.

Usage:
    >>> s = readability_scores("The cat sat on the mat. It was warm and the dog slept.")
    >>> s["n_words"], s["n_sentences_textstat"], round(s["words_per_sentence"], 1)
    (13, 2, 6.5)
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
import textstat

from .stats import DEFAULT_BOOT, DEFAULT_LEVEL, bootstrap_ci
from .voice import VOICES, empty_quotes, event_quotes, event_voices, long_voices

TEXTSTAT_VERSION = ".".join(str(p) for p in textstat.__version__)
METRICS = ["flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
           "automated_readability_index", "dale_chall", "words_per_sentence", "syllables_per_word", "share_difficult"]
METRIC_LABELS = {
    "flesch_reading_ease": "Flesch reading ease (higher = easier)",
    "flesch_kincaid_grade": "Flesch-Kincaid grade (US school years)",
    "gunning_fog": "Gunning fog (years of schooling)",
    "smog_index": "SMOG grade",
    "coleman_liau_index": "Coleman-Liau grade",
    "automated_readability_index": "Automated readability index (grade)",
    "dale_chall": "Dale-Chall score",
    "words_per_sentence": "Words per sentence",
    "syllables_per_word": "Syllables per word",
    "share_difficult": "Share of difficult words",
}
# sections of Event.sentences that make up each section group (captions are picture-desk furniture: left out)
SECTION_GROUPS = {
    "headline": ("headline", "standfirst"),
    "lead": ("lead",),
    "body": ("body",),
    "article": ("headline", "standfirst", "lead", "body"),
}
MIN_WORDS = 100
MIN_SENTENCES = 3
SMOG_MIN_SENTENCES = 30
COUNT_COLUMNS = ["words", "tokens", "syllables", "polysyllables", "letters", "chars", "difficult",
                 "difficult_fog", "difficult_dale_chall", "sentences"]

_END = re.compile(r"[.!?]+[\s\"'\u201d\u2019)\]\u00bb]*$")
_INNER = re.compile(r"[.!?]")
_HAS_WORD = re.compile(r"\w")


def textstat_sentence(sentence: str) -> str:
    """One sentence as textstat should see it: inner ``.!?`` masked, an end mark guaranteed.

    Usage:
        >>> textstat_sentence("U.S.-led forces entered Mosul")
        'U·S·-led forces entered Mosul.'
        >>> textstat_sentence('"Why?" he asked.')
        '"Why·" he asked.'
    """
    s = " ".join(str(sentence).split())
    if not s:
        return ""
    m = _END.search(s)
    if m:
        return _INNER.sub("\u00b7", s[:m.start()]) + s[m.start():]
    return _INNER.sub("\u00b7", s) + "."


def textstat_text(sentences) -> str:
    """Join sentences into the text textstat scores (one prepared sentence per line).

    Usage:
        >>> t = textstat_text(["Storm hits coast", "Gen. Lee spoke at 2 p.m. on Monday."])
        >>> t, textstat.sentence_count(t)
        ('Storm hits coast.\\nGen· Lee spoke at 2 p·m· on Monday.', 2)
    """
    return "\n".join(p for p in (textstat_sentence(s) for s in sentences) if p)


def readability_scores(text: str) -> dict:
    """Every metric of :data:`METRICS` for one text, straight from textstat, plus word and sentence counts.

    The text is scored as given: pass :func:`textstat_text` output to control sentence
    boundaries. Text without words gives NaN scores and zero counts.

    Usage:
        >>> s = readability_scores("We won. The fans sang all night long in the rain.")
        >>> s["flesch_reading_ease"] == textstat.flesch_reading_ease("We won. The fans sang all night long in the rain.")
        True
    """
    text = str(text)
    n_words = textstat.lexicon_count(text)
    out = {"n_words": n_words, "n_sentences_textstat": textstat.sentence_count(text) if n_words else 0}
    if not n_words:
        return {**{m: float("nan") for m in METRICS}, **out}
    out.update({
        "flesch_reading_ease": textstat.flesch_reading_ease(text),
        "flesch_kincaid_grade": textstat.flesch_kincaid_grade(text),
        "gunning_fog": textstat.gunning_fog(text),
        "smog_index": textstat.smog_index(text),
        "coleman_liau_index": textstat.coleman_liau_index(text),
        "automated_readability_index": textstat.automated_readability_index(text),
        "dale_chall": textstat.dale_chall_readability_score(text),
        "words_per_sentence": textstat.words_per_sentence(text),
        "syllables_per_word": textstat.avg_syllables_per_word(text),
        "share_difficult": textstat.difficult_words(text, unique=False) / n_words,
    })
    return {**{m: out[m] for m in METRICS}, **{k: out[k] for k in ("n_words", "n_sentences_textstat")}}


def reliability(n_sentences: int, n_words: int) -> dict:
    """Reliability flags for a text of this size (thresholds and sources in the module docstring).

    Usage:
        >>> reliability(12, 250)
        {'reliable': True, 'smog_reliable': False, 'reliability_note': 'SMOG needs 30 sentences (McLaughlin 1969), has 12'}
        >>> reliability(2, 40)["reliability_note"]
        'no formula is reliable below 3 sentences and 100 words (has 2 and 40); SMOG needs 30 sentences (McLaughlin 1969), has 2'
    """
    notes = []
    if n_sentences == 0 or n_words == 0:
        return {"reliable": False, "smog_reliable": False, "reliability_note": "no text"}
    reliable = n_sentences >= MIN_SENTENCES and n_words >= MIN_WORDS
    if not reliable:
        notes.append(f"no formula is reliable below {MIN_SENTENCES} sentences and {MIN_WORDS} words "
                     f"(has {n_sentences} and {n_words})")
    smog = n_sentences >= SMOG_MIN_SENTENCES
    if not smog:
        notes.append(f"SMOG needs {SMOG_MIN_SENTENCES} sentences (McLaughlin 1969), has {n_sentences}")
    return {"reliable": bool(reliable), "smog_reliable": bool(smog), "reliability_note": "; ".join(notes)}


def readability_of_sentences(sentences) -> dict:
    """Scores, counts and reliability for a list of sentences (the per-text building block).

    ``n_sentences`` counts the sentences that have words; the formulas see
    ``n_sentences_textstat`` (textstat skips sentences of two words or fewer).

    Usage:
        >>> r = readability_of_sentences(["The court is adjourned.", "The defendant will rise."])
        >>> r["n_sentences"], r["reliable"], r["flesch_kincaid_grade"] == textstat.flesch_kincaid_grade(
        ...     "The court is adjourned.\\nThe defendant will rise.")
        (2, False, True)
    """
    sentences = [s for s in sentences if _HAS_WORD.search(str(s))]
    scores = readability_scores(textstat_text(sentences))
    n = len(sentences)
    return {**scores, "n_sentences": n, **reliability(min(n, scores["n_sentences_textstat"]) if n else 0,
                                                       scores["n_words"])}


# ------------------------------------------------------------ counts, for bootstrapping over sentences

def sentence_counts(sentence: str) -> dict:
    """textstat's counts for one sentence; they add up over sentences (see :func:`scores_from_counts`).

    Usage:
        >>> c = sentence_counts("Holding your ground is a thousand times easier.")
        >>> c["words"], c["sentences"], c["polysyllables"]
        (8, 1, 1)
    """
    t = textstat_sentence(sentence)
    words = textstat.lexicon_count(t)
    return {
        "words": words,
        "tokens": textstat.lexicon_count(t, removepunct=False),
        "syllables": textstat.syllable_count(t),
        "polysyllables": textstat.polysyllabcount(t),
        "letters": textstat.letter_count(t),
        "chars": textstat.char_count(t),
        "difficult": textstat.difficult_words(t, unique=False),
        "difficult_fog": textstat.difficult_words(t, syllable_threshold=3, unique=False),
        "difficult_dale_chall": textstat.difficult_words(t, syllable_threshold=0, unique=False),
        "sentences": int(words > 2),  # textstat ignores runs of two words or fewer
    }


_PUNCT_KEEP_APOSTROPHE = re.compile(r"[^\w\s']")
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")  # textstat's RE_NONCONTRACTION_APOSTROPHE
_WORD_CACHE: dict[str, tuple[int, int, bool]] = {}
_WORD_CACHE_MAX = 200_000
_TEXTSTAT_LANG = "en_US"  # textstat's default language (this suite never changes it)


def _word_facts(word: str) -> tuple[int, int, bool]:
    """textstat's view of one lower-cased word: ``(syllables, syllables for the difficulty test, easy)``.

    The two syllable counts differ only for the rare word whose lower-casing creates a
    character that textstat's punctuation filter drops (``"İ".lower()`` adds a combining dot):
    textstat counts the text's syllables on the word as it is, but re-filters it when it tests
    difficulty. Cached per word.
    """
    facts = _WORD_CACHE.get(word)
    if facts is None:
        from textstat.backend.utils import get_cmudict, get_lang_easy_words, get_pyphen

        if len(_WORD_CACHE) >= _WORD_CACHE_MAX:
            _WORD_CACHE.clear()
        n_test = textstat.syllable_count(word)
        if _PUNCT_KEEP_APOSTROPHE.search(word) or _NON_CONTRACTION_APOSTROPHE.search(word):
            try:  # textstat's count_syllables, on the unfiltered word
                n_text = sum(1 for p in get_cmudict(_TEXTSTAT_LANG)[word][0] if p[-1].isdigit())
            except (TypeError, IndexError, KeyError):
                n_text = len(get_pyphen(_TEXTSTAT_LANG).positions(word)) + 1
        else:
            n_text = n_test
        facts = (n_text, n_test, word in get_lang_easy_words(_TEXTSTAT_LANG))
        _WORD_CACHE[word] = facts
    return facts


def fast_sentence_counts(sentence: str) -> list[int]:
    """:func:`sentence_counts` in one pass over the words (values in :data:`COUNT_COLUMNS` order).

    Tokenises as textstat 0.7.8 does (punctuation removed except apostrophes of
    English contractions, split on white space) and asks textstat once per distinct
    word for its syllables and whether it is on the Dale-Chall easy list, so the
    counts equal :func:`sentence_counts` (tested) at a fraction of the cost.

    Letters, characters and tokens come from lengths instead of regular expressions;
    the counts are the same because (checked for every code point with Python 3.11's
    ``re``) ``\\s`` matches exactly the characters ``str.isspace`` and ``str.split``
    treat as white space, and no character is both ``\\w`` and white space:

    * :func:`textstat_sentence` joins the words with single spaces and adds no other
      white space, so textstat's characters (``\\s`` removed) are ``len(t)`` minus the
      spaces and its tokens are the spaces plus one;
    * the word list keeps every ``\\w`` character of ``t`` and, besides them, only the
      contraction apostrophes, so textstat's letters (``\\w`` characters once white space
      and punctuation are removed) are the words' length minus those apostrophes.

    Usage:
        >>> fast_sentence_counts("Holding your ground is a thousand times easier.") == list(
        ...     sentence_counts("Holding your ground is a thousand times easier.").values())
        True
    """
    t = textstat_sentence(sentence)
    kept = _NON_CONTRACTION_APOSTROPHE.sub("", t) if "'" in t else t
    words = _PUNCT_KEEP_APOSTROPHE.sub("", kept).split()
    syllables = polysyllables = difficult = difficult_fog = difficult_dc = 0
    for w in words:
        n, n_test, easy = _word_facts(w.lower())
        syllables += n
        if n >= 3:
            polysyllables += 1
        if not easy:
            difficult_dc += 1
            if n_test >= 2:
                difficult += 1
                if n_test >= 3:
                    difficult_fog += 1
    joined = "".join(words)
    spaces = t.count(" ")
    return [len(words), spaces + 1 if t else 0, syllables, polysyllables, len(joined) - joined.count("'"),
            len(t) - spaces, difficult, difficult_fog, difficult_dc, int(len(words) > 2)]


def readability_from_counts(sentences) -> dict:
    """:func:`readability_of_sentences` computed from per-sentence counts (the corpus pipeline's path).

    Same keys and values (to 1e-9, tested on the bundled event and synthetic
    articles): the counts of :func:`fast_sentence_counts` are summed and fed to
    :func:`scores_from_counts`, instead of calling ten textstat functions that each
    re-tokenise the text.

    Usage:
        >>> s = ["The court is adjourned.", "The defendant will rise and face the bench."]
        >>> a, b = readability_from_counts(s), readability_of_sentences(s)
        >>> all(abs(a[m] - b[m]) < 1e-9 for m in METRICS), a["n_sentences_textstat"] == b["n_sentences_textstat"]
        (True, True)
    """
    sentences = [s for s in (str(x) for x in sentences) if _HAS_WORD.search(s)]
    total = [sum(column) for column in zip(*map(fast_sentence_counts, sentences))] or [0] * len(COUNT_COLUMNS)
    n_words = total[0]
    n = len(sentences)
    if not n_words:
        scores = {m: float("nan") for m in METRICS}
        n_textstat = 0
    else:
        values = scores_from_counts(np.array(total, dtype=float))
        scores = {m: float(v) for m, v in zip(METRICS, values)}
        n_textstat = max(1, total[-1])
    return {**scores, "n_words": n_words, "n_sentences_textstat": n_textstat, "n_sentences": n,
            **reliability(min(n, n_textstat) if n else 0, n_words)}


def scores_from_counts(counts: np.ndarray) -> np.ndarray:
    """The formulas of :data:`METRICS` from summed counts (columns in :data:`COUNT_COLUMNS` order).

    ``counts`` has shape ``(..., len(COUNT_COLUMNS))``; returns ``(..., len(METRICS))``.
    Equals textstat on the joined text (tested), so it can be used inside the bootstrap.

    Usage:
        >>> c = [sentence_counts(s) for s in ["We won the cup.", "The fans sang all night long."]]
        >>> total = np.array([[sum(d[k] for d in c) for k in COUNT_COLUMNS]], dtype=float)
        >>> got = scores_from_counts(total)[0][0]
        >>> bool(abs(got - textstat.flesch_reading_ease(textstat_text(["We won the cup.", "The fans sang all night long."]))) < 1e-9)
        True
    """
    c = np.asarray(counts, dtype=float)
    k = {name: c[..., i] for i, name in enumerate(COUNT_COLUMNS)}
    with np.errstate(divide="ignore", invalid="ignore"):
        words = np.where(k["words"] > 0, k["words"], np.nan)
        sentences = np.maximum(1.0, k["sentences"])
        wps = words / sentences
        spw = k["syllables"] / words
        pct_dc = 100 * k["difficult_dale_chall"] / words
        out = [
            206.835 - 1.015 * wps - 84.6 * spw,
            0.39 * wps + 11.8 * spw - 15.59,
            0.4 * (wps + 100 * k["difficult_fog"] / words),
            1.043 * np.sqrt(30 * k["polysyllables"] / sentences) + 3.1291,
            0.058 * 100 * k["letters"] / words - 0.296 * 100 * sentences / words - 15.8,
            4.71 * k["chars"] / np.where(k["tokens"] > 0, k["tokens"], np.nan) + 0.5 * wps - 21.43,
            0.1579 * pct_dc + 0.0496 * wps + np.where(pct_dc > 5, 3.6365, 0.0),
            wps,
            spw,
            k["difficult"] / words,
        ]
    return np.stack(out, axis=-1)


# ------------------------------------------------------------ one article, then the event

def _voice_sentences(sentences: pd.DataFrame, quotes: pd.DataFrame | None) -> pd.DataFrame:
    """Sentences of the readability sections, one row per sentence and voice (``voice, text``)."""
    keep_sections = SECTION_GROUPS["article"]
    s = sentences[sentences["section"].isin(keep_sections)]
    quotes = empty_quotes() if quotes is None else quotes
    if "article_id" not in s.columns:
        s = s.assign(article_id="")
        quotes = quotes.assign(article_id="")
    voiced = event_voices(s, quotes)
    keep = [c for c in ["article_id", "paragraph", "sentence", "section", "start", "end"] if c in voiced.columns]
    return long_voices(voiced, keep)


def article_readability(sentences: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per section group and voice for one article (the per-article building block).

    ``sentences``: that article's rows of ``Event.sentences`` (``section, start, end, text``);
    ``quotes``: its rows of ``Event.quotes`` (``start, end, from_speech``) or None (all narrative).
    Every section group and voice gets a row, empty ones with zero counts and NaN scores.

    Usage:
        >>> s = pd.DataFrame({"section": ["headline", "lead", "body"], "start": [0, 20, 60], "end": [15, 58, 90],
        ...                   "text": ["Judge jails man", 'The judge said "this is a grave crime".', "He was jailed for ten years."]})
        >>> r = article_readability(s, pd.DataFrame({"start": [36], "end": [57], "from_speech": [True]}))
        >>> int(r.set_index(["section_group", "voice"]).loc[("article", "speech"), "n_words"])
        5
    """
    long = _voice_sentences(sentences, quotes)
    rows = []
    for group, sections in SECTION_GROUPS.items():
        in_group = long[long["section"].isin(sections)]
        for voice in VOICES:
            texts = in_group.loc[in_group["voice"] == voice, "text"].tolist()
            rows.append({"section_group": group, "voice": voice, **readability_of_sentences(texts)})
    cols = ["section_group", "voice", "n_sentences", "n_sentences_textstat", "n_words", *METRICS,
            "reliable", "smog_reliable", "reliability_note"]
    return pd.DataFrame(rows)[cols]


def readability_table(event, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per article, section group (headline, lead, body, article) and voice, with every metric.

    Columns: ``article_id, outlet, section_group, voice, n_sentences, n_sentences_textstat,
    n_words``, the :data:`METRICS`, ``reliable, smog_reliable, reliability_note``.
    ``quotes`` defaults to ``event.quotes``.

    Usage:
        >>> import analysis
        >>> t = readability_table(analysis.load_event())
        >>> sorted(t["section_group"].unique()), sorted(t["voice"].unique())
        (['article', 'body', 'headline', 'lead'], ['all', 'narrative', 'quoted', 'speech'])
    """
    quotes = event_quotes(event) if quotes is None else quotes
    frames = []
    for row in event.articles.itertuples():
        s = event.sentences[event.sentences["article_id"] == row.article_id]
        q = quotes[quotes["article_id"] == row.article_id] if len(quotes) else None
        frames.append(article_readability(s, q).assign(article_id=row.article_id, outlet=row.outlet))
    table = pd.concat(frames, ignore_index=True)
    first = ["article_id", "outlet", "section_group", "voice"]
    return table[first + [c for c in table.columns if c not in first]]


def readability_sentences(event, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per sentence, voice and section group with textstat's counts (for bootstrapping).

    Columns: ``article_id, outlet, sentence, section, section_group, voice, text`` and
    :data:`COUNT_COLUMNS`. A sentence appears in its own group and in ``article``.

    Usage:
        >>> import analysis
        >>> t = readability_sentences(analysis.load_event())
        >>> int(t.query("voice == 'all' and section_group == 'article'")["words"].sum()) > 500
        True
    """
    quotes = event_quotes(event) if quotes is None else quotes
    frames = []
    for row in event.articles.itertuples():
        s = event.sentences[event.sentences["article_id"] == row.article_id]
        q = quotes[quotes["article_id"] == row.article_id] if len(quotes) else None
        long = _voice_sentences(s, q).assign(article_id=row.article_id, outlet=row.outlet)
        frames.append(long)
    long = pd.concat(frames, ignore_index=True)
    counts = pd.DataFrame([sentence_counts(t) for t in long["text"]], columns=COUNT_COLUMNS, index=long.index)
    long = pd.concat([long, counts], axis=1)
    groups = []
    for group, sections in SECTION_GROUPS.items():
        groups.append(long[long["section"].isin(sections)].assign(section_group=group))
    out = pd.concat(groups, ignore_index=True)
    first = ["article_id", "outlet", "sentence", "section", "section_group", "voice", "text"]
    return out[first + COUNT_COLUMNS]


def _ratio_statistic(metric_index: int):
    def statistic(sample: np.ndarray) -> np.ndarray:
        return scores_from_counts(sample.sum(axis=1))[..., metric_index]
    return statistic


def bootstrap_readability(counts: pd.DataFrame, metric: str, by: list[str] | None = None,
                          n_boot: int = DEFAULT_BOOT, level: float = DEFAULT_LEVEL, seed: int = 0) -> pd.DataFrame:
    """Bootstrap interval of one metric per group, resampling sentences and recomputing the formula.

    ``counts`` is :func:`readability_sentences` output (or any table with :data:`COUNT_COLUMNS`).
    Returns the ``by`` columns plus ``metric, n_sentences, n_words, estimate, low, high, reliable``.

    Usage:
        >>> t = pd.DataFrame([sentence_counts(s) for s in ["We won it.", "They lost the final badly.", "Fans cried all night."]])
        >>> t["outlet"] = "A"
        >>> b = bootstrap_readability(t, "words_per_sentence", ["outlet"], seed=1)
        >>> int(b["n_sentences"].iloc[0]), float(b["estimate"].iloc[0])
        (3, 4.0)
    """
    if metric not in METRICS:
        raise ValueError(f"unknown metric '{metric}'; choose one of {', '.join(METRICS)}")
    by = list(by or ["outlet", "section_group", "voice"])
    statistic = _ratio_statistic(METRICS.index(metric))
    rows = []
    for key, group in counts.groupby(by, sort=False, observed=True):
        key = key if isinstance(key, tuple) else (key,)
        group = group[group["words"] > 0]
        ci = bootstrap_ci(group[COUNT_COLUMNS].to_numpy(dtype=float), statistic=statistic, n_boot=n_boot,
                          level=level, seed=seed)
        n_words = int(group["words"].sum())
        rows.append({**dict(zip(by, key)), "metric": metric, "n_sentences": len(group), "n_words": n_words,
                     "estimate": ci["estimate"], "low": ci["low"], "high": ci["high"],
                     "reliable": reliability(len(group), n_words)["smog_reliable" if metric == "smog_index" else "reliable"]})
    return pd.DataFrame(rows, columns=[*by, "metric", "n_sentences", "n_words", "estimate", "low", "high", "reliable"])


def readability_statistic(metric: str):
    """The bootstrap/permutation statistic for ``metric`` on rows of :data:`COUNT_COLUMNS` (a ratio of sums).

    Usage:
        >>> from analysis.stats import permutation_test
        >>> a = [list(sentence_counts(s).values()) for s in ["We won.", "We lost."]]
        >>> permutation_test(a, a, statistic=readability_statistic("words_per_sentence"), n_perm=99)["observed"]
        0.0
    """
    if metric not in METRICS:
        raise ValueError(f"unknown metric '{metric}'; choose one of {', '.join(METRICS)}")
    return _ratio_statistic(METRICS.index(metric))
