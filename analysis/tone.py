"""Sentence-level tone with VADER, aggregated to sections, voices and articles.

VADER (Hutto & Gilbert 2014, *Proc. ICWSM*, "VADER: A Parsimonious Rule-based
Model for Sentiment Analysis of Social Media Text") gives each text ``neg, neu,
pos`` (shares of the text's sentiment-bearing weight) and ``compound``, a sum of
word valences normalised to [-1, 1] by x / sqrt(x^2 + 15). Because that sum grows
with length, compound saturates towards +/-1 on long texts; so every score here
is a *sentence* score, and article, section and voice scores are means of
sentence scores (never VADER on a whole article). The conventional cut-offs are
compound >= 0.05 positive and <= -0.05 negative (vaderSentiment README).

One :class:`SentimentIntensityAnalyzer` is created per process and reused
(a new one per call is about 200 times slower).

The lexicon spells words both ways with different scores ("honour" 2.7,
"honor" 2.2), so British and American outlets differ on identical wording.
``spelling="american"`` (or ``"british"``) rewrites words with the pairs in
``analysis/lexicons/spelling_uk_us.csv`` (a data file users can extend) before
scoring; :func:`spelling_effect` shows what that changes.

Usage:
    >>> t = score_sentences(["The rescue was a triumph.", "Three people died."])
    >>> [x > 0 for x in t["compound"]]
    [True, False]
"""
from __future__ import annotations

import csv
import re
import string
from functools import cache
from types import MappingProxyType

import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .paths import LEXICON_DIR
from .readability import SECTION_GROUPS
from .stats import DEFAULT_BOOT, DEFAULT_LEVEL, bootstrap_groups
from .voice import empty_quotes, event_quotes, event_voices, long_voices

SCORES = ["compound", "pos", "neu", "neg"]
POSITIVE, NEGATIVE = 0.05, -0.05  # vaderSentiment README cut-offs
SPELLING_FILE = LEXICON_DIR / "spelling_uk_us.csv"
SPELLINGS = (None, "american", "british")
SECTION_TO_GROUP = {s: g for g, sections in SECTION_GROUPS.items() if g != "article" for s in sections}
_WORD = re.compile(r"[A-Za-z]+")


@cache
def analyzer() -> SentimentIntensityAnalyzer:
    """The one shared VADER analyzer (created on first use).

    Usage:
        >>> analyzer() is analyzer()
        True
    """
    return SentimentIntensityAnalyzer()


@cache
def spelling_pairs(path: str = str(SPELLING_FILE)) -> dict[str, dict[str, str]]:
    """British-to-American and American-to-British word maps from the spelling CSV (``british,american``).

    Usage:
        >>> spelling_pairs()["american"]["honour"], spelling_pairs()["british"]["color"]
        ('honor', 'colour')
    """
    to_us, to_uk = {}, {}
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if not {"british", "american"} <= set(reader.fieldnames or []):
            raise ValueError(f"{path}: needs columns 'british' and 'american', has {reader.fieldnames}")
        for row in reader:
            uk, us = row["british"].strip().lower(), row["american"].strip().lower()
            if uk and us and uk != us:
                to_us[uk] = us
                to_uk.setdefault(us, uk)
    return {"american": to_us, "british": to_uk}


def normalise_spelling(text: str, to: str | None = "american") -> str:
    """Rewrite British spellings as American (``to="american"``) or the reverse; ``None`` leaves text as is.

    Capitalisation of the first letter (and all-capitals) is kept.

    Usage:
        >>> normalise_spelling("Honour the Defence Minister's HUMOUR and colourful rumours.")
        "Honor the Defense Minister's HUMOR and colorful rumors."
    """
    if to is None:
        return text
    if to not in ("american", "british"):
        raise ValueError(f"spelling must be one of {SPELLINGS}, got {to!r}")
    table = spelling_pairs()[to]

    def swap(m: re.Match) -> str:
        word = m.group(0)
        new = table.get(word.lower())
        if new is None:
            return word
        if word.isupper() and len(word) > 1:
            return new.upper()
        if word[0].isupper():
            return new[0].upper() + new[1:]
        return new

    return _WORD.sub(swap, text)


