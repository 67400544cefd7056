"""Furniture rules on page chrome written in the style of other sites: the body must survive intact."""
from __future__ import annotations

import pytest

from analysis.furniture import match_furniture
from analysis.parse import normalise, parse_article, parse_byline, parse_timestamp, split_credit, split_glued

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


# ---------------------------------------------------------------- fast paths equal the plain paths

import re  # noqa: E402
import dataclasses  # noqa: E402

from analysis import parse as parse_module  # noqa: E402
from analysis.furniture import rules_for  # noqa: E402

_ALWAYS = re.compile("")  # a pre-check pattern that lets every line through to the full rule

# lines from several domains, page furniture and edge cases (empty, punctuation, non-ASCII, capitals)
VARIED_LINES = [
    "", " ", "...", "\u2014", "\u201c\u201d", "!!!", "(AP)", "AP", "PA", "REUTERS",
    "The court adjourned until Monday, the judge said.",
    "Defence counsel said the 2019 ruling was flawed; the appeal was dismissed on 12.05.2021.",
    "United won 2-1 at Old Trafford on Sunday after a stoppage-time goal.",
    "The 4x100m relay team finished in 37.9 seconds, a national record.",
    "Hospital admissions rose 12.5% in January 2024, health officials said.",
    "Patients waited 3-4 hours at A&E, according to NHS data.",
    "Shares fell 3% to $41.20 after the company cut its 2025 forecast.",
    "Revenue for 2023/24 was \u00a34.1bn, the board said in a statement.",
    "Published: 17:08, 24 July 2018", "2018-07-24 17:36 UTC", "Tuesday 24 July 2018 17:26 GMT",
    "July 24, 2018 11:23 PM EST", "\u2022 November 3, 2016 12:38 pm", "Fri 8 Mar 2024 04.12 GMT",
    "Updated 2024-03-07", "Last updated on: 5 May 2024, 09:00 BST", "03/11/2016", "24.07.2018",
    "The 2016 election was held in November.", "In 1999 the bridge was closed for 18 months.",
    "Smoke rises over the city / REUTERS", "Fans celebrate in the square (Getty Images)",
    "Crowds gather outside the court. Photo: Jane Roe/AFP", "Photograph: Alamy",
    "Rescue workers search the rubble \u2014 EPA-EFE / John Smith", "Police at the scene | PA Media",
    "Ministers met in Ankara - Anadolu Agency", "A nurse at work (Handout)", "Traders on the floor / Bloomberg",
    "A protester in Paris (Jean Dupont via Getty Images)", "The AP reported the vote count late.",
    "Apple and Alphabet shares rose; APPLE is a ticker, not an agency",
    "to be automatically logged inPlease refresh your browser", "Five killed in crashCommentsThank you for registering",
    "McDonald told YouTube viewers about the iPhone", "LeBron James and DeSantis met",
    "Z\u00fcrich f\u00e4llt, S\u00e3o Paulo sobe \u2014 \u0130stanbul \u0130stanbul", "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3 \u03bf\u03b4\u03c5\u03c3\u03c3\u03b5\u03cd\u03c2",
    "\u201cWe will rebuild every wall,\u201d Berg told reporters.", 'He said: "Stop. Now."',
    "BREAKING: MARKETS TUMBLE AS RATES RISE", "Comments (12)", "Advertisement", "Share on Facebook | Email",
    "Copyright 2024 Example News Ltd. All rights reserved.", "Reporting by Ana Ruiz; Editing by Mark Potter",
    "Our Standards: The Thomson Reuters Trust Principles.", "Sign up to our free Politics newsletter",
    "Read more: What the budget means for your pension", "Join thought-provoking conversations, follow other readers",
    "word " * 50, "Advertisement " * 9, "a\u00a0b\tc\u2009d\u3000e 2024-01-02",
    "Posted 7/3/24 10:15", "3.11.16", "Updated: 5-6-2024",  # dates without a four-digit run
    # furniture at and just past a rule's word limit (comments_link 4, site_navigation 5, share_widget 12,
    # copyright 40)
    "12 leave a comment", "12 leave a comment now", "jump to the next story", "jump to the next big story",
    "share tweet email print " * 3, "share tweet email print " * 3 + "share",
    "Copyright 2024 " + "word " * 38, "Copyright 2024 " + "word " * 39,
]


def test_timestamp_precheck_equals_the_full_parse(monkeypatch):
    fast = [parse_module.parse_timestamp(line) for line in VARIED_LINES]
    monkeypatch.setattr(parse_module, "_DATE_DIGITS", _ALWAYS)
    slow = [parse_module.parse_timestamp(line) for line in VARIED_LINES]
    assert fast == slow
    assert sum(s is not None for s in slow) >= 9  # the list holds real timestamps


