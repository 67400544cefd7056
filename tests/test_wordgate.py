"""The word gate answers "does the pattern match?" exactly as searching does, and tries far fewer places."""
from __future__ import annotations

import random
import re
import sys

import pytest

from analysis import framing
from analysis.naming import whole_word_regex
from analysis.wordgate import WordGate, pattern_keys


@pytest.mark.parametrize("patterns, keys", [
    (["blam(?:e|ed|es|ing)", "responsible for"], {"bla", "res"}),
    (["U.S.", "EU"], {"u", "eu "}),          # "." is any character, a letter too; EU is the whole word
    ([r"U\.S\.", "US"], {"u ", "us "}),                   # a word of one or two letters: the whole word
    (["heart-?wrenching", "hard-hit"], {"hea", "har"}),
    (["(?:his|her) (?:own )?wife"], {"his", "her"}),
    (["in?jur\\w+"], {"inj", "iju"}),                     # an optional letter: both ways are keys
    (["colou?r"], {"col"}),
    (["Downing Street", "the (?:poor|elderly)"], {"dow", "the"}),
    (["[Ss]trike"], {"str"}),
    (["[a-c]at"], {"aat", "bat", "cat"}),
    (["a (?:new )?grant", "an? aid package"], {"a ", "an "}),   # the article, not every word with an a
    (["a\\w*", "at odds"], {"a"}),                        # "a" may go on: it covers "at"
    (["is", "isn't"], {"is ", "isn"}),
    ([r"\d{1,3}-year-old", "aged"], set("0123456789") | {"age"}),
    ([r"[$£€]\s*\d+", "money"], {"$", "£", "€", "mon"}),  # a symbol is its own key
    (["[\"\u201c] ?(?:do not|never)"], {'"', "\u201c"}),
    (["e-?mail"], {"e ", "ema"}),
    (["one(?: [\\w'-]+){0,2}? victim"], {"one"}),
    (["(?:un)*fair", "x{0,3}ray"], {"un", "fai", "x", "ray"}),   # a repeat may be skipped or taken
])
def test_keys_are_what_every_match_starts_with(patterns, keys):
    assert pattern_keys(whole_word_regex(patterns)) == keys


@pytest.mark.parametrize("patterns", [
    [r"\w+ly said"],                 # starts with any word character
    ["aid", r"(?:\S+)? crisis"],     # one alternative has no key: the pattern must always be searched
    [".ction"],
    [r"\s*aid"],                     # may start with a space
    ["\u00e9lan"],                   # a non-ASCII letter with case
])
def test_patterns_without_reliable_keys_are_always_searched(patterns):
    assert pattern_keys(whole_word_regex(patterns)) is None


def test_patterns_that_may_match_inside_a_word_get_no_keys():
    # without the leading (?<!\w) "bla" could match inside "oblast": no word starts with it there
    assert pattern_keys(re.compile("blam(?:e|ed)", re.IGNORECASE)) is None
    assert pattern_keys(re.compile(r"(?<!\w)blam(?:e|ed)", re.IGNORECASE | re.ASCII)) is None
    # with (?a:...) the word may go on in letters that ASCII \w does not know: "ca" matches in "caé"
    scoped = re.compile(r"(?<!\w)(?a:ca(?!\w))", re.IGNORECASE)
    assert scoped.search("ca\u00e9") and pattern_keys(scoped) is None
    assert pattern_keys(None) is None
    # a pattern that only starts with the lookbehind: it governs the first alternative, "foo" matches in "seafoo"
    for loose in (re.compile(r"(?<!\w)bar|foo"), whole_word_regex(["x))|((?:foo"])):
        gate = WordGate([loose])
        assert loose.search("seafoo") and pattern_keys(loose) is None
        assert gate.found(0, "seafoo", gate.starts("seafoo"))


def test_match_at_an_offset_still_sees_the_text_before_it():
    # what the gate relies on: pattern.match(text, pos) is not pattern.match(text[pos:])
    blame = whole_word_regex(["blam(?:e|ed)"])
    assert blame.match("blamed", 0) and blame.match("oblamed"[1:])
    assert blame.match("oblamed", 1) is None and blame.search("oblamed") is None
    assert blame.match("the blamed", 4)


ALL_CHARS = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
FOLDS = set("\u0130\u0131\u017f\u212a")


def test_lowering_a_word_beginning_is_exact_outside_four_letters():
    # every character that re.IGNORECASE equates with an ASCII word character lowers to one, but for İ ı ſ
    # (and K, which does lower to k; the gate declines all four)
    matched = set(re.findall(r"[0-9_a-z]", ALL_CHARS, re.IGNORECASE))
    lowered = {c for c in ALL_CHARS if len(c.lower()) == 1 and re.fullmatch(r"[0-9_a-z]", c.lower())}
    assert matched - lowered == FOLDS - {"\u212a"}
    assert lowered <= matched
    # ... and to the very character it is equated with
    assert all(re.fullmatch(re.escape(c.lower()), c, re.IGNORECASE) for c in lowered)


