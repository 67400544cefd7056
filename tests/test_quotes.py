"""Mark pairing and the extract_quotes table: every hard case from issue 3, on text from other domains."""
from __future__ import annotations

import time

import pandas as pd

from analysis.quotes import COLUMNS, extract_quotes, find_marks, pair_marks


def texts(df: pd.DataFrame) -> list[str]:
    return df["text"].tolist()


def test_columns_and_offsets():
    t = 'The striker said: "We were awful."'
    q = extract_quotes(t)
    assert q.columns.tolist() == COLUMNS
    row = q.iloc[0]
    assert t[row.start:row.end] == "We were awful."
    assert row.section == "body" and row.paragraph == 0 and bool(row.closed)


def test_curly_and_straight_double_marks():
    t = '\u201cWe lost,\u201d the coach said. "We will be back," the captain said.'
    assert texts(extract_quotes(t)) == ["We lost,", "We will be back,"]


def test_single_marks_in_uk_headline():
    q = extract_quotes("Judge says \u2018no more delays\u2019 in fraud trial")
    assert texts(q) == ["no more delays"]
    assert q.loc[0, "section"] == "body"


def test_curly_open_closed_by_straight():
    # the opening mark is curly, the closing one straight (a mismatched pair)
    q = extract_quotes("The banner read \u2018Save our pool' on Monday.")
    assert texts(q) == ["Save our pool"]
    assert bool(q.loc[0, "closed"])


def test_apostrophes_are_not_marks():
    t = "Shi'ite clerics and the players' union said it's the Senator\u2018s call, not the fans'."
    assert extract_quotes(t).empty
    assert find_marks("Baghdadi\u2018s speech") == []


def test_plural_possessive_inside_single_quote():
    t = "\u2018The nurses\u2019 pay offer is an insult,\u2019 the union leader said."
    assert texts(extract_quotes(t)) == ["The nurses\u2019 pay offer is an insult,"]


def test_nested_quotes():
    t = '"The referee told me, \'Calm down,\' and I did," the midfielder said.'
    q = extract_quotes(t)
    assert texts(q) == ["The referee told me, 'Calm down,' and I did,", "Calm down,"]
    assert pd.isna(q.loc[0, "nested_in"]) and q.loc[1, "nested_in"] == 0


def test_quote_over_several_paragraphs():
    t = ('The judge said: "You betrayed your patients.\n\n'
         '"You lied to their families.\n\n'
         '"You will go to prison."\n\nThe court rose.')
    q = extract_quotes(t)
    assert texts(q) == ["You betrayed your patients.", "You lied to their families.", "You will go to prison."]
    assert q["closed"].all()
    assert q["paragraph"].tolist() == [0, 1, 2]


def test_ellipsis_and_editorial_insertion_stay_inside():
    t = 'The minister said: "The budget \u2026 will protect [public] services."'
    assert texts(extract_quotes(t)) == ["The budget \u2026 will protect [public] services."]


def test_unbalanced_mark_reported_unclosed():
    t = 'The mayor said: "We will rebuild the bridge by spring\n\nCouncillors voted.'
    q = extract_quotes(t)
    assert texts(q) == ["We will rebuild the bridge by spring"]
    assert not bool(q.loc[0, "closed"])


def test_elision_is_not_an_open_quote():
    assert extract_quotes("Music from the '90s is back, fans said.").empty


def test_pair_marks_reports_continuation():
    spans = pair_marks(['He said: "One.', '"Two."'])
    assert spans[0]["continues"] and spans[1]["carried"]


# ----- bad input -------------------------------------------------------------------------------

def test_no_quotes_gives_empty_table_with_columns():
    q = extract_quotes("The council met on Tuesday and approved the budget.")
    assert q.empty and q.columns.tolist() == COLUMNS


def test_empty_and_whitespace_text():
    assert extract_quotes("").empty
    assert extract_quotes(" \n\n \t").empty


def test_only_opening_marks():
    q = extract_quotes('"The plan \u201cis dead and \u2018nobody cares')
    assert len(q) >= 1
    assert not q["closed"].any()
    assert q.loc[0, "text"].startswith("The plan")


def test_quotes_only_in_headline():
    t = "\u2018We will not pay\u2019: tenants defy landlord\n\nTenants in the block stopped paying rent in May."
    q = extract_quotes(t)
    assert texts(q) == ["We will not pay"]
    assert q.loc[0, "paragraph"] == 0


def test_every_mark_style_in_one_paragraph():
    t = ('\u201cOne,\u201d she said, "two," he said, \u2018three,\u2019 they said, \u00abfour,\u00bb '
         "it said, \u201efive,\u201c we said, 'six' and the fans' seventh\u2019s")
    q = extract_quotes(t)
    assert texts(q)[:6] == ["One,", "two,", "three,", "four,", "five,", "six"]


def test_non_string_is_a_clear_error():
    import pytest

    with pytest.raises(TypeError, match="needs a str"):
        extract_quotes(None)


def test_one_megabyte_article_is_fast():
    para = ('Officials said the works would finish in May. "We are on schedule," site manager '
            'Dana Cole said, adding that the "tricky part" was over.\n\n')
    text = para * (1_000_000 // len(para))
    t0 = time.perf_counter()
    q = extract_quotes(text)
    elapsed = time.perf_counter() - t0
    n = text.count("\n\n")
    assert len(q) == 2 * n
    assert (q["speaker"] == "Dana Cole").all()
    assert elapsed < 30
