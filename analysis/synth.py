"""Deterministic synthetic news archives: many speeches, many outlets, raw article files.

The generator writes what a scraper would have captured: a headline, a
standfirst, a byline, a timestamp in the outlet's own format, photo captions
with credits, a dateline for wire copy, page furniture (comment links, share
buttons, newsletter prompts, "Read more" links, copyright lines), and a body
that quotes the speech in several translations, with quotation marks in every
style (straight and curly double and single marks, guillemets, low-9 marks),
attributions before, after and inside the quotation, quotations running over
several paragraphs, nested quotations, scare quotes, indirect speech and
reactions from officials, anonymous sources and analysts.

Everything is a pure function of the seed: article ``i`` of archive ``seed`` is
generated from its own random stream, so any slice can be regenerated alone
(the benchmark streams 100,000 articles to Parquet without holding them).
The archive is fictional (invented speakers, outlets and places) so that
nothing in it can be mistaken for real coverage. Outlets differ on purpose
(sentence length, emotive vocabulary, how much they quote, which frames they
lean on), so that an archive-level comparison has something to find.

Two on-disk forms:

* event folders in the project's format (``event.toml``, ``manifest.csv`` and
  one ``.txt`` file per article; see :mod:`analysis.corpus`): :func:`write_event_folders`;
* one table of articles (Parquet or CSV) with columns :data:`TABLE_COLUMNS`:
  :func:`write_article_table`.

Usage:
    >>> arts = list(iter_articles(3, seed=1, words=120))
    >>> [a["article_id"] for a in arts] == [a["article_id"] for a in iter_articles(3, seed=1, words=120)]
    True
    >>> arts[0]["raw"] == next(iter_articles(1, seed=1, words=120))["raw"]
    True
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pandas as pd

from .corpus import MANIFEST_COLUMNS
from .errors import InputError

# Columns of the table form; ``true_*`` columns are what the generator put in (for tests).
TABLE_COLUMNS = ["event", "article_id", "outlet", "file", "url", "provenance", "speaker", "aliases",
                 "title", "date", "language", "raw", "true_headline", "true_byline", "true_n_quotes",
                 "true_n_speech_quotes"]
TRUTH_COLUMNS = [c for c in TABLE_COLUMNS if c.startswith("true_")]


@dataclass(frozen=True)
class OutletStyle:
    """How one (fictional) site lays out and writes an article."""

    name: str
    domain: str
    marks: tuple[str, str]          # opening and closing quotation marks of the body
    inner: tuple[str, str]          # marks of a quotation inside a quotation
    headline_marks: tuple[str, str]
    byline: str                     # "by", "bare" (name alone) or "wire"
    stamp: str                      # strftime-like layout key, see _stamp
    spelling: str                   # "uk" or "us"
    sentence_len: int               # typical words per filler sentence
    emotive: float                  # share of emotive adjectives
    quote_rate: float               # how many speech passages it quotes (0..1)
    frames: tuple[float, float, float, float, float]  # conflict, economic, human, morality, responsibility
    header_furniture: tuple[str, ...]
    body_furniture: tuple[str, ...]
    footer: tuple[str, ...]


OUTLET_STYLES: tuple[OutletStyle, ...] = (
    OutletStyle("The Morning Ledger", "morningledger.example", ("\u201c", "\u201d"), ("\u2018", "\u2019"),
                ("'", "'"), "bare", "uk_long", "uk", 22, 0.15, 0.7, (0.3, 0.2, 0.2, 0.1, 0.2),
                ("Comments",), (), ("Join our commenting forum",
                                    "Join thought-provoking conversations, follow other Ledger readers and see their replies",
                                    "Comments", "Thank you for registering")),
    OutletStyle("Daily Courier", "dailycourier.example", ('"', '"'), ("'", "'"), ("\u2018", "\u2019"),
                "wire", "us_bullet", "us", 26, 0.05, 0.8, (0.35, 0.25, 0.1, 0.05, 0.25),
                (), (), ()),
    OutletStyle("The Evening Post", "eveningpost.example", ("\u201c", "\u201d"), ("\u2018", "\u2019"),
                ("\u2018", "\u2019"), "by", "uk_published", "uk", 13, 0.45, 0.9, (0.35, 0.05, 0.4, 0.15, 0.05),
                ("Share this article",), ("Advertisement", "Read more: {related}"),
                ("Sign up for our daily newsletter to get the top stories", "Most Read")),
    OutletStyle("Metro Tribune", "metrotribune.example", ('"', '"'), ("'", "'"), ("'", "'"),
                "by", "us_plain", "us", 18, 0.2, 0.5, (0.2, 0.3, 0.2, 0.1, 0.2),
                ("Share", "Tweet", "Email"), ("Story continues below advertisement",),
                ("Copyright 2024 Metro Tribune. All rights reserved.",)),
    OutletStyle("Continental Review", "continentalreview.example", ("\u00ab", "\u00bb"), ("\u201c", "\u201d"),
                ("\u00ab", "\u00bb"), "by", "iso", "uk", 24, 0.1, 0.6, (0.15, 0.35, 0.1, 0.15, 0.25),
                (), ("Related stories",), ("Tags: {tags}",)),
    OutletStyle("Northern Gazette", "northerngazette.example", ("'", "'"), ('"', '"'), ("'", "'"),
                "by", "uk_long", "uk", 17, 0.3, 0.6, (0.25, 0.1, 0.35, 0.2, 0.1),
                ("Comments",), ("Read more: {related}",), ("Comments are closed",)),
    OutletStyle("Harbor City Times", "harborcitytimes.example", ("\u201c", "\u201d"), ("\u2018", "\u2019"),
                ("\u2018", "\u2019"), "by", "us_plain", "us", 21, 0.1, 0.4, (0.2, 0.3, 0.15, 0.05, 0.3),
                (), ("Advertisement",), ("Published under: {tags}",)),
    OutletStyle("Rhein Weekly English", "rheinweekly.example", ("\u201e", "\u201c"), ("\u201a", "\u2018"),
                ("\u201e", "\u201c"), "bare", "iso", "uk", 25, 0.05, 0.5, (0.1, 0.4, 0.1, 0.2, 0.2),
                (), (), ("\u00a9 Rhein Weekly 2024",)),
    OutletStyle("The Plainsman", "plainsman.example", ('"', '"'), ("'", "'"), ('"', '"'),
                "by", "us_bullet", "us", 15, 0.35, 0.7, (0.3, 0.15, 0.3, 0.15, 0.1),
                ("Share this article",), ("Advertisement",), ("Subscribe now for full access",)),
    OutletStyle("Southern Star Online", "southernstar.example", ("\u2018", "\u2019"), ("\u201c", "\u201d"),
                ("\u2018", "\u2019"), "by", "uk_published", "uk", 16, 0.25, 0.8, (0.2, 0.15, 0.3, 0.25, 0.1),
                (), ("Read more: {related}",), ("Most Read",)),
)
OUTLETS: tuple[str, ...] = tuple(o.name for o in OUTLET_STYLES)
WIRES = ("Reuters", "AP", "AFP")

# ------------------------------------------------------------------ vocabulary

FIRST = ("Elena", "Marcus", "Amina", "Tomas", "Grace", "Idris", "Sofia", "Kwame", "Leila", "Pavel", "Ruth",
         "Diego", "Hana", "Owen", "Mira", "Samuel", "Noor", "Felix", "Ines", "Jonah", "Ayesha", "Victor")
LAST = ("Marsh", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Brennan", "Castell", "Varga", "Osei",
        "Petrov", "Quinlan", "Reyes", "Sato", "Albright", "Nakamura", "Delacroix", "Mbeki", "Halvorsen", "Ferrante")
PLACES = ("Westmere", "Port Calder", "Ostrava Nova", "Lake Sorrel", "Kestrel Bay", "Ambergate", "Valdoria",
          "New Harwick", "Corran", "Tessaly", "Brightwater", "Marlowe City", "Eastgate", "Sundale")
COUNTRIES = ("Valdoria", "Norrland", "Castavia", "the Republic of Teral", "Ostmark", "Sundland")

# Each domain: speaker role, event title pattern, passages (each a tuple of translation variants), topics.
DOMAINS = {
    "presidential address": {
        "role": "President", "title": "Address to the nation by President {speaker}", "language": "en",
        "topics": ("energy prices", "border security", "the new trade pact", "hospital waiting lists", "the flood recovery"),
        "passages": (
            ("We will not leave a single family behind as we rebuild {place}.",
             "No family will be left behind while we rebuild {place}."),
            ("The price of doing nothing about {topic} is far higher than the price of acting now.",
             "Doing nothing on {topic} will cost us far more than acting today."),
            ("I ask every citizen to stand with our nurses, our teachers and our soldiers.",
             "I am asking all citizens to support our nurses, teachers and soldiers."),
            ("Our opponents have chosen fear; we choose hope and hard work.",
             "Those who oppose us have picked fear, but we pick hope and hard work."),
            ("This government takes full responsibility for {topic} and will fix it.",
             "The government accepts complete responsibility for {topic} and will put it right."),
            ("Prosperity must reach every town, not only the capital.",
             "Wealth has to reach every town and not just the capital."),
        )},
    "press conference": {
        "role": "Minister", "title": "Press conference of Minister {speaker} on {topic}", "language": "en",
        "topics": ("the rail strike", "fuel subsidies", "the budget deficit", "school closures", "the water shortage"),
        "passages": (
            ("We have made mistakes on {topic}, and I apologise to the families affected.",
             "Mistakes were made on {topic} and I say sorry to the families who were hurt."),
            ("The budget will cut the deficit by a third within two years.",
             "Within two years the budget is going to reduce the deficit by one third."),
            ("Nobody in this department will escape accountability.",
             "No one in this ministry will avoid being held to account."),
            ("These are difficult choices, but they are the right choices.",
             "The choices are hard ones, yet they are correct."),
            ("The unions must return to the table before the weekend.",
             "Union leaders have to come back to negotiations before Saturday."),
        )},
    "court statement": {
        "role": "Judge", "title": "Sentencing remarks of Judge {speaker} in the {place} fraud trial", "language": "en",
        "topics": ("the pension fraud", "the bribery case", "the collapse of the harbour bank"),
        "passages": (
            ("You betrayed the trust of thousands of pensioners who relied on you.",
             "Thousands of pensioners trusted you, and you betrayed them."),
            ("The harm you caused cannot be measured in money alone.",
             "The damage you did cannot be counted only in money."),
            ("The court has taken into account your guilty plea and your remorse.",
             "Your plea of guilty and your remorse have been considered by this court."),
            ("No one is above the law, however powerful they may be.",
             "However powerful a person is, nobody stands above the law."),
        )},
    "sports interview": {
        "role": "Coach", "title": "Post-match interview of coach {speaker} after the {place} final", "language": "es",
        "topics": ("the cup final", "the relegation battle", "the transfer window"),
        "passages": (
            ("We fought for every ball and I am proud of these players.",
             "The team fought for each ball and I feel proud of them.",
             "My players battled for every single ball, and I am proud."),
            ("The referee made a terrible decision that changed the game.",
             "A dreadful call by the referee turned the match.",
             "The referee's awful decision changed everything in the game."),
            ("Next season we will come back stronger, I promise the fans.",
             "I promise our supporters we will return stronger next season."),
            ("Losing a final hurts more than anything in football.",
             "Nothing in football hurts like losing a final."),
        )},
    "campaign rally": {
        "role": "Senator", "title": "Campaign rally of Senator {speaker} in {place}", "language": "en",
        "topics": ("factory closures", "farm subsidies", "the housing crisis", "corruption in the capital"),
        "passages": (
            ("They lied to you about {topic}, and they are lying again.",
             "On {topic} they lied to you, and now they lie once more."),
            ("We will bring the factories home and the jobs with them.",
             "The factories are coming back home, and so are the jobs."),
            ("This election is a battle for the soul of our nation.",
             "What is at stake in this election is the soul of the nation."),
            ("Every family deserves a safe home and a fair wage.",
             "All families deserve a secure house and decent pay."),
            ("The corrupt elite in the capital must finally answer to the people.",
             "The crooked elite of the capital has to answer to ordinary people at last."),
        )},
    "militant audio message": {
        "role": "commander", "title": "Audio message of commander {speaker}", "language": "ar",
        "topics": ("the siege of {place}", "the offensive on {place}"),
        "passages": (
            ("Do not retreat, for holding your ground is a thousand times more honourable than fleeing.",
             "Never withdraw: standing firm is a thousand times better than running away in shame.",
             "Hold your positions, as steadfastness is far nobler than retreat."),
            ("The enemy will be defeated in {place}, God willing.",
             "God willing, the enemy shall be crushed in {place}.",
             "In {place} the enemy will be beaten, if God wills."),
            ("Turn their nights into days and make them fear every street.",
             "Make their nights like days and let them dread every road."),
            ("This war is a test of faith for every one of you.",
             "For each of you this war is a trial of faith."),
        )},
}
DOMAIN_NAMES = tuple(DOMAINS)

REACTORS = (
    ("named person", "opposition leader {name}", "{name}"),
    ("named person", "{name}, a professor of politics at the University of {place}", "{name}"),
    ("organisation", "the {place} Chamber of Commerce", "the chamber"),
    ("organisation", "the Interior Ministry", "the ministry"),
    ("anonymous", "a senior official who asked not to be named", "the official"),
    ("anonymous", "residents", "residents"),
    ("named person", "{name}, a spokesperson for the {place} council", "{name}"),
)
REACTIONS = (
    "This is a reckless gamble with people's lives.",
    "We welcome the commitment, but we need to see the details.",
    "Nothing in the speech addresses the real problems families face.",
    "The markets will take this as a signal of stability.",
    "People here are frightened and they want answers.",
    "It was a speech for the cameras, not for the country.",
    "We have heard these promises before.",
)
SAY = ("said", "told reporters", "added", "said on Thursday", "warned", "insisted", "argued")

# Filler sentences by frame (Semetko & Valkenburg 2000 frame families), with {adj} slots for emotive words.
FILLER = {
    "conflict": ("Rival factions traded accusations after the {adj} exchange in parliament.",
                 "The opposition attacked the plan and vowed to fight it in every vote.",
                 "Critics accused the government of provoking a confrontation it could not win.",
                 "Clashes between supporters and protesters broke out near the square.",
                 "Both sides blamed each other for the deadlock over {topic}."),
    "economic": ("Analysts estimated the measures would cost about {money} over five years.",
                 "Shares in local firms fell after the announcement, and the currency weakened.",
                 "Business groups said the plan could cost thousands of jobs in {place}.",
                 "The budget office has yet to publish a full estimate of the costs.",
                 "Economists warned that {topic} could push inflation higher."),
    "human": ("In {place}, a mother of three said she had not slept since the news broke.",
              "Families gathered outside the hall, some in tears, others holding {adj} banners.",
              "A retired teacher described the {adj} moment her street was evacuated.",
              "Children waved flags as the motorcade passed through {place}.",
              "For many residents, the words brought {adj} memories of the last crisis."),
    "morality": ("Religious leaders called the remarks a moral test for the country.",
                 "Several bishops said the speech ignored the duty to protect the weak.",
                 "Commentators asked whether it was right to speak of {topic} in those terms.",
                 "The speech was framed as a question of honour and duty."),
    "responsibility": ("The government said it would set up a task force on {topic} within a month.",
                       "Officials said the ministry was responsible for delays in the response.",
                       "Lawmakers demanded an inquiry into who was to blame for {topic}.",
                       "The council promised new rules to prevent a repeat."),
}
FRAME_NAMES = tuple(FILLER)
BACKGROUND = ("The speech lasted about {minutes} minutes and was broadcast live.",
              "It was the first major address since {topic} dominated the headlines.",
              "{speaker_short} has given few interviews this year.",
              "The text of the speech was published later on an official website.",
              "Polls last month suggested the public was divided on {topic}.")
EMOTIVE = {"uk": ("shocking", "heartbreaking", "furious", "terrifying", "extraordinary", "bitter", "honourable"),
           "us": ("shocking", "heartbreaking", "furious", "terrifying", "extraordinary", "bitter", "honorable")}
NEUTRAL_ADJ = ("brief", "formal", "lengthy", "scheduled", "public", "televised")
CAPTIONS = ("Supporters gather outside the hall in {place}", "{speaker_short} speaks during the address",
            "Police officers stand guard near the venue", "A view of the crowd in {place} on Thursday")
CREDITS = ("AP", "Reuters", "Getty Images", "AFP", "EPA")


# ------------------------------------------------------------------ helpers


def _rng(seed: int, *key) -> random.Random:
    """An independent, reproducible random stream for one item (string seeds hash stably)."""
    return random.Random(":".join(str(k) for k in (seed, *key)))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _stamp(layout: str, year: int, month: int, day: int, hour: int, minute: int) -> str:
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    import datetime as _dt

    weekday = days[_dt.date(year, month, day).weekday()]
    mon = months[month - 1]
    h12, ampm = (hour % 12 or 12), ("am" if hour < 12 else "pm")
    if layout == "uk_long":
        return f"{weekday} {day:02d} {mon} {year} {hour:02d}:{minute:02d} GMT"
    if layout == "us_bullet":
        return f"\u2022 {mon} {day}, {year} {h12}:{minute:02d} {ampm}"
    if layout == "uk_published":
        return f"Published: {hour:02d}:{minute:02d}, {day} {mon} {year}"
    if layout == "us_plain":
        return f"{mon} {day}, {year} {h12}:{minute:02d} {ampm.upper()} EST"
    return f"{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d} UTC"


def _article(word: str) -> str:
    """``word`` with its indefinite article (a/an)."""
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def _americanise(text: str) -> str:
    for uk, us in (("honour", "honor"), ("apologise", "apologize"), ("neighbour", "neighbor"),
                   ("defence", "defense"), ("centre", "center"), ("labour", "labor")):
        text = text.replace(uk, us).replace(uk.capitalize(), us.capitalize())
    return text


# ------------------------------------------------------------------ events


def make_event(index: int, seed: int = 0) -> dict:
    """The ``index``-th event of archive ``seed``: meta data, the speech passages and the outlets covering it.

    Usage:
        >>> ev = make_event(0, seed=3)
        >>> sorted(ev) == ['aliases', 'date', 'domain', 'id', 'language', 'outlets', 'passages', 'place',
        ...                'speaker', 'title', 'topic']
        True
        >>> ev == make_event(0, seed=3)
        True
    """
    rng = _rng(seed, "event", index)
    domain = rng.choice(DOMAIN_NAMES)
    spec = DOMAINS[domain]
    first, last = rng.choice(FIRST), rng.choice(LAST)
    speaker = f"{first} {last}"
    place = rng.choice(PLACES)
    topic = rng.choice(spec["topics"]).format(place=place)
    year, month, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    role = spec["role"]
    aliases = [speaker, last, f"{role} {last}", f"the {role.lower()}"]
    chosen = rng.sample(range(len(spec["passages"])), k=min(len(spec["passages"]), rng.randint(3, 5)))
    passages = [[v.format(place=place, topic=topic) for v in spec["passages"][i]] for i in chosen]
    n_outlets = rng.randint(2, min(6, len(OUTLETS)))
    outlets = sorted(rng.sample(range(len(OUTLETS)), k=n_outlets))
    slug = f"e{index:05d}-{domain.split()[0]}-{last.lower()}-{year}-{month:02d}-{day:02d}"
    return {"id": slug, "title": spec["title"].format(speaker=speaker, place=place, topic=topic),
            "speaker": speaker, "aliases": aliases, "date": f"{year}-{month:02d}-{day:02d}",
            "language": spec["language"], "domain": domain, "place": place, "topic": topic,
            "passages": passages, "outlets": [OUTLETS[i] for i in outlets]}


# ------------------------------------------------------------------ articles


def _quote_paragraph(rng: random.Random, text: str, who: str, style: OutletStyle, form: str) -> str:
    """One paragraph quoting ``text`` with ``who`` attributed in position ``form``."""
    o, c = style.marks
    verb = rng.choice(SAY)
    if form == "after":
        body = text.rstrip(".")
        return f"{o}{body},{c} {who} {verb}."
    if form == "before":
        return f"{who} {verb}: {o}{text}{c}"
    if form == "inside":
        words = text.split()
        cut = max(2, len(words) // 2)
        return f"{o}{' '.join(words[:cut]).rstrip(',.')},{c} {who} {verb}, {o}{' '.join(words[cut:])}{c}"
    if form == "according":
        return f"According to {who}, {o}{text[0].lower() + text[1:]}{c}"
    if form == "fragment":
        words = text.rstrip(".").split()
        k = min(len(words), rng.randint(3, 6))
        start = rng.randint(0, len(words) - k)
        return f"{who} {rng.choice(('promised', 'vowed', 'said', 'claimed'))} to {o}{' '.join(words[start:start + k])}{c}."
    # "bare": an unattributed quote paragraph; the speaker was named in the previous paragraph
    return f"{o}{text}{c}"


def make_article(event: dict, outlet: str, index: int, seed: int = 0, words: int = 600) -> dict:
    """One raw article about ``event`` by ``outlet`` (deterministic), with what was put in it.

    Returns a dict with ``raw`` (the captured text) and ``true_*`` fields.

    Usage:
        >>> ev = make_event(1, seed=0)
        >>> art = make_article(ev, ev["outlets"][0], 0, seed=0, words=200)
        >>> art["true_headline"] == art["raw"].splitlines()[0]
        True
        >>> len(art["raw"].split()) > 200
        True
    """
    style = next(s for s in OUTLET_STYLES if s.name == outlet)
    rng = _rng(seed, "article", event["id"], outlet, index)
    speaker, last = event["speaker"], event["aliases"][1]
    role_name = event["aliases"][2]
    place, topic = event["place"], event["topic"]
    year, month, day = (int(x) for x in event["date"].split("-"))
    o, c = style.marks
    io, ic = style.inner
    ho, hc = style.headline_marks
    fix = _americanise if style.spelling == "us" else (lambda s: s)
    adjs = EMOTIVE[style.spelling]

    def adj() -> str:
        return rng.choice(adjs) if rng.random() < style.emotive else rng.choice(NEUTRAL_ADJ)

    def fill(template: str) -> str:
        return fix(template.format(adj=adj(), topic=topic, place=place, money=f"${rng.randint(2, 90)} billion",
                                   minutes=rng.randint(12, 70), speaker_short=f"{role_name}"))

    # translation family: wire copy always uses the same variant, other outlets pick one
    wire = rng.choice(WIRES) if style.byline == "wire" or rng.random() < 0.2 else ""
    family = (WIRES.index(wire) if wire else rng.randrange(3))
    passages = [fix(p[family % len(p)]) for p in event["passages"]]
    n_quote = max(1, round(len(passages) * style.quote_rate))
    quoted = rng.sample(passages, k=min(n_quote, len(passages)))

    headline_quote = " ".join(quoted[0].rstrip(".").split()[:rng.randint(3, 5)])
    headline = fix(rng.choice((
        f"{role_name}: {ho}{headline_quote}{hc}",
        f"{role_name} vows {ho}{headline_quote}{hc} in {event['domain']}",
        f"{last} speech on {topic} divides {place}",
        f"{ho}{headline_quote}{hc}: {last} under fire after {event['domain']}",
    )))
    standfirst = fix(f"{role_name} tells supporters that {topic} is {_article(adj())} test as critics respond")
    byline_people = [_person(rng) for _ in range(rng.choice((1, 1, 2)))]
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    stamp = _stamp(style.stamp, year, month, day, hour, minute)
    caption = CAPTIONS[rng.randrange(len(CAPTIONS))].format(place=place, speaker_short=role_name)
    credit = rng.choice(CREDITS)

    lines: list[str] = [headline]
    if style.stamp != "us_bullet":
        lines.append(standfirst)
    if style.byline == "bare":
        lines += [" and ".join(byline_people), stamp]
    if style.byline != "bare" and style.stamp == "us_bullet":
        lines += [f"{caption} / {credit.upper()}", stamp]
    lines += list(style.header_furniture)
    if style.stamp != "us_bullet":
        lines += [caption, f"{caption} ({credit})"] if style.byline == "bare" else [f"{caption} / {credit}"]
    if style.byline != "bare":
        lines.append("By " + " and ".join(byline_people))
        if style.stamp != "us_bullet":
            lines.append(stamp)

    # body
    body: list[str] = []
    city = place.upper()
    role = role_name.split()[0]
    lead = fix(f"{role[0].upper() + role[1:]} {speaker} {rng.choice(('used', 'delivered', 'gave'))} {_article(adj())} {event['domain']} "
               f"on {topic}, telling listeners there was no turning back and drawing sharp reactions.")
    if wire:
        dash = {"Reuters": "\u2013", "AP": "\u2014", "AFP": "-"}[wire]
        lead = f"{city} ({wire}){dash}{lead}" if wire == "Reuters" else f"{city} ({wire}) {dash} {lead}"
    body.append(lead)
    n_quotes = n_speech = 0
    forms = ["after", "before", "inside", "according", "fragment", "bare"]
    for k, passage in enumerate(quoted):
        form = forms[(k + rng.randrange(len(forms))) % len(forms)]
        who = rng.choice((last, speaker, role_name, f"the {event['aliases'][3].split()[-1]}"))
        if form == "bare":
            body.append(fix(f"{role_name} spoke for {rng.randint(12, 70)} minutes on {topic}."))
        if form == "according":
            who = f"a transcript released by {last}'s office"
        body.append(_quote_paragraph(rng, passage, who, style, form))
        n_quotes += 2 if form == "inside" else 1
        n_speech += 2 if form == "inside" else 1
    # a quotation running over two paragraphs: the first paragraph is left open
    if len(passages) >= 2 and rng.random() < 0.5:
        a, b = rng.sample(passages, 2)
        body.append(f"{last} went further. {o}{a}")
        body.append(f"{o}{b}{c}")
        n_quotes += 1
        n_speech += 1
    furniture_words = 3 if wire else 0  # the dateline ("CITY (Reuters) -") is not body text
    words_now = sum(len(p.split()) for p in body) - furniture_words
    frames = list(style.frames)
    event_rng = _rng(seed, "event-tilt", event["id"])
    tilt = event_rng.randrange(len(frames))  # every event leans towards one frame for all outlets
    frames[tilt] += 0.3
    used: set[str] = set()
    n_reactions = 0
    while words_now < words:
        r = rng.random()
        if r < 0.18 and n_reactions < 4:
            kind, full, short = rng.choice(REACTORS)
            name = _person(rng)
            who = full.format(name=name, place=rng.choice(PLACES))
            reaction = fix(rng.choice(REACTIONS))
            if rng.random() < 0.3:  # a reaction that quotes the speech inside it (nested marks)
                frag = " ".join(rng.choice(passages).rstrip(".").split()[:4])
                reaction = reaction.rstrip(".") + f" when he says {io}{frag}{ic}."
                n_speech += 0  # nested: a quotation of the speech inside someone else's quotation
                n_quotes += 1
            para = _quote_paragraph(rng, reaction, who if rng.random() < 0.7 else short.format(name=name),
                                    style, rng.choice(("after", "before", "after")))
            body.append(para[0].upper() + para[1:])
            n_quotes += 1
            n_reactions += 1
        elif r < 0.26:
            kind, full, short = rng.choice(REACTORS)
            who = full.format(name=_person(rng), place=rng.choice(PLACES))
            body.append(fix(f"{who[0].upper() + who[1:]} said that the {event['domain']} had "
                            f"{rng.choice(('changed little', 'raised the stakes', 'surprised many'))} "
                            f"and that {topic} would dominate the coming weeks."))
        elif r < 0.30:
            body.append(fix(f"Opponents dismissed what they called the {o}{rng.choice(('plan', 'vision', 'reset', 'promise'))}{c} "
                            f"as empty words."))
            n_quotes += 1
        else:
            frame = rng.choices(FRAME_NAMES, weights=frames)[0]
            sentences = []
            target = style.sentence_len * rng.randint(2, 4)
            while sum(len(s.split()) for s in sentences) < target:
                pool = FILLER[frame] if rng.random() < 0.7 else BACKGROUND
                fresh = [t for t in pool if t not in used] or list(pool)
                template = rng.choice(fresh)
                used.add(template)
                s = fill(template)
                if style.sentence_len > 20 and rng.random() < 0.5:
                    s = s.rstrip(".") + fix(f", {rng.choice(('officials said', 'according to local media', 'as the debate over ' + topic + ' continued', 'in a sign of how divided ' + place + ' has become'))}.")
                sentences.append(s)
            body.append(" ".join(sentences))
        words_now = sum(len(p.split()) for p in body) - furniture_words
        if style.body_furniture and rng.random() < 0.08:
            line = rng.choice(style.body_furniture).format(related=fix(f"{last} faces new questions over {topic}"))
            body.append(line)
            furniture_words += len(line.split())
    tags = ", ".join([event["domain"].title(), place, last, topic.capitalize()])
    footer = [f.format(tags=tags) for f in style.footer]
    text = lines[0] + "\n\n" + "\n".join(lines[1:]) + "\n\n" + "\n\n".join(body)
    if footer:
        text += "\n\n" + "\n\n".join(footer)
    return {"event": event["id"], "article_id": f"{index:03d}_{style.domain.split('.')[0]}", "outlet": outlet,
            "file": f"{index:03d}_{style.domain.split('.')[0]}.txt",
            "url": f"https://{style.domain}/{year}/{month:02d}/{day:02d}/{event['id']}",
            "provenance": f"synthetic (analysis.synth, seed {seed})", "speaker": speaker,
            "aliases": "; ".join(event["aliases"]), "title": event["title"], "date": event["date"],
            "language": event["language"], "raw": text + "\n", "true_headline": headline,
            "true_byline": "; ".join(byline_people), "true_n_quotes": n_quotes, "true_n_speech_quotes": n_speech}


def iter_events(n_events: int, seed: int = 0) -> Iterator[dict]:
    """Events ``0 .. n_events-1`` of archive ``seed``, one at a time."""
    for i in range(n_events):
        yield make_event(i, seed)


def iter_articles(n_articles: int, seed: int = 0, words: int = 600) -> Iterator[dict]:
    """Exactly ``n_articles`` articles, event after event, generated lazily (constant memory).

    Each event is covered by 2 to 6 outlets (one article each).

    Usage:
        >>> [a["outlet"] for a in iter_articles(4, seed=2, words=80)] == [a["outlet"] for a in iter_articles(4, seed=2, words=80)]
        True
    """
    if n_articles < 0:
        raise ValueError(f"n_articles must be 0 or more, got {n_articles}")
    made, i = 0, 0
    while made < n_articles:
        ev = make_event(i, seed)
        for k, outlet in enumerate(ev["outlets"]):
            if made == n_articles:
                return
            yield make_article(ev, outlet, k, seed=seed, words=words)
            made += 1
        i += 1


def article_table(n_articles: int, seed: int = 0, words: int = 600) -> pd.DataFrame:
    """The archive as one in-memory table with columns :data:`TABLE_COLUMNS` (for small archives).

    Usage:
        >>> t = article_table(5, seed=0, words=100)
        >>> len(t), list(t.columns) == TABLE_COLUMNS
        (5, True)
    """
    return pd.DataFrame(list(iter_articles(n_articles, seed, words)), columns=TABLE_COLUMNS)


def write_article_table(path: str | Path, n_articles: int, seed: int = 0, words: int = 600,
                        batch: int = 2000) -> Path:
    """Stream the archive to one Parquet (``.parquet``) or CSV (``.csv``) file, ``batch`` rows at a time.

    Parquet row groups hold ``batch`` articles, so readers can stream them back.

    Usage:
        >>> import tempfile, pathlib
        >>> p = write_article_table(pathlib.Path(tempfile.mkdtemp()) / "a.csv", 3, words=80)
        >>> len(pd.read_csv(p))
        3
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".parquet", ".csv"):
        raise InputError(path, "use a .parquet or .csv file name for the article table")
    path.parent.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    writer = None
    first = True
    import pyarrow as pa
    import pyarrow.parquet as pq

    def flush() -> None:
        nonlocal writer, first
        frame = pd.DataFrame(rows, columns=TABLE_COLUMNS)
        if suffix == ".parquet":
            table = pa.Table.from_pandas(frame, preserve_index=False)
            if writer is None:
                writer = pq.ParquetWriter(path, table.schema)
            writer.write_table(table, row_group_size=len(frame))
        else:
            frame.to_csv(path, mode="w" if first else "a", header=first, index=False, lineterminator="\n")
        first = False
        rows.clear()

    for art in iter_articles(n_articles, seed, words):
        rows.append(art)
        if len(rows) == batch:
            flush()
    if rows or first:
        flush()
    if writer is not None:
        writer.close()
    return path


