"""The word gate never skips a search that would have matched, and does skip the ones it can."""
from __future__ import annotations

import re

import pytest

from analysis import framing
from analysis.naming import whole_word_regex
from analysis.wordgate import may_match, pattern_keys, text_keys


@pytest.mark.parametrize("patterns, keys", [
    (["blam(?:e|ed|es|ing)", "responsible for"], {"bla", "res"}),
    (["U.S.", "EU"], {"u", "eu"}),                       # a word ends before three letters
    (["heart-?wrenching", "hard-hit"], {"hea", "har"}),
    (["(?:his|her) (?:own )?wife"], {"his", "her"}),
    (["in?jur\\w+"], {"inj", "iju"}),                     # an optional letter: both ways are keys
    (["colou?r"], {"col"}),
    (["Downing Street", "the (?:poor|elderly)"], {"dow", "the"}),
    (["[Ss]trike"], {"str"}),
    (["[a-c]at"], {"aat", "bat", "cat"}),
])
def test_keys_are_the_word_beginnings_every_match_needs(patterns, keys):
    assert pattern_keys(whole_word_regex(patterns)) == keys


@pytest.mark.parametrize("patterns", [
    [r"\d{1,3}-year-old"],          # starts with a digit class
    [r"[$£€]\s*\d+"],                # starts with a symbol
    [r"\w+ly said"],                 # starts with any word character
    ["aid", r"(?:\S+)? crisis"],     # one alternative has no key: the pattern must always be searched
    [".ction"],
])
def test_patterns_without_reliable_keys_are_always_searched(patterns):
    assert pattern_keys(whole_word_regex(patterns)) is None


def test_patterns_that_may_match_inside_a_word_get_no_keys():
    # without the leading (?<!\w) "bla" could match inside "oblast": no word starts with it there
    assert pattern_keys(re.compile("blam(?:e|ed)", re.IGNORECASE)) is None
    assert pattern_keys(None) is None


def test_text_keys_are_lower_case_beginnings_of_one_to_three_letters():
    assert text_keys("MPs' row") == {"m", "mp", "mps", "r", "ro", "row"}
    assert text_keys("") == set()


@pytest.mark.parametrize("text", ["\u0130stanbul mayor", "the \u017ftrike", "5 \u212ailometres"])
def test_letters_that_fold_to_other_ascii_letters_switch_the_gate_off(text):
    # re.IGNORECASE matches İ and ı with i, ſ with s and the Kelvin sign with k, but lower() does not
    assert text_keys(text) is None
    assert may_match(frozenset({"str"}), text_keys(text))
    assert whole_word_regex(["strike"]).search("the \u017ftrike")


SENTENCES = [
    "The council blamed the government for failing to fix the flood defences.",
    "U.S. officials said the E.U. would respond; the Kremlin denied it.",
    "\u201cWe are devastated,\u201d said the 34-year-old mother of two, who fled with her children.",
    "Shares fell 4% to $12.50 as the bank reported a loss of \u00a32bn.",
    "Prayers were said at the mosque; the bishop called it a moral duty.",
    "The striker scored twice in the second half as the home side won 3-1.",
    "Caf\u00e9 owners in \u0130zmir and Malm\u00f6 say costs are rising.",
    "\u017ftrange: the \u212aelvin sign and the long s fold under re.IGNORECASE.",
    "",
    "Rain.",
]


def test_the_gate_agrees_with_searching_on_every_frame_rule():
    # every pattern of the shipped frame rules, on sentences from several domains and with odd letters
    rules = framing.load_frame_rules()
    patterns = []
    for it in rules.items:
        patterns += [it["cues"], it["unless"], *[p for pair in it["pairs"] for p in pair]]
    patterns = [p for p in patterns if p is not None]
    gated = 0
    for text in SENTENCES:
        words = text_keys(text)
        for p in patterns:
            keys = pattern_keys(p)
            if not may_match(keys, words):
                gated += 1
                assert p.search(text) is None, (p.pattern[:60], text)
    assert gated > len(SENTENCES) * len(patterns) // 4  # the gate does skip searches


def test_gated_frame_scores_equal_ungated_ones():
    texts = ["Strike talks collapse", *SENTENCES[:6]]
    sections = ["headline"] + ["lead"] + ["body"] * 5
    rules = framing.load_frame_rules()
    for it in rules.items:
        for t in texts:
            assert framing._item_fires(it, t, text_keys(t)) == framing._item_fires(it, t, None)
