"""Sentence splitting: abbreviations, initials, numbers and quotations never break a sentence."""
from __future__ import annotations

import re

import pytest

from analysis.segment import split_sentences


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize("text,expected", [
    ("Mr. Smith met Dr. Jones at St. Mary's. They spoke.", ["Mr. Smith met Dr. Jones at St. Mary's.", "They spoke."]),
    ("Gen. Mark Milley testified. The U.S. Army agreed.", ["Gen. Mark Milley testified.", "The U.S. Army agreed."]),
    ("J. R. R. Tolkien wrote it. W. B. Yeats did not.", ["J. R. R. Tolkien wrote it.", "W. B. Yeats did not."]),
    ("Inflation hit 3.4 per cent in Jan. 2024. Rates held.", ["Inflation hit 3.4 per cent in Jan. 2024.", "Rates held."]),
    ("The vote was 52.1% to 47.9%. Turnout was 72.2%.", ["The vote was 52.1% to 47.9%.", "Turnout was 72.2%."]),
    ("They left at 2 a.m. Police arrived later.", ["They left at 2 a.m.", "Police arrived later."]),
    ("They left at 9 a.m. GMT on Monday.", ["They left at 9 a.m. GMT on Monday."]),
    ('"We will win. We will not stop," the coach said. Fans cheered.',
     ['"We will win. We will not stop," the coach said.', "Fans cheered."]),
    ("\u201cIt is over. Go home,\u201d the judge said. Court adjourned.",
     ["\u201cIt is over. Go home,\u201d the judge said.", "Court adjourned."]),
    ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
    ("He paused\u2026 Then he spoke.", ["He paused\u2026", "Then he spoke."]),
])
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_unclosed_quotation_cannot_swallow_past_its_paragraph():
    assert sentences('He said: "We will fight. They will lose.') == ['He said: "We will fight. They will lose.']


def test_spans_cover_all_text_and_exclude_edges():
    text = "  First one.   Second one.  "
    spans = split_sentences(text)
    assert spans == [(2, 12), (15, 26)]
    assert split_sentences("   ") == []


# ---------------------------------------------------------------- fast paths equal the plain walks

from analysis import segment  # noqa: E402

VARIED = [
    "", "   ", "...", "?!", "\u201c\u201d", "Mr. Smith met Dr. Jones at St. Mary's. They spoke.",
    'The judge said: "The case is closed. Go home." The court rose.',
    "United won 2-1. \u201cWe never stopped,\u201d he said.\u00a0Fans sang.\tThe club is top.",
    "Admissions rose 12.5% in Jan. 2024. Dr.\u2009Lee (Health Dept.) said: \u2018It is grim.\u2019 Beds ran out.",
    "Shares fell 3% to $41.20. The U.S. firm, a.k.a. AcmeCo, cut its forecast. (Analysts had expected it.) "
    "Trading resumed at 9 a.m. GMT. Others left at 2 p.m. Markets closed.",
    "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u0399\u0391. \u0395\u03bb\u03bb\u03ac\u03b4\u03b1 Z\u00fcrich! \u00c9t\u00e9? 42.",
    "He paused\u2026 Then:  \u00abNon.\u00bb [Silence.] 'Yes.' \"No.\"\u3000\u201cMaybe.\u201d",
    "End with spaces.   ", "A.B. C.D. e.g. Foo. N.A.T.O. Bar.", "J. K. Rowling wrote. W. B. Yeats did not.",
    "x.y.. Z. \"(Dr. Who.\" A", "Capitals SHOUT. LOUD. 3 AM. 4 PM.",
]


def _plain_word_before(text, end):
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in segment.OPENERS:
        start -= 1
    return text[start:end]


def test_word_before_equals_the_plain_walk():
    checked = 0
    for text in VARIED:
        for end in range(len(text) + 1):
            assert segment._word_before(text, end) == _plain_word_before(text, end), (text, end)
            checked += 1
    assert checked > 500


def test_candidate_next_character_equals_the_white_space_walk():
    for text in VARIED:
        for m in segment._CANDIDATE.finditer(text):
            nxt = m.end()
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
            assert m.end() < len(text) and text[m.end()].isspace()
            assert m.group(1) == text[nxt:nxt + 1] and m.start(1) == nxt


def test_dotted_acronym_needs_a_dot():
    for token in ["U.S", "N.A.T.O", "e.g", "A.B", "US", "NATO", "A", "a", "", "U.S.", "Mr", "3.5"]:
        slow = bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token)) or token.lower().rstrip(".") in segment.ABBREVIATIONS \
            or (len(token) == 1 and token.isalpha() and token.isupper())
        assert segment._is_abbreviation(token) == slow, token


@pytest.mark.parametrize("text", VARIED)
def test_spans_cover_every_non_space_character_once(text):
    spans = split_sentences(text)
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(text.split()) == "".join(covered.split())
    assert all(text[a:b] == text[a:b].strip() and b > a for a, b in spans)


def test_varied_paragraphs_split_as_before_the_fast_paths():
    """Spans written down from the splitter before its fast paths (character walks) were added."""
    assert split_sentences(VARIED[7]) == [(0, 15), (16, 44), (45, 55), (56, 72)]
    assert split_sentences(VARIED[8]) == [(0, 35), (36, 78), (79, 92)]
    assert split_sentences(VARIED[9]) == [(0, 25), (26, 73), (74, 101), (102, 132), (133, 154), (155, 170)]
    assert split_sentences(VARIED[10]) == [(0, 9), (10, 24), (25, 29), (30, 33)]