def write_event_folders(root: str | Path, n_articles: int, seed: int = 0, words: int = 600) -> list[Path]:
    """Write the archive as event folders (``event.toml``, ``manifest.csv``, ``.txt`` files) under ``root``.

    Existing event folders are refused, never overwritten. Returns the folders written.

    Usage:
        >>> import tempfile
        >>> folders = write_event_folders(tempfile.mkdtemp(), 4, seed=0, words=80)
        >>> sorted(p.name for p in folders[0].iterdir())[-2:]
        ['event.toml', 'manifest.csv']
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    folders: dict[str, Path] = {}
    manifests: dict[str, list[dict]] = {}

    def q(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    for art in iter_articles(n_articles, seed, words):
        ev = art["event"]
        if ev not in folders:
            folder = root / ev
            if folder.exists():
                raise InputError(folder, "already exists; write the synthetic archive into an empty folder")
            folder.mkdir()
            aliases = ", ".join(q(a) for a in art["aliases"].split("; "))
            (folder / "event.toml").write_text(
                f"# Synthetic event (analysis.synth, seed {seed}); fictional speaker and coverage.\n"
                f"id = {q(ev)}\ntitle = {q(art['title'])}\nspeaker = {q(art['speaker'])}\naliases = [{aliases}]\n"
                f"date = {q(art['date'])}\nlanguage = {q(art['language'])}\ncoverage_language = \"en\"\n"
                f"transcript = \"\"\n", encoding="utf-8")
            folders[ev] = folder
            manifests[ev] = []
        (folders[ev] / art["file"]).write_text(art["raw"], encoding="utf-8")
        manifests[ev].append({k: art.get(k, "") for k in MANIFEST_COLUMNS if k in ("file", "outlet", "url", "provenance")})
    for ev, rows in manifests.items():
        with open(folders[ev] / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow({c: row.get(c, "") for c in MANIFEST_COLUMNS})
    return list(folders.values())
