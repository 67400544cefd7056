"""Which words drove a VADER score: the lexicon words in a sentence and their valence.

VADER (Hutto & Gilbert 2014) scores a sentence by summing the valence of the words it finds
in its lexicon (-4 to +4), adjusted for negation, boosters, capitals and "but", then
normalising. A reader checking a score against the text needs those words: a headline about a
military *offensive* scores -0.49 because the lexicon knows "offensive" only as insulting
(-2.0); "retreat" is +0.8 (a holiday retreat) and "stronghold" +0.5. Listing the lexicon words
beside each extreme sentence shows such misreadings instead of hiding them in a mean.

Tokens are split exactly as vaderSentiment splits them (``SentiText``: white space, punctuation
stripped from words longer than two characters) and looked up lower-cased in
``SentimentIntensityAnalyzer().lexicon`` (the shared analyzer of :mod:`analysis.tone`). A word
is marked *negated* when one of the three tokens before it is a VADER negation ("not", "never",
any "n't"), which VADER uses to flip and damp its valence (factor -0.74). Boosters ("very"),
capitals and "but" also move the score a little; they are not listed.

VADER strips only ASCII punctuation from a token, so a lexicon word glued to a typographic mark
(``shame.”``, ``“Do``) would not be looked up at all; :mod:`analysis.tone` therefore maps
typographic marks to ASCII before scoring (:func:`analysis.tone.vader_text`), and the words are
listed here from the same mapped text. A word VADER still reads with a mark attached (another
non-ASCII mark, or a quote mark on a word of up to two letters, which VADER never strips: ``'No``) is listed
with ``counted = False`` ("not counted" in :func:`describe_words`).

Usage:
    >>> lexicon_words("Mosul offensive resumes")
    [{'word': 'offensive', 'valence': -2.0, 'negated': False, 'counted': True}]
    >>> describe_words("Do not retreat.")
    'retreat (+0.8, negated)'
    >>> describe_words("“Do not retreat.”")
    'retreat (+0.8, negated)'
    >>> describe_words("«Retreat» is ⟨shameful⟩")
    'retreat (+0.8), shameful (-2.2, not counted: VADER reads it with a mark attached)'
"""
from __future__ import annotations

import unicodedata

import pandas as pd
from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SentiText

from .tone import analyzer, vader_text

NEGATION_WINDOW = 3  # VADER looks back three tokens for a negation (vaderSentiment.sentiment_valence)
_NEGATE = {w.lower() for w in NEGATE}


def _is_negation(token: str) -> bool:
    token = token.lower()
    return token in _NEGATE or "n't" in token


def _strip_all_punctuation(token: str) -> str:
    start, end = 0, len(token)
    while start < end and unicodedata.category(token[start]).startswith("P"):
        start += 1
    while end > start and unicodedata.category(token[end - 1]).startswith("P"):
        end -= 1
    return token[start:end]


def lexicon_words(text: str, lexicon: dict | None = None) -> list[dict]:
    """The VADER lexicon words of ``text`` in order: ``[{"word", "valence", "negated", "counted"}]``.

    ``counted`` is False for a lexicon word VADER missed because a non-ASCII mark was glued to it.

    ``word`` is lower-cased as looked up; booster words ("very", "extremely") are left out
    because VADER uses them only as modifiers. Empty or non-text input gives ``[]``.

    Usage:
        >>> [w["word"] for w in lexicon_words("A great, great victory for peace!")]
        ['great', 'great', 'peace']
        >>> lexicon_words(""), lexicon_words(None)
        ([], [])
    """
    if not isinstance(text, str) or not text.strip():
        return []
    lex = analyzer().lexicon if lexicon is None else lexicon
    tokens = SentiText(vader_text(text)).words_and_emoticons
    found = []
    for i, token in enumerate(tokens):
        word, counted = token.lower(), True
        if word not in lex:
            word, counted = _strip_all_punctuation(word), False
        if word in BOOSTER_DICT or word not in lex:
            continue
        before = tokens[max(0, i - NEGATION_WINDOW):i]
        before = before if counted else [_strip_all_punctuation(t) for t in before]  # as VADER would, once fixed
        found.append({"word": word, "valence": float(lex[word]), "negated": any(_is_negation(t) for t in before),
                      "counted": counted})
    return found


def describe_words(text: str, lexicon: dict | None = None, empty: str = "no lexicon words") -> str:
    """The lexicon words of ``text`` as a reader-facing list, e.g. ``"offensive (-2.0), honour (+2.7)"``.

    Usage:
        >>> describe_words("The offensive brought shame, not honour.")
        'offensive (-2.0), shame (-2.1), honour (+2.7, negated)'
        >>> describe_words("Troops entered the city.")
        'no lexicon words'
    """
    words = lexicon_words(text, lexicon)
    if not words:
        return empty
    return ", ".join(f"{w['word']} ({w['valence']:+.1f}{', negated' if w['negated'] else ''}"
                     f"{'' if w['counted'] else ', not counted: VADER reads it with a mark attached'})" for w in words)


def with_lexicon_words(sentences: pd.DataFrame, text: str = "text") -> pd.DataFrame:
    """``sentences`` with a ``lexicon_words`` column (see :func:`describe_words`) for the ``text`` column.

    Use it on :func:`analysis.tone.driving_sentences` output so that each extreme sentence shows
    the words behind its score.

    Usage:
        >>> t = pd.DataFrame({"text": ["Army begins offensive", "Aid arrives"], "compound": [-0.49, 0.0]})
        >>> with_lexicon_words(t)["lexicon_words"].tolist()
        ['offensive (-2.0)', 'no lexicon words']
    """
    if text not in sentences.columns:
        raise ValueError(f"with_lexicon_words: table has no column {text!r}")
    return sentences.assign(lexicon_words=[describe_words(t) for t in sentences[text]])


def extreme_sentences(tone: pd.DataFrame, voice: str = "all", sections: list[str] | None = None) -> pd.DataFrame:
    """Per outlet, its most negative and its most positive sentence, with the lexicon words behind each score.

    ``tone``: :func:`analysis.tone.tone_table` rows (``outlet, voice, section, text, compound``);
    ``sections`` restricts to some sections (e.g. ``["headline"]``). A direction is left out when
    the outlet has no sentence on that side of zero.
    Columns: ``outlet, direction, section, text, compound, lexicon_words``.

    Usage:
        >>> t = pd.DataFrame({"outlet": ["Courier"] * 3, "voice": ["all"] * 3, "section": ["body"] * 3,
        ...                   "text": ["The verdict was a triumph.", "The defence called it a disgrace.", "Court rose."],
        ...                   "compound": [0.6, -0.5, 0.0]})
        >>> extreme_sentences(t)[["direction", "lexicon_words"]].values.tolist()
        [['most negative', 'defence (+0.4), disgrace (-2.2)'], ['most positive', 'verdict (+0.6), triumph (+2.1)']]
    """
    cols = ["outlet", "direction", "section", "text", "compound", "lexicon_words"]
    t = tone[tone["voice"] == voice]
    if sections is not None:
        t = t[t["section"].isin(sections)]
    rows = []
    for outlet, group in t.groupby("outlet", sort=False):
        for direction, side in (("most negative", group[group["compound"] < 0].nsmallest(1, "compound")),
                                ("most positive", group[group["compound"] > 0].nlargest(1, "compound"))):
            for r in side.itertuples():
                rows.append({"outlet": outlet, "direction": direction, "section": r.section, "text": r.text,
                             "compound": float(r.compound), "lexicon_words": describe_words(r.text)})
    return pd.DataFrame(rows, columns=cols)
