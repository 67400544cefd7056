"""Attribute quoted spans to speakers with ordered sieves, and list indirect attributions.

The design follows the sieve architecture that works best for quote attribution in
news (Muzny, Fang, Chang & Jurafsky 2017, "A two-stage sieve approach for quote
attribution", EACL; O'Keefe et al. 2012): precise rules run first and later,
looser rules only fill what is still open. For each quoted span the sieves are,
in order:

1. ``cue_after``: a reporting verb right after the quote (``"...," X said``, ``"...," said X``);
2. ``colon``: a clause ending in a colon before it (``X said: "..."``, ``he smiled: "..."``),
   also across a paragraph break (``X writes:`` / new paragraph ``"..."``);
3. ``same_sentence``: the nearest reporting verb in the sentence (``X called on them to "..."``,
   ``according to X, ... "..."``);
4. ``adjacent_sentence``: a quote-only sentence takes the cue of the sentence before or after it;
5. ``subject``: a quotation with no cue near it, after a sentence about someone in the same
   paragraph, goes to that sentence's subject (``She took up running at 34. "He was the athlete."``);
   a quotation opening a paragraph after a short paragraph about someone with no speech of its own
   (``Asked whether the firm will list, she pauses.``) goes to that paragraph's subject;
6. ``exchange``: in an exchange laid out one quotation per paragraph, a bare quotation after a
   question and its answer is the questioner's turn again (and the next bare one the answerer's);
   ``continuation``: a quotation with no cue continues the last speaker of the same or the
   previous paragraph (also every paragraph of a quotation over several paragraphs);
7. ``speech_fragment``: a short fragment in a sentence naming the event's speaker goes to him;
8. ``nested``: a quotation inside a quotation with no cue of its own belongs to the outer speaker (one
   introduced by ``you said`` to the person the outer quotation addresses);
9. ``repeated``: a quotation still without a speaker (a headline's, typically) takes the speaker of
   an attributed quotation elsewhere in the article that repeats its words; a headline's description
   (``Armed group leader vows to "..."``) gives way to the name the body quotes them under; an unnamed
   source the article names further down (``The former deputy manager quoted above, Denise Harrow,``)
   takes that name.

A speaker given by a pronoun (``he said``) or a definite role (``the minister said``) is
resolved and the sieve is then reported as ``pronoun``. A he/she looks first at the current and
the previous sentence and prefers their subject (Hobbs 1978; Grosz, Joshi & Weinstein 1995),
then the person last quoted when known to agree in gender, then any agreeing mention; genders
come from titles, gendered nouns and the subject pronouns and possessives that follow a name.
A role resolves to the name it was introduced with, also through synonyms (``manager`` /
``coach`` / ``boss``), else to the last person with that role; a he/she inside a quotation is
never its speaker.
Names are canonical: titles stripped (``British Foreign Secretary Boris Johnson`` ->
``Boris Johnson``), surnames expanded to the fullest name the article gives, roles mapped
to the name they were introduced with (``The housing minister, Rachel Dunmore,``), and the
event's aliases mapped to the event's speaker. Anonymous sources keep the article's own
description (``a colonel in the army's Ninth Armored Division``; ``One`` after ``residents
said`` becomes ``a resident``). Word lists live in ``lexicons/attribution_cues.toml``.

Usage:
    >>> paras = ['Coach Ana Silva, 41, was calm. "We stay humble," she said.']
    >>> from analysis.quotes import pair_marks
    >>> info, indirect = attribute(paras, pair_marks(paras))
    >>> info[0]["speaker"], info[0]["sieve"], info[0]["kind"]
    ('Ana Silva', 'pronoun', 'quote')
"""
from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from importlib import resources

from .given_names import first_name_gender, given_name_gender
from .segment import split_sentences


class _Tail:
    """A compiled pattern that must match up to the end of its window, its last word being one of a few
    ``endings`` followed by white space (``...\\bto\\s+$``). Such a search tries every position of the
    window; :meth:`search` first checks the window's end, which is far cheaper, and searches only when
    a match is possible, so its answers are the pattern's own.

    The window must end in white space (``\\s`` and :meth:`str.isspace` are the same Unicode class),
    and the text before that white space must end in one of ``endings``. With ``fold`` (a pattern
    compiled with ``re.IGNORECASE``) the test lower-cases the text, and a window that is not ASCII
    is always searched: case-insensitive matching equates a few other letters with ASCII ones ("ſ"
    with "s").

    Usage:
        >>> to = _Tail(re.compile(r"\\bto\\s+$", re.IGNORECASE), ("to",), fold=True)
        >>> bool(to.search("she plans to ")), bool(to.search("she plans TO ")), bool(to.search("she plans to"))
        (True, True, False)
        >>> to.search("plans to say", 0, 9).span()
        (6, 9)
    """

    def __init__(self, pattern: re.Pattern, endings: tuple[str, ...], fold: bool = False):
        self.pattern, self.endings, self.fold = pattern, endings, fold

    def search(self, text: str, lo: int = 0, hi: int | None = None) -> re.Match | None:
        lo, hi = max(lo, 0), len(text) if hi is None else max(hi, 0)  # (as re reads pos and endpos)
        window = text[lo:hi]
        if not window[-1:].isspace():
            return None
        window = window.rstrip()
        if self.fold and window.isascii():
            window = window.lower()
        elif self.fold:
            return self.pattern.search(text, lo, hi)
        return self.pattern.search(text, lo, hi) if window.endswith(self.endings) else None


class _Gated:
    """A compiled pattern behind a cheap test: ``gate(text)`` must be true of every text the pattern
    can match, and it is asked first, so the answers are the pattern's own. A gate is a scan for a
    short literal every match contains (``_SURNAME_AGE`` needs ", 34,") or a look at the text's end.

    Usage:
        >>> ages = _Gated(re.compile(r"([A-Z]\\w+), (\\d+),"), re.compile(r", \\d").search)
        >>> [m.group(1) for m in ages.finditer("Volkin, 34, barely blinked.")], ages.search("Volkin blinked.")
        (['Volkin'], None)
    """

    def __init__(self, pattern: re.Pattern, gate):
        self.pattern, self.gate = pattern, gate

    def search(self, text: str, *window) -> re.Match | None:
        return self.pattern.search(text, *window) if self.gate(text) else None

    def finditer(self, text: str):
        return self.pattern.finditer(text) if self.gate(text) else iter(())

    def sub(self, repl, text: str) -> str:
        return self.pattern.sub(repl, text) if self.gate(text) else text

    def match(self, text: str) -> re.Match | None:
        return self.pattern.match(text) if self.gate(text) else None

    def fullmatch(self, text: str) -> re.Match | None:
        return self.pattern.fullmatch(text) if self.gate(text) else None

    def split(self, text: str) -> list[str]:
        return self.pattern.split(text) if self.gate(text) else [text]


class _Lead:
    """A compiled pattern read from the text's start only (``match``, ``fullmatch``; ``sub`` when it opens
    with ``^``), every match of which begins with one of ``letters`` in either case: a text that begins with
    another ASCII character is answered at once, so the answers are the pattern's own. A text that begins
    with a character that is not ASCII is always tried (case-insensitive matching equates "\u017f" with "s").

    Usage:
        >>> lead = _Lead(re.compile(r"^(?:in|on|via)\\s+a\\s+", re.IGNORECASE), "iov")
        >>> lead.sub("", "In a statement"), lead.sub("", "The statement"), bool(lead.match("\u017fo a "))
        ('statement', 'The statement', False)
    """

    def __init__(self, pattern: re.Pattern, letters: str):
        self.pattern, self.letters = pattern, letters
        self.first = re.compile("[" + re.escape(letters.lower() + letters.upper()) + r"]|[^\x00-\x7f]").match
        self.anchored = pattern.pattern.startswith("^") and not pattern.flags & re.MULTILINE

    def match(self, text: str) -> re.Match | None:
        return self.pattern.match(text) if self.first(text) else None

    def fullmatch(self, text: str) -> re.Match | None:
        return self.pattern.fullmatch(text) if self.first(text) else None

    def sub(self, repl, text: str) -> str:
        if not self.anchored:
            raise TypeError("sub needs a pattern that opens with ^")
        return self.pattern.sub(repl, text) if self.first(text) else text


def _contains(*needles: str):
    """A gate for :class:`_Gated`: whether the text holds one of ``needles`` (lower case), in any case. A
    text that is not ASCII always passes (case-insensitive matching equates "ſ" with "s", and so on).

    Usage:
        >>> _contains("statement")("In a STATEMENT, the club said"), _contains("statement")("The club said")
        (True, False)
    """
    def gate(text: str) -> bool:
        if not text.isascii():
            return True
        low = text.lower()
        return any(n in low for n in needles)
    return gate


def _has(*literals: str):
    """A gate for :class:`_Gated` and a pattern without ``re.IGNORECASE`` every match of which holds one of
    ``literals`` as written (a search in C: no Python call per text).

    Usage:
        >>> bool(_has("which", ",")("Greenpeace Africa, which")), bool(_has("which")("Greenpeace Africa WHICH"))
        (True, False)
    """
    return re.compile("|".join(map(re.escape, literals))).search


SPEAKER_TYPES = ("named person", "anonymous", "organisation", "unattributed")
# words a title leaves in lower case, English and the French, Spanish and Italian ones of borrowed titles
# ("Message \u00e0 la Nation", "La Dolce Vita" aside)
_SMALL_WORDS = frozenset("a an the of in on at to for and or but with by from as is it its vs "
                         "\u00e0 la le les de du des et en el los las del y e di da".split())
_MARKS = "\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u201b\u2039\u203a"
_TOKEN = re.compile(r"[^\s,;:()\[\]" + _MARKS + r"\u2014\u2013]+")
_QUOTED = re.compile("[" + _MARKS + "]x*[.!?\u2026]?[" + _MARKS + "]?")
_AUXILIARIES = frozenset("""has have had was were is are would will can could did does do been being be may might must shall
should kept keep keeps began begin begins started start starts""".split())  # and aspect verbs ("kept shouting")
# the documents whose words "read" introduces ("the statement read", "read the citation")
_READ_DOCUMENTS = r"(?:statement|letter|note|notice|message|post|sign|caption|e-?mail|tweet|release|citation|plaque|banner)"
_DOCUMENT_END = re.compile(r"\b" + _READ_DOCUMENTS + r"\s*$", re.IGNORECASE)
_DOCUMENT_NEXT = re.compile(r"\s+(?:the|a|an|its|his|her|their|one)\s+(?:[\w\-]+\s+){0,2}?" + _READ_DOCUMENTS + r"\b",
                            re.IGNORECASE)
_ROLE_PREFIX = re.compile(r"(?:co|ex|super|arch|then|vice)-")
_RX_LOWER_WORD = re.compile(r"\s+([a-z][a-z\-]+)\b")
_DISTANCING_BEFORE = re.compile(r"(?:^|\s)(?:so-called|self-styled|self-proclaimed|self-declared)\s*$", re.IGNORECASE)
_SCARE_BEFORE = re.compile(r"(?:^|\s)(?:its|their|so-called|self-styled|self-proclaimed|self-declared|supposed|alleged)\s*$", re.IGNORECASE)
# lower-case particles inside a name ("Pieter van Heerden", "Rania al Masri", "Joseph ole Sankale")
_NAME_PARTICLE = r"(?:van|von|de|der|den|da|di|du|dos|das|des|del|della|la|le|al|el|bin|ibn|bint|ter|ten|ole)"
_APPOSITIVE_NAME = re.compile(r",\s+(?:[A-Z][a-z]{1,4}\.\s+)?((?:[A-Z][\w\-\u2019']+\s+){0,3}[A-Z][\w\-\u2019']+)\s*(?=,|\.(?:\s|$))")
_QUOTE_FREE = re.compile(r"[" + _MARKS + r"]x*[.!?\u2026]?[" + _MARKS + r"]")
_COORDINATED = re.compile(r"(?:,\s*(?:and\s+|but\s+)?|\s+and\s+)(?:\w+ly\s+|also\s+|then\s+)?$")
_THAT_CLAUSE = re.compile(r"^(?:[^,.;:" + _MARKS + r"]{0,60}?\s)?that\s+(?!is\b|was\b|would\b|will\b|has\b|had\b)",
                          re.IGNORECASE)
_TO_INFINITIVE = re.compile(r"^\s*(?:[^\s,.;:]+\s+){1,10}?to\s+[a-z]", re.IGNORECASE)
_DETERMINERS = frozenset(["the", "its", "his", "her", "their"])
_NOT_ADVERBS = frozenset(["family", "supply", "assembly", "ally", "rally", "bully", "daily", "weekly", "monthly",
                          "elderly"])  # lower-case words in -ly that are no adverbs
# letters after a name: honours, offices and qualifications ("Iain MacRae KC", "Jane Doe MP")
_POSTNOMINALS = frozenset("KC QC SC MP MSP MS MEP MLA TD AM JR SR PHD OBE MBE CBE KBE DBE FRS".split())
# honorifics and judicial titles that, before a lone surname, are part of how a person is named ("Lord Carnoch")
_NAMING_TITLES = frozenset(["justice", "judge", "sheriff"])
# courtesy honorifics: "Madam Chan" or "Mr Okafor" alone is the person "Chan", "Okafor" (unlike "Lord Carnoch")
_COURTESY = frozenset(["mr", "mrs", "ms", "miss", "mx", "madam", "mdm"])
_CAP_TOKEN = re.compile(r"^(?:[A-Z\u00c0-\u00de]|(?:al|el|ad|ash|bin|ibn|abu|de|van|von|di|da|le|la|o|d|mac|mc)[-\u2019'][A-Z])")
# Precompiled patterns used by the sieves (compiling per call cost ~1 ms per article).
_RX2 = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_RX3 = _Gated(re.compile(r"(?:\bnot|n['\u2019]t|\bnever)$"),
              lambda text: text.rstrip("\n")[-1:] in ("t", "r"))  # (a match ends the text, or a final newline)
_RX4 = re.compile(r"[\s.!?]*")
_RX5 = re.compile(r"\s+")
_RX6 = re.compile(r"[-']")
_RX7 = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")
_RX8 = re.compile(r"[\s,.;:!?]+$")
_RX9 = re.compile(r"\s*[^,.;:]+")
_RX10 = re.compile(r",\s*[A-Z][^,.;:]{0,60},")
_RX11 = _Gated(re.compile(r"((?:[A-Z][\w\-\u2019']+\s+(?:" + _NAME_PARTICLE + r"\s+)?){1,3}[A-Z][\w\-\u2019']+),\s+(?:the\s+|a\s+|an\s+|[A-Z][\w\-]+[\u2019']s\s+)?([a-z][\w\-\u2019' ]{2,40}?)(?:\s+(?:at|of|for|in|who|whose)\s|[,.])"),
               re.compile(r"[A-Z][\w\-\u2019']+,\s").search)  # (the last name word, a comma)
_RX12 = re.compile(r",\s*\d{1,3}\s*,")
# an appositive after a name, with a determiner: ", the first woman to ...", ", 52, a father of three,"
_GENDERED_APPOSITIVE = re.compile(r"([A-Z][\w\-\u2019']+),\s+(?:\d{1,3},\s+)?(?:the|a|an)\s+([^,.;:!?\u201c\u201d\"]{1,50})")
_APPOSITIVE_END = re.compile(r"\s(?:whose|who|that|which|to|of|for|with|at|from|on|in|by)\s")
_AGE_COMMAS = re.compile(r",\s*\d{1,3}\s*,")  # in every match of _SURNAME_AGE and _SINGLE_NAME_AGE
_SURNAME_AGE = _Gated(re.compile(r"\b([A-Z][\w\-\u2019']+),\s*(\d{1,3})\s*,"), _AGE_COMMAS.search)
_RX13 = re.compile(r"['\u2019]s$")
_RX14 = re.compile(r"((?:[^\s,;:]+\s+){0,7}?[^\s,;:]+?)(?=,|\s+(?:[a-z][\w\u2019']*)(?:\s|$))")
_RX15 = re.compile(r"[.!?]\s+")
_RX16 = re.compile(r"^[\s,:;\u2014\u2013]*(?:that\s+)?")
_RX17 = re.compile(r"[" + _MARKS + r"]")
# A capitalised name followed by the relative "which" names a thing, not a person (Quirk et al. 1985,
# A Comprehensive Grammar of the English Language, 6.32: "who" for persons, "which" for non-persons).
_WHICH_ORG = _Gated(re.compile(r"^((?:the\s+)?[A-Z][\w\-&'\u2019]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w\-&'\u2019]*){0,5}),?\s+which\b"),
                    _has("which"))
_RX18 = _Gated(re.compile(r"\s+(?:who|which|whose|whom)\s+|,"), _has(",", "wh"))  # (who, which, whose, whom)
# the speaker phrase after an inverted cue, through abbreviated titles and initials ("said Sen. Maria Ocampo",
# "said U.S. Rep. J. Doe") up to the next clause punctuation
_RX19 = re.compile(r"\s*((?:[A-Z][a-z]{0,3}\.\s*(?=[A-Z]))*(?:[^,.;:\u2014\u2013" + _MARKS
                   + r"]|(?<=\w)['\u2019](?=\w))+)")  # an apostrophe inside a word ("Ashford's") is no quote mark
_RX20 = re.compile(r"\s*((?:\S+\s+){0,5}?\S+?)(?=\s+[a-z][\w\u2019']*(?:\s|:)|:)")
_RX21 = re.compile(r"[\s.,!?" + _MARKS + "]")
# "with the air of a man sniffing milk": a description in a comparison names no one
_SIMILE_OF = _Tail(re.compile(r"(?<!\w)(?:air|look|manner|demeanou?r|bearing|face|voice|expression|confidence)\s+of\s+$",
                              re.I), ("of",), fold=True)
# punctuation, a bracket or a dash between two words ends a run of names ("LAKE ARDEN — Marcus Oyelaran")
_RX22 = re.compile(r"(?:[,;:.()\u2014\u2013]|\s-)\s*$")
_RX23 = re.compile(r"[" + _MARKS + r";:.]")
_RX24 = re.compile(r"(?<!\w)(?:and|but|while|as|when|that|although|though|whereas|because|after|before|since)(?!\w)")
_RX25 = re.compile(r"[" + _MARKS + r"]\s*,?\s*$")
_RX26 = re.compile(r"[.;:]\s*$")
# "was heard to say", "used to tell us": the words between the speaker and the verb name no one
_HEARD_TO = re.compile(r"\s+(?:(?:was|were|is|are|been|be)\s+(?:heard|overheard)|used|liked|likes|loved|loves)\s+to$")
# a fronted past participle opens the sentence ("Asked whether he had anything to say, Jessop said:"): no speech
# event of its own, the sentence's subject speaks later
_FRONTED_PARTICIPLE = re.compile(r"\s+(?:by|about|whether|if|what|how|why|for|of|on|over|after)\b", re.IGNORECASE)
# a nominative pronoun or "to" right after "told" makes it a headline passive ("Man told he faces jail", "Club told
# to pay"): a subject pronoun cannot be the addressee
_TOLD_PASSIVE = re.compile(r"\s+(?:he|she|they|we|i|it|to)\b", re.IGNORECASE)
# an infinitive names no speech event ("whether he had anything to say", "the day for ministers to say nothing"),
# except after a verb that reports one ("went on to say", "was heard to say") or a habit of saying ("as my
# predecessor liked to say", "used to say")
_INFINITIVE = _Tail(re.compile(r"(?<!\bthan )(?<!\bexcept )(?<!\bbeyond )(?<!\bon )(?<!\bheard )(?<!\bappeared )(?<!\bwent )(?<!\bused )(?<!\bliked )(?<!\blikes )"
                         r"(?<!\bloved )(?<!\bloves )\bto\s+$", re.IGNORECASE), ("to",), fold=True)
_NAMED_OPERATION = re.compile(r"(?:Operation|Exercise|Project|Codename|Code\s+name)\s+[A-Z]")
_AGE_NOUN = re.compile(r"\d{1,3}-year-old", re.IGNORECASE)
# cue words that are nouns too, and a determiner with one adjective before them
_NOUN_CUES = frozenset({"report", "reports", "post", "posts", "tweet", "tweets", "comment", "comments", "claim",
                        "claims", "note", "notes", "plea", "pledge", "promise", "vow", "answer", "reply", "response",
                        "warning", "message", "statement"})
_DET_ADJ = re.compile(r"\b(?:the|a|an|its|his|her|their|our|my|your|this|that)\s+([a-z][a-z\-]+)\s+$", re.IGNORECASE)
_TIME_FRONT = re.compile(r"(?:(?:only|just|even)\s+)?(?:(?:last|this|next|that|earlier\s+this|later\s+that|the\s+following|"
                         r"the\s+previous|the\s+next)\s+(?:week|month|year|night|morning|afternoon|evening|weekend|"
                         r"summer|spring|autumn|winter|season|term|monday|tuesday|wednesday|thursday|friday|saturday|"
                         r"sunday)|yesterday|today|tonight|recently|(?:two|three|four|five|six|a\s+few)\s+"
                         r"(?:days|weeks|months|years)\s+(?:ago|later|earlier))\s+(?=[A-Za-z])", re.IGNORECASE)
_TIME_FRONT = _Lead(_TIME_FRONT, "aefjlnorsty")  # only, just, even, last, ..., recently, four, six, a few
# a predicate that says how someone spoke, before a colon: "was blunter:", "was more direct:", "was less diplomatic:"
_MANNER_INTRO = re.compile(r"\s(?:was|were|is|are)\s+(?:even\s+|much\s+|far\s+|rather\s+)?(?:(?:more|less)\s+[a-z]+|"
                           r"[a-z]{3,}er|blunt|direct|succinct|scathing|withering|unequivocal|emphatic|candid)"
                           r"(?:\s+still)?\s*:\s*$")
_PLACE_MODIFIER = re.compile(r"^(?:the|a|an)\s+(?:[A-Z][\w\u2019']*\s+){0,3}[A-Z][\w\u2019']*-(?:based|listed|owned|run|"
                             r"registered|headquartered|flagged)\s+[a-z]+$")
_MODAL_BEFORE = re.compile(r"\b(?:would|will|could|should|might|may|must)\s+(?:be\s+|have\s+)?(?:[a-z]+ly\s+)?$")
_QUOTED_AS = _Tail(re.compile(r"\bquoted\s+(\S.{0,60}?)\s+as\s+$"), ("as",))
_RELATIVE_AFTER = re.compile(r"\s*(?:that|which|whose)\s")
_PARTICIPLE_BEFORE = _Tail(re.compile(r"(?<![\w\-])[a-z]{3,}(?:ed|en)\s+$"), ("ed", "en"))
_LEGAL_SUFFIX = re.compile(r"\b([A-Z][\w&\-]*(?: [A-Z][\w&\-]*){0,3}) (?:(?:Corp|Inc|Ltd)\b\.?|(?:Corporation|"
                           r"Limited|plc|PLC|LLC|Holdings|GmbH|AG|NV)\b)")
_LEGAL_SUFFIX = _Gated(_LEGAL_SUFFIX, re.compile(r"Corp|Inc|Ltd|Limited|plc|PLC|LLC|Holdings|GmbH|AG|NV").search)
# institutions a field or place names uniquely ("the health ministry", "the fire service")
_INSTITUTIONS = frozenset({"ministry", "department", "office", "council", "court", "army", "military", "navy",
                           "embassy", "commission", "committee", "parliament", "hospital", "coastguard", "service"})
# a state body named by a capitalised adjective and a lower-case noun ("the Tarvanian navy", "the Dutch government")
_NATIONAL_BODIES = "army|navy|military|government|police|coastguard|junta|embassy|presidency|parliament"
_NATIONAL_BODY = re.compile(r"(?<!\w)[Tt]he\s+([A-Z][a-z]+)\s+(" + _NATIONAL_BODIES + r")(?![\w\-])")
# (the gate is the pattern without its first letter and its look-arounds: it begins with a literal, "he",
# which re finds fast, where the pattern itself is tried at every position of the article)
_NATIONAL_BODY = _Gated(_NATIONAL_BODY, re.compile(r"he\s+[A-Z][a-z]+\s+(?:" + _NATIONAL_BODIES + ")").search)
_REPLIES = frozenset(["replied", "replies", "answered", "answers", "responded", "responds", "retorted", "shot back"])
_POSSESSIVE_BEFORE = _Tail(re.compile(r"(\w+)(?:['\u2019]s|s['\u2019])\s+$"), ("'s", "\u2019s", "s'", "s\u2019"))
_CONTRACTIONS = frozenset(["he", "she", "it", "that", "who", "what", "there", "here", "where", "let"])  # "he's said"
_LIMITING = "beyond|besides|except|than"  # "beyond saying", "other than to say": the one thing said
_SUBORDINATE_ING = _Tail(re.compile(rf"\s(?:after|before|while|when|since|despite|without|by|{_LIMITING})\s+$",
                                    re.IGNORECASE), ("after", "before", "while", "when", "since", "despite", "without",
                                                     "by", "beyond", "besides", "except", "than"), fold=True)
_ONLY_ING = _Tail(re.compile(rf"\s(?:{_LIMITING})\s+$", re.IGNORECASE), ("beyond", "besides", "except", "than"), fold=True)
# who would say no more: the subject before "declined", "refused", "would not" ("The company declined to comment
# beyond saying ...")
_REFUSED = re.compile(r"\s*(\S.{0,80}?)\s+(?:(?:has|had|have)\s+)?(?:declined|declines|refused|refuses|(?:would|did|could|"
                      r"will)\s+not|(?:would|did|could|wo)n['\u2019]t)\b")
# the one thing a speaker would say ("declined to comment other than to say", "except to say"): the subject speaks
_EXCEPT_TO = _Tail(re.compile(rf"\s(?:{_LIMITING})\s+to\s+$", re.IGNORECASE), ("to",), fold=True)
# a restrictive relative clause: "that"/"which" followed by a finite verb ("a fund that holds shares")
_THAT_RELATIVE = re.compile(r"(?<!\band)(?<!\bbut)(?<!\bsaid)(?<!\bsays)\s(?:that|which)\s+(?:[a-z]+(?:s|ed)|has|had|is|was|are|were|owns|runs)\s[^,;:]*$")
# a tabloid lead opening in capitals ("GARY PRENTICE was sacked"): read as the name it is
_CAPS_LEAD = re.compile(r"^\s*(?:[A-Z][A-Z'\u2019\-]+\s+){1,3}[A-Z][A-Z'\u2019\-]+(?=\s+[a-z])")
_DOCUMENTS = frozenset(["statement", "release", "letter", "email", "post", "notice", "note"])
_STUDY_BY = re.compile(r"(?:a|an|the)\s+(?:\w+\s+)?(?:report|study|survey|review|analysis|audit|assessment)\s+"
                       r"(?:(?:published|released|commissioned|compiled|produced|carried\s+out|conducted)\s+"
                       r"(?:(?:today|yesterday|this\s+week|last\s+week|on\s+\w+)\s+)?)?by\s+(\S.*)$", re.IGNORECASE)
_STUDY_BY = _Lead(_STUDY_BY, "at")  # a, an, the
# what a verb of writing leaves behind: "the post read" after "the federation posted on social media"
_WRITES = {"posted": ("post",), "tweeted": ("post", "tweet"), "wrote": ("letter", "note", "post", "email"),
           "emailed": ("email",), "texted": ("message", "text")}
_DOCUMENT_FROM = re.compile(r"(?:a|an|the)\s+(?:\w+\s+)?(?:" + "|".join(sorted(_DOCUMENTS)) + r")\s+(?:from|by|issued by)\s+"
                            r"(\S.*)$", re.IGNORECASE)
_DOCUMENT_FROM = _Lead(_DOCUMENT_FROM, "at")  # a, an, the
# a document on its owner's channel: "a statement on its website", "a post on their account"
_DOCUMENT_OWNED = re.compile(r"(?:a|an|the)\s+(?:\w+\s+)?(?:" + "|".join(sorted(_DOCUMENTS)) + r"|filing)\s+(?:on|in)\s+"
                             r"(its|their)\s+(?:\w+\s+)?(?:website|site|account|page|feed|channel)", re.IGNORECASE)
_DOCUMENT_OWNED = _Lead(_DOCUMENT_OWNED, "at")  # a, an, the
# words opening a fronted adverbial phrase before the subject ("Down the road, ...", "Back home, ...")
_FRONTING = frozenset(["down", "up", "in", "on", "at", "across", "outside", "inside", "back", "after", "before",
                       "over", "near", "along", "further", "elsewhere", "meanwhile", "later", "earlier", "since",
                       "during", "by", "from", "around", "behind", "beyond", "within",
                       "asked", "pressed", "questioned", "speaking", "told",  # "Asked about the defeat, the skipper"
                       # a fronted subordinate clause ("As the light goes, Marrow reads ...", "When the remark was
                       # relayed to him, Lys shrugged")
                       "as", "when", "while", "once", "until", "although", "though", "because", "if"])
_SUBORDINATORS = frozenset(["as", "when", "while", "once", "until", "although", "though", "because", "if", "after",
                            "before", "since"])
# openers of a fronted clause that may run past six words before its comma ("Asked whether more survivors
# could still be found, she paused")
_LONG_FRONTING = _SUBORDINATORS | {"asked", "pressed", "questioned", "speaking"}
_FRONTED_OPENERS = _SUBORDINATORS | {"asked"}  # "Asked whether Amankwah, who batted ..., the coach was guarded"
_CHANNEL_LEAD = re.compile(r"^(?:in|on|via)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|"
                           r"letter|post|email|release|note|video|tweet|briefing|speech|filing)\s+(?=\S)", re.IGNORECASE)
_CHANNEL_LEAD = _Lead(_CHANNEL_LEAD, "iov")  # in, on, via
_STATEMENT = _Gated(re.compile(r"\b(?:statement|press release|news release)\b", re.IGNORECASE),
                    _contains("statement", "release"))
_RX27 = re.compile(r"\b(?:who|whom|whose|which|that)\s")
# what may follow a verb that reports only when it has no object ("shared"): punctuation, a quotation, "that"
_BARE_CUE_END = re.compile(r"\s*(?:[,.:;!?\u2014\u2013" + _MARKS + r"]|that\s|$)")
_TRAILING_THAT = re.compile(r"\s+that$")  # "said that" before a he/she
_RELATIVES = frozenset({"who", "whom", "whose", "which", "where", "when"})
_WHO_CLAUSE = re.compile(r",\s*(?:(?:and|but)\s+)?(who|whose|which)\s")
_APPOSITIVE_RELATIVE = re.compile(r"\s(?:who|whose|that|which)\s")
# a definite description ending in a lower-case noun ("the depot manager"): a role when the noun is one
_DEFINITE_ROLE = re.compile(r"(?<!\w)the\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*")
# how a court's judge is addressed or referred to in court ("my lord said", "His Honour told the jury")
_BENCH_ADDRESS = _Lead(re.compile(r"(?:my|his|her|your)\s+(?:lord|lady|lordship|ladyship|honou?r)", re.IGNORECASE),
                       "mhy")  # my, his, her, your