# VADER strips only ASCII punctuation from a token, so a word glued to a typographic mark
# ("shame.\u201d", "\u2018No") is never looked up. Typographic quotes, apostrophes, dashes and the
# ellipsis are mapped to their ASCII forms before scoring, so curly-quoted and straight-quoted
# copies of the same words score the same.
_TYPOGRAPHIC = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                              "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                              "\u2039": "'", "\u203a": "'", "\u2013": "-", "\u2014": "-", "\u2026": "..."})


def vader_text(text: str) -> str:
    """``text`` as it is given to VADER: typographic marks mapped to ASCII.

    Usage:
        >>> print(vader_text("\u201cDo not retreat.\u201d \u2018No Retreat\u2019 \u2026"))
        "Do not retreat." 'No Retreat' ...
    """
    return text if text.isascii() else text.translate(_TYPOGRAPHIC)  # every mapped mark is non-ASCII


# VADER's scores when no word of the text is in its lexicon (vaderSentiment 3.3.2,
# SentimentIntensityAnalyzer.polarity_scores): every token then gets valence 0 (only a lexicon
# word gets a valence; boosters, "kind of", "no", "least", "but", ALL CAPS and the idioms only
# modify a lexicon word's valence, and "!"/"?" emphasis is only added to a non-zero sum), so
# compound = 0/sqrt(0 + 15) = 0.0, pos = neg = 0.0 and neu = tokens/tokens = 1.0; a text with
# no tokens at all gets 0.0 everywhere.
_NO_TOKENS = MappingProxyType({"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0})
_NO_LEXICON_WORD = MappingProxyType({"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0})


@cache
def _emoji_free_ascii() -> bool:
    """True if no key of VADER's emoji map is ASCII (so VADER's emoji pass leaves ASCII text as it is).

    Usage:
        >>> _emoji_free_ascii()
        True
    """
    return not any(e.isascii() for e in analyzer().emojis)


class _OneStep(str):
    """An ASCII text that VADER's emoji pass reads in one step instead of one character at a time.

    vaderSentiment 3.3.2's ``polarity_scores`` starts by walking its text (``for chr in text``) and
    building a copy, one string concatenation per character, in which each emoji is replaced by
    its description. An ASCII text has no emoji (no key of the emoji map is ASCII,
    :func:`_emoji_free_ascii`), so the copy equals the text. Iterating a ``_OneStep`` yields the
    whole text once, as a plain ``str``; it is no emoji key either, so the walk copies it in one
    step and VADER goes on with the same plain string (about 14% of VADER's time on news
    sentences, ``benchmarks/README.md``). Only that walk iterates the text it is given.

    Usage:
        >>> list(_OneStep("We won.")), analyzer().polarity_scores(_OneStep("We won.")) == analyzer().polarity_scores("We won.")
        (['We won.'], True)
    """

    def __iter__(self):
        yield str(self)


def _vader_input(text: str) -> str:
    """``text`` as handed to ``polarity_scores``: a :class:`_OneStep` when it is ASCII, else itself.

    Usage:
        >>> type(_vader_input("calm")).__name__, type(_vader_input("caf\u00e9")).__name__
        ('_OneStep', 'str')
    """
    return _OneStep(text) if text.isascii() and _emoji_free_ascii() else text


def known_scores(text: str, lexicon=None):
    """VADER's ``polarity_scores(text)`` when it is known without running VADER, else None.

    Why it is exact (vaderSentiment 3.3.2's ``polarity_scores`` and ``SentiText``): VADER
    first replaces emoji characters (none of them ASCII, see :func:`_emoji_free_ascii`) by
    their descriptions, then splits the text on white space and strips ASCII punctuation
    from each token unless that leaves two characters or fewer; a token gets a valence only
    if its lower-cased form is a lexicon key. In ASCII text lower-casing changes neither the
    white space nor the punctuation, so each token VADER looks up is a lower-cased token
    here or its stripped form; if none of these is a lexicon key, no token has a valence and
    the scores are fixed (see ``_NO_LEXICON_WORD``). Non-ASCII text or a possible lexicon
    word gives None: run VADER. ``lexicon`` is ``analyzer().lexicon.keys()`` (loops pass it
    in). The returned mapping is read-only and shared.

    Usage:
        >>> dict(known_scores("The council meets on Tuesday."))
        {'neg': 0.0, 'neu': 1.0, 'pos': 0.0, 'compound': 0.0}
        >>> known_scores("The council meets on Tuesday, sadly.") is None   # "sadly" is in the lexicon
        True
        >>> known_scores("Caf\u00e9 opens") is None, dict(known_scores("  "))["neu"]
        (True, 0.0)
    """
    if not (text.isascii() and _emoji_free_ascii()):
        return None
    words = text.lower().split()
    if not words:
        return _NO_TOKENS
    if lexicon is None:
        lexicon = analyzer().lexicon.keys()
    if not lexicon.isdisjoint(words) or not lexicon.isdisjoint([w.strip(string.punctuation) for w in words]):
        return None
    return _NO_LEXICON_WORD


def polarity_scores(text: str) -> dict:
    """``analyzer().polarity_scores(text)``, without running VADER where :func:`known_scores` knows the result.

    Usage:
        >>> all(polarity_scores(t) == analyzer().polarity_scores(t) for t in ["We won.", "It rained.", ""])
        True
    """
    known = known_scores(text)
    return dict(known) if known is not None else analyzer().polarity_scores(_vader_input(text))


def score_text(text: str, spelling: str | None = None) -> dict:
    """VADER ``compound, pos, neu, neg`` for one short text (a sentence or a headline).

    Usage:
        >>> score_text("We lost.") == analyzer().polarity_scores("We lost.")
        True
        >>> score_text("\u201cWe retreated in shame.\u201d") == score_text('"We retreated in shame."')
        True
    """
    s = polarity_scores(vader_text(normalise_spelling(str(text), spelling)))
    return {k: s[k] for k in SCORES}


def score_columns(sentences, spelling: str | None = None) -> dict[str, list[float]]:
    """VADER scores of many sentences as plain columns ``{compound: [...], pos: [...], neu: [...], neg: [...]}``.

    The per-text building block without a table (the corpus pipeline's path): one shared
    analyzer, one ``polarity_scores`` call per sentence except where :func:`known_scores`
    knows VADER's result (a sentence without a lexicon word); values equal :func:`score_text`.

    Usage:
        >>> score_columns(["We won.", "We lost."])["compound"] == [score_text("We won.")["compound"],
        ...                                                        score_text("We lost.")["compound"]]
        True
    """
    polarity = analyzer().polarity_scores
    lexicon = analyzer().lexicon.keys()
    if spelling is not None:
        normalise_spelling("", spelling)  # validates the option once
    cols: dict[str, list[float]] = {k: [] for k in SCORES}
    compound, pos, neu, neg = (cols[k] for k in SCORES)
    for text in sentences:
        text = vader_text(str(text))
        if spelling is not None:
            text = normalise_spelling(text, spelling)
        s = known_scores(text, lexicon) or polarity(_vader_input(text))
        compound.append(s["compound"])
        pos.append(s["pos"])
        neu.append(s["neu"])
        neg.append(s["neg"])
    return cols


def score_sentences(sentences, spelling: str | None = None) -> pd.DataFrame:
    """One row per sentence: ``text, compound, pos, neu, neg`` (the per-text building block).

    Usage:
        >>> score_sentences(["He won."], spelling=None)[["text", "compound"]].values.tolist()[0][0]
        'He won.'
    """
    texts = [str(s) for s in sentences]
    table = pd.DataFrame(score_columns(texts, spelling), columns=SCORES)
    table.insert(0, "text", pd.array(texts, dtype="string"))
    return table


def label(compound: float) -> str:
    """``positive``, ``negative`` or ``neutral`` by the conventional +/-0.05 cut-offs.

    Usage:
        >>> label(0.3), label(-0.05), label(0.0)
        ('positive', 'negative', 'neutral')
    """
    if compound >= POSITIVE:
        return "positive"
    if compound <= NEGATIVE:
        return "negative"
    return "neutral"


def article_tone(sentences: pd.DataFrame, quotes: pd.DataFrame | None = None, spelling: str | None = None) -> pd.DataFrame:
    """One row per sentence and voice of one article with VADER scores.

    ``sentences``: that article's rows of ``Event.sentences`` (``section, start, end, text``);
    captions are left out. ``quotes``: its rows of ``Event.quotes`` or None (all narrative).
    Columns: ``sentence, order, position, section, section_group, voice, text`` and :data:`SCORES`;
    ``position`` runs from 0 (first sentence) to 1 (last) for the tone arc.

    Usage:
        >>> s = pd.DataFrame({"sentence": [0, 1], "section": ["headline", "lead"], "start": [0, 20],
        ...                   "end": [14, 52], "text": ["Mayor resigns", 'She said: "I am proud of this city."']})
        >>> t = article_tone(s, pd.DataFrame({"start": [31], "end": [50], "from_speech": [True]}))
        >>> t[["voice", "position"]].values.tolist()
        [['all', 0.0], ['narrative', 0.0], ['all', 1.0], ['narrative', 1.0], ['quoted', 1.0], ['speech', 1.0]]
    """
    s = sentences[sentences["section"].isin(SECTION_GROUPS["article"])].copy()
    if "sentence" not in s.columns:
        s["sentence"] = range(len(s))
    n = len(s)
    s["order"] = range(n)
    s["position"] = [i / (n - 1) if n > 1 else 0.0 for i in range(n)]
    s["section_group"] = s["section"].map(SECTION_TO_GROUP)
    quotes = empty_quotes() if quotes is None else quotes
    voiced = event_voices(s.assign(article_id=""), quotes.assign(article_id=""))
    long = long_voices(voiced, ["sentence", "order", "position", "section", "section_group"])
    scores = score_sentences(long["text"].tolist(), spelling=spelling)
    return pd.concat([long, scores[SCORES]], axis=1)


def tone_table(event, spelling: str | None = None, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per sentence and voice with VADER scores, for every article of the event.

    Columns: ``article_id, outlet, sentence, order, position, section, section_group, voice,
    text, compound, pos, neu, neg``. ``voice == "all"`` gives exactly one row per sentence
    (headline, standfirst, lead, body; captions left out); ``narrative``, ``quoted`` and
    ``speech`` rows exist where the sentence has words in that voice.

    Usage:
        >>> import analysis
        >>> t = tone_table(analysis.load_event())
        >>> t.query("voice == 'all'").groupby("outlet").size().to_dict()
        {'The Independent': 15, 'Washington Free Beacon': 41}
    """
    quotes = event_quotes(event) if quotes is None else quotes
    frames = []
    for row in event.articles.itertuples():
        s = event.sentences[event.sentences["article_id"] == row.article_id]
        q = quotes[quotes["article_id"] == row.article_id] if len(quotes) else None
        frames.append(article_tone(s, q, spelling=spelling).assign(article_id=row.article_id, outlet=row.outlet))
    table = pd.concat(frames, ignore_index=True)
    first = ["article_id", "outlet", "sentence", "order", "position", "section", "section_group", "voice", "text"]
    return table[first + SCORES]


def with_article_group(tone: pd.DataFrame) -> pd.DataFrame:
    """Add a copy of every row with ``section_group = "article"`` (the whole article).

    Usage:
        >>> t = pd.DataFrame({"section_group": ["lead", "body"], "compound": [0.1, 0.2]})
        >>> with_article_group(t)["section_group"].tolist()
        ['lead', 'body', 'article', 'article']
    """
    return pd.concat([tone, tone.assign(section_group="article")], ignore_index=True)


def tone_summary(tone: pd.DataFrame, by: list[str] | None = None, n_boot: int = DEFAULT_BOOT,
                 level: float = DEFAULT_LEVEL, seed: int = 0) -> pd.DataFrame:
    """Mean sentence compound per group with a seeded bootstrap interval, and shares by sign.

    ``by`` defaults to outlet, section group (including ``article``) and voice. Columns: ``by``,
    ``n, mean, low, high, share_positive, share_negative, mean_pos, mean_neg``.

    Usage:
        >>> t = pd.DataFrame({"outlet": ["A"] * 3, "compound": [0.5, -0.5, 0.0], "pos": [0.4, 0, 0], "neg": [0, 0.4, 0]})
        >>> tone_summary(t, ["outlet"])[["n", "mean", "share_positive", "share_negative"]].values.tolist()
        [[3.0, 0.0, 0.3333333333333333, 0.3333333333333333]]
    """
    if by is None:
        by = ["outlet", "section_group", "voice"]
        tone = with_article_group(tone)
    summary = bootstrap_groups(tone, "compound", by, n_boot=n_boot, level=level, seed=seed)
    extra = tone.groupby(by, sort=False, observed=True).agg(
        share_positive=("compound", lambda x: float((x >= POSITIVE).mean())),
        share_negative=("compound", lambda x: float((x <= NEGATIVE).mean())),
        mean_pos=("pos", "mean"), mean_neg=("neg", "mean")).reset_index()
    return summary.merge(extra, on=by, how="left")


def driving_sentences(tone: pd.DataFrame, k: int = 3, voice: str = "all") -> pd.DataFrame:
    """The ``k`` most positive and ``k`` most negative sentences of each outlet, with their pull on the mean.

    ``pull`` is the sentence's compound divided by the outlet's number of sentences: how
    much it moves the outlet's mean score. Lets a reader check the machine against the text.

    Usage:
        >>> t = pd.DataFrame({"outlet": ["A"] * 3, "voice": ["all"] * 3, "section": ["body"] * 3,
        ...                   "text": ["good", "bad", "meh"], "compound": [0.4, -0.6, 0.0]})
        >>> driving_sentences(t, k=1)[["direction", "text", "pull"]].round(2).values.tolist()
        [['negative', 'bad', -0.2], ['positive', 'good', 0.13]]
    """
    t = tone[tone["voice"] == voice]
    frames = []
    for outlet, group in t.groupby("outlet", sort=False):
        n = len(group)
        neg = group[group["compound"] < 0].nsmallest(k, "compound").assign(direction="negative")
        pos = group[group["compound"] > 0].nlargest(k, "compound").assign(direction="positive")
        frames.append(pd.concat([neg, pos]).assign(pull=lambda d: d["compound"] / n, outlet_sentences=n))
    cols = ["outlet", "direction", "section", "text", "compound", "pull", "outlet_sentences"]
    if not frames:
        return pd.DataFrame(columns=cols)
    return pd.concat(frames, ignore_index=True)[cols]


def spelling_effect(tone_as_is: pd.DataFrame, tone_normalised: pd.DataFrame, to: str = "american") -> pd.DataFrame:
    """Sentences whose compound changes when spelling is normalised (two :func:`tone_table` results).

    ``tone_normalised`` is ``tone_table(event, spelling=to)``. Columns: ``article_id, outlet,
    sentence, voice, text, normalised_text, compound, compound_normalised, change``.

    Usage:
        >>> a = pd.DataFrame({"article_id": ["x"], "outlet": ["A"], "sentence": [0], "voice": ["all"],
        ...                   "text": ["With honour."], "compound": [0.49]})
        >>> e = spelling_effect(a, a.assign(compound=0.44))
        >>> e["normalised_text"].iloc[0], round(float(e["change"].iloc[0]), 2)
        ('With honor.', -0.05)
    """
    key = ["article_id", "outlet", "sentence", "voice"]
    merged = tone_as_is[key + ["text", "compound"]].merge(
        tone_normalised[key + ["compound"]].rename(columns={"compound": "compound_normalised"}), on=key, how="inner")
    merged["change"] = merged["compound_normalised"] - merged["compound"]
    merged = merged[merged["change"].abs() > 1e-12].reset_index(drop=True)
    merged.insert(5, "normalised_text", pd.array([normalise_spelling(t, to) for t in merged["text"]], dtype="string"))
    return merged


def headline_tone(tone: pd.DataFrame) -> pd.DataFrame:
    """Per article: the headline (with standfirst) mean compound next to the body's and the whole article's.

    Columns: ``article_id, outlet, headline, headline_compound, body_compound, article_compound``.

    Usage:
        >>> t = pd.DataFrame({"article_id": ["a"] * 3, "outlet": ["A"] * 3, "voice": ["all"] * 3,
        ...                   "section_group": ["headline", "lead", "body"], "section": ["headline", "lead", "body"],
        ...                   "text": ["Fire kills two", "x", "y"], "compound": [-0.6, 0.0, 0.3]})
        >>> headline_tone(t)[["headline_compound", "body_compound", "article_compound"]].round(2).values.tolist()
        [[-0.6, 0.15, -0.1]]
    """
    t = tone[tone["voice"] == "all"]
    rows = []
    for (aid, outlet), g in t.groupby(["article_id", "outlet"], sort=False):
        head = g[g["section_group"] == "headline"]
        body = g[g["section_group"].isin(["lead", "body"])]
        rows.append({"article_id": aid, "outlet": outlet,
                     "headline": " / ".join(head.loc[head["section"] == "headline", "text"].tolist()),
                     "headline_compound": head["compound"].mean() if len(head) else float("nan"),
                     "body_compound": body["compound"].mean() if len(body) else float("nan"),
                     "article_compound": g["compound"].mean()})
    return pd.DataFrame(rows, columns=["article_id", "outlet", "headline", "headline_compound", "body_compound",
                                       "article_compound"])