def test_credit_precheck_equals_the_full_search(monkeypatch):
    fast = [split_credit(line) for line in VARIED_LINES]
    monkeypatch.setattr(parse_module, "_AGENCY_WORD", _ALWAYS)
    slow = [split_credit(line) for line in VARIED_LINES]
    assert fast == slow
    assert sum(s is not None for s in slow) >= 8


def test_every_photo_agency_holds_an_agency_word():
    for agency in ["AP", "AFP", "REUTERS", "Reuters", "Getty", "Getty Images", "EPA", "EPA-EFE", "PA", "PA Wire",
                   "PA Media", "Shutterstock", "Alamy", "Anadolu", "Anadolu Agency", "Bloomberg", "AP Photo",
                   "Jane Roe via Getty Images", "Handout"]:
        assert re.fullmatch(parse_module.PHOTO_AGENCIES, agency)
        assert parse_module._AGENCY_WORD.search(agency), agency


def test_glue_precheck_equals_the_full_scan(monkeypatch):
    fast = [split_glued(line) for line in VARIED_LINES]
    monkeypatch.setattr(parse_module, "_GLUE_SEAM", _ALWAYS)
    slow = [split_glued(line) for line in VARIED_LINES]
    assert fast == slow
    assert sum(len(s) > 1 for s in slow) >= 2


def test_headline_comparison_by_key_equals_same():
    for headline in ["Storm hits coast", "STORM HITS COAST!", "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3 returns",
                     "\u0130stanbul votes", "...", "", "United 2-1 City: late winner"]:
        key = parse_module._same_key(headline)
        for line in VARIED_LINES + [headline, headline.upper(), headline.lower() + ".", "  " + headline + " \u2014"]:
            assert parse_module._same_as(line, key) == parse_module._same(line, headline), (line, headline)
    assert parse_module._same_as("storm -- HITS coast.", parse_module._same_key("Storm hits coast"))


def test_furniture_by_word_count_equals_trying_every_rule():
    def plain(line):
        words = line.split()
        if not words:
            return None
        text = " ".join(words)
        return next((r.name for r in rules_for() if r.matches(text, len(words))), None)

    lines = VARIED_LINES + [LIVE_BLOG, SPORTS, COURT] + LIVE_BLOG.splitlines() + SPORTS.splitlines() + COURT.splitlines()
    assert [match_furniture(line) for line in lines] == [plain(line) for line in lines]
    assert sum(plain(line) is not None for line in lines) >= 15


def test_parse_article_with_every_precheck_off_is_the_same(monkeypatch):
    articles = [LIVE_BLOG, SPORTS, "Judge orders documents released\n\n" + COURT,
                "Clinic waits hit record\n\nBy Dr.\u00a0Ann Lee\n\n2024-03-07 08:00 GMT\n\nA nurse at work (Handout)\n\n"
                "Patients waited 3-4 hours, NHS data showed.\u2009Ministers said: \u201cIt is not good enough.\u201d\n",
                "Shares slide\n\nShares slide\n\nTraders on the floor / Bloomberg\n\nLONDON (Reuters) \u2014 Shares "
                "fell 3% on Monday.\n\nCommentsThank you for registering\n"]
    fast = [dataclasses.asdict(parse_article(a)) for a in articles]
    for name in ("_DATE_DIGITS", "_AGENCY_WORD", "_GLUE_SEAM"):
        monkeypatch.setattr(parse_module, name, _ALWAYS)
    monkeypatch.setattr(parse_module, "_same_as", lambda text, key: parse_module._same_key(text) == key)
    slow = [dataclasses.asdict(parse_article(a)) for a in articles]
    assert fast == slow
    assert any(f["published"] for f in fast) and any(f["credits"] for f in fast)


def test_clean_line_helpers_equal_the_public_functions():
    """The parser hands its lines over already normalised and stripped; the helpers skip only that step."""
    lines = VARIED_LINES + ["By Stephen Kalin and Dominic Evans", "  By\u00a0Maria Lopez, Reuters\t", "Written by Ann Lee",
                            "Photo:\u2009Jane Roe/AFP", " Picture credit: PA Wire "]
    for line in lines:
        clean = normalise(line).strip()
        assert parse_module._byline_of_clean(clean) == parse_byline(line) == parse_byline(clean)
        assert parse_module._credit_of_clean(clean) == split_credit(line) == split_credit(clean)
    assert sum(parse_byline(line) is not None for line in lines) >= 3