_ASIDE = re.compile(r"\s*[a-z]+(?:ing|ly)\s*")  # "laughing", "quietly" set off by commas before a verb
_NAME_COMMA = re.compile(r"(?:[A-Z][\w\-'\u2019.]*\s+)*[A-Z][\w\-'\u2019.]*,\s*")  # "Sam Reuter, " before "her partner"
_AND_VERB = re.compile(r"\s(?:and|but)\s+(?:\w+ly\s+|once\s+|also\s+|later\s+|then\s+)?$")
_APPOSED_NAME = re.compile(r",\s*((?:[A-Z][\w\-\u2019']+\s+){1,3}[A-Z][\w\-\u2019']+)\s*,")
_FRONTED = re.compile(r"\s*(?:[^\s,.;:]+\s+){0,6}?[^\s,.;:]+,\s+")
# a fronted prepositional phrase may run longer ("At a packed town hall meeting last week, one resident")
_FRONTED_PP = re.compile(r"\s*(?:at|in|on|during|after|before|outside|inside|from|since|across|throughout)\s+"
                         r"(?:[^\s,.;:]+\s+){0,8}?[^\s,.;:]+,\s+", re.IGNORECASE)
_NAME_AND = re.compile(r"[A-Z][\w\-\u2019']*\s*$")
# a form of "be" right before a reporting verb makes it passive ("was told", "were being asked")
_PASSIVE = _Tail(re.compile(r"(?<!\w)(?:is|are|was|were|be|being|been|get|got|gets|getting)\s+(?:\w+ly\s+)?$",
                            re.IGNORECASE), ("is", "are", "was", "were", "be", "being", "been", "get", "got", "gets",
                                             "getting", "ly"), fold=True)
# Capitalised words that open a sentence or clause but are never part of a name ("For Walter Brandt, 83,",
# "But Greenpeace Africa said", "By Tom Ashworth"): dropped from the front of a capitalised run.
_PP = re.compile(r"\s+(?:in|at|from|for|with|on|of)\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
                 r"(?:[\w\-\u2019']+\s+){0,3}?[\w\-\u2019']+(?=\s*[,.;:]|\s+(?:who|which|that|said|says|told|"
                 r"shouted|asked|added|leaned|was|is|had|has)\b)")
# (the lookahead: a match begins with a capital, his/her/their/its or gave/give/giving, so the branches are
# tried only at those letters)
_SINGLE_NAME = re.compile(r"(?=[A-Zghit])(?:(?:^|(?<=[.!?]\s))([A-Z][a-z\u00e0-\u00ff]+),\s+(?:a|an)\s+"
                          r"|(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z\-]+\s+){0,2}?(?:son|daughter|wife|husband|brother|sister|"
                          r"mother|father|partner|friend|nephew|niece|cousin|uncle|aunt|colleague|grandson|granddaughter|grandmother|grandfather|fianc\u00e9e?),\s+([A-Z][a-z\u00e0-\u00ff]+)[,.]"
                          r"|(?:gave|give|giving)\s+(?:only\s+)?(?:his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+([A-Z][a-z\u00e0-\u00ff]+))")
_SINGLE_NAME = _Gated(_SINGLE_NAME, re.compile(r",\s+(?:an?\s|[A-Z][a-z\u00e0-\u00ff]+[,.])|giv|gave").search)
# two more ways a first name alone is given as a person's (separate patterns: each begins with a literal, which
# keeps the scan over every paragraph fast):
# a first name with an age, opening a sentence or after a verb of saying ("said Halyna, 74,")
_SINGLE_NAME_AGE = re.compile(r"\b([A-Z][a-z\u00e0-\u00ff]+),\s+\d{1,3},")
_SINGLE_NAME_AGE = _Gated(_SINGLE_NAME_AGE, _AGE_COMMAS.search)
_AGE_NAME_BEFORE = re.compile(r"(?:^|[.!?]\s+|\b(?:said|says|added)\s+)$")
# a first name after a fronted clause, doing something to his or her own ("When the snow fell, Amira had
# already burned the last of her family's firewood")
_SINGLE_NAME_ACTING = re.compile(r",\s([A-Z][a-z\u00e0-\u00ff]+)\s+(?:had\s+|has\s+|was\s+)?(?:already\s+|just\s+)?"
                                 r"[a-z]+ed\s+(?:[a-z\-]+\s+){0,6}?(?:his|her)\s")
# a one-word name in apposition to a role held in a team or family ("Their in-game leader, Nightjar, called",
# "the team's captain, Brio, who"): a person's (handles, nicknames and first names are given so)
_SINGLE_NAME_ROLE = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w\-\u2019']+\s+){0,2}?"
                               r"([a-z][a-z\-]+),\s([A-Z][a-z\u00e0-\u00ff]+),\s")
_SINGLE_NAME_ROLE = _Gated(_SINGLE_NAME_ROLE, re.compile(r",\s[A-Z][a-z\u00e0-\u00ff]+,\s").search)  # in every match
_PAREN_TAG = re.compile(r"(?<=[A-Za-z])\s\((?:[A-Z][^()" + "\"\u201c\u201d" + r"]{0,40}|\d{1,3})\)")
_LEADING_CONJ = re.compile(r"^(?:as|and|but|so|while|when|with|afterwards|afterward|later|earlier|then|meanwhile|"
                           r"privately|publicly|separately|instead|yesterday|today|tonight)\s+(?=\S+\s)", re.IGNORECASE)