def test_symbol_keys_and_spaces_are_what_the_gate_assumes():
    rules = framing.load_frame_rules()
    symbols = {k for keys in rules.gate.keys if keys for k in keys if not re.match(r"\w", k)}
    assert symbols >= {'"', "\u201c", "$", "\u00a3"}
    # a symbol without case matches only itself under re.IGNORECASE, alone or beside letters
    alone = re.compile("[" + re.escape("".join(symbols)) + "]", re.IGNORECASE)
    assert set(alone.findall(ALL_CHARS)) == symbols
    mixed = re.compile("[a" + re.escape("".join(symbols)) + "]", re.IGNORECASE)
    assert set(mixed.findall(ALL_CHARS)) == symbols | {"a", "A"}
    # \s never matches a word character, so a space ends the word
    assert re.search(r"(?=\s)\w", ALL_CHARS) is None


SENTENCES = [
    "The council blamed the government for failing to fix the flood defences.",       # council politics
    "U.S. officials said the E.U. would respond; the Kremlin denied it. The US and EU.",
    "\u201cWe are devastated,\u201d said the 34-year-old mother of two, who fled with her children.",
    "Shares fell 4% to $12.50 as the bank reported a loss of \u00a32bn; profits \u20ac3m.",  # business
    "Prayers were said at the mosque; the bishop called it a moral duty.",             # religion
    "The striker scored twice in the second half as the home side won 3-1.",           # sports
    "A nurse, aged 45, said patients should not have to wait; she must have known.",   # health
    "The judge told jurors to be fair. \"Do not speculate,\" she said. 'Never.'",      # court
    "Caf\u00e9 owners in \u0130zmir and Malm\u00f6 say costs are rising.",             # İ: no gate
    "\u017ftrange: the \u212aelvin sign and the long s fold under re.IGNORECASE.",
    "The \u0663\u0664-year-old witness, a local farmer, lost \u0665 million.",         # Arabic-Indic digits
    "An e-mail: A. Smith's \u2018plan\u2019 \u2013 isn't it a-okay? I'm a_b fan.",   # hyphens, apostrophes
    "A", "a.", "\u201cNever!\u201d", "$5", "99 dollars", "--- !!! ...", "", "Rain.",
    "FLOOD VICTIMS BLAME COUNCIL AS THE ELDERLY ARE STRANDED",                        # capitals
    "\u00c9lan and \u00e9lan; na\u00efve \u00dcber-fans \u00e0 la carte",            # letters with case
    "Shop\u00adkeepers and the \u0391\u03a3 team: a \u0394-variant hit 12 people.",
]


def _all_rule_patterns():
    rules = framing.load_frame_rules()
    return rules.gate.patterns


EXTRA = [whole_word_regex(p) for p in (
    ["U.S.", "EU"], ["a (?:new )?grant", "an? aid package", "a\\w*"], [r"\d{1,3}-year-old"],
    [r"[$£€]\s*\d+"], ["[\"\u201c\u2018] ?(?:do not|never)"], ["e-?mail", "isn't", "i'm"], ["a_b"],
    ["caf\u00e9"], [r"\w+ly"], ["the (?:elderly|poor)"], ["\u00fcber"], ["(?:un)*fair", "x{0,3}ray"],
)]


def _check(gate: WordGate, text: str) -> int:
    """Assert the gate's answer for every pattern on ``text``; return how many it answered without a search."""
    starts = gate.starts(text)
    skipped = 0
    for number, pattern in enumerate(gate.patterns):
        assert gate.found(number, text, starts) == (pattern.search(text) is not None), (pattern.pattern[:80], text)
        skipped += starts is not None and gate.keys[number] is not None and number not in starts
    return skipped


def test_the_gate_agrees_with_searching_on_every_frame_rule_and_more():
    gate = WordGate([*_all_rule_patterns(), *EXTRA])
    skipped = sum(_check(gate, text) for text in SENTENCES)
    assert skipped > len(SENTENCES) * len(gate.patterns) // 2   # most patterns are not even tried


def test_the_gate_agrees_with_searching_on_random_sentences():
    # word salad from cue words, near misses, odd letters, digits and punctuation: any disagreement fails
    words = ["the", "a", "an", "A", "U.S.", "US", "u", "EU", "eu", "e-mail", "email", "isn't", "is", "blamed",
             "oblamed", "council", "elderly", "poor", "should", "must", "have", "not", "do", "never", "34-year-old",
             "aged", "45", "\u0663\u0664", "$", "\u00a3", "\u20ac", "\u00a32bn", "million", "money", "\u201c",
             "\u201d", '"', "'", "\u2019", "-", "\u2013", ",", ".", ";", "\u0130zmir", "\u017ftrike", "\u212aelvin",
             "caf\u00e9", "\u00c9lan", "\u00fcber", "a_b", "_", "x2", "2x", "victims", "flood", "children", "told",
             "to", "be", "kind", "at", "odds", "one", "another", "witness", "profits", "lost", "wages", "fair",
             "unfair", "ray", "xray"]
    seps = [" ", " ", " ", "", "-", "\n", "  "]
    rng = random.Random(7)
    gate = WordGate([*_all_rule_patterns(), *EXTRA])
    for _ in range(300):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, 14)))
        _check(gate, text)


