"""Furniture rules on page chrome written in the style of other sites: the body must survive intact."""
from __future__ import annotations

import pytest

from analysis.furniture import match_furniture
from analysis.parse import parse_article, parse_byline, parse_timestamp, split_credit, split_glued

LIVE_BLOG = """Budget 2024 live: Chancellor unveils spending plans

Show key events only

Updated 12 March 2024 14:05 GMT

Please turn on JavaScript to see live updates

By Priya Shah and Tom Reed

The chancellor told MPs the economy had "turned a corner" as she opened her budget statement.

She said spending on schools would rise by 3% a year, adding: "This is a budget for the next generation."

Share

Read more: What the budget means for your pension

ADVERTISEMENT

Labour's shadow chancellor said the plans were "too little, too late" for families.

Sign up to our free Politics newsletter

Copyright 2024 Example News Ltd. All rights reserved.
"""

SPORTS = """United boss hails 'character' after late winner

United boss hails 'character' after late winner

Sam Porter
Sunday 5 May 2024 18:30 BST
Fans celebrate the winner at Old Trafford (Getty Images)

The manager praised his side's "character" after a stoppage-time goal sealed a 2-1 win on Sunday.

"We never stopped believing," he told reporters. "The lads showed what this club is about."

Related: Five things we learned from the weekend

Comments (12)

Most popular
"""

COURT = """WASHINGTON (AP) — A federal judge on Tuesday ordered the release of documents in the fraud case.

"The public has a right to know," U.S. District Judge Maria Lopez wrote in a 12-page order.

The company said it would appeal.

Reporting by Ana Ruiz; Editing by Mark Potter

Our Standards: The Thomson Reuters Trust Principles.
"""


def _body(article):
    return [p["text"] for p in article.paragraphs if p["section"] in ("lead", "body")]


def test_live_blog_chrome_is_removed_and_body_survives():
    art = parse_article(LIVE_BLOG)
    assert art.headline == "Budget 2024 live: Chancellor unveils spending plans"
    assert art.byline == ["Priya Shah", "Tom Reed"]
    assert art.published == "2024-03-12T14:05:00+00:00"
    assert _body(art) == [
        'The chancellor told MPs the economy had "turned a corner" as she opened her budget statement.',
        'She said spending on schools would rise by 3% a year, adding: "This is a budget for the next generation."',
        'Labour\'s shadow chancellor said the plans were "too little, too late" for families.',
    ]
    rules = dict(zip(art.removed["line"], art.removed["rule"]))
    assert rules["Show key events only"] == "live_blog_chrome"
    assert rules["Please turn on JavaScript to see live updates"] == "live_blog_chrome"
    assert rules["Share"] == "share_widget"
    assert rules["Read more: What the budget means for your pension"] == "read_more_link"
    assert rules["ADVERTISEMENT"] == "advertisement"
    assert rules["Sign up to our free Politics newsletter"] == "newsletter"
    assert rules["Copyright 2024 Example News Ltd. All rights reserved."] == "copyright"


def test_duplicated_headline_caption_credit_and_counters():
    art = parse_article(SPORTS)
    assert art.headline == "United boss hails 'character' after late winner"
    assert art.byline == ["Sam Porter"]
    assert art.timezone == "BST" and art.published == "2024-05-05T18:30:00+01:00"
    assert art.captions == ["Fans celebrate the winner at Old Trafford"]
    assert art.credits == ["Getty Images"]
    assert len(_body(art)) == 2 and _body(art)[1].startswith('"We never stopped believing,"')
    rules = list(art.removed["rule"])
    assert rules.count("duplicate_headline") == 1
    assert "read_more_link" in rules and "comments_link" in rules


def test_wire_credit_line_and_trust_footer():
    art = parse_article("Judge orders documents released\n\n" + COURT)
    assert art.dateline == "WASHINGTON (AP) \u2014" and art.wire == "AP"
    assert _body(art)[0] == "A federal judge on Tuesday ordered the release of documents in the fraud case."
    assert _body(art)[-1] == "The company said it would appeal."
    assert list(art.removed["rule"])[-2:] == ["wire_credit", "copyright"]