_LEADING_CONJ = _Lead(_LEADING_CONJ, "abswletmpiy")  # the words' first letters
_RELATIVE = re.compile(r"(?:,\s*|\s)who(?:se)?(?:\s|$)(?!.*\swho(?:se)?(?:\s|$))")
_BYLINE = re.compile(r"^\s*(?:By|From)\s+[A-Z][^.!?:" + "\"\u201c\u201d" + r"]{0,80}$")
# "leader of the left-wing Nouvelle Gauche Unie", "of the ruling ...": a name after "of the" and at most two
# adjectives (hyphenated or with an adjective's ending) is an organisation's, not a person's (unlike "the son
# of the late ..." or "Chairman of the bench Geoffrey Linton", where a noun comes before the name)
_OF_THE = re.compile(r"\b(?:of|for)\s+the\s+(?!late\b)(?:(?:[a-z]+-[a-z\-]+|[a-z]+(?:al|ic|ive|ist|ian|ing|ary|ent|ant))\s+){0,2}$")
_AND_ROLE = re.compile(r"\sand\s+(?:the|a|an|its|their|his|her)\s+(?:\S+[\u2019']s\s+)?((?:[a-z\-]+\s+)?[a-z\-]+)\s*(?:,|$)")
# a description given its name: "a soldier who goes by the call sign Lys", "a woman who identified herself
# as Ingrid Solberg", "nicknamed Bear"; the name is a person's, and a description speaking in the same
# sentence is that person
_NAMED_AS = re.compile(r"\b(?:(?:identified|introduced|described)\s+(?:him(?P<m>self)|her(?P<f>self))\s+(?:only\s+)?as"
                       r"|(?:identified|named)\s+(?:by\s+(?:[\w\-]+\s+){1,4}?)?as"  # "identified by relatives as X"
                       r"|(?:goes|go|went|going)\s+by\s+(?:the\s+)?(?:call\s*sign|callsign|nom\s+de\s+guerre|nickname|name)"
                       r"|(?:call\s*sign|callsign|nom\s+de\s+guerre)(?:\s+is)?|nicknamed|known\s+only\s+as"
                       # "who gave her name only as Mina", "giving only his first name, Karim"
                       r"|(?:gave|giving|give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name,?(?:\s+only)?(?:\s+as)?)"
                       r"\s+[\u201c\u2018\"']?(?P<name>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# from a name's end to a description that is its predicate: a copula (after an optional relative clause
# between commas) and the description right after it or after a comma ("X, who has died aged 86, was one of
# ..., a character actor"; not "X was approached by a man", "X was glad when a nurse came")
_PREDICATE = re.compile(r"(?:,[^,]+,)?\s+(?:was|is|became|becomes|remains|remained|has\s+been|had\s+been)"
                        r"(?:\s+(?:\w+ly\s+)?|\s+[^;:.!?]*,\s+)")
_PLURAL_NAME = re.compile(r"[A-Z][a-z]+s")
# a plural possessive inside a name ("Citizens’ Election Watch", "the Nurses' Union"): its apostrophe is
# masked by a letter-like stand-in of the same length, so the name stays one run of words (see _RESTORE)
_PLURAL_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+s)(['\u2019])(?=((?: [A-Z][\w\-]*){1,4}))")
# a founder's name in a company's one-word name: "Halden\u2019s Supermarkets" (the apostrophe before the "s")
_SINGULAR_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+)(['\u2019])(?=s( [A-Z][a-z]+)\b(?! [A-Z]))")
_STAND_INS = {"\u2019": "\u02bc", "'": "\ua78c"}
_RESTORE = str.maketrans({v: k for k, v in _STAND_INS.items()})
_DATELINE = re.compile(r"^[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+)*(?:,[^\u2013\u2014\n" + _MARKS + r"]{1,40}?)?\s+(?:-{1,2}|\u2013|\u2014)\s+")
# a name (with an honorific) addressed at the start of a quotation: "Mr. Kimbrough, I believe you are sorry"
_VOCATIVE = re.compile(r"((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w\-\u2019']+(?:\s+[A-Z][\w\-\u2019']+){0,2}),\s")
# one of these is in every match of _NAMED_AS, each a single word (its words may be parted by any white
# space): "himself"/"herself", "identified", "name" (in "named", "nickname", "nicknamed", "gave ... name"),
# "sign" (in "call sign", "callsign"), "guerre" (in "nom de guerre") and "known" ("known only as"); every
# "goes by ..." phrase ends in one of "sign", "guerre" and "name"
_NAMED_AS_WORDS = ("himself", "herself", "identified", "name", "sign", "guerre", "known")


def _named_as(text: str) -> list[re.Match]:
    """The :data:`_NAMED_AS` matches of ``text`` (none without one of their words, found without a regex).

    Usage:
        >>> [m.group("name") for m in _named_as("a fighter who goes by the call sign Owl")]
        ['Owl']
    """
    return list(_NAMED_AS.finditer(text)) if any(map(text.__contains__, _NAMED_AS_WORDS)) else []


# words that open a capitalised run without being part of a name (the last line: adjectives a sentence
# may open with before one, "Rival Echowave, which ...")
_RUN_OPENERS = frozenset("""for but by and as in on at with from after before when while then so if though although
because since yet or nor of to like unlike meanwhile however also back next first here there this that these those
it its his her their our my your we they he she i asked speaking even only both outside inside later earlier
along across near behind beyond beside below above around through throughout towards toward under within without
despite during until among amid against upon into onto off past
said says told adds added according
rival fellow former embattled beleaguered outgoing incoming disgraced retired struggling
furious fuming raging livid tearful heartbroken devastated distraught stunned shocked emotional defiant
delighted elated jubilant smitten brave proud upset angry""".split())


# endings of an adjective or participle that a tabloid puts before a name ("Obsessed", "Cheeky", "Heartless")
_ADJECTIVE_ENDINGS = ("ed", "ful", "ous", "less", "y", "ing", "ish", "ive")

# agent nouns ("operator", "onlooker", "passer-by", "chemist"): a description built on one can speak;
# "a voice", "a recording", "a statement" cannot
_AGENT_NOUN = re.compile(r"(?:er|or|ist|ant|ent|ian|man|woman|ee|by|(?<!n)ess)s?$|(?:men|women)$", re.IGNORECASE)
_NOT_AGENTS = frozenset("letter paper newspaper poster flyer banner computer trailer recorder number order "
                        "statement document comment element moment segment agreement distress address access "
                        "process success business progress mattress fortress stress express congress press chess "
                        "dress mess excess recess compass harness".split())
# nouns that name no role, only a person: a second reference with them points to the last anonymous person
_GENERIC_PERSON = frozenset(["person", "individual", "man", "woman"])
# naming verbs that introduce a title whatever its capitalisation ('a study titled "Two millennia of ..."')
_NAMING = re.compile(r"(?:^|\W)(?:titled|entitled|headlined|dubbed|nicknamed|codenamed|code-named|christened|billed as)\s*,?\s*$",
                     re.IGNORECASE)
# determiners that open a capitalised run naming a group or an institution, never a person
_GROUP_OPENERS = frozenset("the a an some many most several all no every each both".split())


def _caps_modifier(run: list[str], full_names: list[str]) -> bool:
    """Whether a two-word run is a tabloid's capitalised word before a surname known from a full name.

    Usage:
        >>> _caps_modifier(["RAGING", "Rennie"], ["Stevie Rennie"]), _caps_modifier(["Ana", "Rennie"], ["Stevie Rennie"])
        (True, False)
    """
    return len(run) == 2 and run[0].isalpha() and run[0].isupper() and len(run[0]) >= 4 and not run[1].isupper() \
        and any(_surname(n) == run[1] and n.split()[0] != run[0] for n in full_names)


def _caps_alias(name: str, full_names: list[str]) -> str | None:
    """The one word of a run in capitals that names a person the article gives in title case ("WAG KAYLA"
    beside "Kayla Brennan": "Kayla"), else None.

    Usage:
        >>> _caps_alias("WAG KAYLA", ["Kayla Brennan"]), _caps_alias("WAG KAYLA", ["Terry Voss"])
        ('Kayla', None)
    """
    if not name.isupper():
        return None
    words = {w for n in full_names if not n.isupper() for w in n.split()}
    known = [w.title() for w in name.split() if w.title() in words]
    return known[0] if len(known) == 1 else None


def _longer_names(name: str, full_names: list[str]) -> list[str]:
    """The full names that end with ``name`` and are longer, or that add middle names to it: ``name`` is then
    a second reference ("Abu Rayya" after "Yasin Abu Rayya", "Ibarra Quintana" after "Aurelio Ibarra
    Quintana", "Ambrose Pellingham" beside "Ambrose Lionel Pellingham"), not a person of its own.

    Usage:
        >>> _longer_names("Abu Rayya", ["Yasin Abu Rayya", "Abu Rayya"]), _longer_names("Rosa Quintana", ["Ana Ibarra Quintana"])
        (['Yasin Abu Rayya'], [])
        >>> _longer_names("Ambrose Pellingham", ["Ambrose Lionel Pellingham", "Harriet Pellingham"])
        ['Ambrose Lionel Pellingham']
    """
    parts = name.split()
    return [full for full in full_names if full.endswith(" " + name) or (
        len(parts) >= 2 and len(full.split()) > len(parts) and full.split()[0] == parts[0]
        and full.split()[-1] == parts[-1])]


# a Cantonese given name written after the surname ("Tse Ka-lok", "Kwok Mei-shan"): the word before it is the surname
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
# a title with its portfolio before a capitalised run ("Secretary for Housing ...", "Minister of Finance ...")
_PORTFOLIO_BEFORE = _Tail(re.compile(r"(?<!\w)([A-Z][\w\-]*)\s+(?:for|of)\s+$"), ("for", "of"))


def _surname(name: str) -> str:
    """The surname of a full name: its last word, or the word before a hyphenated Cantonese given name.

    Usage:
        >>> _surname("Mary Lou Brandt"), _surname("Winnie Lau Siu-ying"), _surname("Lau Siu-ying")
        ('Brandt', 'Lau', 'Lau')
    """
    parts = name.split()
    if len(parts) >= 2 and _HYPHENATED_GIVEN.fullmatch(parts[-1]):
        return parts[-2]
    return parts[-1]


def _drop_portfolio(run: list[str], left: str, lex: dict) -> list[str]:
    """A capitalised run without the portfolio that opens it after a role and "for"/"of" (``left`` is the
    text before the run): the portfolio names a department, not the person.

    Usage:
        >>> _drop_portfolio(["Transport", "Winnie", "Lau"], "Minister for ", load_lexicon())
        ['Winnie', 'Lau']
    """
    m = _PORTFOLIO_BEFORE.search(left) if len(run) >= 3 else None
    return run[1:] if m and _is_role(m.group(1)) else run


def _clean_run(run: list[str]) -> list[str]:
    """A capitalised run without its sentence openers, possessive owners, post-nominal letters and a
    closing full stop.

    ``For Walter Brandt`` -> ``Walter Brandt``; ``Labour's Rushanara Begum`` -> ``Rushanara Begum``
    (the owner of a possessive is an organisation or place, not part of the person's name).

    Usage:
        >>> _clean_run(["But", "Labour\u2019s", "Rushanara", "Begum"])
        ['Rushanara', 'Begum']
        >>> _clean_run(["Iain", "MacRae", "KC"])
        ['Iain', 'MacRae']
        >>> _clean_run(["FOOTIE", "WAG", "Kayla", "Brennan"])
        ['Kayla', 'Brennan']
        >>> _clean_run(["Obsessed", "Liam", "Pettigrew"])
        ['Liam', 'Pettigrew']
    """
    k = 0
    while k < len(run) - 1 and run[k].lower() in _RUN_OPENERS:
        k += 1
    run = run[k:]
    if len(run) >= 3 and run[0].endswith(_ADJECTIVE_ENDINGS) and run[0][1:].islower() \
            and first_name_gender(run[1]) and not first_name_gender(run[0]):
        run = run[1:]  # "Obsessed Liam Pettigrew, 34,": an adjective opening a sentence before a given name
    for n in range(len(run) - 2, -1, -1):
        if _RX13.search(run[n]):
            run = run[n + 1:]
            break
    if len(run) > 1 and run[-1].endswith(".") and len(run[-1]) > 3 and not run[-1][:-1].isupper():
        run = run[:-1] + [run[-1][:-1]]  # "of the Employers Coalition." at a sentence end
    while len(run) > 1 and run[-1].rstrip(".").upper() in _POSTNOMINALS:
        run = run[:-1]  # "Iain MacRae KC", "Jane Doe MP": letters after a name are not part of it
    k = 0
    while k < len(run) and run[k].isalpha() and run[k].isupper() and len(run[k]) > 1:
        k += 1
    if k and len(run) - k >= 2 and not any(t.isupper() for t in run[k:]):
        run = run[k:]  # "FOOTIE WAG Kayla Brennan": a tabloid's capitals before a name in title case
    return run


@dataclass
class Speaker:
    """A person, group or organisation that can be given a quote."""

    name: str
    type: str  # one of SPEAKER_TYPES
    plural: bool = False
    gender: str | None = None
    head: str = ""  # role noun ("colonel", "resident") for anonymous/role descriptions


@lru_cache(maxsize=1)
def load_lexicon() -> dict:
    """The cue and role lexicon (``lexicons/attribution_cues.toml``) with compiled patterns.

    Usage:
        >>> lex = load_lexicon()
        >>> bool(lex["cue_re"].search("she told reporters")), "colonel" in lex["person"]
        (True, True)
    """
    data = tomllib.loads(resources.files("analysis").joinpath("lexicons/attribution_cues.toml").read_text("utf-8"))
    cues, words, roles = data["cues"], data["words"], data["roles"]

    alternation = trie_pattern

    return {
        "cue_re": _cue_pattern(cues["speech"], cues["source_after"]),
        # the same without re.IGNORECASE, for text in lower case (see _find_cues)
        "cue_lower_re": re.compile(_cue_pattern(cues["speech"], cues["source_after"]).pattern),
        "title_re": re.compile(r"(?:^|\W)(?:" + alternation(cues["title_cues"]) + r")\s*,?\s*$", re.IGNORECASE),
        # a title in apposition to a noun naming a work ("a 2022 report by the Fisheries Council, 'Salmon at
        # the Crossing,'") and a title before such a noun ("the 'Sideline Sunday' phone-in")
        "title_apposition_re": re.compile(r"(?<![\w\-])(?:" + alternation(cues["title_nouns"]) + r")(?![\w\-])(?:[^,;:.!?"
                                          + _MARKS + r"]|(?<=\w)['\u2019](?=\w)){0,60},\s*$", re.IGNORECASE),
        "title_after_re": re.compile(r"\s*(?:" + alternation(cues["title_nouns"]) + r")(?![\w\-])", re.IGNORECASE),
        # a noun naming a work right before the span: "whose 2009 drama 'Il ponte'" (sentence case allowed)
        "title_noun_before_re": re.compile(r"(?<![\w\-])(?:" + alternation(cues["title_nouns"]) + r")\s*$",
                                           re.IGNORECASE),
        "clause_break_re": _clause_break_pattern(words["clause_breaks"]),
        "evaluative": frozenset(_inflect(cues["evaluative"])), "directive": frozenset(_inflect(cues["directive"])),
        "addressed": frozenset(_inflect(cues["addressed"])),
        "possessives": frozenset(words["possessives"]), "prepositions": frozenset(words["prepositions"]),
        "between": frozenset(words["between"]), "breaks": frozenset(words["clause_breaks"]),
        "honorifics": frozenset(words["honorifics"]), "male": frozenset(words["male"]),
        "female": frozenset(words["female"]), "indefinite": frozenset(words["indefinite"]),
        "particles": frozenset(words["particles"]), "person": frozenset(roles["person"]),
        "synonyms": _synonym_map(roles.get("synonyms", [])),
        "compound_heads": frozenset(roles.get("compound_heads", [])),
        "hearsay": frozenset(roles.get("hearsay", [])),
        "public_roles": frozenset(roles.get("public_roles", [])),
        "organisation": frozenset(roles["organisation"]), "pronouns": frozenset(roles["pronouns"]),
        "club_endings": frozenset(roles.get("club_endings", [])),
    }


def _cue_pattern(speech: list[str], source_after: list[str], quick: bool = True) -> re.Pattern:
    """The reporting-verb pattern: a cue word (group ``after`` for those whose source follows, "according
    to"), not inside a word and not right after a determiner (then it is a noun: "the accused", "her post",
    "the report said").

    With ``quick`` a lookahead first asks for a letter some cue word starts with (in any case), before the
    eight lookbehinds: a position that cannot begin a cue word (white space, a digit, punctuation) fails at
    once. It is exact: under ``re.IGNORECASE`` a class holding a cue word's first letter matches every
    character that letter matches ("\u017f" for "s"), and the words come from the same lists.

    Usage:
        >>> cue = _cue_pattern(["said", "told"], ["according to"])
        >>> [(m.group(0), bool(m.group("after"))) for m in cue.finditer("He SAID it, according to Bo; her told")]
        [('SAID', False), ('according to', True)]
    """
    alternation = trie_pattern
    first = "".join(sorted({re.escape(w.strip().lower()[:1]) for w in speech + source_after}))
    return re.compile(r"(?<![\w\-])" + (f"(?=[{first}])" if quick else "")
                      + r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bhis )(?<!\bher )(?<!\bits )"
                      r"(?<!\btheir )(?<!\bthis )(?:" + alternation(speech) + r"|(?P<after>"
                      + alternation(source_after) + r"))(?![\w\-])", re.IGNORECASE)


def _clause_break_pattern(words: list[str], quick: bool = True) -> re.Pattern:
    """A clause break: ``;:()`` or a dash, a quotation mark not inside a word (an apostrophe is), or one of
    ``words`` ("and", "which"). With ``quick`` a lookahead first asks for a character a break can begin
    with (those signs, the words' first letters), so the alternation is not tried at every letter. It is
    exact: the pattern is case-sensitive and its words and signs are the same.

    Usage:
        >>> [m.group(0) for m in _clause_break_pattern(["and", "which"]).finditer("Ann and Bo, which (he) won't")]
        ['and', 'which', '(', ')']
    """
    first = "".join(sorted({re.escape(w[:1]) for w in words}))
    return re.compile((f"(?=[;:()\u2014\u2013{_MARKS}{first}])(?:" if quick else "(?:")
                      + r"[;:()\u2014\u2013]|(?<![^\W\d_])[" + _MARKS + r"]|[" + _MARKS
                      + r"](?![^\W\d_])|(?<!\w)(?:" + "|".join(sorted(set(words))) + r")(?!\w))")


def _find_cues(text: str, lex: dict):
    """The matches of ``lex["cue_re"]`` in ``text``, found faster in ASCII text: there the case-sensitive
    pattern runs on the text in lower case (same length, same offsets). Every letter the pattern holds is
    in lower case and its classes (``\\w``, ``\\s``, ``\\b``) ignore case, so on ASCII text it matches
    where the case-insensitive one does; other text ("\u017f" matches "s") takes the plain pattern. The
    spans and groups are the plain pattern's, but a match's text may be in lower case: read the
    original through the span for its case.

    Usage:
        >>> [(m.span(), m.group(0)) for m in _find_cues("He SAID so in the report.", load_lexicon())]
        [((3, 7), 'said')]
    """
    if text.isascii():
        return lex["cue_lower_re"].finditer(text.lower())
    return lex["cue_re"].finditer(text)


def _synonym_map(groups) -> dict[str, frozenset]:
    """Each role noun -> the role nouns a second reference may use for it (itself included)."""
    out: dict[str, set] = {}
    for group in groups:
        for word in group:
            out.setdefault(word, {word}).update(group)
    return {k: frozenset(v) for k, v in out.items()}


def _inflect(items) -> list[str]:
    """Lower-cased phrases with runs of white space made single spaces (cue words are stored that way)."""
    return [re.sub(r"\s+", " ", x.strip().lower()) for x in items]


def trie_pattern(items) -> str:
    """A regex alternation of ``items`` built as a character trie (spaces match any white space).

    Python's ``re`` tries the branches of a flat alternation one by one at every position,
    so a 300-verb list costs 300 attempts per character; a trie costs one per character.
    Longer branches are tried first, so ``says`` wins over ``say``.

    Usage:
        >>> trie_pattern(["say", "says", "call on"])
        '(?:(?:call\\\\s+on|say(?:s)?))'
        >>> bool(re.fullmatch(trie_pattern(["say", "says"]), "says"))
        True
    """
    trie: dict = {}
    for item in items:
        node = trie
        for ch in _RX5.sub(" ", item.strip().lower()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + build(trie) + ")"


def _norm(text: str) -> str:
    """A name as the event's aliases are compared: white space runs as one space, lower case, no leading
    "the" (``str.split`` and ``\\s`` agree on what white space is).

    Usage:
        >>> _norm("  The  Islamic\u2019s\tState ")
        "islamic's state"
    """
    text = " ".join(text.replace("\u2019", "'").split()).lower()
    return text[4:] if text.startswith("the ") else text


@lru_cache(maxsize=4096)
def _singular(word: str) -> str:
    w = word.lower().strip(".").replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for plural, single in (("men", "man"), ("women", "woman"), ("people", "person"), ("children", "child")):
        if w == plural:
            return single
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _is_plural(word: str) -> bool:
    w = word.lower().strip(".")
    return w in ("people", "police", "men", "women", "children", "sources") or (
        w.endswith("s") and not w.endswith("ss") and _singular(w) != w)


@lru_cache(maxsize=8192)
def _capitalised(tok: str) -> bool:
    """Whether a token is capitalised as a name's word is ("Ode", "al-Baghdadi", "O'Neill").

    Usage:
        >>> _capitalised("Ode"), _capitalised("al-Baghdadi"), _capitalised("said")
        (True, True, False)
    """
    return bool(_CAP_TOKEN.match(tok)) and not tok.isdigit()


def _inner_particle(low: str, lex: dict) -> bool:
    """A lower-case word that joins two capitalised words into one name ("Pieter van Heerden"), but not "as",
    which joins two names in a sentence far more often ("Col de Varenne as Linvald clings on") than it
    stands unhyphenated inside one (the particle is "as-" in "Musa as-Sadr").

    Example:
        >>> lex = load_lexicon()
        >>> _inner_particle("van", lex), _inner_particle("as", lex), _inner_particle("and", lex)
        (True, False, False)
    """
    return low in lex["particles"] and low != "as"


def _title_only(tok: str, lex: dict) -> bool:
    """``tok`` is an honorific that names no role: "Mr", "Lady" (before a name), but not a lower-case
    "lady" or "professor", which are also role nouns ("the former dinner lady", "the professor said").

    Example:
        >>> lex = load_lexicon()
        >>> _title_only("Lady", lex), _title_only("lady", lex), _title_only("Mr", lex)
        (True, False, True)
    """
    w = tok.lower().strip(".")
    return w in lex["honorifics"] and not (tok.islower() and w in lex["person"])


@lru_cache(maxsize=8192)
def _is_role(tok: str) -> bool:
    lex = load_lexicon()
    w = tok.lower().strip(".").replace("\u2019", "'")
    prefix = _ROLE_PREFIX.match(w)
    if prefix and len(w) > prefix.end() + 1:
        # "Co-author Tobias Whitcombe", "ex-footballer Darren Moxley", "Super-fan Chloe Brennan": the role
        # after the prefix
        w = w[prefix.end():]
    if "-of-" in w:
        w = w.split("-of-", 1)[0]  # "The dad-of-two later posted", "mother-of-three Jo Lee": the kin noun
    elif "-" in w and all(p in lex["person"] for p in w.split("-")):
        return True  # "Lieutenant-Colonel Paul Ebo", "Major-General X": a rank of two ranks
    elif "-" in w and _DOER_COMPOUND.search(w) and _singular(w) not in _THING_COMPOUNDS:
        return True  # "the chart-topper", "stall-holders": a compound of an object and a doer
    return w in lex["person"] or _singular(w) in lex["person"] or w in lex["honorifics"] \
        or _SCIENTIST.search(w) is not None


# a compound of an object and a doer ("chart-topper", "stall-holder", "record-breaker"), and those that name a thing
_DOER_COMPOUND = re.compile(r"^[a-z]{3,}-(?:topp|hold|keep|mak|break|seek|tak|go|lov|wish|dwell|trott|winn|rais|bear|"
                            r"spott|hopp|grad|hand|sett|spinn|jump|hunt|watch|find|steal|catch|chas|push|bring|"
                            r"fight|writ|own|work|lead|play|driv|rid|danc|sing|walk|runn)ers?$")
_THING_COMPOUNDS = frozenset("""page-turner cliff-hanger cliffhanger game-changer tie-breaker deal-breaker ice-breaker eye-opener
no-brainer tear-jerker crowd-pleaser curtain-raiser show-stopper money-spinner head-scratcher nail-biter jaw-dropper
heart-stopper door-opener fire-starter box-ticker vote-winner fire-cracker hell-raiser""".split())
# prepositions after which a "chair" is furniture, not the person chairing ("into a reclining chair")
_INTO = frozenset(["into", "onto", "in", "on", "from", "off", "under", "beside", "behind", "out"])
# last words of a place's name after "the" ("the Merrow Islands", "the Tarrin Strait"): no organisation
_PLACE_HEADS = frozenset("""islands isles island mountains hills alps highlands lowlands valley river sea ocean bay strait
straits lake lakes peninsula desert plains delta basin archipelago canyon glacier forest reef estuary fjord marshes
heights falls""".split())
# endings that name a profession whatever the stem ("hydrologist", "oceanographer", "statistician")
_SCIENTIST = re.compile(r"(?:ologist|ographer|ician)s?$")


def _org_word(tok: str, lex: dict) -> bool:
    return _is_org(tok)


def _club_name(name: list[str], lex: dict) -> bool:
    """Whether a name of two or more words ends like a sports club's ("Ashcombe United"): an organisation.

    Usage:
        >>> _club_name(["Kelso", "Rovers"], load_lexicon()), _club_name(["Rovers"], load_lexicon())
        (True, False)
    """
    return len(name) >= 2 and name[-1].lower() in lex["club_endings"]


@lru_cache(maxsize=8192)
def _is_org(tok: str) -> bool:
    w = tok.lower().strip(".").replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w in load_lexicon()["organisation"]


def _gender(tokens: list[str], lex: dict) -> str | None:
    low = {t.lower().strip(".").split("-of-", 1)[0] for t in tokens}
    if low & lex["male"]:
        return "m"
    if low & lex["female"]:
        return "f"
    return None


def _strip_titles(run: list[str], lex: dict) -> tuple[list[str], list[str]]:
    """Split a capitalised run into (title words, name words): everything up to the last role word is title."""
    last = -1
    for i, tok in enumerate(run):
        if _is_role(tok) and i < len(run):
            last = i
    return run[:last + 1], run[last + 1:]


class _Article:
    """Reading state for one article: names, roles, mentions in order, last speaker."""

    def __init__(self, paragraphs: list[str], speaker: str | None, aliases: list[str] | None):
        self.lex = load_lexicon()
        self.paragraphs = paragraphs
        names = [a for a in (aliases or []) if a and a.strip()]
        if speaker and speaker not in names:
            names.insert(0, speaker)
        self.event = Speaker(speaker or (names[0] if names else ""), "named person") if names else None
        self.aliases = {_norm(a) for a in names}
        self._is_alias: dict[str, bool] = {}  # text -> whether it is one of the aliases (see alias_speaker)
        self.alias_re = (re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
                                    + r")(?!\w)", re.IGNORECASE) if names else None)
        self.full_names: list[str] = []
        self.other_runs: list[str] = []
        self.org_names: set[str] = set()  # names given as organisations ("the firm Brannigan Lowe"): never persons
        self.legal_names: dict[str, str] = {}  # a company's name without its legal suffix -> with it
        self.org_nouns: dict[str, str] = {}  # "group" -> "Torcida Alta" for "supporters' group, Torcida Alta,"
        self.roles: dict[str, str] = {}
        self.role_para: dict[str, int] = {}  # paragraph where each role was first bound
        self._prepass_para = 0
        self.statement_by: Speaker | None = None  # who last spoke "in a statement"
        self.written_by: dict[str, tuple[int, Speaker]] = {}  # "post" -> (paragraph, who last posted)
        # runs that stand for a known person by one word: "Hunky Connor" -> "Connor", "WAG KAYLA" -> "Kayla"
        self.modifiers: dict[str, str] = {}
        self.titled: dict[str, str] = {}  # surname key -> "Lord Carnoch", for people never given a first name
        self.role_phrases: dict[str, str] = {}  # "prime minister" -> name, when a modifier came with the role
        self.mentions: list[Speaker] = []
        self.single_names: list[str] = []
        self._expanded: dict = {}
        self._joined = "\n".join(paragraphs)
        self._spelled: dict[str, str] = {}  # initials -> the name they stand for (see spelled_out)
        self._tokens: dict[str, tuple[list, list]] = {}  # text -> its tokens and openers (see tokens_of)
        self._seen: dict[str, int] = {}
        self.last: tuple[int, Speaker] | None = None
        self.last_mark = 0
        self.name_gender: dict[str, str] = {}  # gender a gendered role gave a name ("Linda Sorensen, a spokeswoman")
        self.excluded: str | None = None  # a name he/she cannot be (the speaker of the quote it stands in)
        self.asker: tuple[int, str] | None = None  # (paragraph, name) of the last "X asked": a reply is not X's
        self.asked_by: tuple[int, str] | None = None  # the same for a fronted "Asked by X, ..."
        self.subjects: set[int] = set()       # ids of Speakers read as a sentence subject or a cue's speaker
        self.subject_in: set[tuple[int, int]] = set()  # (id, sentence index): where each was a subject
        self.ages: dict[str, set[str]] = {}   # an age given after a name (", 52,") -> the names given it
        # an age given to an unnamed source in apposition ("One diner, a 34-year-old nurse,") -> that source
        self.anon_ages: dict[str, Speaker] = {}
        self.sentence_starts: list[int] = []  # len(mentions) when each sentence began, in reading order
        self.window: tuple[int, int | None] | None = None  # mentions a he/she may look at first (see resolve)

    # ----- names -------------------------------------------------------------------------
    def expand(self, name: str, gender: str | None = None) -> str:
        """The fullest name the article gives for ``name`` (a surname, or a name with an honorific);
        ``gender`` (from "Mrs", "Mr") picks among people who share the surname."""
        if name.endswith(".") and len(name.split()[-1]) > 2:
            name = name[:-1]  # a sentence's full stop after the name ("... said Sam Hart.")
        key = (name, len(self.full_names), len(self.other_runs))
        hit = self._expanded.get(key)
        if hit is None:
            hit = self._expanded[key] = self._expand(name)
        if gender is not None and hit in self.full_names and self._gender_of(hit) not in (None, gender):
            return self._expand(name, gender)  # "said Mrs Ackroyd" after "Landlord Keith Ackroyd ... Janet Ackroyd"
        return hit

    def _expand(self, name: str, gender: str | None = None) -> str:
        toks = [t for t in name.split() if t.lower().strip(".") not in self.lex["honorifics"]]
        if not toks:
            return name
        joined = " ".join(toks)
        if len(toks) >= 3:
            # a capitalised word before a name the article knows ("Housing Raymond Tse Ka-lok" after
            # "Secretary for"): a portfolio or a place, not part of the name
            known = next((full for full in self.full_names if joined.endswith(" " + full)), None)
            if known:
                return known
        if joined in self.modifiers:
            return self._expand(self.modifiers[joined], gender)  # "Hunky Connor, 31," is Connor Hale
        if joined.isupper() and len(joined) > 3 and not joined.title().isupper():
            titled = self._expand(joined.title(), gender)  # a headline in capitals: "KAYLA" is Kayla Brennan
            if titled in self.full_names:
                return titled
        if len(toks) >= 2 and toks[0][:1].isupper() and toks[0].lower() in self.lex["particles"]:
            lowered = " ".join([toks[0].lower()] + toks[1:])  # "Van Heerden said" after "Pieter van Heerden"
            if lowered not in self.full_names and _longer_names(lowered, self.full_names):
                joined = lowered
        if len(toks) >= 2 and joined not in self.full_names:
            longer = _longer_names(joined, self.full_names)
            if len(longer) == 1:
                return longer[0]  # "Abu Rayya" after "Sheikh Yasin Abu Rayya"
        if len(toks) == 1:
            key = self._surname_key(toks[0])
            same = [full for full in self.full_names if self._surname_key(_surname(full)) == key
                    and (gender is None or self._gender_of(full) in (None, gender))]
            if same:
                # people sharing a surname (a couple, a father and daughter): the surname alone is the one
                # the article introduced first, its main subject
                return min(same, key=self._first_seen)
            # a first name alone ("Jade laughed", tabloid and sports style) names the one person the
            # article gave under that first name, before a run that merely ends in it ("Rocco" is the chef
            # Rocco Danza, not his bistro Bottega Rocco)
            firsts = [full for full in self.full_names if full.split()[0] == toks[0]]
            if len(firsts) == 1:
                return firsts[0]
            # a name the article gives in a context the prepass did not take as a person
            # ("In mitigation, Simon Clarke, defending, said"): used only to expand a surname
            # already read as a speaker, never to create one
            for full in self.other_runs:
                if self._surname_key(_surname(full)) == key:
                    return full
            if key in self.titled:
                return self.titled[key]
            # the first of two surnames alone ("Ibarra" after "Aurelio Ibarra Quintana", Spanish and
            # Portuguese usage): the one person whose name has it inside
            inner = [full for full in self.full_names if toks[0] in full.split()[1:-1] and len(full.split()) >= 3]
            if len(inner) == 1:
                return inner[0]
        return " ".join(toks)

    def _first_seen(self, name: str) -> int:
        """Where ``name`` first occurs in the article (its length when it never occurs verbatim)."""
        pos = self._seen.get(name)
        if pos is None:
            pos = self._joined.find(name)
            pos = self._seen[name] = pos if pos >= 0 else len(self._joined)
        return pos

    def _gender_of(self, name: str) -> str | None:
        """The gender known for a person's name: from a gendered role, else from a mention of it."""
        return self.name_gender.get(name) or next((sp.gender for sp in reversed(self.mentions)
                                                   if sp.name == name and sp.gender), None) \
            or given_name_gender(name)

    @staticmethod
    @lru_cache(maxsize=4096)
    def _surname_key(tok: str) -> str:
        t = tok.lower().replace("\u2019", "'")
        parts = _RX6.split(t, maxsplit=1)
        if len(parts) == 2 and parts[0] in load_lexicon()["particles"]:
            t = parts[1]
        return t

    def note_titled(self, titles: list[str], surname: str) -> None:
        """Remember how a person known only by a surname is titled ("Lord Carnoch", "Mr Justice Harlow"),
        so that the title stays in the speaker's name when no first name is ever given."""
        lex = self.lex
        keep = []
        for t in reversed(titles):
            if t[:1].isupper() and (t.lower().strip(".") in lex["honorifics"] or t.lower() in _NAMING_TITLES):
                keep.insert(0, t)
            else:
                break
        if keep and not all(t.lower().strip(".") in _COURTESY for t in keep):
            self.titled.setdefault(self._surname_key(surname), " ".join(keep + [surname]))

    def spelled_out(self, name: str) -> str:
        """The full name an organisation's initials stand for, when the article gives it anywhere
        ("MEBM said" after "the Middle East Broadcast Monitor"), else ``name`` unchanged.

        Usage:
            >>> _Article(["The Port Health Authority (PHA) said so. PHA said more."], None, None).spelled_out("PHA")
            'Port Health Authority'
        """
        if not (2 <= len(name) <= 6 and name.isalpha() and name.isupper()):
            return name
        if name not in self._spelled:
            self._spelled[name] = next((" ".join(words) for words in _capital_runs(self._joined)
                                        if name in ("".join(w[0] for w in words if w[0].isupper()),
                                                    "".join(w[0] for w in words).upper())), name)
        return self._spelled[name]

    def longest_name_ending(self, word: str) -> str | None:
        """The longest run of capitalised words in the article that ends with ``word`` and is longer than it
        ("Bayport Comets" for "Comets"), or None."""
        runs = [" ".join(w) for w in _capital_runs(self._joined) if w[-1] == word and len(w) > 1
                and w[0] not in ("The", "A", "An") and not any(_is_role(t) for t in w)]
        return max(runs, key=len) if runs else None

    def owning_organisation(self, owner: str, starting: bool = False) -> Speaker:
        """The organisation a possessive names ("the Sinfonia's management"), by the fullest name the article
        gives a one-word owner: a longer name ending with it, or (``starting``) the one name beginning with it.

        Usage:
            >>> art = _Article(["The Harwick Sinfonia walked out."], None, None)
            >>> art.owning_organisation("Sinfonia").name
            'Harwick Sinfonia'
        """
        full = None
        if " " not in owner:
            full = self.longest_name_ending(owner) or (self.organisation_starting(owner) if starting else None)
        return Speaker(full or owner, "organisation")

    def organisation_starting(self, word: str) -> str | None:
        """The one organisation's name in the article that begins with ``word`` ("Corvane Hosting" for
        "Corvane"), or None.

        Usage:
            >>> art = _Article(["Corvane Hosting lost a region. Corvane said sorry."], None, None)
            >>> art.organisation_starting("Corvane")
            'Corvane Hosting'
        """
        names = {" ".join(w) for w in _capital_runs(self._joined) if 1 < len(w) <= 4 and w[0] == word
                 and not any(_is_role(t) for t in w)}
        return names.pop() if len(names) == 1 else None

    def add_full_name(self, name: str) -> None:
        name = " ".join(_clean_run(name.split()))
        if name.endswith(".") and len(name.split()[-1]) > 2:
            name = name[:-1]  # "landlord Sam Hart." at a sentence end: the full stop is not part of the name
        if len(name.split()) >= 2 and name not in self.full_names:
            self.full_names.append(name)

    def alias_speaker(self, text: str) -> Speaker | None:
        """The event's speaker when ``text`` is one of its names (see :func:`_norm`), else None.
        (Remembered per article: the same runs come back in every sentence that names them.)"""
        if self.event is None:
            return None
        hit = self._is_alias.get(text)
        if hit is None:
            hit = self._is_alias[text] = _norm(text) in self.aliases
        return self.event if hit else None

    # ----- prepass: names and roles --------------------------------------------------------
    def prepass(self, masked: list[str]) -> None:
        """Collect full names and role -> name bindings from the whole article (headline roles resolve too)."""
        lex = self.lex
        for text in masked:
            found = [(m.start(), next(g for g in m.groups() if g)) for m in _SINGLE_NAME.finditer(text)]
            found += [(m.start(), m.group(1)) for m in _SINGLE_NAME_AGE.finditer(text)
                      if _AGE_NAME_BEFORE.search(text, max(0, m.start() - 12), m.start())
                      or _is_role((text[max(0, m.start() - 20):m.start()].split() or [""])[-1])]
            found += [(m.start(), m.group(1)) for m in _SINGLE_NAME_ACTING.finditer(text)]
            found += [(m.start(), m.group(2)) for m in _SINGLE_NAME_ROLE.finditer(text) if _is_role(m.group(1))]
            for _, name in sorted(found):
                if name.lower() not in _RUN_OPENERS and not _is_role(name) and not _org_word(name, lex) \
                        and name not in self.single_names:
                    self.single_names.append(name)
            for m in _named_as(text):
                name = m.group("name")
                if any(_is_role(t) or _org_word(t, lex) for t in name.split()):
                    continue  # "was named as Chief Executive", "named as Harbour Trust chair"
                if " " in name:
                    self.add_full_name(name)
                elif name not in self.single_names:
                    self.single_names.append(name)
                if m.group("m") or m.group("f"):
                    self.name_gender.setdefault(name, "m" if m.group("m") else "f")
        for self._prepass_para, text in enumerate(masked):
            # "Rep. Bradley Ketterman (R-Ohio), the committee chairman,": the tag blanked by the caller
            # leaves white space before the comma, which goes here (offsets in the prepass are local)
            text = _SPACE_COMMA.sub("", text)
            toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
            k, n_toks = 0, len(toks)
            while k < n_toks:
                if not _capitalised(toks[k][2]):
                    k += 1
                    continue
                j = k
                while j + 1 < len(toks) and (_capitalised(toks[j + 1][2]) or (
                        _inner_particle(toks[j + 1][2].lower(), lex) and j + 2 < len(toks) and _capitalised(toks[j + 2][2]))) \
                        and not _RX22.search(text[toks[j][0]:toks[j + 1][0]]) \
                        and not _OWNER_END.search(text, toks[j][0], toks[j + 1][0]) \
                        and not _possessive_s(text, toks[j + 1][0], toks[j + 1][2]):
                    j += 1  # (a possessive's "s" after an apostrophe ends the run: "MUM’S FURY")
                if j == k:  # one capitalised word ("The", "He", "Moxley"): no name of two to four words, no
                    k += 1  # title before a name (what follows binds nothing for it, and changes no state)
                    continue
                run = [t[2] for t in toks[k:j + 1]]
                before = toks[k - 1][2] if k > 0 else ""
                before2 = toks[k - 2][2] if k > 1 else ""
                run_start = toks[k][0]
                if _possessive_s(text, run_start, run[0]):
                    # "MUM’S FURY Castlebridge": a possessive's "s" after a role noun binds nothing
                    run, before, before2 = run[1:], "", ""
                    if not run:
                        k = j + 1
                        continue
                    run_start = toks[k + 1][0]
                # "the firm Brannigan Lowe": an organisation noun right before the name (no comma between)
                org_before = k > 0 and _org_noun(before, lex) and text[toks[k - 1][1]:run_start].isspace()
                k = j + 1
                if run[0].lower() in _GROUP_OPENERS:
                    continue  # "The Liberal Democrats", "Some Conservative MPs": a group, never a person's name
                run = _drop_portfolio(run, text[max(0, run_start - 40):run_start], lex)
                cleaned = _clean_run(run)
                if cleaned != run:
                    front = next((n for n in range(len(run)) if run[n:n + 1] and
                                  run[n].rstrip(".") == cleaned[0].rstrip(".")), 0)
                    if front:
                        before, org_before = run[front - 1], False
                    run = cleaned
                titles, name = _strip_titles(run, lex)
                honours = [t for t in name if t.lower().strip(".") in lex["honorifics"]]
                name = [t for t in name if t.lower().strip(".") not in lex["honorifics"]]
                if len(name) == 1 and not _org_word(name[0], lex) and (honours or titles):
                    self.note_titled(titles + honours, name[0])
                if any(_org_word(t, lex) for t in name) or _club_name(name, lex) or not (2 <= len(name) <= 4) \
                        or re.match(r",?\s+which\b", text[toks[k - 1][1]:]):
                    continue  # an organisation, or a name the relative "which" marks as a non-person
                if (org_before or _affiliation(text, toks, k, lex)
                        or _OF_THE.search(text, max(0, run_start - 40), run_start)) and not titles:
                    # "the firm Brannigan Lowe", "monitoring group Peace Watch", "Harbour City Kingfishers coach X"
                    self.org_names.add(" ".join(name))
                    continue
                sentence_start = run_start == 0 or text[:run_start].rstrip()[-1:] in ".!?"
                if not (titles or _is_role(before) or sentence_start or _RX13.search(before)
                        or self._personish(text, toks[k - 1][1]) or _AGE_NOUN.fullmatch(before)
                        or _capital_owner(text, run_start) or given_name_gender(" ".join(name))) \
                        or (before == "the" and not titles):
                    # ("the festival's top prize, the Golden Heron, added": a name after "the" is a thing's)
                    if len(name) <= 3 and " ".join(name) not in self.other_runs:
                        self.other_runs.append(" ".join(name))  # "In mitigation, Simon Clarke, defending,"
                    continue
                full = " ".join(name)
                if all(t.isupper() and len(t) > 1 for t in name) \
                        and not re.search(r"(?<!\w)" + re.escape(name[-1].title()) + r"(?!\w)", self._joined):
                    # "POOLS WIN SPLITS FAMILY": capitals end in a name the article gives in small letters
                    # ("TALENT SHOW TAYLA" ... "Tayla Brooks"), or name no one
                    continue
                self.add_full_name(full)
                age = _RX12.match(text, toks[k - 1][1])
                if age:  # "Steven Marsh, 52,": "the 52-year-old" later is this person
                    self.ages.setdefault(age.group(0).strip(" ,"), set()).add(full)
                elif _AGE_NOUN.fullmatch(before):  # "16-year-old Emin Daci"
                    self.ages.setdefault(before.split("-")[0], set()).add(full)
                for n, r in enumerate(titles):
                    if _is_role(r):
                        self._bind_role(_singular(r), full, titles[n - 1] if n else "")
                if _is_role(before) and not (before.endswith(".") and len(before) > 5):
                    # (not a role ending the sentence before: "... the report's lead author. Co-author Ben Tate")
                    self._bind_role(_singular(before), full, before2)
            # appositives: "ROLE, NAME," and "NAME, ROLE"
            for m in _APPOSITIVE_NAME.finditer(text):
                role_text = text[max(0, m.start() - 80):m.start()]
                cut = max(role_text.rfind(c) for c in ",.;:")
                role_text = role_text[cut + 1:]
                if len(role_text) < 2:
                    continue
                role_part, name_part = role_text.split(), m.group(1).split()
                _, name = _strip_titles(name_part, lex)
                name = [t for t in name if t.lower().strip(".") not in lex["honorifics"]]
                heads = [t for t in role_part[-4:] if _is_role(t)]
                prep = next((n for n, t in enumerate(role_part) if t in ("of", "on", "at", "for", "in")), 0)
                if not heads and role_part[0].lower() == "the" and 1 < prep and len(role_part) <= 8:
                    # "The Ranking Member on the Finance Committee, Hon. Yaw Mensah-Bonsu,": the head before "on"
                    heads = [t for t in role_part[1:prep] if _is_role(t)]
                if len(name) >= 2 and heads:
                    full = " ".join(name)
                    self.add_full_name(full)
                    for h in reversed(heads):  # "chief executive": "the chief executive" and "the chief"
                        n = role_part.index(h)
                        self._bind_role(_singular(h), full, role_part[n - 1] if n else "")
                        self._bind_of_phrase(role_part, n, full)
            for m in _RX11.finditer(text):
                name = _strip_titles(m.group(1).split(), lex)[1]
                role_words = m.group(2).split()
                heads = [t for t in role_words if _is_role(t) and not _title_only(t, lex)]
                if any(_org_word(t, lex) for t in name) or lex["cue_re"].fullmatch(role_words[0]) \
                        or role_words[0] in _RELATIVES or text[max(0, m.start(1) - 4):m.start(1)].lower() == "the ":
                    continue  # "Halvard Foods, warned investors": a verb; "X, whose two daughters play": no role;
                    # "in the Beach Hut, the hairdresser told": a place
                # a second role in the same apposition: "X, an ecologist at Y and the study's lead author"
                second = _AND_ROLE.search(re.split(r"[.;:]", text[m.end(2):m.end(2) + 160], maxsplit=1)[0])
                more = second.group(1).split() if second else []
                if len(name) >= 2 and (heads or any(_is_role(t) for t in more)):
                    self.add_full_name(" ".join(name))
                    for words in (role_words, more):
                        for h in reversed([t for t in words if _is_role(t) and not _title_only(t, lex)]):
                            n = words.index(h)  # ("Owen Pask, presented Mrs Haverly": a title names no role)
                            self._bind_role(_singular(h), " ".join(name), words[n - 1] if n else "")
        # "Borealis Lithium Corp." ... "Borealis Lithium said": a company's name without its legal suffix
        self.legal_names = {m.group(1): m.group(0) for m in _LEGAL_SUFFIX.finditer(self._joined)}
        self.org_names.update(self.legal_names)
        # "The club's largest supporters' group, Torcida Alta, has sided with ...": "the group" later is Torcida Alta
        nouns = _present(_ORG_NOUNS, "\n".join(masked))  # (every match holds one of them; most paragraphs none)
        for text in masked:
            for m in _ORG_NOUN_NAME.finditer(text) if any(map(text.__contains__, nouns)) else ():
                name = " ".join(_clean_run(m.group(2).split()))
                if not any(_is_role(t) for t in name.split()[:-1]):  # (not "firm, Chairman Ian Pike,"; a
                    self.org_nouns.setdefault(m.group(1).lower(), name)       # role last is a name: "Open Press Monitor")
                    self.org_names.add(name)  # (never a person's name: the full names drop it below)
            # "Owen Farrant, who rode Silver Thimble,", "Copper Lantern, trained by ...": a horse is no person
            if "rid" in text or "rode" in text or "aboard" in text or "trained" in text:
                for m in _RIDDEN.finditer(text):
                    self.org_names.add(" ".join(_clean_run((m.group(1) or m.group(2)).split())))
            # "Skylane Atlantic, the national carrier, cancelled ...": a name in apposition to an organisation
            # noun is an organisation's, and "the carrier" later is it (found from the noun back to the name)
            for m in _THE_NOUN_COMMA.finditer(text):
                if not _org_noun(m.group(1).lower(), lex):
                    continue
                owner = _NAME_END.search(text, max(0, m.start() - 80), m.start())
                name = " ".join(_clean_run(owner.group(1).split())) if owner else ""
                if name and not any(_is_role(t) for t in name.split()):
                    self.org_nouns.setdefault(m.group(1).lower(), name)
                    self.org_names.add(name)
        # a wire lead's "..., the country's disaster agency said." and the next paragraph's "The National
        # Emergency Management Authority (NEMA) said ...": the description's noun later ("the agency said")
        # is the organisation named right after it, when the article has not named it before
        for p in range(len(masked) - 1):
            said = _DESCRIBED_SAID.search(masked[p]) if masked[p].rstrip().endswith(".") else None
            named = _NAMED_SAYS.match(masked[p + 1]) if said else None
            if named and _org_noun(said.group(1).lower(), lex) and _org_word(named.group(1).rsplit(None, 1)[-1].lower(), lex) \
                    and named.group(1) not in "\n".join(masked[:p + 1]):
                self.org_nouns.setdefault(said.group(1).lower(), named.group(1))
        # "The Tarvanian navy seized ...": "the navy" later is that navy, when the article names only one
        national: dict[str, set[str]] = {}
        for m in _NATIONAL_BODY.finditer(self._joined):
            national.setdefault(m.group(2), set()).add(f"the {m.group(1)} {m.group(2)}")
        for noun, names in national.items():
            if len(names) == 1:
                self.org_nouns.setdefault(noun, names.pop())
        # "that is when Ingrid Solberg wakes the camp ... Solberg calls them ... Ingrid just looked": a two-word
        # run whose first and last words are each used alone elsewhere is a person's name
        joined = self._joined  # quotations included: "Ingrid just looked" inside one counts
        lowered = joined.lower()
        for run in list(self.other_runs):
            parts = run.split()
            if len(parts) == 2 and run not in self.full_names and run not in self.org_names \
                    and not any(_org_word(t, lex) for t in parts):
                first, last = (re.escape(t) for t in parts)
                if f" the {run.lower()}" in lowered or lowered.startswith(f"the {run.lower()}"):
                    continue  # "giving the Bayport Breakers a win ... for Bayport ... as Breakers force": a team
                if re.search(rf"(?<!\w){first}(?!\w)(?!\s+{last})", joined) \
                        and re.search(rf"(?<!{first}\s)(?<!\w){last}(?!\w)", joined):
                    self.add_full_name(run)
        # a first name known as a person's ("Kayla, 26, who ...") and one run that starts with it ("influencer
        # Kayla Marsh"): that run is the person's full name
        for name in self.single_names:
            runs = [r for r in self.other_runs if len(r.split()) == 2 and r.split()[0] == name
                    and not any(_org_word(t, lex) for t in r.split())]
            if len(runs) == 1 and not any(full.split()[0] == name for full in self.full_names):
                self.add_full_name(runs[0])
        # a tabloid's capitals before a known surname ("RAGING Rennie" beside "Stevie Rennie") name no one new
        self.modifiers = {n: n.split()[1] for n in self.full_names if self._opening_modifier(n)}
        self.modifiers.update((n, word) for n in self.full_names for word in [_caps_alias(n, self.full_names)] if word)
        self.full_names = [n for n in self.full_names if not _caps_modifier(n.split(), self.full_names)
                           and not _longer_names(n, self.full_names) and n not in self.org_names
                           and not self._headline_modifier(n) and n not in self.modifiers]
        self.other_runs = [n for n in self.other_runs if not self._headline_modifier(n)]
        self._expanded.clear()  # (its keys count the names, which the filter changed)
        for table in (self.roles, self.role_phrases):  # a role bound to a name dropped for a longer one
            for role, name in table.items():
                longer = _longer_names(name, self.full_names) if name not in self.full_names else []
                if len(longer) == 1:
                    table[role] = longer[0]
        # "Mrs Trask told the bench" anywhere in the article: the one person of that surname is a woman (a
        # surname two people share gives neither a gender)
        by_surname: dict[str, list[str]] = {}
        for full in self.full_names:
            by_surname.setdefault(_surname(full), []).append(full)
        for m in _TITLED_SURNAME.finditer(joined):
            names = by_surname.get(m.group(2), [])
            gender = _gender([m.group(1)], lex)
            if len(names) == 1 and gender is not None:
                self.name_gender.setdefault(names[0], gender)
        # "Carla Bright, the first woman to train a champion,": a gendered noun in an appositive after a full
        # name gives that person's gender (not a possessive: "X, the woman's lawyer")
        for m in _GENDERED_APPOSITIVE.finditer(joined):
            owner = next((full for full in by_surname.get(m.group(1), ()) if full not in self.name_gender
                          and joined.endswith(full, 0, m.end(1))), None)
            if owner is None:
                continue
            words = _APPOSITIVE_END.split(m.group(2) + " ")[0]
            words = [w.strip(".,;") for w in words.split() if not w.endswith(("'s", "\u2019s"))]
            gender = _gender([w for w in words if w.lower() not in lex["possessives"]
                              and w.lower() not in lex["pronouns"]], lex)
            if gender is not None:
                self.name_gender[owner] = gender
        # "Volkin, 34, barely blinked": a surname with an age gives the one person of that surname the age
        for m in _SURNAME_AGE.finditer(joined):
            names = by_surname.get(m.group(1), [])
            if len(names) == 1:
                self.ages.setdefault(m.group(2), set()).add(names[0])

    def _headline_modifier(self, name: str) -> bool:
        """Whether a two-word name is a title-case headline's word before a surname the body gives with
        another first name ("Late Rangi penalty sinks Storm" beside "Ethan Rangi"), or before a first name the
        body gives in full ("TV Tamsin's hedge war" beside "Tamsin Blakeley").

        Usage:
            >>> art = _Article(["Late Rangi penalty sinks Storm", "Ethan Rangi kicked it."], None, None)
            >>> art.full_names = ["Late Rangi", "Ethan Rangi"]
            >>> art._headline_modifier("Late Rangi"), art._headline_modifier("Ethan Rangi")
            (True, False)
        """
        words = name.split()
        if len(words) != 2 or not self.paragraphs or name not in self.paragraphs[0] \
                or any(name in para for para in self.paragraphs[1:]):
            return False
        return any(_surname(n) == words[1] and n.split()[0] != words[0] or n.split()[0] == words[1]
                   for n in self.full_names + self.other_runs if n != name)

    def _opening_modifier(self, name: str) -> bool:
        """Whether a two-word name is an adjective that opens a sentence before a first name the article
        gives in full ("Hunky Connor, 31, has stood by his bride" beside "Connor Hale"): capitalised only
        where a sentence starts, it names no one new.

        Usage:
            >>> art = _Article(["Row", "She will marry Connor Hale.", "Hunky Connor, 31, stood by her."], None, None)
            >>> art.full_names = ["Connor Hale", "Hunky Connor"]
            >>> art._opening_modifier("Hunky Connor"), art._opening_modifier("Connor Hale")
            (True, False)
        """
        words = name.split()
        if len(words) != 2 or not any(n.split()[0] == words[1] for n in self.full_names if n != name):
            return False
        at = [m.start() for para in self.paragraphs for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", para)
              if not para[:m.start()].strip() or para[:m.start()].rstrip()[-1:] in ".!?:" + _MARKS]
        alone = sum(len(re.findall(rf"(?<!\w){re.escape(words[0])}(?!\w)", para)) for para in self.paragraphs)
        return bool(at) and len(at) == alone  # (never used but before that first name: "Selma" is a name too)

    def _bind_role(self, role: str, name: str, modifier: str = "") -> None:
        """Bind a role noun to the name it was given for; a gendered role (spokeswoman) gives the name its gender.

        A modifier right before the role ("Prime Minister", "housing minister") also binds the two-word role,
        so that "the prime minister" finds the prime minister even when a housing minister was named first.
        """
        self.roles.setdefault(role, name)
        self.role_para.setdefault(role, self._prepass_para)
        modifier = modifier.lower()
        if modifier.isalpha() and modifier not in _DETERMINERS and modifier not in self.lex["indefinite"]:
            self.role_phrases.setdefault(f"{modifier} {role}", name)
        gender = _gender([role], self.lex)
        if gender is not None:
            self.name_gender.setdefault(name, gender)

    def _bind_of_phrase(self, words: list[str], n: int, name: str) -> None:
        """Bind "X head" and "X chief" for "head of X" or "chief of X" at ``words[n]`` ("the company's head of
        security, Dana Whitcombe" ... "your own security chief wrote").

        Usage:
            >>> art = _Article([], None, None)
            >>> art._bind_of_phrase(["the", "head", "of", "security"], 1, "Dana Whitcombe")
            >>> sorted(art.role_phrases)
            ['security chief', 'security head']
        """
        head = words[n].lower()
        if head in ("head", "chief") and words[n + 1:n + 2] == ["of"] and n + 2 < len(words):
            noun = words[n + 2].lower().rstrip(",.")
            if noun.isalpha() and noun not in _DETERMINERS:
                for alt in ("head", "chief"):
                    self.role_phrases.setdefault(f"{noun} {alt}", name)

    def _personish(self, text: str, end: int) -> bool:
        """A name followed by an age (", 52,"), a reporting verb, the relative "who" (Quirk et al. 1985,
        6.32) or "whose" and a kin word (", whose family has grown grapes here") reads as a person."""
        rest = text[end:end + 40]
        kin = _WHOSE_KIN.match(rest)
        return bool(_RX12.match(rest) or self.lex["cue_re"].match(rest.lstrip(", ")) or rest.startswith(", who ")
                    or kin and (kin.group(1) in _KIN or kin.group(1) in self.lex["male"] | self.lex["female"])
                    or _VERB_OWN.match(rest))

    # ----- subjects ----------------------------------------------------------------------------
    def parse(self, chunk: str, cue_subject: bool = False) -> Speaker | str | None:
        """Read a speaker phrase. Returns a Speaker, a pronoun string, ``"role:<head>"``, or None.

        ``cue_subject``: the phrase stands right before a reporting verb ("Unicef said"); a lone
        capitalised word the article never gave as a person is then read as an organisation.
        """
        lex = self.lex
        stripped = chunk.strip(" ,;:-\u2014\u2013")
        which = _WHICH_ORG.match(stripped)
        if which and not self.alias_speaker(which.group(1)) and self.expand(which.group(1)) not in self.full_names:
            name = which.group(1)  # "Greenpeace Africa, which has staff there, said"
            return Speaker("the " + name[4:] if name.startswith("The ") else name, "organisation")
        chunk = _RX18.split(stripped)[0].strip()
        if chunk.endswith(".") and chunk[-3:-1].isalpha() and chunk[-3:-1].islower():
            chunk = chunk[:-1]  # "according to a senior police official.": the sentence's full stop
        chunk = _LEADING_CONJ.sub("", chunk)  # "As one passenger put it": the conjunction is no part of the subject
        chunk = _CHANNEL_LEAD.sub("", chunk)  # "In a statement the agency said": the phrase names no one
        channel_only = _CHANNEL_LEAD.match(chunk + " x")
        if channel_only and channel_only.end() == len(chunk) + 1:
            return None  # "X said in a statement that ... and warned": the channel alone is no speaker
        issuer = _DOCUMENT_FROM.match(chunk) or _STUDY_BY.match(chunk)
        if issuer:  # "according to a statement from the Grain Reserve Authority", "a report published today by
            # the Eastmoor Local Medical Committee": whoever issued or wrote it
            return self.parse(issuer.group(1), cue_subject=True)
        owner = _DOCUMENT_OWNED.fullmatch(chunk)
        if owner:  # "according to a statement on its website": the organisation it belongs to
            return "it" if owner.group(1).lower() == "its" else "they"
        governing = _GOVERNING_BODY.fullmatch(chunk)
        if governing and _org_word(governing.group(1).split()[-1], lex):
            # "the Sinfonia's management said": the organisation itself, by its fullest name
            return self.owning_organisation(governing.group(1))
        channel = _OWNED_CHANNEL.fullmatch(chunk)
        if channel:
            # "Nimbara's status page said", "the senator's account posted": whoever the channel belongs to
            sp = self.parse(channel.group(1), cue_subject=True)
            org = self.owning_organisation(channel.group(1), starting=True)
            return sp if isinstance(sp, Speaker) and not (sp.type == "organisation" and org.name != channel.group(1)) \
                else org
        force = _POLICE_FORCE.fullmatch(chunk)
        if force:
            return Speaker(force.group(1), "organisation")  # "Westmere Police said": a force, not an officer
        if _BENCH_ADDRESS.fullmatch(chunk):
            return "role:judge|the judge"  # "my lord herself said", "His Honour said": the judge
        toks = _TOKEN.findall(chunk)
        for n, t in enumerate(toks[1:], start=1):
            if t.lower() in _AUXILIARIES:
                toks = toks[:n]
                chunk = chunk[:chunk.find(t, len(" ".join(toks[:n - 1])))].strip()
                break
        if not toks:
            return None
        inner = _inner_subject(toks, lex)
        if inner:  # "a result one former defender called": the subject of the reduced relative clause
            return self.parse(chunk[chunk.find(" " + toks[inner]) + 1:], cue_subject)
        low0 = toks[0].lower()
        if len(toks) == 1 and low0 in lex["pronouns"]:
            return low0
        if low0 in ("someone", "somebody"):
            return Speaker(chunk[0].lower() + chunk[1:], "anonymous")
        alias = self.alias_speaker(chunk)
        if alias:
            return alias
        determiner = low0 in lex["indefinite"] or low0 in ("the", "its", "his", "her", "their", "our", "this", "that") \
            or bool(_RX13.search(toks[0]))
        if not determiner:
            lead = []
            for t in toks:
                if _capitalised(t) or (lead and (t.lower() in lex["particles"] or t == "&")):
                    lead.append(t)
                else:
                    break
            while lead and lead[-1] == "&":
                lead.pop()
            nxt = toks[len(lead)].lower() if len(lead) < len(toks) else None
            if lead and (nxt is None or nxt in ("of", "from", "at", "in", "for")):
                sp = self._from_run(lead, full_chunk=chunk if nxt is None else " ".join(lead), lone_ok=cue_subject)
                if sp is not None:
                    return sp
        # trailing capitalised run (a name after a lower-case role: "Senior Kurdish politician Hoshiyar Zebari")
        trail = []
        for t in reversed(toks):
            if _capitalised(t) or (trail and (t.lower() in lex["particles"] or t == "&")):
                trail.insert(0, t)
            else:
                break
        while trail and trail[0] == "&":
            trail.pop(0)
        while len(trail) + 2 < len(toks) and toks[-len(trail) - 1].lower() in ("and", "&") \
                and _capitalised(toks[-len(trail) - 2]) and trail and _org_word(trail[-1], lex):
            # "The Lydford and Ashcombe NHS Trust": one organisation across "and"
            n = len(toks) - len(trail) - 2
            while n > 0 and _capitalised(toks[n - 1]):
                n -= 1
            trail = toks[n:]
        before = toks[len(toks) - len(trail) - 1].lower() if len(trail) < len(toks) else ""
        trail_ok = not determiner or _is_role(before) or len(trail) == len(toks) - 1 \
            or (before.isalpha() and before not in _DETERMINERS and before not in lex["indefinite"]
                and before not in lex["prepositions"] and self.expand(" ".join(trail)) in self.full_names) or (
                # "a remark Dobrescu later called": a known person's name after a noun
                len(trail) >= 2 and len(before) > 2 and before.isalpha() and before.islower() and before not in _DETERMINERS
            and before not in lex["indefinite"])  # "the painter Judith Crane": a common noun, then a full name
        if trail and before and _org_word(before, lex) and not _is_role(before) and before.isalpha() \
                and not any(_is_role(t) and not _is_plural(t) for t in trail):
            return Speaker(" ".join(_clean_run(trail)), "organisation")  # "the charity Shelter", "supporters' group X"
        if trail and trail_ok and before not in ("of", "in", "from", "at", "for", "with", "on", "to", "near", "by", "the") \
                and not _RX13.search(before) \
                and not (low0 in lex["indefinite"] and len(trail) > 1 and _is_role(trail[-1])):
            # ("a German Greens MEP", "a Labour MP": a role after capitals describes someone, it names no one)
            sp = self._from_run(trail, full_chunk=chunk, after_role=_is_role(before), lone_ok=cue_subject)
            if isinstance(sp, Speaker) and (sp.type != "anonymous" or not determiner):
                return sp
        # a description built on a role noun
        heads = [t for t in toks if _is_role(t) and not _title_only(t, lex)]
        if len(heads) > 1 and toks[toks.index(heads[0]) + 1:][:1] == ["s"]:
            heads = heads[1:]  # "the prime minister's official spokesperson": the owner is not the head,
            while len(heads) > 1 and toks[toks.index(heads[0]) + 1:][:1] == [heads[1]]:
                heads = heads[1:]  # nor a role word qualifying the next one ("official")
        # "rival" and "veteran" qualify a later role ("one rival acquisitions executive", "the veteran lollipop
        # lady") and are the role only alone
        head = (heads[1] if len(heads) > 1 and heads[0].lower() in ("rival", "veteran") else heads[0]) if heads else None
        if head is not None and head.isupper() and head == toks[-1] and len(toks) >= 2 and toks[-2].lower() == "the" \
                and all(t.lower() in _RUN_OPENERS for t in toks[:-2]) and _org_word(self.spelled_out(head).split()[-1], lex):
            # "the MCA said" after "The Maranta Canal Authority (MCA)": initials the article spells out as an
            # organisation's, though they may stand for a role elsewhere (a Member of County Assembly)
            return Speaker(self.spelled_out(head), "organisation")
        org_head = next((t for t in toks if _org_word(t, lex)), None)
        if _org_noun(toks[-1], lex) and _capitalised(toks[-1]):
            org_head = toks[-1]  # "the Kwara State Police Command": a name ending in an organisation noun names one
        if head is None and org_head is None and cue_subject and low0 in ("a", "an", "one", "another") \
                and 2 <= len(toks) <= 5 and not any(_capitalised(t) for t in toks[1:]) \
                and _AGENT_NOUN.search(toks[-1]) and toks[-1].lower() not in _NOT_AGENTS:
            # "one crane operator said", "a passer-by said": an indefinite description speaking is a person
            return Speaker(chunk[0].lower() + chunk[1:], "anonymous", gender=_gender(toks, lex),
                           head=_singular(toks[-1]))
        if head is None and org_head is None and low0 == "the" and len(toks) == 2 and _AGE_NOUN.fullmatch(toks[1]):
            return f"role:year-old|{chunk[0].lower() + chunk[1:]}"  # "The 61-year-old said": a second reference
        if head is not None and low0 == "the" and len(toks) >= 3 and _AGE_NOUN.fullmatch(toks[1]) \
                and not _is_plural(head) and _singular(head) not in self.roles \
                and not any(_capitalised(t) for t in toks[1:] if t is not head):
            # "said the 41-year-old mother of five", "The 27-year-old Swede": an age with the definite article
            # refers back, like "the 61-year-old", unless the role is bound to someone (a capitalised head is
            # a nationality, no name)
            return f"role:year-old|{chunk[0].lower() + chunk[1:]}"
        if head is None and org_head is None and cue_subject and low0 == "the" and len(toks) == 2 \
                and _capitalised(toks[1]) and toks[1].endswith("s") and toks[1][:-1] not in self.single_names \
                and not any(toks[1][:-1] == _surname(n) for n in self.full_names):
            # "the Comets said in a statement": a team or party by its plural name, in full where the article
            # gives it ("Bayport Comets")
            return Speaker(self.longest_name_ending(toks[1]) or "the " + toks[1], "organisation")
        if head is None and org_head is None and cue_subject and len(toks) >= 2 and toks[-2].lower() == "the" \
                and all(t.lower() in _RUN_OPENERS for t in toks[:-2]) \
                and 2 <= len(toks[-1]) <= 6 and toks[-1].isalpha() and toks[-1].isupper():
            # "the ESI said", "Later the ESI said": initials with an article are an organisation (spelled out
            # where the article does)
            full = self.spelled_out(toks[-1])
            if full != toks[-1] and _is_role(full.split()[-1]):
                # "the SIO said" after "Kate Byrne, the Senior Investigating Officer": a role by its initials
                return f"role:{_singular(full.split()[-1].lower())}|the {full.lower()}"
            return Speaker(full if full != toks[-1] else chunk if len(toks) == 2 else "the " + toks[-1], "organisation")
        if head is None and org_head is None:
            if low0 == "the" and len(toks) >= 3 and all(_capitalised(t) or t.lower() in ("of", "for", "and") for t in toks[1:]) \
                    and _capitalised(toks[-1]):
                return Speaker("the " + " ".join(toks[1:]), "organisation")  # "The United Nations said"
            return None
        text = chunk[0].lower() + chunk[1:] if chunk[:1].isupper() and not _capitalised(chunk.split()[0][1:2] or "a") else chunk
        if toks[0].isupper() and len(toks[0]) > 1:
            text = chunk
        gender = _gender(toks, lex)
        if low0 in lex["indefinite"]:
            word = head or org_head
            return Speaker(text, "organisation" if head is None else "anonymous", plural=_is_plural(word),
                           gender=gender, head=_singular(word))
        if determiner:
            lowered = [t.lower() for t in toks]
            # the phrase's head is the noun before its first preposition: "the leader of the X Organization"
            # is a person, "the union of farm workers" an organisation
            prep = next((n for n, t in enumerate(lowered) if n and t in ("of", "at", "for", "from", "in")), len(toks))
            hi = toks.index(head) if head is not None else -1
            oi = toks.index(org_head) if org_head is not None else -1
            if head is not None and (org_head is None or hi > oi and not (oi < prep < hi) or hi < prep <= oi):
                if hi + 1 < prep and _NOUN_AFTER_ROLE.fullmatch(toks[hi + 1]) and not _is_role(toks[hi + 1]) \
                        and toks[hi + 1].lower() not in _NOT_NOUNS and not _AGENT_NOUN.search(toks[hi + 1]):
                    return None  # "The official livestream cut out": a role word before a noun is a modifier
                if len(toks) <= 3 and not any(_capitalised(t) for t in toks[1:]):
                    if _is_plural(head) and low0 == "the" and toks[-1] is head:
                        # "the stewards said", "the judges ruled": a group of the role, never one person
                        # named earlier
                        return f"group:{_singular(head)}|{text}"
                    return f"role:{_singular(head)}|{text}"
                if low0 == "the" and len(toks) == 4 and hi == 1 and lowered[2] == "of" and lowered[3] in _COUNTS:
                    return f"role:{_singular(head)}|{text}"  # "the mother of two said": a second reference
                if low0 == "the" and len(toks) <= 4 and toks[-1] is head and prep == len(toks) \
                        and (not _capitalised(head) or len(toks) == 2):
                    return f"role:{_singular(head)}|{text}"  # "the City coach", "the Spaniard": a second reference
                if hi == 1 and prep == 2 and lowered[2] == "of" and _is_plural(head) and _capitalised(head) \
                        and _capitalised(toks[-1]):
                    # "The Friends of Eastcombe Library said": a capitalised plural of a role before "of" and a
                    # name is a society, not its members
                    return Speaker(text, "organisation")
                # capitals inside the prepositional phrase name the organisation, not the person
                # (a role's initials are not a name: "the company's CTO")
                named = any(_capitalised(t) and not (t.isupper() and _is_role(t)) for t in toks[1:prep])
                phrase = f"{toks[hi - 1].lower()} {_singular(head)}" if hi > 1 else ""
                if named and phrase in self.role_phrases:
                    # "the House Budget Committee chairman" after "X, the ... committee chairman": the holder
                    return Speaker(self.role_phrases[phrase], "named person")
                return Speaker(text, "named person" if named else "anonymous", gender=gender, head=_singular(head))
            # (a place in a hyphenated modifier names no organisation: "the Port Salvan-based company" is
            # the company named before)
            has_name = any(_capitalised(t) for t in toks[1:]) and not _PLACE_MODIFIER.search(text)
            return Speaker(text, "organisation") if has_name else f"org:{text}"
        word = head or org_head
        if len(toks) == 1 and low0 == "police":
            return Speaker("police", "organisation")  # "Police said": the force, as "the police" is
        if head is not None and _is_plural(head):
            return Speaker(text.lower() if not any(_capitalised(t) for t in toks[1:]) else text, "anonymous",
                           plural=True, head=_singular(head))
        if head is None:
            if trail and org_head in trail:
                return Speaker(" ".join(trail), "organisation")  # "Shares of Halvorsen Energy": the company
            return Speaker(text, "organisation")
        return f"role:{_singular(word)}|{text}"

    def _from_run(self, run: list[str], full_chunk: str, after_role: bool = False,
                  lone_ok: bool = False) -> Speaker | None:
        lex = self.lex
        run = _clean_run(run)
        if _caps_modifier(run, self.full_names):
            run = run[1:]  # "RAGING Rennie" is Stevie Rennie
        joined = " ".join(run)
        alias = self.alias_speaker(joined) or self.alias_speaker(full_chunk)
        if alias:
            return alias
        titles, name = _strip_titles(run, lex)
        if "S" in name[:1] + run[:1]:
            return None  # "WAG'S HEDGE WAR": what an owner has, split at the apostrophe, names no one
        gender = _gender(run, lex)
        name = [t for t in name if t.lower().strip(".") not in lex["honorifics"]]
        if not name and len(run) == 2 and first_name_gender(run[0]) and not _is_role(run[0]) \
                and not _title_only(run[0], lex) and run[0].lower() not in lex["honorifics"]:
            name = run  # "Maureen Abbot", "Tom Mayor": a given name makes the role word after it a surname
        if not name:
            if len(run) == 1 and run[0].lower() == "police":
                return Speaker("police", "organisation")  # "Police said:": the force
            if len(run) == 1 and _is_plural(run[0]) and _is_role(run[0]):
                return Speaker(run[0].lower(), "anonymous", plural=True, head=_singular(run[0]))
            head = [t for t in run if _is_role(t)]
            if head:
                return f"role:{_singular(head[-1])}|{'the ' + joined if not joined.lower().startswith('the ') else joined}"
            return None
        if any(_org_word(t, lex) for t in name) or _club_name(name, lex) or "&" in name:
            # ("Dales & Vale Buses", "Larkspur & Vane": an ampersand joins the names of a firm's founders)
            if len(name) > 2 and name[0].lower() in _KIND_OF_ORG and name[1][:1].isupper():
                name = name[1:]  # "Broadcaster Beacon TV said": the kind of business is no part of the name
            text = " ".join(name)
            alias = self.alias_speaker(text)
            return alias or Speaker(text, "organisation", plural=False)
        text = self.expand(" ".join(name), gender)
        alias = self.alias_speaker(text)
        if alias:
            return alias
        if text in self.org_names:  # (by its full name: "Borealis Lithium" is Borealis Lithium Corp)
            return Speaker(self.legal_names.get(text, text), "organisation")  # "according to Peace Watch" after "the monitoring group Peace Watch"
        if len(text.split()) == 1 and not (titles or after_role) and text not in self.single_names:
            if lone_ok and len(run) == 1 and run[0].lower() not in _RUN_OPENERS \
                    and run[0].lower() not in lex["hearsay"] and run[0][:1].isupper() and not _RX13.search(run[0]):
                # "Unicef said", "Nato said in a statement": the subject of a reporting verb is a speaker;
                # never given as a person's name, it is an organisation (by its full name where the article
                # gives one: "Crestline" is Crestline Beverages)
                return Speaker(self.organisation_starting(text) or text, "organisation")
            return None  # a lone capitalised word the article never gives as a full name ("Reports", "Mosul")
        if len(name) > 1 and all(t.isupper() and len(t) > 1 for t in name) and text not in self.full_names:
            return None  # "LOTTO WIN TEARS FAMILY APART": a headline in capitals names only people the article names
        return Speaker(text, "named person", gender=gender)

    def resolve(self, parsed, para: int) -> tuple[Speaker | None, bool]:
        """Turn a parsed subject into a Speaker; the flag says a pronoun or role anaphor was resolved."""
        if isinstance(parsed, Speaker) and parsed.type == "anonymous" and not parsed.plural \
                and parsed.name[:4].lower() == "the ":
            # "the leader of the Opposition" after "Opposition Leader Rachel Dumont-Akers": the role's holder
            words = set(_TOKEN.findall(parsed.name.lower()))
            holder = next((name for phrase, name in self.role_phrases.items() if set(phrase.split()) <= words
                           and (not parsed.head or parsed.head in map(_singular, phrase.split()))), None)
            # (the phrase's head is the description's: "the prime minister's spokesperson" is not the minister)
            if holder is not None:
                return Speaker(holder, "named person"), True
        if parsed is None or isinstance(parsed, Speaker):
            return parsed, False
        if parsed in ("he", "she"):
            want = "m" if parsed == "he" else "f"
            sp = self._salient(want)
            if sp is not None:
                if sp.gender is None:
                    sp.gender = want
                return sp, True
            for sp in reversed(self.mentions):
                if sp.type in ("named person", "anonymous") and not sp.plural and sp.gender in (None, want) \
                        and sp.name != self.excluded:
                    if sp.gender is None:
                        sp.gender = want
                    return sp, True
            return None, True
        if parsed == "they":
            for sp in reversed(self.mentions):
                if sp.plural or sp.type == "organisation":
                    return sp, True
            return None, True
        if parsed == "it":
            for sp in reversed(self.mentions):
                if sp.type == "organisation":
                    return sp, True
            return None, True
        if parsed == "one":
            for sp in reversed(self.mentions[-6:]):
                if sp.plural and sp.type == "anonymous":
                    desc = " ".join(sp.name.split()[:-1] + [_singular(sp.name.split()[-1])])
                    article = "an" if desc[:1].lower() in "aeiou" else "a"
                    return Speaker(f"{article} {desc}", "anonymous", head=sp.head), True
            return None, True
        if parsed in ("i", "we"):
            return None, True
        if parsed.startswith("org:"):
            noun = _singular(parsed.rsplit(None, 1)[-1].lower())
            if noun in self.written_by and self.written_by[noun][0] >= para - 1:
                return self.written_by[noun][1], True  # "the post read": whoever posted just before
            if noun in _DOCUMENTS and self.statement_by is not None:
                return self.statement_by, True  # "the statement said": whoever issued the statement
            # organisations of earlier sentences first, those that were a sentence's subject before the others: a
            # description does not take up a name of its own sentence ("Golden Crest Holdings, the developer behind
            # the Harbour Crown towers, has failed ... In a filing to the Stock Exchange, the company said")
            starts = self.sentence_starts
            cut = starts[-1] if starts else len(self.mentions)
            previous = self.mentions[starts[-2] if len(starts) > 1 else 0:cut]
            own = [sp for sp in self.mentions[cut:] if sp.type == "organisation"]
            orgs = [sp for sp in own if id(sp) in self.subjects][:1] \
                + [sp for sp in reversed(previous) if sp.type == "organisation" and id(sp) in self.subjects][:1] \
                + [sp for sp in reversed(self.mentions[:cut]) if sp.type == "organisation"] + own[::-1]
            # (the sentence's own subject comes first: "Hallbrook University has opened ..., the university said")
            if noun in self.org_nouns:  # "the group" after "supporters' group, Torcida Alta," or "a group calling
                named = self.org_nouns[noun]  # itself GrayLantern"
                return next((sp for sp in orgs if sp.name == named), Speaker(named, "organisation")), True
            for sp in orgs:  # "the group": the organisation named a group ("the Bhalerao Group")
                if _singular(sp.name.rsplit(None, 1)[-1].lower()) == noun:
                    return sp, True
            # no organisation mentioned ends in the noun: one the article names opening with it, if only one
            # ("the association" after "the Association of Hospital Physicians' survey")
            titled = {m.group(1) for m in re.finditer(r"(?<![\w\-])(" + re.escape(noun.capitalize()) + _OF_NAME + ")",
                                                      self._joined)} if noun.capitalize() in self._joined else set()
            if len(titled) == 1:
                return Speaker(titled.pop(), "organisation"), True
            mods = [w.lower() for w in parsed[4:].split()[1:-1]]
            if noun in _INSTITUTIONS and mods and mods[0] not in _DETERMINERS:
                # "the health ministry": one institution by its field, the earlier one that has the field in
                # its name ("Ministry of Health"), else itself, not whichever organisation came last
                found = next((sp for sp in orgs if set(mods) & set(sp.name.lower().split())), None)
                return (found, True) if found else (Speaker(parsed[4:], "organisation"), False)
            for sp in orgs:
                if sp.name != "police":  # ("Police said ... According to the club": the force is no club)
                    return sp, True
            return Speaker(parsed[4:], "organisation"), False
        if parsed.startswith("group:"):
            head, text = parsed[6:].split("|", 1)
            starts = self.sentence_starts
            for sp in reversed(self.mentions[:starts[-1] if starts else len(self.mentions)]):
                if sp.plural and sp.type == "anonymous" and sp.head == head:
                    return sp, True  # the group an earlier sentence mentioned ("Two witnesses ... the witnesses")
            return Speaker(text, "anonymous", plural=True, head=head), False
        if parsed.startswith("role:"):
            head, text = parsed[5:].split("|", 1)
            text, _, apposed_age = text.partition("|")  # (an age in apposition: "the chart-topper, 26,")
            alias = self.alias_speaker(text)
            if alias:
                return alias, False
            if head in _GENERIC_PERSON:
                # "the person said", "the woman said": the last anonymous person of agreeing gender
                want = {"man": "m", "woman": "f"}.get(head)
                for sp in reversed(self.mentions):
                    if sp.type == "anonymous" and not sp.plural and (want is None or sp.gender in (None, want)):
                        return sp, True
            same = self.lex["synonyms"].get(head, frozenset([head]))
            rival = self._rival_modifier(head, text)
            if self.window is not None:
                # "One cabinet minister, speaking on condition of anonymity, said ... 'the minister added'":
                # an unnamed holder of the role just mentioned, not the one named for it earlier
                lo, hi = self.window
                hi = len(self.mentions) if hi is None else hi
                near = next((sp for sp in reversed(self.mentions[lo:hi]) if sp.type == "anonymous"
                             and sp.head in same and not sp.plural and text.split()[0].lower() == "the"
                             and len(text.split()) == 2), None)
                if near is not None and not self._named_in_apposition(near, lo, hi, near.gender or _gender([head], self.lex)):
                    # (one with a name after it is left to the role's holder: "A government spokeswoman in
                    # Kestova, Lidia Farrow-Ness, said")
                    return near, True
            holder = None if rival else self.role_holder(head, text, para)
            if holder is not None:
                return Speaker(holder, "named person"), True
            age = re.match(r"\D*(\d{1,3})-year-old", text)
            for sp in reversed(self.mentions):
                if sp.head in same and not sp.plural \
                        and not (age and head == "year-old" and f"{age.group(1)}-year-old" not in sp.name):
                    return sp, True  # (not "the 22-year-old guard" for "the 36-year-old")
            if head in self.lex["public_roles"]:
                if text.lower().startswith("the ") and self.window is not None \
                        and len(re.findall(r"(?<![\w\-])" + re.escape(head), self._joined.lower())) > 1 \
                        and not any(sp.type == "anonymous" and not sp.plural and sp.head not in _GENERIC_PERSON
                                    for sp in self.mentions):
                    # "... with her pensioner neighbour ... Mrs Tibbs denies filming the children. '...,' the
                    # pensioner said": a definite description the article used before refers back to the named
                    # subject of this or the previous sentence (unless the article introduced someone by a
                    # description: "a shop assistant" ... "the shop worker said"; a role never used before is a
                    # new source: "the commuter said")
                    lo, hi = self.window
                    sp = next((sp for sp in reversed(self.mentions[lo:hi]) if sp.type == "named person"
                               and id(sp) in self.subjects and sp.name != self.excluded
                               and _gender([head], self.lex) in (None, sp.gender)), None)
                    if sp is not None:
                        return sp, True
                return Speaker(text, "anonymous", head=head), False  # "the shop worker said": nobody named
            if head == "year-old" and age and age.group(1) in self.anon_ages and age.group(1) not in self.ages:
                return self.anon_ages[age.group(1)], True  # "the 34-year-old added" of an unnamed source
            if head == "year-old" and age and len(self.ages.get(age.group(1), ())) == 1:
                # "the 52-year-old said": the one person the article gave that age ("Steven Marsh, 52,")
                return Speaker(next(iter(self.ages[age.group(1)])), "named person"), True
            # nor anyone the article gave another age ("Rin Okabayashi, 21," is not "the 24-year-old")
            given = age.group(1) if head == "year-old" and age else apposed_age
            other_age = {name for a, names in self.ages.items() if a != given for name in names} if given else set()
            demonym = head in _DEMONYMS and text.split()[-1][:1].isupper()
            parent = text.split()[-1].lower() in _COUNTS and text.split()[-2:-1] == ["of"]  # "the father of three"
            if (head == "year-old" or rival or demonym or parent) and self.window is not None:
                # ("said the Irishman", "the Spaniard added": a nationality refers back, as an age does)
                # "The 41-year-old said": a named subject of this or the previous sentence, else the last named
                lo, hi = self.window
                sp = next((sp for sp in reversed(self.mentions[lo:hi]) if sp.type == "named person"
                           and id(sp) in self.subjects and sp.name != self.excluded
                           and sp.name not in other_age), None)
                if sp is not None:
                    return self._aged(sp, age), True
            want = _gender([head], self.lex)  # "Her husband": a man, not the woman named last
            for sp in reversed(self.mentions):
                if sp.type == "named person" and (want is None or sp.gender in (None, want)) \
                        and sp.name != self.excluded and sp.name not in other_age:
                    if want is not None and sp.gender is None:
                        sp.gender = want
                    return self._aged(sp, age if head == "year-old" else None), True
            return Speaker(text, "anonymous", head=head), False
        return None, False

    def _aged(self, sp: Speaker, age: re.Match | None) -> Speaker:
        r"""Record the age a description gave the person it was resolved to ("The 27-year-old Swede" is
        Mateo Lindqvist), so that a later description with another age is someone else; return the person.

        Usage:
            >>> art = _Article([], None, None)
            >>> _ = art._aged(Speaker("Ann Roe", "named person"), re.match(r"\D*(\d+)", "the 27-year-old"))
            >>> art.ages
            {'27': {'Ann Roe'}}
        """
        if age is not None and not any(sp.name in names for names in self.ages.values()):
            self.ages.setdefault(age.group(1), set()).add(sp.name)
        return sp

    def _rival_modifier(self, head: str, text: str) -> bool:
        """Whether a role with a capitalised modifier ("the Aldmoor captain") names another holder than the
        one the role was bound to under a different modifier ("the Tessaly captain, Joseph Amankwah"): then
        it is not that person.

        Usage:
            >>> art = _Article([], None, None)
            >>> art.roles, art.role_phrases = {"captain": "Joseph Amankwah"}, {"tessaly captain": "Joseph Amankwah"}
            >>> art._rival_modifier("captain", "the Aldmoor captain"), art._rival_modifier("captain", "the Tessaly captain")
            (True, False)
        """
        words = text.split()
        n = next((n for n, w in enumerate(words) if _singular(w) == head), 0)
        if n == 0 or not words[n - 1][:1].isupper() or not words[n - 1].isalpha() or head not in self.roles:
            return False  # (a possessive is no rival modifier: "Marcus Dell's father")
        modifier = words[n - 1].lower()
        return any(phrase.endswith(" " + head) and name == self.roles[head] and len(phrase.split()[0]) > 1
                   and phrase.split()[0].isalpha() and phrase.split()[0] != modifier
                   for phrase, name in self.role_phrases.items())

    def role_holder(self, head: str, text: str, para: int) -> str | None:
        """The name a role description (``text``, built on the role noun ``head``) was bound to, or None.

        A modifier with the role picks the holder of that phrase ("the prime minister" after "Housing
        Minister X ... Prime Minister Y"); synonyms count ("the boss" for a manager).
        """
        same = self.lex["synonyms"].get(head, frozenset([head]))
        words = [_singular(w) for w in _TOKEN.findall(text.lower())]
        if head in words and words.index(head) > 0:
            phrase = f"{words[words.index(head) - 1]} {head}"
            if phrase in self.role_phrases:
                return self.role_phrases[phrase]
            # a two-word role with a one-word synonym ("the prime minister" for "Premier Ana Ruiz")
            for r in sorted(self.lex["synonyms"].get(phrase, ())):
                if r in self.roles:
                    return self.roles[r]
        # a one-word role with a two-word synonym ("the Dutch premier" for "Prime Minister Joost Hemmerling")
        for r in sorted(same):
            if " " in r and r in self.role_phrases:
                return self.role_phrases[r]
        # a role bound only further down ("The England captain ..." before "New Zealand captain Luke
        # Marsters") is not this one when someone was already named: the caller's fallback finds that person
        named_before = any(sp.type == "named person" for sp in self.mentions)
        usable = {r for r in same | {head} if r in self.roles
                  and not (para > 0 and named_before and self.role_para.get(r, 0) > para)}
        if head in usable:
            return self.roles[head]
        bound = [self.roles[r] for r in same if r in usable]
        if bound:  # several people hold a synonym ("Rovers boss", "City manager"): the one mentioned last
            last = {sp.name: n for n, sp in enumerate(self.mentions)}
            return max(sorted(bound), key=lambda name: last.get(name, -1))
        return None

    def role_in_quote(self, text: str, want: str, para: int) -> tuple[int, Speaker] | None:
        """The last definite role description of agreeing gender in a quotation's text before a nested he/she
        ("When I phoned the depot manager, he said to me, '...'"), with where it starts: the person the role
        was bound to, else the description itself as an anonymous source."""
        hit = None
        for m in _DEFINITE_ROLE.finditer(text):
            words = m.group(0).split()
            n = next((n for n in range(len(words) - 1, 0, -1) if _is_role(words[n])), 0)
            if n and not _title_only(words[n], self.lex) and not _is_plural(words[n]) \
                    and _gender([words[n]], self.lex) in (None, want):
                hit = (m.start(), _singular(words[n]), " ".join(words[:n + 1]))
        if hit is None:
            return None
        start, head, desc = hit
        holder = self.role_holder(head, desc, para)
        return start, Speaker(holder, "named person") if holder else Speaker(desc, "anonymous", head=head)

    def addressee(self, sentence: str, speaker: str) -> Speaker | None:
        """The person a quotation speaks to: the last named person of its (masked) sentence other than its
        speaker ("Haddan addressed President Selim Arvath directly: '...'", "'...,' the lawyer told Ruiz")."""
        return next((sp for _, sp in reversed(self.scan_mentions(sentence))
                     if sp.type == "named person" and sp.name != speaker), None)

    def _salient(self, want: str) -> Speaker | None:
        """The person a he/she most likely refers to among the mentions of the current and the previous
        sentence (``self.window``): a subject whose gender is known to agree, then any agreeing subject,
        then a mention whose gender is known to agree. Subjects are preferred over objects, as in
        Hobbs (1978, "Resolving pronoun references", Lingua 44) and centering theory (Grosz, Joshi &
        Weinstein 1995, Computational Linguistics 21(2)), where the subject ranks highest. ``None``
        when the window holds no such mention (the caller then takes the most recent agreeing one)."""
        if self.window is None:
            return None
        lo, hi = self.window
        hi = len(self.mentions) if hi is None else hi
        starts = self.sentence_starts
        placed = [(sp, bisect.bisect_right(starts, i) - 1) for i in range(hi - 1, lo - 1, -1)
                  for sp in (self.mentions[i],) if sp.name != self.excluded
                  and sp.type in ("named person", "anonymous") and not sp.plural and sp.gender in (None, want)]
        recent = [sp for sp, _ in placed]
        # a subject of the sentence where it is mentioned first ("Tillery said Whitcomb had pulled him aside":
        # Tillery), then one that was a subject anywhere before
        for sentence in sorted({k for _, k in placed}, reverse=True):
            for test in (lambda sp, k: (id(sp), k) in self.subject_in and sp.gender == want,
                         lambda sp, k: (id(sp), k) in self.subject_in,
                         lambda sp, k: id(sp) in self.subjects and sp.gender == want,
                         lambda sp, k: sp.gender == want and sp.type == "named person",
                         lambda sp, k: id(sp) in self.subjects):
                hits = [sp for sp, k in placed if k == sentence and test(sp, k)]
                if hits:  # a name before a description of one sentence ("Another survivor, teacher Ana Dovic,")
                    hit = next((sp for sp in hits if sp.type == "named person"), hits[0])
                    return self._named_in_apposition(hit, lo, hi, want) or hit
        last = self.last[1] if self.last is not None else None
        newcomers = [sp for sp in recent if sp.type == "named person" and sp.gender is None and last is not None
                     and sp.name != last.name and not any(m.name == sp.name for m in self.mentions[:lo])]
        if len(newcomers) == 1 and len({sp.name for sp in recent if sp.type == "named person"}) == 1 \
                and all(sp.type == "named person" or (self._named_in_apposition(sp, lo, hi, want) or sp).name
                        == newcomers[0].name for sp in recent):
            return newcomers[0]  # the one person the last two sentences introduce ("... by the head of planning,
            # Lorna Birtwistle. In her report, she concluded"), not the woman quoted before them
        if last is not None and last.gender == want and not last.plural and last.name != self.excluded \
                and last.type in ("named person", "anonymous") and not self._new_topic(want):
            return last  # no subject nearby: the person last quoted, when known to agree (an interview's subject)
        hit = next((sp for sp in recent if sp.gender == want), None)
        if hit is not None:
            return hit
        if recent:
            return recent[0]
        # nobody in the two sentences: the subject of the last sentence naming someone who may agree, else
        # among the last few people mentioned one known to agree in gender
        subject = self._last_subject(want)
        if subject is not None:
            return subject
        agreeing = [sp for sp in reversed(self.mentions[-6:]) if sp.type in ("named person", "anonymous")
                    and not sp.plural and sp.gender == want and sp.name != self.excluded]
        # one who was a subject before comes first ("Pellingham was born ... His breakthrough came in Desmond
        # Farrow's play ... The cinema soon beckoned. He played"), as in Hobbs's subject-first order
        return next((sp for sp in agreeing if id(sp) in self.subjects), agreeing[0] if agreeing else None)

    def _named_in_apposition(self, desc: Speaker, lo: int, hi: int, want: str) -> Speaker | None:
        """The named person mentioned right after an anonymous ``desc`` in the same sentence ("The mayor of
        Bramblecombe, Cllr Owen Pask, presented ..."), when one agrees in gender; else None."""
        if desc.type != "anonymous":
            return None
        starts = self.sentence_starts
        for i in range(lo, hi - 1):
            nxt = self.mentions[i + 1]
            if self.mentions[i] is desc and nxt.type == "named person" and nxt.gender in (None, want) \
                    and nxt.name not in desc.name \
                    and bisect.bisect_right(starts, i) == bisect.bisect_right(starts, i + 1):
                return nxt
        return None

    def _new_topic(self, want: str) -> bool:
        """Whether the last sentence naming someone who may agree in gender made a person other than the last
        speaker its subject after that speaker last spoke ("Among them is Ray Tolliver, who grows soybeans")."""
        subject = self._last_subject(want)
        if subject is None or self.last is None or subject.name == self.last[1].name:
            return False
        return any(sp is subject for sp in self.mentions[self.last_mark:])

    def _last_subject(self, want: str) -> Speaker | None:
        """The person a he/she refers to when the current and previous sentences mention nobody: the subject
        of the last sentence that mentions someone who may agree in gender (Hobbs 1978 searches earlier
        sentences the same way, subject first), when it is a named person or known to agree; else None.

        Usage:
            >>> art = _Article([], None, None)
            >>> a, b = Speaker("Orla Fenwick", "named person"), Speaker("a technician", "anonymous")
            >>> art.sentence_starts, art.mentions = [0, 2], [a, b]   # one sentence, Fenwick its subject
            >>> art.subject_in.add((id(a), 0))
            >>> art._last_subject("f").name
            'Orla Fenwick'
        """
        starts = self.sentence_starts
        sentence = None
        for i in range(len(self.mentions) - 1, -1, -1):
            sp = self.mentions[i]
            if sp.type not in ("named person", "anonymous") or sp.plural or sp.gender not in (None, want) \
                    or sp.name == self.excluded:
                continue
            k = bisect.bisect_right(starts, i) - 1
            if sentence is None:
                sentence = k
            elif k != sentence:
                break
            if (id(sp), k) in self.subject_in and (sp.type == "named person" or sp.gender == want):
                return sp  # (a description of unknown gender gives way to someone known to agree)
        return None

    def topic(self, pronoun: str) -> Speaker | None:
        """The person mentioned most often so far whose gender agrees with ``pronoun`` (ties: the later
        one), other than ``self.excluded``: what a he/she inside someone's quotation most likely means.

        Usage:
            >>> art = _Article([], None, None)
            >>> a, b = Speaker("Amara Keane", "named person", gender="f"), Speaker("Saoirse Keane", "named person")
            >>> art.mentions = [a, b, a, b, a, b]
            >>> art.topic("she").name
            'Amara Keane'
        """
        want = "m" if pronoun == "he" else "f"
        counts: dict[str, int] = {}
        last: dict[str, Speaker] = {}
        for sp in self.mentions:
            if sp.type in ("named person", "anonymous") and not sp.plural and sp.name != self.excluded:
                counts[sp.name] = counts.get(sp.name, 0) + 1
                last[sp.name] = sp
        agreeing = [n for n in counts if last[n].gender in (None, want)]
        if not agreeing:
            return None
        order = {n: k for k, n in enumerate(last)}
        best = max(agreeing, key=lambda n: (counts[n], last[n].gender == want, order[n]))
        return last[best]

    def mark_subject(self, sp: Speaker) -> None:
        """Record ``sp`` as a subject (or a cue's speaker) of the current sentence."""
        self.subjects.add(id(sp))
        self.subject_in.add((id(sp), len(self.sentence_starts) - 1))

    def begin_sentence(self) -> None:
        """Mark the start of a sentence: a he/she in it looks first at this and the previous sentence."""
        self.sentence_starts.append(len(self.mentions))
        self.window = (self.sentence_starts[-2] if len(self.sentence_starts) > 1 else 0, None)

    def window_at(self, k: int) -> None:
        """Point the he/she window at global sentence ``k`` (mentions from sentence ``k - 1`` up to the end of ``k``)."""
        starts = self.sentence_starts
        self.window = (starts[k - 1] if k > 0 else 0, starts[k + 1] if k + 1 < len(starts) else None)

    def mention(self, sp: Speaker | None, para: int) -> None:
        if sp is None:
            return
        if sp.type == "organisation" and sp.name[:1].isupper():
            self.org_names.add(sp.name)  # a name once read as an organisation stays one
        if sp.gender is None and sp.type == "named person":
            # the article's own words first ("Linda Sorensen, a spokeswoman"), then the given name's usual gender
            sp.gender = self.name_gender.get(sp.name) or given_name_gender(sp.name) or (
                first_name_gender(sp.name) if sp.name in self.single_names else None)  # "her son, Theo,"
        if self.mentions and self.mentions[-1] is sp and (
                not self.sentence_starts or len(self.mentions) > self.sentence_starts[-1]):
            return  # the same mention again within one sentence (a new sentence mentions it anew)
        self.mentions.append(sp)

    def set_last(self, para: int, sp: Speaker) -> None:
        """Record the last speaker and how many mentions had been read when it spoke."""
        self.last = (para, sp)
        self.last_mark = len(self.mentions)

    def intervened(self, upto: int | None = None) -> bool:
        """A person other than the last speaker was mentioned after it last spoke (and before mention ``upto``).

        Organisations and plural groups do not interrupt a continuation: they are rarely the
        unnamed speaker of a following quote paragraph, while a newly introduced person is.
        """
        if self.last is None:
            return False
        name = self.last[1].name
        return any(m.name != name and m.type in ("named person", "anonymous") and not m.plural
                   for m in self.mentions[self.last_mark:upto])

    def scan_mentions(self, text: str) -> list[tuple[int, Speaker]]:
        """Every person, organisation and description mention of one (masked) sentence, in reading order.

        Mentions are: capitalised runs that give a name the article knows as a person (full names,
        their surnames, first names introduced as ``Olena, a 71-year-old`` or ``her son, Daniel,``),
        possessives included (``Ms. Kowalski's rent``); capitalised runs after ``the`` (organisations:
        ``the American Red Cross``); and descriptions built on a role noun after an indefinite
        determiner (``a man in a Steelers cap``, ``Labour backbenchers``, ``someone from the benches``).
        """
        lex = self.lex
        out: list[tuple[int, Speaker]] = []
        toks, opens = self.tokens_of(text)
        k = 0
        named_end = desc_end = -1
        indefinite = lex["indefinite"]
        n_toks = len(toks)
        while k < n_toks:
            if not opens[k]:
                k += 1
                continue  # fast path: a word that opens no mention
            pos, tok = toks[k]
            low = tok.lower()
            # a sentence-initial determiner ("A senior official ...", "One Green activist") opens a description
            if _capitalised(tok) and not (low in indefinite and k + 1 < len(toks) and not _capitalised(toks[k + 1][1])
                                          or low in indefinite and self._description_ahead(toks, k)):
                j = k
                while j + 1 < len(toks) and (_capitalised(toks[j + 1][1]) or (  # "Confédération des Travailleurs"
                        _inner_particle(toks[j + 1][1], lex) and j + 2 < len(toks) and _capitalised(toks[j + 2][1]))) \
                        and not _RX22.search(text[pos:toks[j + 1][0]][-3:]) \
                        and not _OWNER_END.search(text, toks[j][0], toks[j + 1][0]) \
                        and "," not in text[toks[j][0]:toks[j + 1][0]] \
                        and not _possessive_s(text, toks[j + 1][0], toks[j + 1][1]):
                    j += 1
                j = self._org_name_end(text, toks, j)  # "Lydford and Ashcombe NHS Trust": one organisation
                run = [t for _, t in toks[k:j + 1]]
                prev = toks[k - 1][1].lower() if k else ""
                prev_gap = text[toks[k - 1][0] + len(toks[k - 1][1]):pos] if k else ""
                k = j + 1
                run = _clean_run(run)
                run = [_RX13.sub("", t) for t in run]
                titles, name = _strip_titles(run, lex)
                name = [t for t in name if t.lower().strip(".") not in lex["honorifics"]]
                if not name:
                    continue
                gender = _gender(run, lex)
                joined = " ".join(name)
                alias = self.alias_speaker(joined)
                if alias:
                    out.append((pos, alias))
                    continue
                full = self.expand(joined, gender)
                known = full in self.full_names or full in self.single_names or bool(titles) \
                    or (" " in full and self.titled.get(self._surname_key(name[-1])) == full)
                if not known and _ORDINAL.fullmatch(prev):
                    joined = prev + " " + joined  # "the 209th Separate Mechanized Brigade": the number is in the name
                if not known and re.match(r",?\s+which\s", text[toks[j][0] + len(toks[j][1]):]):
                    out.append((pos, Speaker(joined, "organisation")))  # "Greenpeace Africa, which ...": a thing
                    continue
                if not known and (joined in self.org_names or _org_noun(prev, lex) and prev_gap.isspace()):
                    # (not after a comma: "Outside the court, Tom Reed, who ...")
                    out.append((pos, Speaker(joined, "organisation")))  # "the disability charity Scope"
                    continue
                if not known and len(name) >= 2 and (_org_word(name[-1], lex) or _club_name(name, lex)) and prev != "the":
                    if name[0] == "The":
                        joined = "the " + " ".join(name[1:])  # "The Lydford and Ashcombe NHS Trust said"
                    out.append((pos, Speaker(joined, "organisation")))  # "chief executive of Halvard Foods"
                    continue
                if known:
                    out.append((pos, Speaker(full, "named person", gender=gender)))
                    named_end = toks[j][0] + len(toks[j][1])
                elif prev == "the" and len(name) >= 2 and not any(_is_role(t) for t in run) \
                        and name[-1].lower() not in _PLACE_HEADS:  # "off the Merrow Islands": a place
                    out.append((pos, Speaker("the " + joined, "organisation")))
                elif prev == "the" and len(name) == 1 and _PLURAL_NAME.fullmatch(joined) and not _is_role(joined):
                    team = self.longest_name_ending(joined)  # "a source close to the Kingfishers": the club
                    if team is not None:
                        out.append((pos, Speaker(team, "organisation")))
                continue
            if low in ("someone", "somebody"):
                m = _PP.match(text, pos + len(tok))
                out.append((pos, Speaker(tok.lower() + (m.group(0) if m else ""), "anonymous")))
            elif (low in lex["indefinite"] or (_is_role(tok) and _is_plural(tok) and not tok[:1].isupper())) \
                    and not (k and toks[k - 1][1].lower() in ("like", "than", "as", "such")) \
                    and not _SIMILE_OF.search(text, 0, pos):  # "moves like a man", "the air of a man": no one
                # a determiner followed by up to three modifiers and a role noun
                for n in range(k + 1 if low in lex["indefinite"] else k, min(k + 5, len(toks))):
                    cand = toks[n][1]
                    if n > k and any(c in text[toks[n - 1][0]:toks[n][0]] for c in ",:;"):
                        break
                    if _is_role(cand) and not _title_only(cand, lex) and not cand[:1].isupper():
                        if n + 1 < len(toks) and toks[n + 1][1].lower() in lex["compound_heads"] \
                                and text[toks[n][0] + len(cand):toks[n + 1][0]].isspace():
                            break  # "a best actor award": the role noun modifies a thing
                        if n + 2 < len(toks) and toks[n + 1][1].islower() \
                                and lex["title_after_re"].fullmatch(" " + toks[n + 2][1].rstrip(".,;:!?").lower()):
                            break  # "a bombshell new memoir": the role noun and an adjective modify a work
                        if low in ("a", "an", "another") and _is_plural(cand) \
                                and text[toks[n][0] + len(cand):toks[n][0] + len(cand) + 1] in ("'", "\u2019"):
                            break  # "a 20-minute stewards' inquiry": the article goes with the possessed noun
                        if cand.lower().rstrip(".") in ("chair", "chairs") and k and toks[k - 1][1].lower() in _INTO:
                            break  # "settled her into a reclining chair": furniture
                        while n + 1 < len(toks) and _is_role(toks[n + 1][1]) and toks[n + 1][1].islower() \
                                and text[toks[n][0] + len(toks[n][1]):toks[n + 1][0]] == " ":
                            n += 1  # "a senior coast guard officer": the last of two role nouns is the head
                            cand = toks[n][1]
                        end = toks[n][0] + len(cand) - (cand.endswith(".") and cand[-3:-1].isalpha()
                                                         and cand[-3:-1].islower())  # (not its sentence's full stop)
                        m = _PP.match(text, end)
                        desc = text[pos:end] + (m.group(0) if m else "")
                        desc = desc[0].lower() + desc[1:] if desc[:1].isupper() and toks[k][1].lower() in lex["indefinite"] else desc
                        if n == k and k and toks[k - 1][1].lower() == "the" and text[toks[k - 1][0] + 3:pos] == " ":
                            desc = "the " + desc  # "the stewards": the group as the article names it
                        if named_end >= 0 and (_NAME_TO_APPOSITIVE.fullmatch(text, named_end, pos)
                                               or _PREDICATE.fullmatch(text, named_end, pos)):
                            # an appositive of the name just read ("Matt Rowe, a teacher,") or what the name is
                            # ("Ambrose Pellingham, who has died aged 86, was ..., a character actor"): the same person
                            k = n
                            break
                        before = out[-1][1] if out else None
                        if low in ("a", "an") and desc_end >= 0 and _DESC_APPOSITIVE.fullmatch(text, desc_end, pos) \
                                and before.type == "anonymous" and not before.plural:
                            # "One diner, a 34-year-old nurse who asked not to be named,": the source described
                            # again, by its age too
                            age = _AGE_NOUN.search(desc)
                            if age:
                                self.anon_ages[age.group(0).split("-")[0]] = before
                            before.gender = before.gender or _gender([cand], lex)
                            k = n
                            break
                        singular_of = desc.lower().startswith(("one of ", "another of "))  # "one of the nurses"
                        out.append((pos, Speaker(desc, "anonymous", plural=_is_plural(cand) and not singular_of,
                                                 gender=_gender([cand], lex), head=_singular(cand))))
                        desc_end = pos + len(desc)
                        k = n
                        break
                    if cand.lower() in _AUXILIARIES or lex["cue_re"].fullmatch(cand):
                        break
            k += 1
        if len(out) >= 2:
            # "A woman who identified herself as Rosa Lind read ...": the description is that person, by name
            for named in _named_as(text):
                at = next((n for n, (pos, sp) in enumerate(out) if pos == named.start("name")), 0)
                if at and out[at][1].type == "named person" and out[at - 1][1].type == "anonymous" \
                        and not out[at - 1][1].plural:
                    out[at - 1:at + 1] = [(out[at - 1][0], out[at][1])]
        return out

    def tokens_of(self, text: str) -> tuple[list[tuple[int, str]], list[bool]]:
        """The tokens of ``text`` as (offset, word) and whether each may open a mention (see
        :meth:`scan_mentions`). Both depend on the text alone, so they are kept for the article: a fifth
        of the texts scanned are scanned again (a sentence, then its lead-in or clause). Read, never change them.

        Usage:
            >>> art = _Article(["Ben Ode spoke."], None, None)
            >>> art.tokens_of("Ben Ode spoke."), art.tokens_of("Ben Ode spoke.") is art.tokens_of("Ben Ode spoke.")
            (([(0, 'Ben'), (4, 'Ode'), (8, 'spoke.')], [True, True, False]), True)
        """
        got = self._tokens.get(text)
        if got is None:
            toks = [(m.start(), m.group(0)) for m in _TOKEN.finditer(text)]
            got = self._tokens[text] = (toks, [_may_open_mention(t) for _, t in toks])
        return got

    def _org_name_end(self, text: str, toks: list[tuple[int, str]], j: int) -> int:
        """Where a capitalised run ending at ``toks[j]`` really ends: past "and", "&", "of" or "for" and
        further capitalised words when the longer run ends in an organisation word ("Lydford and
        Ashcombe NHS Trust", "Department of Health and Social Care"); else ``j``."""
        lex = self.lex
        end = j
        start = next((n for n in range(j, -1, -1) if n == 0 or not _capitalised(toks[n - 1][1])), 0)

        def joined(n: int) -> bool:  # toks[n] follows toks[n - 1] after white space only
            return text[toks[n - 1][0] + len(toks[n - 1][1]):toks[n][0]].isspace()

        while end + 2 < len(toks) and toks[end + 1][1].lower() in ("and", "&", "of", "for") \
                and _capitalised(toks[end + 2][1]) and joined(end + 1) and joined(end + 2) \
                and not _RX13.search(toks[end][1]) and (toks[end + 1][1].lower() in ("and", "&") or any(
                    _org_word(t, lex) for _, t in toks[start:end + 1])):  # "Shares of X Energy" is no name
            end += 2
            while end + 1 < len(toks) and _capitalised(toks[end + 1][1]) and joined(end + 1):
                end += 1
            if _org_word(toks[end][1].rstrip("."), lex):
                j = end
        return j

    def _description_ahead(self, toks: list[tuple[int, str]], k: int) -> bool:
        """A role noun in lower case follows within four words, so ``toks[k]`` opens a description."""
        for _, cand in toks[k + 1:k + 5]:
            if _is_role(cand) and not cand[:1].isupper() and not _title_only(cand, self.lex):
                return True
            if cand.lower() in _AUXILIARIES or self.lex["cue_re"].fullmatch(cand):
                return False
        return False

    def speaker_for_name(self, sp: Speaker) -> Speaker:
        """Reuse the Speaker object already known under the same name (so genders carry over)."""
        for old in reversed(self.mentions):
            if old.name == sp.name and old.type == sp.type:
                if old.gender is None:
                    old.gender = sp.gender
                return old
        return sp


def _affiliation(text: str, toks: list[tuple[int, int, str]], k: int, lex: dict) -> bool:
    """Whether the capitalised run ending before ``toks[k]`` is followed by a lower-case role noun and a name
    ("Harbour City Kingfishers coach Wade Kessell", "Real Madrid captain X"): the run is then the team,
    company or place the person belongs to, not a person.

    Usage:
        >>> t = "Glen Rovers coach Ana Diaz said"
        >>> toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(t)]
        >>> _affiliation(t, toks, 2, load_lexicon()), _affiliation(t, toks, 5, load_lexicon())
        (True, False)
    """
    if k == 0 or k + 1 >= len(toks):
        return False
    role, nxt = toks[k][2], toks[k + 1][2]
    return role.islower() and _is_role(role) and _capitalised(nxt) \
        and text[toks[k - 1][1]:toks[k + 1][0]].replace(role, "", 1).isspace()


def _present(words: tuple[str, ...], text: str) -> list[str]:
    """The ``words`` that occur in ``text`` (as substrings): the only ones a part of it can hold.

    Usage:
        >>> _present(("firm", "club", "band"), "the firm said\\nthe club, Rovers,")
        ['firm', 'club']
    """
    return [w for w in words if w in text]


def _org_noun(word: str, lex: dict) -> bool:
    """Whether ``word`` is an organisation noun and no role noun ("police" is both): before a capitalised
    name it makes the name an organisation's ("the charity Shelter", "the firm Brannigan Lowe"), at the end
    of one it names an organisation ("the Rivers State Police Command").

    Usage:
        >>> _org_noun("firm", load_lexicon()), _org_noun("police", load_lexicon())
        (True, False)
    """
    return bool(word) and _org_word(word, lex) and not _is_role(word)


@lru_cache(maxsize=65536)
def _may_open_mention(tok: str) -> bool:
    """Whether a token can open a mention in :meth:`_Article.scan_mentions` (a capital, a digit, a
    determiner, ``someone``, or a lower-case word that may be a plural role noun or a hyphenated or
    possessive form); every other word is skipped without further tests. Cached: words repeat."""
    c = tok[0]
    low = tok.lower()
    return (c.isupper() or low in load_lexicon()["indefinite"] or low in ("someone", "somebody") or c.isdigit()
            or (c.islower() and (tok.rstrip(".!?").endswith("s") or low.rstrip(".!?") in ("people", "police", "men", "women"))
                or "-" in tok or "'" in tok or "\u2019" in tok))


# Pronouns that usually refer back to the subject of their sentence: he/she (in a clause after it), the
# reflexives, and possessives ("has broken her silence"). Object pronouns cannot (Chomsky 1981, Lectures
# on Government and Binding, Principle B: "urged her to retire" is someone else), so "him" is left out
# and "her" counts only as a possessive, when a word that is not a preposition or conjunction follows and no
# preposition comes before ("stood beside her holding a placard" is an object).
_GENDERED = re.compile(r"(?<!\w)(?:(he|his|himself)|(she|hers|herself|(?=her)(?:" + "".join(
    rf"(?<!\b{p} )" for p in ("to", "with", "beside", "behind", "for", "at", "from", "by", "near", "like", "than",
                              "towards", "toward", "around", "about", "of", "on", "in", "after", "before", "past",
                              "against", "among", "between", "beneath", "under", "over", "onto", "into", "upon"))
    + r"|(?!\w+\s+\w+ing\b))her(?!\s+\w+ing\s+(?:the|a|an|his|her|their|its|our|my|your|this|that)\b)"
    # ("found her using the signal": an object before a participle with its own object)
    r"(?=\s+(?!(?:to|and|that|for|with|at|in|on|"
                       r"of|from|as|about|by|into|over|after|before|when|if|or|but|so|because|again|back|up|down|"
                       r"out|off|too|once|now|then|there)\b)[a-z])))(?!\w)", re.IGNORECASE)
_OBJECT_HER = re.compile(r"\bher\b", re.IGNORECASE)  # a her the gendered pattern passed over as an object
# a lower-case word after a role noun in a description; words that can follow a person's role without being the
# phrase's head noun ("the minister herself", "the coach later") are listed apart
_NOUN_AFTER_ROLE = re.compile(r"[a-z][a-z-]+(?<!ly)")
_NOT_NOUNS = frozenset(["himself", "herself", "themselves", "itself", "too", "also", "again", "later", "then", "now",
                        "today", "yesterday", "tonight", "still", "alone", "once", "first", "last", "twice", "who",
                        "whose", "which", "that", "and", "or", "but", "has", "had", "have", "was", "were", "is", "are",
                        "said", "says", "told", "added", "there", "here", "afterwards", "meanwhile"])

# a gendered courtesy title before a capitalised word ("Mrs Trask", "Mr. Feld")
_TITLED_SURNAME = re.compile(r"(?<![\w.])(Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lord|Lady|Madam|Mme|Mlle|Mdm)\.?\s+([A-Z][\w\u2019'-]+)")
_TITLED_SURNAME = _Gated(_TITLED_SURNAME, re.compile(r"M(?:r|s|iss|x|me|lle|dm|adam)|Sir|Dame|Lord|Lady").search)

_HE_SHE = re.compile(r"(?<!\w)(?:he|she)(?!\w)", re.IGNORECASE)
_AFTER_PREPOSITION = _Tail(re.compile(r"(?<!\w)(?:to|with|at|for|from|by|about|of|on|behind|beside|near|like)\s+$",
                                      re.IGNORECASE), ("to", "with", "at", "for", "from", "by", "about", "of", "on",
                                                       "behind", "beside", "near", "like"), fold=True)

# an organisation's governing body: "the Sinfonia's management", "the club's board"
_OWNER = r"(?:[Tt]he\s+)?((?:[A-Z][\w\-]+\s+){0,3}[A-Z][\w\-]+)[\u2019']"  # "the Sinfonia's", "Rovers'"
_GOVERNING_BODY = re.compile(_OWNER + r"s\s+(?:management|board|leadership|hierarchy|directors|board of directors|"
                             r"owners|executive)")
_GOVERNING_BODY = _Gated(_GOVERNING_BODY, _has("'", "\u2019"))  # the owner's apostrophe
# a named owner's channel: "Nimbara's status page", "the Pentagon's website"
_OWNED_CHANNEL = re.compile(_OWNER + r"s?\s+(?:official\s+)?(?:status page|website|web site|blog|"
                            r"social media account|account|feed|newsletter)")
_OWNED_CHANNEL = _Gated(_OWNED_CHANNEL, _has("'", "\u2019"))  # the owner's apostrophe

_PLACE_PREPOSITIONS = frozenset(["outside", "inside", "near", "at", "on", "in", "behind", "beside", "after", "before",
                                 "during", "as"])


def _before_place(phrase: str) -> str:
    """An indefinite description without the place or time after it ("one season-ticket holder outside the
    ground on Wednesday" -> "one season-ticket holder"); other phrases unchanged.

    Usage:
        >>> _before_place("one season-ticket holder outside the ground"), _before_place("Ana Ruiz at the back")
        ('one season-ticket holder', 'Ana Ruiz at the back')
    """
    words = phrase.split()
    if len(words) < 3 or words[0].lower() not in ("a", "an", "one", "another"):
        return phrase
    cut = next((n for n, w in enumerate(words) if n > 1 and w.lower() in _PLACE_PREPOSITIONS), None)
    return " ".join(words[:cut]) if cut else phrase

# an organisation noun with the organisation's name in apposition: "supporters' group, Torcida Alta,", "the
# press-freedom group Open Press Monitor."
# nationalities the role lexicon knows: "said the Irishman" refers back to the man just named
_DEMONYMS = frozenset("""brit briton dutchman dutchwoman englishman englishwoman frenchman frenchwoman irishman
irishwoman scot scotsman scotswoman spaniard swede turk welshman welshwoman""".split())
_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
# nouns for a kind of business that open a sentence before its name ("Broadcaster Beacon TV", "Insurer Aviva")
_KIND_OF_ORG = frozenset(["broadcaster", "retailer", "insurer", "lender", "carrier", "airline", "regulator",
                          "watchdog", "forecaster", "charity", "firm", "company", "newspaper", "supermarket"])
_RIDDEN = re.compile(r"(?<![\w\-])(?:rode|rides|riding|ride\s+on|aboard)\s+((?:[A-Z][\w\-\u2019']*\s+){0,2}[A-Z][\w\-]*)"
                     r"|((?:[A-Z][\w\-\u2019']*\s+){0,2}[A-Z][\w\-]*),\s+(?:ridden|trained)\s+(?:in\s+[A-Z]\w*\s+)?by\b")
_THE_NOUN_COMMA = re.compile(r",\s+(?:the|an?)\s+(?:[a-z][\w\-]*\s+){0,2}([a-z][\w\-]*)\s*,")
_NAME_END = re.compile(r"(?<![\w\-])((?:[A-Z][\w\-\u2019']*\s+){0,3}[A-Z][\w\-\u2019']*)$")
_DESCRIBED_SAID = re.compile(r",\s+the\s+(?:[a-z][\w\-\u2019']*\s+){0,3}([a-z][\w\-]*)\s+(?:said|says|reported|announced)"
                             r"(?:\s+on\s+[A-Z]\w+)?\.\s*$")
_NAMED_SAYS = re.compile(r"\s*(?:The\s+)?((?:[A-Z][\w\-\u2019']*\s+(?:(?:of|for|and|on)\s+)?){0,5}[A-Z][\w\-]*)"
                         r"(?:\s+\([A-Z]{2,}\))?\s+(?:said|says|reported|announced|told)\b")
_ORG_NOUNS = ("group", "company", "charity", "firm", "union", "organisation", "organization", "association", "campaign",
              "coalition", "alliance", "society", "network", "collective", "club", "band", "party")
_ORG_NOUN_NAME = re.compile(r"(?<![\w-])(" + "|".join(_ORG_NOUNS) + ")"
                            r"(?:\s*,\s+|\s+(?:calling\s+itself|known\s+as|called|named)\s+|\s+(?=[A-Z]))"
                            r"((?:[A-Z][\w\-\u2019']*\s+(?:(?:de|da|do|du|des|of|the|and|la|le)\s+)?){0,4}"
                            r"[A-Z][\w\-\u2019']*)\s*[,.;]")

def _mask(text: str, spans: list[dict]) -> str:
    """Replace the inside of every quotation with ``x`` (keeping a final ``.!?`` for the sentence splitter)."""
    if not spans:
        return text
    chars = list(text)
    for s in spans:
        a, b = s["start"], s["end"]
        if b > a:
            chars[a:b] = "x" * (b - a)
            last = text[b - 1]
            if last in ".!?\u2026" and s["close"] is not None:
                chars[b - 1] = last
    return "".join(chars)


def _words(text: str) -> int:
    return len(_RX7.findall(text))


def _at_most_words(text: str, n: int) -> bool:
    """Whether ``_words(text) <= n``, found by reading no further than the word after the ``n``-th (the
    words are the same matches of the same pattern).

    Usage:
        >>> _at_most_words("the road was closed", 4), _at_most_words("the road was closed", 3)
        (True, False)
    """
    return next(islice(_RX7.finditer(text), n, None), None) is None


def _title_cased(text: str) -> bool:
    words = _RX2.findall(text)
    if not words or len(words) > 10:
        return False
    significant = [w for w in words if w.lower() not in _SMALL_WORDS] or words
    return all(w[0].isupper() for w in significant)


def _headline_case(sentence: str) -> bool:
    """Most longer words capitalised (a headline), ignoring masked quotations."""
    words = [w for w in _RX2.findall(_QUOTED.sub(" ", sentence)) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _title_beside(left: str, right: str, lex: dict) -> bool:
    """Whether a quoted span stands in apposition to a noun naming a work ("a 2022 report by the Fisheries
    Council, '...',"), right before one ("the '...' phone-in"), or right before the role of a person known
    for the work ("the 27-year-old '...' singer", "the '...' author"); the span must still be title-cased.

    Usage:
        >>> lex = load_lexicon()
        >>> _title_beside("A 2021 survey by the Tenants Union, ", " found", lex), _title_beside("", " podcast", lex)
        (True, True)
        >>> _title_beside("The minister, ", " said", lex), _title_beside("the ", " singer told fans", lex)
        (False, True)
    """
    if lex["title_apposition_re"].search(left) or lex["title_after_re"].match(right):
        return True
    role = _RX_LOWER_WORD.match(right)
    return role is not None and _is_role(role.group(1)) and not _title_only(role.group(1), lex)


def quote_kind(text: str, attributed: bool, embedded: bool, title_context: bool) -> str:
    """``title``, ``quote``, ``fragment`` or ``scare`` for a quoted span.

    A title-cased span after a naming word (``titled``, ``dubbed``, ``the book``) is a title;
    an embedded span of 1-3 words is a fragment when attributed and a scare quote when not;
    everything else is a quote (reported speech of 4 words or more, or a whole utterance).

    Usage:
        >>> quote_kind("crusaders", True, True, False), quote_kind("Caliphate", False, True, False)
        ('fragment', 'scare')
        >>> quote_kind("Project Horizon", False, True, True), quote_kind("No.", True, False, False)
        ('title', 'quote')
        >>> quote_kind("Operation Tillbrook", True, True, False)
        'title'
    """
    if (title_context or _NAMED_OPERATION.match(text)) and _title_cased(text):
        return "title"  # also a name that says what it names: "Operation Tillbrook", "Exercise Cold Dawn"
    if embedded and _words(text) <= 3:
        return "fragment" if attributed else "scare"
    return "quote"


def _strip_between(left: str, lex: dict) -> str:
    """Drop adverbs and auxiliaries between a speaker and the reporting verb."""
    left = left.rstrip()
    if left.endswith("to"):  # (every match of _HEARD_TO ends so)
        left = _HEARD_TO.sub("", left)
    between = lex["between"]
    while left:
        cut = max(left.rfind(" "), left.rfind("\n"), left.rfind("\t"))
        word = left[cut + 1:]
        if word.lower() not in between and not (word.endswith("ly") and len(word) > 4 and word.isalpha()
                                                and word.islower() and word not in _NOT_ADVERBS):
            return left
        left = left[:cut + 1].rstrip()
    return left


def _last_clause(left: str, lex: dict) -> str:
    """The part of ``left`` after its last clause break (punctuation, quote marks, conjunctions).

    Only the last 200 characters are read: a speaker phrase is never longer, and scanning the
    whole left context of every cue made long sentences quadratic.
    """
    if len(left) > 200:
        left = left[-200:]
    cut = 0
    for m in lex["clause_break_re"].finditer(left):
        if m.group(0) in ("'", "\u2019") and left[m.start() - 1:m.start()] == "s" \
                and left[m.end():m.end() + 2][:1] == " " and left[m.end() + 1:m.end() + 2].isupper():
            continue  # a plural possessive inside a name ("the Transport and Maritime Workers' Union")
        if m.group(0).lower() in ("and", "&") and _NAME_AND.search(left, 0, m.start()) \
                and left[m.end():].lstrip()[:1].isupper():
            continue  # "Department for Work and Pensions", "Marks and Spencer": one name, not two clauses
        cut = m.end()
    for m in _find_cues(left, lex):
        if not left[m.start()].isupper():
            cut = max(cut, m.end())
    return left[cut:]


class _Cue:
    __slots__ = ("start", "end", "word", "speaker", "pronoun", "source_after", "subj_start", "used", "valid",
                 "inverted", "quoted")

    def __init__(self, start, end, word, source_after):
        self.start, self.end, self.word, self.source_after = start, end, word, source_after
        self.speaker, self.pronoun, self.subj_start, self.used, self.valid = None, False, start, False, False
        self.inverted = self.quoted = False  # quoted: it attributed a quotation


def _reports_a_report(cues: list[_Cue], mtext: str, start: int) -> bool:
    """Whether an "according to" at ``start`` follows, in the same clause, a reporting verb that already has
    its speaker: it then names the channel the words came through (a translation, an agency, a transcript),
    not a second speaker ("'We will not yield,' the general said, according to state media").

    Usage:
        >>> c = _Cue(4, 8, "said", False); c.valid = True
        >>> _reports_a_report([c], "Ana said, according to Reuters.", 10)
        True
        >>> _reports_a_report([c], "Ana said 3 died, but according to locals 9 did.", 22)
        False
    """
    if not cues or not cues[-1].valid or cues[-1].source_after:
        return False
    between = mtext[cues[-1].end:start]
    return _words(between) <= 6 and not _RX24.search(between) and not _RX23.search(between)


def _subject_position(sentence: str) -> int:
    """Where a sentence's subject starts: 0, or after the fronted phrases, each opened by a preposition or
    an adverb and closed by a comma within seven words ("Back at the diner, a man ...", "On Saturday, at
    the care home, Mrs Haverly ...").

    Usage:
        >>> _subject_position("Back at the diner, a man leaned over."), _subject_position("A man leaned over.")
        (19, 0)
    """
    pos = 0
    for _ in range(3):  # "On Saturday, at the care home, Mrs Haverly ...": fronted phrases may follow each other
        rest = sentence[pos:].split(None, 1)
        if not rest or rest[0].lower() not in _RUN_OPENERS:
            break
        m = _FRONTED.match(sentence, pos) or _FRONTED_PP.match(sentence, pos)
        if not m:
            break
        pos = m.end()
    return pos


_NOT_BEFORE_SUBJECT = frozenset(["of", "and", "or", "but", "to", "with", "than", "as", "like", "that", "which", "who", "by",
                                 "from", "nor", "into", "onto", "upon", "about", "against", "between", "among", "for",
                                 "at", "in", "on", "near", "under", "within", "without", "via", "per", "toward",
                                 "towards", "across", "behind", "beside", "inside", "outside", "throughout", "after"])


def _inner_subject(toks: list[str], lex: dict) -> int:
    """Where a second noun phrase starts inside a speaker phrase that opens with a determiner: the subject
    of a reduced relative clause ("a result one former defender called", "the man a witness described"),
    else 0. A determiner after a preposition or conjunction ("the head of a union") starts none.

    Usage:
        >>> _inner_subject("a result one former City defender".split(), load_lexicon())
        2
        >>> _inner_subject("a source close to the club".split(), load_lexicon())
        0
    """
    if len(toks) < 3 or toks[0].lower() not in lex["indefinite"] | {"the"}:
        return 0
    for n in range(2, len(toks) - 1):
        prev = toks[n - 1]
        if toks[n].lower() in ("a", "an", "one", "another", "the") and prev.isalpha() and prev.islower() \
                and prev not in _NOT_BEFORE_SUBJECT and prev not in lex["prepositions"] \
                and prev not in lex["indefinite"] and prev not in _DETERMINERS and not _is_role(prev):
            return n
    return 0


def _subject_lead(sentence: str, lex: dict) -> str:
    """The noun phrase opening a sentence when it is built only of names, role words and determiners
    (``Carlton boss Dean Morrow`` in ``Carlton boss Dean Morrow was less happy.``), else ``""``.

    Usage:
        >>> _subject_lead("Carlton boss Dean Morrow was less happy.", load_lexicon())
        'Carlton boss Dean Morrow'
        >>> _subject_lead("the rain fell all day.", load_lexicon())
        ''
        >>> _subject_lead("Only last week the prime minister stood up", load_lexicon())
        'the prime minister'
    """
    fronted = _TIME_FRONT.match(sentence)
    if fronted:  # "Only last week the prime minister stood ...": a time phrase before the subject, no comma
        return _subject_lead(sentence[fronted.end():], lex)
    toks = sentence.split(None, 9)[:9]
    if toks[:1] and toks[0].lower() in _LONG_FRONTING:  # a clause may run longer than a phrase before its comma
        comma = next((n for n, t in enumerate(sentence.split(None, 16)[:16]) if t.endswith(",")), -1)
    else:
        comma = next((n for n, t in enumerate(toks[:6]) if t.endswith(",")), -1)
    if comma > 0 and toks[0].lower() in _FRONTING:
        # a fronted phrase ("Down the road, rancher Luis Ortega sold ..."): the subject follows it
        rest = sentence.split(None, comma + 1)[-1] if comma + 1 < len(sentence.split(None, comma + 2)) else ""
        if rest.split(None, 1)[:1] in (["where"], ["when"]):
            # a relative clause on the fronted place or time: "On the slopes above Sainte-Aude, where cold air
            # drains away, Annika Holt put ..."
            inner = next((n for n, t in enumerate(rest.split(None, 12)[:12]) if t.endswith(",")), -1)
            rest = rest.split(None, inner + 1)[-1] if inner >= 0 and inner + 1 < len(rest.split(None, inner + 2)) else ""
        elif rest.split(None, 1)[:1] in (["who"], ["whose"], ["which"]):
            # a relative clause inside the fronted clause: "Asked whether Joe Ames, who played with a broken
            # finger, would be fit, the coach was guarded": the subject follows the fronted clause's own comma
            for _ in range(2):
                inner = next((n for n, t in enumerate(rest.split(None, 12)[:12]) if t.endswith(",")), -1)
                rest = rest.split(None, inner + 1)[-1] if inner >= 0 and inner + 1 < len(rest.split(None, inner + 2)) else ""
        words = rest.split(None, 2)
        if len(words) > 1 and words[0].isalpha() and words[0].islower() and _capitalised(words[1]) \
                and words[0] not in _DETERMINERS and words[0] not in lex["indefinite"]:
            rest = rest.split(None, 1)[1]  # a descriptor before the name: "rancher Luis Ortega"
        if len(words) > 1 and words[0] in ("he", "she", "they"):
            return words[0]  # "Asked whether the firm will list, she pauses."
        return _subject_lead(rest, lex) if rest else ""
    k = 0
    determiners = lex["indefinite"] | _DETERMINERS
    while k < len(toks):
        t = toks[k]
        if t.endswith(":"):
            return ""  # a label ("Sketch: Ministers discover ..."), not a subject
        bare = t.rstrip(",")
        if not (_capitalised(bare) or _is_role(bare) or bare.lower() in determiners
                or bare.lower() in lex["particles"] or (k and bare.lower() in ("of", "at", "for"))
                or (k == 1 and toks[0].lower() == "the" and _AGE_NOUN.fullmatch(bare))):  # "The 34-year-old, ..."
            # one or two adjectives between a determiner and a role noun: "The dental nurse then stormed off"
            ahead = next((n for n in (1, 2) if k + n < len(toks) and _is_role(toks[k + n].rstrip(","))), 0)
            if ahead and k and (toks[k - 1].lower() in determiners or (  # "Rescue team leader Bastien Roudaire"
                    k == 1 and _capitalised(toks[0]) and toks[0].lower() not in _RUN_OPENERS
                    and k + ahead + 1 < len(toks) and _capitalised(toks[k + ahead + 1].rstrip(",")))) and all(
                    toks[k + n].isalpha() and toks[k + n].islower() for n in range(ahead)):
                k += ahead
                continue
            break
        k += 1
        if t.endswith(","):
            break
    if k == 0 or k == len(toks) or toks[k - 1].rstrip(",").lower() in ("of", "at", "for") \
            or all(t.lower() in determiners for t in toks[:k]):
        return ""
    if not any(_capitalised(t.rstrip(",")) or _is_role(t.rstrip(",")) for t in toks[:k]):
        return ""
    nxt = toks[k].lower() if not toks[k - 1].endswith(",") else ""
    if nxt and not nxt[:1].isalpha():
        return ""
    if toks[k - 1].endswith(",") and not any(_capitalised(t.rstrip(",")) for t in toks[1:k]):
        # a description, then the name in apposition ("Another resident, retiree Tan Boon Huat, 67, was"):
        # the name is the mention later pronouns look for
        rest = toks[k:]
        end = next((n for n, t in enumerate(rest) if t.endswith(",")), -1)
        appositive = [t.rstrip(",") for t in rest[:end + 1]] if end >= 0 else []
        while appositive and appositive[0].isalpha() and appositive[0].islower():
            appositive = appositive[1:]  # "retiree Tan Boon Huat": the descriptor is no part of the name
        affiliation = next((n for n, t in enumerate(appositive) if n >= 2 and t in ("of", "from", "at")), None)
        if affiliation is not None:
            appositive = appositive[:affiliation]  # "Another analyst, Dominic Sze of Bayfront Capital, was"
        if sum(_capitalised(t) for t in appositive) >= 2 and all(
                _capitalised(t) or _is_role(t) or t.lower() in lex["particles"] for t in appositive):
            return " ".join(appositive)
    return " ".join(toks[:k]).rstrip(",")




# a quotation modifying the capitalised words before a cue, after a preposition or article ("after 'baffling'
# Marinello call"): those words open no clause, and the cue is a noun
_QUOTED_MODIFIER = re.compile(r"(?:^|\s)([a-z]+)\s+[" + _MARKS + r"]x+[" + _MARKS + r"]\s+(?:[A-Z][\w\-\u2019']*\s+){1,2}$")
# "X Y, whose family ...": a kin word after "whose" makes the name before it a person's
_WHOSE_KIN = re.compile(r",\s+whose\s+(?:late\s+|own\s+)?([a-z\-]+)")
_KIN = frozenset(["family", "parents", "children", "grandparents", "grandchildren", "relatives", "siblings"])
# the rest of an organisation's name that opens with its noun ("Association| of Hospital Physicians")
_OF_NAME = r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w\-]*){0,3}"
# a possessive right before a quotation with the cue after it ("Kayla's 'bitter has-been' blast"): the owner speaks
_OWNER_QUOTE = re.compile(r"((?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)['\u2019][Ss]\s+[" + _MARKS + r"]x+[" + _MARKS + r"]\s*$")
# a person described by a role after a preposition ("jailed by a judge", "criticism from opposition councillors"):
# a who-clause right after it is that person's
_BY_ROLE = re.compile(r"\b(?:by|from|to|with|against|among)\s+((?:[\w\-\u2019']+\s+){0,3}?[a-z][\w\-]*)$")
# a name ending a prepositional phrase, right before a relative "who" (the name is its antecedent)
_NAME_AFTER_PREPOSITION = re.compile(r"\s(?:by|of|from|with|to|for|over|than|under|against|between)\s+"
                                     r"((?:[A-Z][\w.\-\u2019']*\s+){1,3}[A-Z][\w\-\u2019']+)$")
# a police force by name ("Westmere Police", "the Metropolitan Police Service", "Kent Constabulary")
_POLICE_FORCE = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w\-]+\s+){1,3}(?:Police(?:\s+(?:Service|Department|Force))?"
                           r"|Constabulary))")
