"""Sentence splitting: abbreviations, initials, numbers and quotations never break a sentence."""
from __future__ import annotations

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