@pytest.mark.parametrize("line", [
    "The minister said she would join the debate on Tuesday after reading the comments of her colleagues.",
    "Residents were asked to sign up for flood alerts, the council said in a statement on Monday evening.",
    "Watch the full interview on Sunday at 9pm, the broadcaster said, adding that it had been recorded.",
    "He said that copyright law was never meant to protect facts.",
    "Share prices fell 3% after the announcement.",
    "Home Secretary James Cleverly said the plan would work.",
])
def test_prose_that_mentions_furniture_words_is_kept(line):
    assert match_furniture(line) is None


@pytest.mark.parametrize("line,rule", [
    ("Comments", "comments_link"),
    ("View comments", "comments_link"),
    ("Join the conversation", "comments_prompt"),
    ("Thank you for registering", "login_prompt"),
    ("Advertisement", "advertisement"),
    ("Share on Facebook | Share on Twitter | Email", "share_widget"),
    ("Read more: The full story of the trial", "read_more_link"),
    ("Subscribe now for unlimited access", "newsletter"),
    ("3 hours ago", "live_blog_chrome"),
    ("Skip to main content", "site_navigation"),
])
def test_furniture_lines_are_named_by_rule(line, rule):
    assert match_furniture(line) == rule


def test_glue_split_only_at_real_seams():
    line = "You are now logged inPlease refresh the page"
    assert [line[a:b] for a, b in split_glued(line)] == ["You are now logged in", "Please refresh the page"]
    for name_line in ["McDonald told YouTube viewers about the iPhone", "LeBron James and DeSantis met"]:
        assert split_glued(name_line) == [(0, len(name_line))]
    line = "Five killed in crashCommentsThank you for registering"
    pieces = [line[a:b] for a, b in split_glued(line)]
    assert "Thank you for registering" in pieces


def test_timestamp_byline_credit_helpers():
    assert parse_timestamp("Published: 7 March 2024, 09:15 EST") == ("2024-03-07T09:15:00-05:00", "EST")
    assert parse_timestamp("Updated 2024-03-07") == ("2024-03-07", "")
    assert parse_timestamp("The 2016 election was held in November.") is None
    assert parse_byline("By Maria Lopez, Reuters") == ["Maria Lopez"]
    assert parse_byline("By the way, the vote was close and nobody expected the result that came out.") is None
    assert split_credit("Crowds gather outside the court. Photo: Jane Roe/AFP") is not None
    assert split_credit("The judge said the case would resume on Monday.") is None


def test_wire_story_without_header_metadata():
    art = parse_article('Pope calls for peace in Christmas message\n\nVATICAN CITY (AP) \u2014 Pope Francis called for '
                        'peace in Ukraine in his Christmas message on Monday.\n\n"May the weapons fall silent," he '
                        "told thousands of people in St. Peter's Square.\n")
    assert art.standfirst == "" and art.byline == [] and art.published == ""
    assert art.dateline == "VATICAN CITY (AP) \u2014" and art.wire == "AP"
    assert [p["section"] for p in art.paragraphs] == ["headline", "lead", "body"]
    assert "no byline found" in art.warnings and "no publication date found" in art.warnings


def test_guardian_style_header_with_prose_standfirst_and_place_in_byline():
    art = parse_article("Biden vows to 'finish the job' in fiery State of the Union\n\n"
                        "The president contrasted his record with Donald Trump's. Republicans heckled him.\n\n"
                        "David Smith in Washington\n\nFri 8 Mar 2024 04.12 GMT\n\n"
                        "Joe Biden delivered a combative State of the Union address on Thursday night.\n\n"
                        "\"We're not going back,\" he said.\n")
    assert art.standfirst == "The president contrasted his record with Donald Trump's. Republicans heckled him."
    assert art.byline == ["David Smith"]
    assert art.published == "2024-03-08T04:12:00+00:00"
    assert [p["section"] for p in art.paragraphs] == ["headline", "standfirst", "lead", "body"]