_POLICE_FORCE = _Gated(_POLICE_FORCE, _has("Police", "Constabulary"))
# two or more capitalised words, function words allowed between them ("Department of Health and Social Care")
_CAPITAL_SEQUENCE = re.compile(r"[A-Z][\w\-]+(?:[ \t]+(?:(?:of|for|and|on|the|de)[ \t]+)*[A-Z][\w\-]+)+")


def _possessive_s(text: str, start: int, tok: str) -> bool:
    """Whether the token ``tok`` at ``start`` is the "s" of a possessive cut off by an apostrophe
    ("MUM\u2019S FURY"): it ends a run of capitals and names no one.

    Usage:
        >>> _possessive_s("MUM\u2019S FURY", 4, "S"), _possessive_s("Harry S Truman", 6, "S")
        (True, False)
    """
    return tok in ("S", "s") and start > 0 and text[start - 1] in ("'", "\u2019")


def _capital_runs(text: str):
    """Every run of words in ``text`` that starts and ends with a capitalised word, with no punctuation
    inside ("The Port Health Authority" gives "Port Health Authority", "The Port", ...)."""
    for m in _CAPITAL_SEQUENCE.finditer(text):
        words = m.group(0).split()
        for a in range(len(words)):
            for b in range(len(words), a + 1, -1):
                if words[a][0].isupper() and words[b - 1][0].isupper():
                    yield words[a:b]