def test_texts_with_folding_letters_or_other_digits_are_searched():
    gate = WordGate(EXTRA)
    assert gate.starts("the \u017ftrike") is None
    assert gate.starts("\u0663\u0664-year-old") is None      # \d matches these digits: no ASCII key would
    assert gate.found(2, "\u0663\u0664-year-old", None)
    assert gate.starts("The 34-year-old")[2] == [4]


def test_gated_item_decisions_equal_searching_ones():
    rules = framing.load_frame_rules()
    texts = ["Strike talks collapse", *SENTENCES]
    for it in rules.items:
        for t in texts:
            gated = framing._item_fires(it, t, rules.gate, rules.gate.starts(t))
            assert gated == framing._item_fires(it, t, rules.gate, None) == (framing._fires(it, t) is not None)


def test_lowering_the_whole_text_keeps_its_words_and_their_beginnings():
    # WordGate.starts lowers a text once: every character but İ (declined) lowers to one character, a word
    # character to a word character and a non-word one to a non-word one; the word beginnings it then
    # reads differ from those lowered one by one only from a non-ASCII Σ on (σ or ς by what follows)
    word = re.compile(r"\w")
    for c in ALL_CHARS:
        if c != "\u0130":
            low = c.lower()
            assert len(low) == 1 and bool(word.match(low)) == bool(word.match(c)), hex(ord(c))
    heads = re.compile(r"(?<!\w)\w{1,3}")
    for text in [*SENTENCES, "\u0391\u0392\u03a3\u0393 \u039f\u03a3 \u03a3\u0391 \u03c3\u03a3. a\u03a3b ab\u03a3 abc\u03a3"]:
        if "\u0130" in text:
            continue
        low = text.lower()
        one_by_one = [(m.start(), m.group().lower()) for m in heads.finditer(text)]
        at_once = [(m.start(), m.group()) for m in heads.finditer(low)]
        assert [at for at, _ in one_by_one] == [at for at, _ in at_once]
        for (_, a), (_, b) in zip(one_by_one, at_once):
            same = 0
            while same < len(a) and a[same] == b[same]:
                same += 1
            assert a == b or a[same] in "\u03c3\u03c2" and b[same] in "\u03c3\u03c2", (a, b)


# texts with non-ASCII characters whose words start with ASCII keys (read key by key, not from the
# table of ASCII beginnings), Greek capitals with Σ, and symbol keys beside ASCII and non-ASCII text
NON_ASCII = [
    "Caf\u00e9 owners say the ca\u00e9x and c\u00e0fe costs are rising; \u201cnever\u201d, said one.",  # business
    "The \u0391\u03a3\u03a3\u0391 club and \u039f\u03a3 fans: the striker sc\u00f6red \u201ctwice\u201d.",  # sport
    "Judge M\u00fcller told \u00e9lan jurors: \u2018do not speculate\u2019 about the $5 fee or \u00a32bn.",  # courts
    "Patients\u2014aged 7\u00b9 to 90\u2014wait; a nurse said \"never\" in the ward \u00e0 Malm\u00f6.",  # health
    "\u201cDo not\u201d \u2013 a \u0394-variant: 12 hit, \u20ac3m; A\u00efda, Ca\u00efro, ca\u00e9, ca, c\u00e9.",
    "ASCII only: \"never\" do not pay $3, said the 34-year-old.",
    "\u00a3 \u20ac $ \u201c \u2018 \" \u00a5",
]


def test_the_gate_agrees_with_searching_on_non_ascii_and_symbol_texts():
    extra = [whole_word_regex(p) for p in (
        ["ca\\w*"], ["c\\w+"], ["caf\u00e9", "ca"], ["\u201c?never", "\\$\\s*\\d+"], ["\u00a3\\d+\\w*", "\u20ac\\d"],
        ["[\"\u2018] ?do not"], ["\u00a5"], ["sc\\w+"], ["a\\w{0,2}da"], ["aged"], ["the (?:ward|club)"])]
    gate = WordGate([*_all_rule_patterns(), *extra])
    assert all(k is not None for k in gate.keys[-len(extra):])
    for text in NON_ASCII:
        assert gate.starts(text) is not None
        for sub in (text, text.upper(), text.lower(), text[::-1]):
            _check(gate, sub)