_SPACE_COMMA = _Gated(re.compile(r"(?<=\w)\s+(?=,)"), re.compile(r"\s,").search)


def _last_comma(text: str) -> int:
    """Index of the last comma of ``text`` that is not inside a number ("6,800"), or -1."""
    k = text.rfind(",")
    while k > 0 and k + 1 < len(text) and text[k - 1].isdigit() and text[k + 1].isdigit():
        k = text.rfind(",", 0, k)
    return k


_SPEECH_NOUNS = r"(?:response|reply|answer|message|retort|verdict|words|assessment|advice|instructions?|warning|comment|explanation)"
_OWNER_SPEECH = re.compile(r"\s*(?:[A-Z][\w\-]*\s+)??((?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)[\u2019']s\s+(?:[a-z\-]+\s+)?"
                           + _SPEECH_NOUNS + r"\b")
_SPEECH_FROM = re.compile(r"\s*[Tt]he\s+(?:[a-z\-]+\s+)?" + _SPEECH_NOUNS
                          + r"\s+(?:from|of)\s+(.+?)\s*,?\s+(?:was|were|is|came|comes)\b")


def _headline_speaker(art: "_Article", left: str) -> "Speaker | None":
    """The person a title-cased headline opens with, by a full name or a surname the article knows, for the
    quotation after its colon ("Corrado Vanzetti Defends Three-Hour Film: '...'"); None when the text before
    the colon is not headline-cased or opens with no known name (in a title-cased line a run of capitals
    is no name, so the name must be known from the article).

    Usage:
        >>> art = _Article([], None, None)
        >>> art.full_names = ["Ana Ruiz"]
        >>> _headline_speaker(art, "Ruiz Defends Budget Cuts: ").name, _headline_speaker(art, "the mayor said: ")
        ('Ana Ruiz', None)
    """
    head = left.lstrip()
    if not head or head[:1] in _MARKS or not _headline_case(left):
        return None
    name = next((n for n in sorted(art.full_names, key=len, reverse=True) if head.startswith(n + " ")), None)
    if name is None:  # a surname alone ("Ruiz Defends ..."), not a first word that only begins a name
        first = head.split(None, 1)[0]
        name = art.expand(first) if _surname(art.expand(first)) == first else None
    return Speaker(name, "named person") if name in art.full_names else None


def _speech_noun_source(left: str) -> str | None:
    """Who a sentence ending in a colon gives the words of, when its subject is a noun of speech: the owner
    ("Reuter's response over team radio was immediate:") or the source after "from" ("The reply from his
    race engineer, Pieter Haas, was brief:"; the name in apposition when there is one), else None.

    Usage:
        >>> _speech_noun_source("Reuter\u2019s response over team radio was immediate: ")
        'Reuter'
        >>> _speech_noun_source("The reply from his race engineer, Pieter Haas, was brief: ")
        'Pieter Haas'
    """
    m = _OWNER_SPEECH.match(left)
    if m:
        return m.group(1)
    m = _SPEECH_FROM.match(left)
    if not m:
        return None
    parts = [x.strip() for x in m.group(1).split(",") if x.strip()]
    named = [x for x in parts[1:] if x[:1].isupper()]
    return named[-1] if named else parts[0]


# a name (perhaps with an age), then a description in apposition, ending a phrase: "Bea Oyelaran, 52, a nurse"
_APPOSITIVE_TAIL = re.compile(r"[A-Z][\w\-\u2019']+,\s+(?:\d{1,3},\s+)?(?:a|an)\s+[^,]+$")
_AGE_TAIL = re.compile(r",\s*\d{1,3}$")
_COPULA_SPLIT = re.compile(r"\s(?:was|is|were|are|by)\s+(?:the\s+)?(?=[A-Z])")  # "led by the | Rev Anna Holt"
# after a headline's quotation, its speaker's name and a preposition: "': Selma Varga on libraries"
_HEADLINE_LABEL = re.compile(r"\s*:\s+((?:[A-Z][\w\-\u2019']+\s+){1,3}[A-Z][\w\-\u2019']+)(?:\s+[a-z]|\s*$)")
# a description opening a sentence, before the name in apposition to it: "The government's chief veterinary
# officer, Dr " (before "Helen Strachan, has extended ...")
_LEAD_DESCRIPTION = re.compile(r"(?:The|A|An|Her|His|Their|Its)\s[^,]{1,60},\s+(?:[A-Z][a-z]{1,3}\.?\s+)?")
# a name, perhaps with an appositive, opening a non-restrictive who-clause: "Priya Sandhu, the MP for Westbrook, who"
_WHO_AGENT = re.compile(r"[A-Z][\w\-\u2019']*(?:\s+[A-Z][\w\-\u2019']*){0,3}(?:,\s[^,]{1,60})?,\s+who\s")
# between a name and its appositive description: a comma, perhaps an age ("Bea Oyelaran, 52, a district nurse")
_NAME_TO_APPOSITIVE = re.compile(r"[\s,]*(?:\d{1,3}\s*,\s*)?")
_DESC_APPOSITIVE = re.compile(r"\s*,\s*")  # a description right after another: "one diner, a nurse"
# a sentence identifying a person by name at its end, after "was" ("The first to arrive was Ana Ruiz.", "Less
# comfortable was Bea Kyle, a veteran of the back benches.")
_NAMED_LAST = re.compile(r"\b(?:was|is)\s+(?:the\s+)?(?:[A-Z][\w&\-]*(?:['\u2019]s|s['\u2019])\s+)?"
                         r"([A-Z][\w\-\u2019']+(?:\s+[A-Z][\w\-\u2019']+){1,3})(?:,\s[^.!?]*)?[.!]?\s*$")
# a name owning a role noun ("Lorraine Keddie's father, Walter, ... his death"): the he/his after it is the kin's
_OWNER_KIN = re.compile(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}['\u2019]s\s+[a-z]")
# a verb whose object is the subject's own: "Skye Delano has axed her entire tour" (a person's, not a place's)
_VERB_OWN = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:[a-z]+ly\s+)?[a-z]+ed\s+(?:his|her)\s")
_OWNED_NAME = re.compile(r"(?:[a-z][\w\-]*\s+){1,4}")  # the lower-case words between an owner and a name
_OWNER_END = _Tail(re.compile(r"s['\u2019]\s+$"), ("s'", "s\u2019"))  # a plural owner ends a run of capitals: "the Greens\u2019 | Ola Berg"
# a reduced relative clause of a charge or verdict after a described person, running up to the verb: its
# noun phrase is the speaker ("A builder accused of murdering his business partner told detectives")
_REDUCED_RELATIVE = re.compile(r"\b((?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+)\s+(?:accused|charged|"
                               r"convicted|suspected|cleared|acquitted|jailed|arrested)\s+(?:of|with|over|for|in)\s"
                               r"[^,;:]*$")


def _capital_owner(text: str, start: int) -> bool:
    """Whether a capitalised owner stands right before ``start`` ("the SNP\u2019s Stephen Flynn", "the Greens\u2019
    Ola Berg"): the name after it is a person's.

    Usage:
        >>> _capital_owner("Labour's Rushanara Begum", 9), _capital_owner("the city's Central Park", 11)
        (True, False)
    """
    owner = _POSSESSIVE_BEFORE.search(text, max(0, start - 30), start)
    return owner is not None and owner.group(1)[:1].isupper()


def _subject_chunk(left: str, lex: dict) -> tuple[str, str | None, int]:
    """``(head_chunk, appositive, start)`` of the speaker phrase that ends ``left``.

    A relative clause running up to the verb (``a fan who had travelled from Birmingham shouted``,
    ``the painter Judith Crane, who said:``) gives the phrase before ``who``; a pronoun closing a
    reduced relative clause (``the hit he once described as``) is the subject itself.

    Usage:
        >>> _subject_chunk("Outside court, a fan who had travelled from Birmingham ", load_lexicon())[0]
        'a fan'
    """
    left = _strip_between(left, lex)
    if _RX3.search(left):
        return "", None, -1  # "did not say": no attribution
    reduced = _REDUCED_RELATIVE.search(left) if "ed " in left else None
    if reduced:  # "A builder accused of murdering his former business partner outside a pub told"
        return _subject_chunk(left[:reduced.end(1)] + " ", lex)
    last = left.rsplit(None, 1)[-1].lower() if left.strip() else ""
    if last in ("he", "she", "they", "it") and len(left.split()) > 1:
        return last, None, len(left) - len(last)  # "the governors, who it said": the pronoun is the subject
    rel = (_RELATIVE.search(left) if "who" in left else None) \
        or (_THAT_RELATIVE.search(left) if "that" in left or "which" in left else None)  # (each needs its word)
    if rel and _words(left[rel.end():] if rel.re is _RELATIVE else left[rel.start():]) <= 10 \
            and not re.search(r"[,;:]", left[rel.end():]):
        antecedent = _NAME_AFTER_PREPOSITION.search(left, 0, rel.start()) if rel.re is _RELATIVE \
            and left[rel.start()] == "," else None
        if antecedent:  # "... over a dissent by Judge Corinne Vasquez, who wrote": the name before "who"
            return antecedent.group(1), None, antecedent.start(1)
        before = left[:rel.start()].rstrip(" ,")
        agent = _BY_ROLE.search(before) if rel.re is _RELATIVE else None
        if agent and _is_role(_singular(agent.group(1).rsplit(None, 1)[-1])):
            # "was jailed for six years by a judge who said", "criticism from opposition councillors, who have
            # called": the relative clause is of the role phrase right before it
            return agent.group(1), None, agent.start(1)
        if rel.re is _RELATIVE and left[rel.start()] == "," and _APPOSITIVE_TAIL.search(before):
            # "Bea Oyelaran, 52, a district nurse from Pellbridge, who admitted": the name and its appositive
            return _subject_chunk(before + ",", lex)
        return _subject_chunk(before + " ", lex)
    if left.endswith(","):
        inner = left[:-1]
        c2 = _last_comma(inner)
        if c2 >= 0 and _ASIDE.fullmatch(inner, c2 + 1) and inner[c2 + 1:].strip() not in _NOT_ADVERBS:
            # "one former client, laughing, described": a participle or adverb between commas is no appositive
            return _subject_chunk(inner[:c2] + " ", lex)
        rel = [m for m in _WHO_CLAUSE.finditer(inner) if _words(inner[m.end():]) <= 30]
        if rel and rel[0].group(1) == "which" and _last_comma(inner[:rel[0].start()]) < 0:
            rel = []  # "Greenpeace Africa, which has staff there, said": kept, it types the name (below)
        if rel:
            # a non-restrictive relative clause between the speaker and the verb, commas inside it or not
            # ("Ashford manager Stefan Lind, who had tracked the player for a year, said"; "Declan Moyo,
            # who plays the patriarch, Aaron, admits"); what is left may end in an apposition
            rest = inner[:rel[0].start()]
            return _subject_chunk(rest + ("," if _last_comma(rest) >= 0 else " "), lex)
        core = inner[c2 + 1:]
        rel = _APPOSITIVE_RELATIVE.search(core)
        if rel and rel.start() > 0:
            core = core[:rel.start()]  # "Jessica Ruiz, a nurse from Carver Springs who testified in May, said"
        if c2 >= 0 and (_words(core) <= 8 or core.lstrip().startswith("which ") and _words(core) <= 30) \
                and not lex["cue_re"].search(core):  # (a "which" clause may run long: it types the name)
            appositive = core.strip()
            head_text = _AGE_TAIL.sub("", inner[:c2])  # "Bea Oyelaran, 52, a district nurse": the age goes
            who = _RELATIVE.search(head_text)
            if who and not re.search(r"[,;:]", head_text[who.end():]):
                head_text = head_text[:who.start()]  # "A Western diplomat who attended the talks, speaking ..."
            c3 = max(_last_comma(head_text), head_text.rfind(";"), head_text.rfind(":"))
            head = _COPULA_SPLIT.split(_last_clause(head_text[c3 + 1:], lex))[-1]  # "Among them was | Bea Oyelaran"
            if appositive.lower().startswith("which "):
                return head.strip() + ", which", None, c3 + 1  # kept so parse() can type the name a non-person
            return head.strip(), appositive, c3 + 1
        return _last_clause(inner, lex).strip(), None, 0
    chunk = _last_clause(left, lex)
    c = chunk.rfind(",")
    if c >= 0:
        chunk = chunk[c + 1:]
    return chunk.strip(), None, len(left) - len(chunk)


def _apposed_subject(art: "_Article", head: str, appositive: str) -> "Speaker | str | None":
    """The speaker of a subject with an appositive (``head, appositive, said``).

    A name in apposition wins ("The line's operator, HarbourRail, said"); so does a description
    when the head is no speaker; otherwise the head ("Maureen Abbot, a ward sister, said").

    Usage:
        >>> art = _Article(["Lena Ortiz, a ward sister, said so."], None, None)
        >>> _apposed_subject(art, "Lena Ortiz", "a ward sister").name
        'Lena Ortiz'
    """
    pa, ph = art.parse(appositive, cue_subject=True), art.parse(head)
    if isinstance(ph, str) and ph.startswith("role:") and appositive.strip().isdigit() and len(appositive.strip()) <= 3:
        return f"{ph}|{appositive.strip()}"  # "the chart-topper, 26,": the age goes with the role to resolve it
    described = appositive.split(None, 1)[0].lower() in ("the", "a", "an") if appositive.strip() else False
    if isinstance(pa, Speaker) and pa.type == "named person" and described \
            and isinstance(ph, Speaker) and ph.type == "named person":
        return ph  # "Ingrid Tollefsen, the U.N. special envoy for Marovia,": capitals in a description name no one
    if isinstance(pa, Speaker) and (pa.type == "named person" or pa.type in ("anonymous", "organisation")
                                    and not isinstance(ph, Speaker)):
        return pa
    return ph if ph is not None else pa


def attribute(paragraphs: list[str], spans: list[dict], speaker: str | None = None,
              aliases: list[str] | None = None) -> tuple[list[dict], list[dict]]:
    """Attribute quoted spans (from :func:`analysis.quotes.pair_marks`) and find indirect speech.

    Returns ``(info, indirect)``: ``info[i]`` holds ``kind, speaker, speaker_type, cue, sieve``
    for ``spans[i]``; ``indirect`` is a list of dicts ``paragraph, start, end, text, speaker,
    speaker_type, cue`` (local offsets; ``text`` is the reported content).

    Usage:
        >>> paras = ["According to the mayor, Ben Ode, the bridge will reopen in May."]
        >>> attribute(paras, [])[1][0]["text"], attribute(paras, [])[1][0]["speaker"]
        ('the bridge will reopen in May', 'Ben Ode')
    """
    art = _Article(paragraphs, speaker, aliases)
    lex = art.lex
    by_para: dict[int, list[int]] = {}
    for i, s in enumerate(spans):
        by_para.setdefault(s["paragraph"], []).append(i)
    masked = [_mask(text, [spans[i] for i in by_para.get(p, [])]) for p, text in enumerate(paragraphs)]
    masked = [_CAPS_LEAD.sub(lambda m: " ".join(w[:1] + w[1:].lower() for w in m.group(0).split(" ")), m)
              for m in masked]  # same length: offsets stay valid
    # a party/ward tag or an age after a name ("Cllr Sarah Whitlock (Lab, Moorside), chairman", "Ravi Das (52)")
    # is read as nothing
    masked = [_PAREN_TAG.sub(lambda m: " " * len(m.group(0)), m) if "(" in m else m for m in masked]
    # a dateline ("KESSARA CAMP, Velmoria \u2013", "CHICAGO, Oct 24 (Newsline) -") names a place, never a speaker
    masked = [_DATELINE.sub(lambda m: " " * len(m.group(0)), m) for m in masked]
    masked = [_SINGULAR_POSSESSIVE.sub(_join_owner, _PLURAL_POSSESSIVE.sub(_join_owner, m))
              if "'" in m or "\u2019" in m else m for m in masked]  # (both need an apostrophe)
    # a byline ("By Tom Ashworth, parliamentary sketchwriter") names the writer, never a speaker
    masked = [" " * len(m) if p not in by_para and _BYLINE.match(m) else m for p, m in enumerate(masked)]
    art.prepass(masked)
    info: list[dict] = [dict(kind="quote", speaker="", speaker_type="unattributed", cue="", sieve="none")
                        for _ in spans]
    indirect: list[dict] = []

    def assign(i: int, sp: Speaker | None, cue: str, sieve: str) -> None:
        if sp is None:
            return
        name = (art.spelled_out(sp.name) if sp.type == "organisation" else sp.name).translate(_RESTORE)
        info[i].update(speaker=name, speaker_type=sp.type, cue=cue, sieve=sieve)

    beat: Speaker | None = None  # the person a short paragraph without quotations was about, for the next one
    for p, text in enumerate(paragraphs):
        mtext = masked[p]
        own = by_para.get(p, [])
        top = [i for i in own if spans[i]["parent"] is None or spans[spans[i]["parent"]]["paragraph"] != p]
        sentences = split_sentences(mtext) if mtext.strip() else []
        cues_by_sentence: list[list[_Cue]] = []
        sentence_marks: list[int] = []
        sentence_subject: list[Speaker | None] = []  # the person each sentence is about (its subject), if any
        g0 = len(art.sentence_starts)  # global index of this paragraph's first sentence
        for (a, b) in sentences:
            sent = mtext[a:b]
            sentence_marks.append(len(art.mentions))
            art.begin_sentence()
            # sentence-initial subject: a mention for later pronouns
            subject = None
            if sent[:1] not in _MARKS:
                lead = _subject_lead(sent, lex)
                if lead and not lead.endswith(("\u2019s", "'s")):  # "Ms. Kowalski's rent has risen": not her
                    parsed = art.parse(lead)
                    if parsed in ("he", "she"):
                        want = "m" if parsed == "he" else "f"
                        at = re.search(rf"(?<!\w){re.escape(lead)}(?!\w)", sent)
                        fronted = sent[:at.start()] if at and sent.split(None, 1)[0].lower() in _SUBORDINATORS else ""
                        # (only a subordinate clause: in "Speaking outside Kingsbridge Central, he said" the
                        # fronted participle's subject is the he)
                        # a person named in a fronted clause comes first ("When I repeated this to Brannigan, she
                        # laughed"); else the he/she looks back
                        referent = next((sp for _, sp in reversed(art.scan_mentions(fronted)) if fronted
                                         and sp.type == "named person" and sp.gender in (None, want)), None) \
                            or art.resolve(parsed, p)[0]
                        if not _QUOTE_FREE.search(sent):
                            subject = referent  # "She took up running at 34, ..."
                        if referent is not None:  # the he/she opening a sentence mentions its person anew
                            referent = art.speaker_for_name(referent)
                            art.mention(referent, p)
                            art.mark_subject(referent)
                    opening = _LEAD_DESCRIPTION.match(sent) if isinstance(parsed, str) and parsed.startswith("role:") else None
                    described = opening is not None and opening.group(0).startswith(lead + ",") \
                        and sent[opening.end():opening.end() + 1].isupper()  # (not "The 34-year-old, a former champion,")
                    # ("Her son, Daniel, who moved away, has urged her": the name after the description is the subject)
                    sp, _ = art.resolve(parsed, p) if (not isinstance(parsed, str) or parsed.startswith(("role:", "org:"))) \
                        and not described else (None, False)
                    if sp is not None and (sp.type != "named person" or len(sp.name.split()) >= 2):
                        subject = sp
                        sp = art.speaker_for_name(sp)
                        art.mention(sp, p)
                        art.mark_subject(sp)
            cues = []
            previous_speaker = None
            headline_case = None  # computed only when a capitalised cue needs it
            pending = art.scan_mentions(sent)
            people = [(pos, sp) for pos, sp in pending if sp.type in ("named person", "anonymous") and not sp.plural]
            if people and sent.startswith("Asked by "):
                art.asked_by = (p, people[0][1].name)  # "Asked by the defence barrister, X, whether ..."
            if people and (people[0][0] == _subject_position(sent) or _LEAD_DESCRIPTION.fullmatch(sent, 0, people[0][0])):
                # "Back at the diner, a man ... leaned over"; "The government's chief vet, Dr Helen Strachan, has"
                owner = _OWNER_KIN.match(sent, people[0][0])
                owned = _OWNED_NAME.match(sent, owner.end() - 1) if owner and len(people) > 1 else None
                if owned and owned.end() == people[1][0]:
                    people = people[1:]  # "Edna's heartbroken daughter Karen, 52, said": the daughter, not Edna
                first = art.speaker_for_name(people[0][1])
                art.mark_subject(first)
                described = _LEAD_DESCRIPTION.fullmatch(sent, 0, people[0][0])
                noun = described.group(0).split(",")[0].split()[-1] if described else ""
                if noun and first.type == "named person" and first.gender is None and _gender([noun], lex):
                    first.gender = _gender([noun], lex)  # "Her son, Daniel,": a man
            elif people and (pending[0][1].type != "organisation" or pending[0][0] != _subject_position(sent)):
                # no person opens the sentence: one the sentence introduces as the agent of a who-clause is its
                # topic ("That answer did not satisfy Priya Sandhu, the MP for Westbrook, who held up a photograph")
                agent = next((sp for pos, sp in people if _WHO_AGENT.match(sent, pos) and "," not in sent[:pos]
                              and sent.split(None, 1)[0].lower() not in _FRONTED_OPENERS), None)
                if agent is not None:
                    art.mark_subject(art.speaker_for_name(agent))
            elif pending and pending[0][1].type == "organisation" and pending[0][0] == _subject_position(sent):
                art.mark_subject(pending[0][1])  # "Golden Crest Holdings, the developer ..., has failed to pay"
            named = _NAMED_LAST.search(sent) if people and (" was " in sent or " is " in sent) else None
            topic = next((sp for pos, sp in people if pos == named.start(1)), None) if named else None
            if topic is not None:
                # "the only person who looked happy was the SNP's Stephen Flynn.": the name the sentence
                # identifies is its topic, as a subject is
                art.mark_subject(art.speaker_for_name(topic))
            if people and people[0][1].gender is None and not sent.startswith("Asked by "):
                # "TELLY favourite Jade Harlow has broken her silence": the first person named takes the
                # gender of the first he/she/his/her after it, unless another person comes in between (or
                # asked the question: "Asked by X whether she could be sure")
                pos0, first = people[0]
                named = sent.find(subject.name) if isinstance(subject, Speaker) and subject.type == "named person" \
                    and first.type == "anonymous" else -1
                if named > pos0 and subject.gender is None:
                    # "Another survivor, schoolteacher Ana Dovic, ... her": the name in apposition is the person
                    pos0, first = named, art.speaker_for_name(subject)
                later = [pos for pos, _ in people if pos > pos0 + len(first.name)]
                upto = later[0] if later else len(sent)
                m = _GENDERED.search(sent, pos0 + len(first.name.split()[0]), upto)
                if m is not None and m.group(2) and _OBJECT_HER.search(sent, pos0 + len(first.name.split()[0]), m.start()):
                    m = None  # "found her using the signal from her transceiver": both are another woman's
                relative = _RX27.search(sent, pos0, m.start()) if m is not None else None
                if relative and m.group(0).lower() in ("he", "she") and _NAME_COMMA.fullmatch(sent, pos0, relative.start()):
                    # "Meher Castellino, who plays the postmistress, said she had agreed": past the relative
                    # clause, a reporting verb with its own he/she (the one who reports of herself)
                    comma = sent.rfind(",", relative.end(), m.start())
                    verb = _TRAILING_THAT.sub("", sent[comma + 1:m.start()].strip()) if comma > 0 else ""
                    if verb and lex["cue_re"].fullmatch(verb):
                        relative = None
                if m is not None and not relative \
                        and not _NAME_COMMA.fullmatch(sent, pos0, m.start()) \
                        and not _OWNER_KIN.match(sent, pos0, m.start()):
                    # (not across a relative clause: "Sunita Rahman, who plays his daughter-in-law", nor in an
                    # appositive right after the name: "Sam Reuter, her partner at the firm")
                    first.gender = "m" if m.group(1) else "f"
            for m in _find_cues(sent, lex):  # (m.group(0) may be in lower case)
                if sent[m.start()].isupper() and m.start() > 0:
                    if headline_case is None:
                        headline_case = _headline_case(sent)
                    if not headline_case:
                        continue  # "Islamic State", "Says" inside a name: not a verb
                while pending and pending[0][0] < m.start():
                    art.mention(art.speaker_for_name(pending.pop(0)[1]), p)
                if _PASSIVE.search(sent, 0, m.start()) and not m.group(0).lower().endswith("ing"):
                    continue  # "as though it were being asked", "he was told": the subject is the one addressed
                if not sent[:m.start()].strip(" \u2018\u2019'\"\u201c\u201d") and not m.group(0).lower().endswith("ing") \
                        and _FRONTED_PARTICIPLE.match(sent, m.end()):
                    continue  # "Asked about the fine, Ruiz said ...", "Told of the verdict, ..."
                if m.group(0).lower() == "told" and _TOLD_PASSIVE.match(sent, m.end()):
                    continue
                if m.group(0).lower() in ("read", "reads") and not (_DOCUMENT_END.search(sent, 0, m.start())
                                                                      or _DOCUMENT_NEXT.match(sent, m.end())):
                    continue  # "the statement read", "reads the sign"; not "she read the letter aloud"
                if m.group(0).lower() == "shared" and not _BARE_CUE_END.match(sent, m.end()):
                    continue  # "the 29-year-old shared." reports; "who shared a flat with the groom" does not
                if _INFINITIVE.search(sent, max(0, m.start() - 20), m.start()):
                    continue
                if any(c.valid for c in cues) and _MODAL_BEFORE.search(sent, max(0, m.start() - 30), m.start()):
                    continue  # "Delaney said the agency would be asking Veltra some 'hard questions'": not yet said
                poss = _POSSESSIVE_BEFORE.search(sent, max(0, m.start() - 40), m.start())
                if poss and poss.group(1).lower() not in _CONTRACTIONS:
                    continue  # "the union's demands", "Smith's claims": a noun after a possessive
                adj = _DET_ADJ.search(sent, max(0, m.start() - 40), m.start()) \
                    if m.group(0).lower() in _NOUN_CUES else None
                if adj and not (_is_role(adj.group(1)) or _org_word(adj.group(1), lex)):
                    continue  # "its final report", "her latest post": a noun after a determiner and an adjective
                if m.group(0).lower() in _NOUN_CUES and _PARTICIPLE_BEFORE.search(sent, max(0, m.start() - 30), m.start()):
                    continue  # "he had left handwritten notes", "deleted tweets": a noun after a participle
                cue = _Cue(a + m.start(), a + m.end(), _RX5.sub(" ", m.group(0).lower()), bool(m.group("after")))
                if cue.source_after and _reports_a_report(cues, mtext, cue.start):
                    continue  # "..., Haddan said, according to a translation by X": X relays, Haddan speaks
                if cue.source_after:
                    after = _RX19.match(mtext[cue.end:b])
                    # ("according to Crestline": the one capitalised word is a source, an organisation unless
                    # the article gave it as a person's)
                    parsed = art.parse(after.group(1), cue_subject=True) if after else None
                    named = _APPOSED_NAME.match(mtext, cue.end + after.end(), b) if after else None
                    if named is not None:  # "according to Ashford's sporting director, Carla Vieira, ..."
                        sp = art.parse(named.group(1))
                        if isinstance(sp, Speaker) and sp.type == "named person":
                            parsed = sp
                else:
                    left = mtext[a:cue.start]
                    head, appositive, where = _subject_chunk(left, lex)
                    parsed = None
                    quoted_as = _QUOTED_AS.search(left) if cue.word.endswith("ing") and "quoted" in left else None
                    if quoted_as:  # "State television quoted Morten as calling it 'baseless'": the one quoted
                        parsed = art.parse(quoted_as.group(1), cue_subject=True)
                    elif where < 0:
                        parsed = None
                    elif cue.word.endswith("ing") and (left.rstrip().endswith((",", "\u2014", "\u2013", " -"))
                                                       or _SUBORDINATE_ING.search(left)) or _EXCEPT_TO.search(left):
                        # "X said ..., adding: ..." / "..., saying ..." / "X has broken her silence -- insisting ..."
                        # / "X was sacked ... just 48 hours after insisting ..."
                        refused = _REFUSED.match(left) if _EXCEPT_TO.search(left) or _ONLY_ING.search(left) else None
                        parsed = previous_speaker \
                            or (art.parse(refused.group(1), cue_subject=True) if refused else None) \
                            or (subject if isinstance(subject, Speaker) and subject.type in (
                                "named person", "anonymous") else None) \
                            or next((sp for pos, sp in people if pos < m.start()), None)
                    elif appositive is not None:
                        parsed = _apposed_subject(art, head, appositive)
                    elif head and (modifier := _QUOTED_MODIFIER.search(left)) \
                            and modifier.group(1).lower() in _NOT_BEFORE_SUBJECT | {"the", "a", "an"}:
                        parsed = None  # "after 'baffling' Marinello call": a noun phrase, its "call" no verb
                    elif head:
                        parsed = art.parse(head, cue_subject=True)
                    elif not head and b > cue.end and (not left.strip(" ,") or _RX25.search(left)):
                        # inverted order: "...," said Priya Natarajan, chief economist
                        after = _RX19.match(mtext[cue.end:b])
                        phrase = _before_place(after.group(1)) if after else ""
                        parsed = art.parse(phrase, cue_subject=phrase != after.group(1)) if after else None
                        owner = _OWNER_QUOTE.search(left)
                        if owner is not None:  # "KAYLA'S 'BITTER HAS-BEEN' BLAST AT TV PUNDIT VOSS": hers
                            parsed = art.parse(owner.group(1), cue_subject=True)
                        elif after and re.match(r"(?:at|against)\s", after.group(1), re.IGNORECASE):
                            parsed = None  # "... blast at Voss": the one blasted says nothing
                        cue.inverted = True
                    elif not head and previous_speaker is not None and not _RX26.search(left):
                        parsed = previous_speaker  # coordinated verb: "X called on ... and told ..."
                    elif not head and _AND_VERB.search(left):
                        # a second verb of the sentence's subject: "Born in Hull, Thorne came up through
                        # the theatre and once called acting ..." (the subject opens the sentence or
                        # follows a fronted phrase closed by a comma, or several: "On Saturday, at the home,")
                        parsed = next((sp for pos, sp in people if pos < m.start()
                                       and (sent[:pos].rstrip()[-1:] in ("", ",")
                                            and "," not in sent[:pos].rstrip()[:-1]
                                            or pos == _subject_position(sent))), None) \
                            or (art.resolve(sent.split(None, 1)[0].lower(), p)[0]
                                if sent.split(None, 1)[0] in ("He", "She") else None)
                        # ("She granted the order but said ...": the he/she opening the sentence)
                reply = cue.word in _REPLIES and art.asker is not None and art.asker[0] >= p - 1
                if reply and (parsed in ("he", "she") or isinstance(parsed, str) and parsed.startswith("role:")):
                    # "X asked her colleague whether ... '...,' she replied"; "'...?' she asked. ... '...,' the
                    # witness replied": who replies is not who asked
                    art.excluded = art.asker[1]
                elif cue.word in _REPLIES and art.asked_by is not None and art.asked_by[0] == p \
                        and isinstance(parsed, str) and parsed.startswith("role:"):
                    art.excluded = art.asked_by[1]  # "Asked by the barrister, X, whether ..., the 67-year-old replied"
                sp, via = art.resolve(parsed, p)
                art.excluded = None
                if sp is not None and cue.word in ("asked", "asks"):
                    art.asker = (p, sp.name)
                if sp is not None and sp.type == "anonymous" and not sp.plural:
                    named = [n.group("name") for n in _named_as(sent)]
                    if len(named) == 1:  # "says the drone operator, ..., who goes by the call sign Lys"
                        # (without a rank: "identified himself as Colonel Isaac Darame")
                        name = " ".join(_strip_titles(named[0].split(), lex)[1]) or named[0]
                        name = art.expand(name) if " " not in name else name
                        sp = Speaker(name, "named person", gender=art._gender_of(name))
                if sp is not None:
                    sp = art.speaker_for_name(sp)
                    cue.speaker, cue.pronoun, cue.valid = sp, via, True
                    art.mark_subject(sp)
                    if sp.type == "named person" and len(sp.name.split()) >= 2:
                        art.add_full_name(sp.name)  # whoever speaks is a person: later mentions count
                    previous_speaker = sp
                    if _STATEMENT.search(sent):
                        art.statement_by = sp  # "In a statement, an Eastmere University spokesperson said"
                    for noun in _WRITES.get(cue.word, ()):
                        art.written_by[noun] = (p, sp)  # "The federation posted ... 'the post read'"
                cues.append(cue)
            for _, sp in pending:
                art.mention(art.speaker_for_name(sp), p)
            cues_by_sentence.append(cues)
            sentence_subject.append(subject)
            for cue in cues:
                if cue.valid:
                    art.mention(cue.speaker, p)

        prev_beat = beat
        # "Asked whether the firm will go public, she pauses." / next paragraph: "'Not this year ...'"
        beat = sentence_subject[-1] if not own and 1 <= len(sentences) <= 2 and sentence_subject[-1] is not None \
            and sentence_subject[-1].type in ("named person", "anonymous") and not sentence_subject[-1].plural \
            and not any(c.valid for cues in cues_by_sentence for c in cues) else None  # (no speech of its own)

        def sentence_of(pos: int) -> int:
            for k, (a, b) in enumerate(sentences):
                if a <= pos < b or pos < a:
                    return k
            return len(sentences) - 1

        # ----- direct quotes, in order -----
        for i in top:
            s = spans[i]
            if s.get("carried") and i > 0 and spans[i - 1].get("continues") and info[i - 1]["speaker"] \
                    and info[i - 1]["cue"]:  # (a paragraph before without a cue of its own: this one's cue
                # names them both, see _whole_quotation)
                prev = info[i - 1]
                info[i].update(speaker=prev["speaker"], speaker_type=prev["speaker_type"], cue=prev["cue"],
                               sieve="continuation")
                info[i]["kind"] = "quote"
                continue
            k = sentence_of(s["open"])
            if not sentences:
                continue
            art.window_at(g0 + k)
            a, b = sentences[k]
            cues = cues_by_sentence[k]
            left_ctx = mtext[a:s["open"]]
            close = s["close"] if s["close"] is not None else s["end"]
            right_ctx = mtext[close + 1:b] if s["close"] is not None else ""
            at_start = not left_ctx.strip()
            colon = left_ctx.rstrip().endswith(":")
            chosen, sieve = None, None
            if at_start or right_ctx[:1] in (",", "") or right_ctx.lstrip()[:1] == ",":
                for cue in cues:
                    if cue.start > close and cue.valid:
                        between = mtext[close + 1:cue.start]
                        if (_words(between) <= 7 and not _RX23.search(between)
                                and not _RX24.search(between)):
                            chosen, sieve = cue, "cue_after"
                        break
            if chosen is None and colon:
                before = [c for c in cues if c.end <= s["open"] and c.valid]
                if before:
                    chosen, sieve = before[-1], "colon"
                else:
                    sp, via = _headline_speaker(art, left_ctx), False
                    lead = _RX20.match(_last_clause(left_ctx.rstrip()[:-1], lex) + ":") if sp is None else None
                    if lead:
                        sp, via = art.resolve(art.parse(lead.group(1)), p)
                    source = _speech_noun_source(left_ctx) if sp is None else None
                    if source:  # "Reuter's response over team radio was immediate: ..."
                        sp, via = art.resolve(art.parse(source, cue_subject=True), p)
                    if sp is None and left_ctx[:1] not in _MARKS:
                        # no speaker just before the colon: the subject opening the sentence
                        # ("Fischer ended the press conference with a warning to governments: ...")
                        subject = _subject_lead(left_ctx, lex)
                        parsed = art.parse(subject) if subject else None
                        sp, via = art.resolve(parsed, p) if parsed is not None else (None, False)
                        if sp is not None and sp.type not in ("named person", "organisation") and not via \
                                and not _MANNER_INTRO.search(left_ctx):
                            sp = None  # only a name or an organisation, not a description, opens such a sentence
                            # (unless its verb says how it spoke: "A second MP was blunter: ...")
                    if sp is not None:
                        sp = art.speaker_for_name(sp)
                        assign(i, sp, "", "pronoun" if via else "colon")
                        art.mention(sp, p)
            label = _HEADLINE_LABEL.match(right_ctx) if p == 0 and at_start and chosen is None \
                and info[i]["sieve"] == "none" else None
            if label and art.expand(label.group(1)) in art.full_names:
                # a headline's quotation labelled with its speaker: "'I don't build monuments': Selma Varga on
                # libraries, leaks and listening", "'...': Mara Quill lays her life bare" (a person the article
                # names in full)
                assign(i, Speaker(art.expand(label.group(1)), "named person"), "", "colon")
            if chosen is None and info[i]["sieve"] == "none" and at_start and s["open"] == len(text) - len(text.lstrip()) and p > 0:
                prev_text = masked[p - 1].rstrip()
                if prev_text.endswith(":"):
                    prev_sents = split_sentences(prev_text)
                    pa, pb = prev_sents[-1] if prev_sents else (0, len(prev_text))
                    for m in lex["cue_re"].finditer(prev_text[pa:pb]):
                        head, appositive, _ = _subject_chunk(prev_text[pa:pa + m.start()], lex)
                        cand = [art.parse(x) for x in (appositive, head) if x]
                        cand = [c for c in cand if c is not None]
                        if cand:
                            sp, via = art.resolve(cand[0], p)
                            if sp is not None:
                                assign(i, art.speaker_for_name(sp), m.group(0).lower(), "pronoun" if via else "colon")
            if chosen is None and info[i]["sieve"] == "none":
                before = [c for c in cues if c.end <= s["open"] and c.valid]
                after = [c for c in cues if c.start >= close and c.valid]
                if before:
                    chosen, sieve = before[-1], "same_sentence"
                elif after and not (after[0].word in _NAMING_CUES and _names_own_span(mtext, after[0], spans, own)) \
                        and not (not at_start and not colon and _RELATIVE_AFTER.match(mtext, close + 1)
                                 and _words(text[s["start"]:s["end"]]) <= 3):
                    # (not a cue inside a relative clause on the quoted label: 'a "shrine" that included a lock
                    # of hair he claimed was hers')
                    chosen, sieve = after[0], "same_sentence"
            if chosen is None and info[i]["sieve"] == "none" and at_start and not _RX21.sub("", right_ctx):
                if k > 0 and any(c.valid for c in cues_by_sentence[k - 1]):
                    # the cue that gave the sentence before its quotation, else its last one ("'...,' Ruiz told
                    # reporters at a command post. '...'", "'...?' he asked Pereira, who argued for ... '...'")
                    valid = [c for c in cues_by_sentence[k - 1] if c.valid]
                    chosen, sieve = ([c for c in valid if c.quoted] or valid)[-1], "adjacent_sentence"
                elif k + 1 < len(sentences):
                    na, nb = sentences[k + 1]
                    nxt = [c for c in cues_by_sentence[k + 1] if c.valid and _words(mtext[na:c.start]) <= 5]
                    if nxt and (_words(mtext[nxt[0].end:nb]) <= 3 or nxt[0].word in lex["addressed"]
                                and _words(mtext[nxt[0].end:nb]) <= 12 and not lex["cue_re"].search(mtext, nxt[0].end, nb)):
                        # "'...?' Justice Vance asked Amelia Crowther, the lawyer for the county."
                        chosen, sieve = nxt[0], "adjacent_sentence"
            if chosen is not None:
                chosen.quoted = True
                chosen.used = chosen.used or sieve != "same_sentence"
                assign(i, chosen.speaker, chosen.word, "pronoun" if chosen.pronoun else sieve)
            qtext = text[s["start"]:s["end"]]
            embedded = not at_start and not colon
            if info[i]["sieve"] == "none" and at_start and not colon and k > 0 and sentence_subject[k - 1] is not None \
                    and not any(c.valid for kk in (k - 1, k, k + 1) if kk < len(sentences) for c in cues_by_sentence[kk]):
                # no cue near: the quotation follows a sentence about someone, in the same paragraph
                # ("She took up running after her brother died. 'He was the athlete in the family.'")
                sp = sentence_subject[k - 1]
                assign(i, art.speaker_for_name(sp), "", "subject")
            if info[i]["sieve"] == "none" and at_start and not colon and k == 0 and prev_beat is not None \
                    and not any(c.valid for kk in (0, 1) if kk < len(sentences) for c in cues_by_sentence[kk]):
                # a quotation opening the paragraph after a short one about someone: that person speaks
                assign(i, art.speaker_for_name(prev_beat), "", "subject")
            if info[i]["sieve"] == "none" and at_start and k == 0 and not colon \
                    and not any(c.valid for cues in cues_by_sentence for c in cues):
                j = _exchange_turn(paragraphs, spans, info, by_para, p)
                if j is not None:  # a bare reply in a question-and-answer exchange: the other party's turn
                    assign(i, Speaker(info[j]["speaker"], info[j]["speaker_type"]), "", "exchange")
            if info[i]["sieve"] == "none" and art.last is not None and art.last[0] >= p - 1 and not art.intervened(sentence_marks[k]) and (
                    _words(qtext) >= 4 or not embedded):
                assign(i, art.last[1], "", "continuation")
            if info[i]["sieve"] == "none" and embedded and _words(qtext) <= 3 and art.alias_re is not None \
                    and art.alias_re.search(mtext[a:b]):
                assign(i, art.event, "", "speech_fragment")
            scare = _SCARE_BEFORE.search(left_ctx) if embedded and _words(qtext) <= 3 else None
            # a longer label someone else styles itself by: a so-called "Council of National Rescue"
            distanced = embedded and scare is None and _DISTANCING_BEFORE.search(left_ctx) is not None \
                and not qtext.rstrip().endswith((".", "!", "?", ","))
            if distanced:
                info[i].update(speaker="", speaker_type="unattributed", cue="", sieve="none")
            if scare and not (scare.group(0).strip().lower() in ("its", "their")
                              and info[i]["sieve"] in ("same_sentence", "cue_after", "colon")
                              and not _title_cased(qtext)):
                # distancing quotes on a label someone owns: its "Caliphate", the so-called "peace plan"
                # (but "said the board had given her its 'full support'" reports the speaker's words)
                info[i].update(speaker="", speaker_type="unattributed", cue="", sieve="none")
            # a title after a naming word ("the book"), or a title-cased span of three words or more inside the
            # journalist's sentence ("He closed with 'Midnight Train to Memphis'"): headline-cased sentences excepted
            title_context = not _SCARE_BEFORE.search(left_ctx) and (bool(lex["title_re"].search(left_ctx)) or (
                embedded and not _headline_case(mtext[a:b]) and (
                    _words(qtext) >= 3 and not qtext.rstrip().endswith((".", "!", "?", ","))
                    or _title_beside(left_ctx, right_ctx, lex)  # "so-called" ends in "called" but names no title
                    or _words(qtext) >= 2 and _POSSESSIVE_BEFORE.search(left_ctx))))  # "Soldati's 'The Salt Orchard'"
            info[i]["kind"] = quote_kind(qtext, bool(info[i]["speaker"]), embedded, title_context)
            if distanced and info[i]["kind"] == "quote":
                info[i]["kind"] = "scare"
            if _NAMING.search(left_ctx) or (embedded and _words(qtext) <= 5 and qtext[:1].isupper()
                                            and not qtext.rstrip().endswith((".", "!", "?", ","))
                                            and lex["title_noun_before_re"].search(left_ctx)) \
                    or (embedded and qtext[:1].isupper() and not qtext.rstrip().endswith((".", "!", "?", ","))
                        and left_ctx.rstrip().endswith(",") and right_ctx.startswith(",")
                        and lex["title_noun_before_re"].search(left_ctx.rstrip()[:-1])):
                # (a work's title in sentence case, as foreign titles and papers' are: "whose 2009 drama 'Il ponte'
                # won", "in the paper, 'An early armoured dinosaur from ...', published")
                info[i]["kind"] = "title"
            if info[i]["kind"] == "title":
                info[i].update(speaker="", speaker_type="unattributed", cue="", sieve="title")
            if info[i]["speaker"]:
                sp = next((m for m in reversed(art.mentions) if m.name == info[i]["speaker"]), None)
                art.set_last(p, sp or Speaker(info[i]["speaker"], info[i]["speaker_type"]))
                if sp is not None:
                    art.mention(sp, p)

        # ----- nested quotes: a cue inside the outer quotation, else the outer speaker -----
        for i in own:
            s = spans[i]
            if i in top or s["parent"] is None:
                continue
            outer = spans[s["parent"]]
            # the quotations of this paragraph up to the outer one that its speaker gave (the outer one included)
            same_speaker = [o for n, o in enumerate(spans) if o["paragraph"] == p and o["open"] <= outer["open"]
                            and info[n]["speaker"] == info[s["parent"]]["speaker"]]
            inner_left = text[outer["start"]:s["open"]]
            inner_left_masked = _mask(inner_left, [dict(start=o["start"] - outer["start"], end=o["end"] - outer["start"],
                                                        close=o["close"]) for o in spans
                                                   if o["paragraph"] == p and o["parent"] == s["parent"] and o["open"] < s["open"]])
            seg = _RX15.split(inner_left_masked)[-1]
            sp, via, cue_word = None, False, ""
            for m in lex["cue_re"].finditer(seg):
                head, appositive, _ = _subject_chunk(seg[:m.start()], lex)
                if head.lower() == "you" and not appositive and outer["paragraph"] == p:
                    # "You told the world, 'The guns will be silent'": the one the outer quotation addresses
                    oa, ob = sentences[sentence_of(outer["open"])]
                    cand = art.addressee(mtext[oa:ob], info[s["parent"]]["speaker"])
                    for o in (o for o in same_speaker if cand is None):
                        # "'Mr. Kimbrough, I believe you are sorry,' the judge said. '... you told the officer,
                        # '...''": the one the speaker addressed by name at the start of a quotation
                        vocative = _VOCATIVE.match(text, o["start"], o["end"])
                        found = art.resolve(art.parse(vocative.group(1)), p)[0] if vocative else None
                        if found is not None and found.type == "named person":
                            cand = found
                    if cand is not None:
                        sp, via, cue_word = cand, False, m.group(0).lower()
                    continue
                parsed = _apposed_subject(art, head, appositive) if appositive is not None \
                    else art.parse(head) if head else None
                if parsed is None and _AND_VERB.search(seg[:m.start()]):
                    # "Ingrid just looked at it and said, '...'": the subject of the first verb
                    clause = seg[:m.start()]
                    parsed = next((sp for pos, sp in art.scan_mentions(clause)
                                   if sp.type == "named person" and not clause[:pos].strip(" ,\u2018\u2019'\"")), None)
                    if parsed is None:  # "He turned to her and said, '...'", "The leader of the Opposition stood ..."
                        lead = _subject_lead(clause.lstrip(" ,\u2018\u2019'\""), lex)
                        parsed = art.parse(lead) if lead else None
                        end = clause.find(lead) + len(lead) if lead else -1
                        named = _APPOSED_NAME.search(clause, end) if end >= 0 else None
                        if named is not None and len(clause[end:named.start()].split()) <= 1:
                            # "the librarian there, Agnes Okonedo, handed me ...": the name in apposition
                            sp = art.parse(named.group(1))
                            parsed = sp if isinstance(sp, Speaker) and sp.type == "named person" else parsed
                    if parsed is None:
                        # after a fronted phrase without a comma ("Three days after the crash Mr Crane stood in my
                        # kitchen and told me", "Last week a girl came to my desk and", "On the 15th tee he turned
                        # to me and"): the first person or he/she of the clause not governed by a preposition
                        found = [(pos, sp) for pos, sp in art.scan_mentions(clause)
                                 if sp.type in ("named person", "anonymous") and not sp.plural]
                        found += [(h.start(), h.group(0).lower()) for h in _HE_SHE.finditer(clause)]
                        parsed = next((sp for pos, sp in sorted(found, key=lambda x: x[0])
                                       if not _AFTER_PREPOSITION.search(clause, 0, pos)), None)
                if parsed in ("i", "we"):
                    sp, via, cue_word = None, False, m.group(0).lower()
                    continue
                # a he/she inside a quotation is not its speaker ("she said, 'I want to run Boston'"):
                # the person the article is most about, of agreeing gender
                art.excluded = info[s["parent"]]["speaker"] or None
                if parsed in ("he", "she"):
                    want = "m" if parsed == "he" else "f"
                    said_before = inner_left_masked[:len(inner_left_masked) - len(seg) + m.start()][-300:]
                    inside = [(pos, sp) for pos, sp in art.scan_mentions(said_before)
                              if sp.type in ("named person", "anonymous") and not sp.plural
                              and sp.gender in (None, want) and sp.name != art.excluded]
                    role = art.role_in_quote(said_before, want, p)
                    if role is not None and role[1].name != art.excluded and (not inside or role[0] > inside[-1][0]):
                        inside.append(role)  # "When I phoned the depot manager, he said to me, '...'"
                    if not inside:
                        # "'Marcus was going to be the first ...,' he said. 'He told me the week before, '...''":
                        # a person the same speaker named in a quotation just before, in this paragraph
                        earlier = [o for o in same_speaker if o["parent"] is None and o["open"] < outer["open"]]
                        inside = [(0, sp) for o in earlier[-1:] for _, sp in art.scan_mentions(text[o["start"]:o["end"]])
                                  if sp.type == "named person" and sp.gender in (None, want) and sp.name != art.excluded]
                    if not inside and outer["paragraph"] == p:
                        # "he recalled his late mother, Rosa Quintana: 'She used to tell me, ...'": a person
                        # of known, agreeing gender introduced right before the outer quotation
                        oa, _ = sentences[sentence_of(outer["open"])]
                        lead_in = mtext[oa:outer["open"]]
                        k = sentence_of(outer["open"])
                        if not lead_in.strip() and k > 0:
                            # "... his late grandfather, Erik Lindqvist, who introduced him to the game. 'He used
                            # to say, '...''": the quotation opens its sentence, so the sentence before it
                            lead_in = mtext[sentences[k - 1][0]:sentences[k - 1][1]]
                        elif not lead_in.strip() and p > 0 and masked[p - 1].strip():
                            # "... was Sofia Marchetti, whose husband, Luca Marchetti, is the second engineer. //
                            # 'He called me and said, '...''": the quotation opens its paragraph, so the sentence
                            # before it closes the paragraph above
                            last = split_sentences(masked[p - 1])[-1:]
                            lead_in = "".join(masked[p - 1][a:b] for a, b in last)
                        inside = [(pos, sp) for pos, sp in art.scan_mentions(lead_in)
                                  if sp.type == "named person" and (sp.gender or art._gender_of(sp.name)) == want
                                  and sp.name != art.excluded]
                    cand, v = (inside[-1][1] if inside else art.topic(parsed)), True
                else:
                    cand, v = art.resolve(parsed, p)
                art.excluded = None
                if cand is not None:
                    sp, via, cue_word = cand, v, m.group(0).lower()
            parent_info = info[s["parent"]]
            if sp is not None:
                info[i].update(speaker=sp.name, speaker_type=sp.type, cue=cue_word, sieve="pronoun" if via else "same_sentence")
            elif parent_info["speaker"]:
                info[i].update(speaker=parent_info["speaker"], speaker_type=parent_info["speaker_type"],
                               cue=cue_word, sieve="nested")
            qtext = text[s["start"]:s["end"]]
            embedded = bool(seg.strip()) and not seg.rstrip().endswith((":", ","))
            info[i]["kind"] = quote_kind(qtext, bool(info[i]["speaker"]), embedded,
                                         bool(lex["title_re"].search(seg)))

        # ----- indirect attributions -----
        quoted_until = max((spans[i]["end"] for i in own if info[i]["speaker"]), default=-1)
        for k, (a, b) in enumerate(sentences):
            valid = [c for c in cues_by_sentence[k] if c.valid]
            rows = []
            for n, cue in enumerate(valid):
                if cue.used:
                    continue
                row = _indirect_row(text, mtext, a, b, cue, lex, valid[n + 1:])
                if row is not None:
                    row.update(paragraph=p, speaker=cue.speaker.name.translate(_RESTORE), speaker_type=cue.speaker.type, cue=cue.word)
                    rows.append((row, cue.speaker))
            kept = _drop_nested([r for r, _ in rows])
            for row, sp in rows:
                if any(row is k for k in kept):
                    indirect.append(row)
                    if row["start"] >= quoted_until:  # a report before the paragraph's last quotation is no
                        art.set_last(p, sp)           # later voice than it
    _whole_quotation(spans, info)
    _repeated_quotes(paragraphs, spans, info)
    _named_later(paragraphs, spans, info, art)
    return info, indirect


def _whole_quotation(spans: list[dict], info: list[dict]) -> None:
    """Give every paragraph of a quotation over several paragraphs the speaker its closing paragraph's cue
    names, where an earlier paragraph has no cue of its own (``"I have not slept. ... // "Marko, come home,"
    said Zora Veselin``: the first paragraph is hers too, not the last person the article mentioned).

    Usage:
        >>> spans = [dict(parent=None, continues=True, carried=False), dict(parent=None, continues=False, carried=True)]
        >>> info = [dict(speaker="Marko Veselin", speaker_type="named person", cue="", sieve="continuation"),
        ...         dict(speaker="Zora Veselin", speaker_type="named person", cue="said", sieve="cue_after")]
        >>> _whole_quotation(spans, info); info[0]["speaker"]
        'Zora Veselin'
    """
    top = [i for i, s in enumerate(spans) if s["parent"] is None]
    run: list[int] = []
    for i in top:
        run = run + [i] if spans[i].get("carried") and run else [i]
        if spans[i].get("continues"):
            continue
        last = info[run[-1]]
        if len(run) > 1 and last["cue"] and last["sieve"] in ("same_sentence", "cue_after", "pronoun"):
            for j in run[:-1]:
                if not info[j]["cue"] and info[j]["sieve"] in ("continuation", "subject", "none"):
                    info[j].update(speaker=last["speaker"], speaker_type=last["speaker_type"], sieve="continuation")
        run = []


_INDEFINITE_CORE = re.compile(r"(?:a|an|one|another)\s+((?:[a-z\-]+\s+){1,3}?[a-z\-]+)(?=\s+(?:at|of|for|from|in|on|who)\b|$)")


def _named_later(paragraphs: list[str], spans: list[dict], info: list[dict], art: "_Article") -> None:
    """Give the name an unnamed source is given further down to every quotation attributed to the
    description ("a former deputy manager at Elmfield" ... "The former deputy manager quoted above,
    Denise Harrow, has now agreed to be named"). The description must be a role of two words or more
    and come back with "the" and the name in apposition, in a later paragraph."""
    rows: dict[str, list[int]] = {}
    for i, row in enumerate(info):
        if row["speaker_type"] == "anonymous":
            rows.setdefault(row["speaker"], []).append(i)
    for desc, idx in rows.items():
        first = min(spans[i]["paragraph"] for i in idx)
        name = _titled_later(paragraphs, desc, first, art)
        if name is not None:
            for i in idx:
                info[i].update(speaker=name, speaker_type="named person")
            continue
        core = _INDEFINITE_CORE.match(desc)
        if core is None or not _is_role(core.group(1).split()[-1]):
            continue
        later = re.compile(r"\b[Tt]he\s+" + re.escape(core.group(1)) + r"\b[^.;:" + _MARKS + r"]{0,60}?,\s+"
                           r"((?:[A-Z][\w\-\u2019']+\s+){1,3}[A-Z][\w\-\u2019']+),")
        hit = next((m for text in paragraphs[first + 1:] for m in [later.search(text)] if m), None)
        if hit is not None:
            name = art.expand(hit.group(1))
            for i in idx:
                info[i].update(speaker=name, speaker_type="named person")


def _titled_later(paragraphs: list[str], desc: str, first: int, art: "_Article") -> str | None:
    """The one person a later paragraph gives a one-word role as a title, for a description made of that
    role alone ("a judge who said ..." in the lead, "Judge Helen Strachan said:" below), else None. No
    paragraph up to ``first`` may name that person, and no other person may carry the title.

    Usage:
        >>> art = _Article(["Fraud", "He was jailed by a judge.", "Judge Ann Roe said: no."], None, None)
        >>> art.prepass(art.paragraphs)
        >>> _titled_later(art.paragraphs, "a judge", 1, art)
        'Ann Roe'
    """
    one = re.fullmatch(r"(?:a|an)\s+([a-z]+)", desc)
    if one is None or not _is_role(one.group(1)):
        return None
    title = re.compile(r"(?<![\w\-])" + one.group(1).capitalize() + r"\s+((?:[A-Z][\w\-\u2019']+\s+){0,2}[A-Z][\w\-\u2019']+)")
    names = {art.expand(m.group(1)) for text in paragraphs[first + 1:] for m in title.finditer(text)}
    if len(names) != 1:
        return None
    name = names.pop()
    surname = _surname(name)
    if any(re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", text) for text in paragraphs[:first + 1]):
        return None
    return name


def _quote_words(text: str) -> str:
    """Lower-cased words of a quotation joined by single spaces (apostrophes unified), for matching repeats."""
    return " ".join(_RX7.findall(text.replace("\u2019", "'").lower()))


# verbs that give something a name: their object is the quotation right after them, not an earlier one
# ("a fixture at the Friday 'tea seminar' and a critic of what she called 'hype physics'")
_NAMING_CUES = frozenset({"called", "calls", "call", "calling", "dubbed", "dubs", "termed", "terms", "labelled",
                          "labeled", "branded", "brands", "described", "describes"})


def _names_own_span(mtext: str, cue: "_Cue", spans: list[dict], own: list[int]) -> bool:
    """Whether a quotation opens within five words after ``cue`` in the same sentence (its own object:
    "called the plan 'a disaster'").

    Usage (``own`` lists the paragraph's spans, by index into ``spans``):
        >>> class C: end = 15
        >>> _names_own_span("what she called  hype physics .", C, [{"open": 16}], [0])
        True
    """
    return any(0 <= spans[j]["open"] - cue.end and _words(mtext[cue.end:spans[j]["open"]]) <= 5
               and not re.search(r"[.!?;]", mtext[cue.end:spans[j]["open"]]) for j in own)


def _join_owner(m: re.Match) -> str:
    """A :data:`_PLURAL_POSSESSIVE` match with its apostrophe replaced by a stand-in when an organisation's
    name follows ("Citizens\u2019 Election Watch"), unchanged before a person's ("the Greens\u2019 Ola Berg")."""
    if any(_is_org(w) for w in m.group(3).split()):
        return m.group(1) + _STAND_INS[m.group(2)]
    return m.group(0)


def _exchange_turn(paragraphs: list[str], spans: list[dict], info: list[dict], by_para: dict[int, list[int]],
                   p: int) -> int | None:
    """In an exchange laid out as one quotation per paragraph, the span whose speaker says paragraph ``p``
    (a bare quotation, no cue): when paragraph ``p - 2`` ended with A's question, or ``p - 1`` was itself such
    a turn, and paragraph ``p - 1`` is B's short answer, ``p`` is A's turn again ("'What did you do
    with that warning?' Voss said." / "'I forwarded it,' Denholm said." / "'And then you sold ...'").
    Returns the index of A's span in ``p - 2``, or None.

    Usage (spans and info as :func:`attribute` builds them):
        >>> paras = ["\u201cWhy?\u201d Ann said.", "\u201cBecause,\u201d Bo said.", "\u201cAnd then?\u201d"]
        >>> spans = [dict(paragraph=0, start=1, end=5, parent=None), dict(paragraph=1, start=1, end=9, parent=None)]
        >>> info = [dict(speaker="Ann", speaker_type="named person", sieve="cue_after"),
        ...         dict(speaker="Bo", speaker_type="named person", sieve="cue_after")]
        >>> _exchange_turn(paras, spans, info, {0: [0], 1: [1]}, 2)
        0
    """
    before, answer = by_para.get(p - 2), by_para.get(p - 1)
    if p < 2 or not before or not answer or any(paragraphs[q].lstrip()[:1] not in _MARKS for q in (p - 2, p - 1)):
        return None
    a = [i for i in before if spans[i]["parent"] is None][-1]
    replies = [i for i in answer if spans[i]["parent"] is None]
    b = {(info[i]["speaker"], info[i]["speaker_type"]) for i in replies}
    if len(b) != 1 or not info[a]["speaker"] or (info[a]["speaker"], info[a]["speaker_type"]) in b \
            or any(info[i]["speaker_type"] not in ("named person", "anonymous") for i in (a, replies[0])):
        return None
    rest = paragraphs[p - 1]
    for i in reversed(replies):
        rest = rest[:spans[i]["start"]] + rest[spans[i]["end"]:]
    if _words(rest) > 6:
        return None  # a reply with a sentence of narrative around it is no bare turn of an exchange
    asked = paragraphs[p - 2][spans[a]["start"]:spans[a]["end"]].rstrip().endswith("?")
    return a if asked or info[replies[0]]["sieve"] == "exchange" else None


def _repeated_quotes(paragraphs: list[str], spans: list[dict], info: list[dict]) -> None:
    """Give an unattributed quotation of two words or more (or any in the first paragraph, a headline)
    the speaker of an attributed quotation in another paragraph that repeats its words (or that it
    repeats in full). Headlines and standfirsts
    quote words the body attributes ("'We are at breaking point': nurses warn" over "... 'We are at
    breaking point, and I don't say that lightly,' she said"); titles, scare quotes (``so-called``)
    and one-word spans are left alone. A headline's description of its speaker ("Armed group leader vows to
    '...'") gives way to the name of the person the body quotes with the same words."""
    known = [(i, _quote_words(paragraphs[s["paragraph"]][s["start"]:s["end"]])) for i, s in enumerate(spans)
             if info[i]["speaker"] and info[i]["kind"] != "title"]
    for i, s in enumerate(spans):
        # a headline's speaker that is a description, or a guess from the body's people (a headline has no
        # earlier sentence for a pronoun or a continuation to go back to), gives way to the body's quotation
        described = s["paragraph"] == 0 and (info[i]["speaker_type"] == "anonymous"
                                             or info[i]["sieve"] in ("pronoun", "continuation"))
        if info[i]["speaker"] and not described or info[i]["kind"] == "title" \
                or _SCARE_BEFORE.search(paragraphs[s["paragraph"]][:s["open"]]):
            continue
        words = _quote_words(paragraphs[s["paragraph"]][s["start"]:s["end"]])
        if not words or (len(words.split()) < 2 and s["paragraph"] != 0):
            continue  # one word is matched only in the first paragraph (a headline: "Warming 'unprecedented'")
        for j, other in known:
            if described and info[j]["speaker_type"] != "named person":
                continue
            if spans[j]["paragraph"] != s["paragraph"] and (f" {words} " in f" {other} " or f" {other} " in f" {words} "):
                info[i].update(speaker=info[j]["speaker"], speaker_type=info[j]["speaker_type"], cue="",
                               sieve="repeated")
                if info[i]["kind"] == "scare":
                    info[i]["kind"] = "fragment"
                break


def _drop_nested(rows: list[dict]) -> list[dict]:
    """Rows of one sentence without those lying inside another row of the same speaker (one report, not two)."""
    keep = []
    for r in rows:
        inside = any(o is not r and o["start"] <= r["start"] and r["end"] <= o["end"] and o["speaker"] == r["speaker"]
                     and (o["start"], o["end"]) != (r["start"], r["end"]) for o in rows)
        if not inside and not any((o["start"], o["end"]) == (r["start"], r["end"]) for o in keep):
            keep.append(r)
    return keep


def _indirect_row(text: str, mtext: str, a: int, b: int, cue: _Cue, lex: dict,
                  later: list[_Cue] = ()) -> dict | None:
    """The reported content of one reporting verb, or None when it reports nothing.

    A verb reports content when its complement is a that-clause, a bare clause (``said the
    road was closed``), a to-infinitive after an addressee for directives (``urged voters to
    ...``), or the fronted content of a trailing attribution (``..., a senior official told
    the paper.``, ``..., according to X.``). A possessive or prepositional object without a
    clause (``declared its caliphate``, ``declared from the pulpit``) and the object of an
    evaluative verb (``blasted the plan``) are not reported speech. The content stops before
    a coordinated later reporting verb (``..., saying ...``, ``... and told ...``).
    """
    def content(start: int, end: int) -> dict | None:
        seg = mtext[start:end]
        lead = len(seg) - len(_RX16.sub("", seg))
        start += lead
        seg = _RX8.sub("", mtext[start:end].rstrip())
        end = start + len(seg)
        if _at_most_words(_QUOTE_FREE.sub(" ", seg), 2) or seg[:1] in _MARKS:
            return None
        return {"start": start, "end": end, "text": text[start:end]}

    def fronted() -> dict | None:
        """``CONTENT, SPEAKER VERB [short rest].``: the content before the subject's comma."""
        left = mtext[a:cue.start]
        comma = left.rstrip().rstrip(",").rfind(",") if cue.inverted else left.rfind(",")
        if cue.inverted:
            comma = left.rstrip().rfind(",") if left.rstrip().endswith(",") else -1
        if comma <= 0 or _RX17.search(left[:comma]) and not _QUOTE_FREE.sub("", left[:comma]).strip():
            return None
        if not cue.inverted and not _at_most_words(left[comma + 1:], 9):
            return None
        return content(a, a + comma)

    word = cue.word
    end = b
    has_that = bool(_THAT_CLAUSE.match(mtext[cue.end:b]))
    for nxt in later:  # a coordinated reporting verb ends this one's content: "..., saying ...", "... and told ..."
        joint = _COORDINATED.search(mtext[cue.end:nxt.start]) if nxt.start > cue.end else None
        if joint and ((nxt.word.endswith("ing") and nxt.word not in lex["directive"]) or not has_that):
            end = cue.end + joint.start()
            break
    if cue.source_after:
        tail = _RX9.match(mtext[cue.end:end])
        phrase_end = cue.end + (tail.end() if tail else 0)
        appositive = _RX10.match(mtext[phrase_end:end])
        if appositive:
            phrase_end += appositive.end() - 1  # "according to the mayor, Ben Ode, ..."
        if not mtext[a:cue.start].strip(" ,"):
            return content(phrase_end, end)
        return content(a, cue.start)
    rest = mtext[cue.end:end]
    that = _THAT_CLAUSE.match(rest)
    if that:
        return content(cue.end + that.end(), end)
    if (_at_most_words(rest, 4) and not word.endswith("ing") and word not in lex["directive"]
            and word not in lex["evaluative"] and not _TO_INFINITIVE.search(rest)
            and not any(w.lower() in _AUXILIARIES for w in rest.split())):
        trailing = fronted()  # "..., X said on Tuesday." / "..., X told The Independent."
        if trailing is not None:
            return trailing
    if word in lex["evaluative"]:
        return None
    if word in lex["directive"]:
        return content(cue.end, end) if _TO_INFINITIVE.search(rest) else None
    first = rest.split(None, 1)[0].lower() if rest.strip() else ""
    clause = any(w.lower() in _AUXILIARIES for w in rest.split()[1:8])  # "said his forces would ..."
    if word not in lex["addressed"] and ((first in lex["possessives"] and not clause) or first in lex["prepositions"]):
        comma = rest.find(",")
        if first in lex["prepositions"] and 0 < comma and _at_most_words(rest[:comma], 6):
            return content(cue.end + comma + 1, end)  # "said in a statement, the firm would appeal"
        return None
    return content(cue.end, end)
