"""Generic news frames with their evidence (Semetko & Valkenburg 2000).

Semetko & Valkenburg (2000, "Framing European politics: a content analysis of
press and television news", *Journal of Communication* 50(2): 93-109) code five
generic frames with 20 yes/no questions: responsibility (5 items), human
interest (5), conflict (4), morality (3) and economic consequences (3); a
frame's score is the mean of its items (0 to 1).

Here every item is a transparent rule kept as data in
``analysis/lexicons/frames.toml``: cue words and patterns applied to one
sentence at a time. A sentence that satisfies the rule is the item's
*evidence*, reported with the cue that matched, so a researcher can accept or
overrule every decision. Items are scored for four scopes of each article:
``headline``, ``lead`` (first body paragraph), ``body`` (lead and body
paragraphs) and ``article`` (everything, captions included). An item that
cannot be observed in a scope (H5, visuals, read from photo captions, in a text
without captions) is NA and left out of the frame's mean.

The rules are a first pass, not a validated instrument: :func:`coding_sheet`
exports one row per article and item for a human coder, and
:func:`rule_agreement` scores the rules against the coder's decisions.

Usage:
    >>> item_cues("Residents blamed the council for failing to fix the flood defences.")
    {'R1': 'council + fix', 'R2': 'blamed + council', 'C2': 'blamed'}
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .errors import InputError
from .naming import quoted_spans, whole_word_regex
from .paths import LEXICON_DIR
from .wordgate import WordGate

FRAME_RULES = LEXICON_DIR / "frames.toml"
FRAMES = ["responsibility", "human interest", "conflict", "morality", "economic consequences"]
SCOPES = {"headline": ("headline",), "lead": ("lead",), "body": ("lead", "body"), "article": None}
EVIDENCE_COLUMNS = ["paragraph", "sentence", "section", "start", "end", "frame", "item", "cue", "in_quote", "text"]
ITEM_COLUMNS = ["scope", "frame", "item", "question", "present", "n_sentences", "n_quoted", "cues", "evidence"]
_SET_REF = re.compile(r"\{@(\w+)\}")   # "{@people}" inside a pattern: any pattern of that set
SHEET_COLUMNS = ["article_id", "outlet", "headline", "frame", "item", "question", "rule", "rule_decision",
                 "evidence", "coder_decision", "coder_note"]


@dataclass(frozen=True, eq=False)
class FrameRules:
    """The 20 item rules, parsed and compiled (see ``lexicons/frames.toml`` for the format)."""

    items: tuple
    sources: tuple = ()
    gate: WordGate | None = None   # every pattern of the items, numbered by their *_slot fields; see "needs"

    def table(self) -> pd.DataFrame:
        """The rules as a readable table: ``item, frame, question, rule, sections``."""
        return pd.DataFrame([{"item": it["id"], "frame": it["frame"], "question": it["question"],
                              "rule": it["rule"], "sections": ", ".join(it["sections"] or ["all"])}
                             for it in self.items])


def _compile(patterns: list[str], path: Path, item: str) -> re.Pattern | None:
    if not patterns:
        return None
    try:
        return whole_word_regex(patterns, re.IGNORECASE)
    except re.error as exc:
        raise InputError(path, f"item {item}: a pattern is not a regular expression: {exc}") from exc


def _expand(value, sets: dict, path: Path, item: str) -> list[str]:
    values = [value] if isinstance(value, str) else list(value)
    out = []
    for v in values:
        if not isinstance(v, str):
            raise InputError(path, f"item {item}: patterns must be strings, got {v!r}")
        if v.startswith("@"):
            if v[1:] not in sets:
                raise InputError(path, f"item {item}: unknown set '{v}' (define it under [sets])")
            out.extend(sets[v[1:]])
        else:
            for name in _SET_REF.findall(v):
                if name not in sets:
                    raise InputError(path, f"item {item}: unknown set '{{@{name}}}' (define it under [sets])")
            out.append(_SET_REF.sub(lambda m: "(?:" + "|".join(sets[m.group(1)]) + ")", v))
    return out


def load_frame_rules(*paths: str | Path) -> FrameRules:
    """Read the frame rules (the package file, then any extra files whose items replace those with the same id).

    Usage:
        >>> rules = load_frame_rules()
        >>> len(rules.items), sorted({it["frame"] for it in rules.items}) == sorted(FRAMES)
        (20, True)
    """
    files = (FRAME_RULES, *[Path(p) for p in paths])
    return _load_rules(files, tuple(f.stat().st_mtime_ns if f.exists() else 0 for f in files))


@lru_cache(maxsize=16)
def _load_rules(files: tuple, _mtimes: tuple) -> FrameRules:
    sets: dict[str, list[str]] = {}
    items: dict[str, dict] = {}
    for path in files:
        if not path.exists():
            raise InputError(path, "frame rule file not found")
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise InputError(path, f"is not valid TOML: {exc}") from exc
        sets.update({k: list(v) for k, v in data.get("sets", {}).items()})
        for entry in data.get("item", []):
            iid = entry.get("id", "?")
            for key in ("id", "frame", "question", "rule"):
                if key not in entry:
                    raise InputError(path, f"item {iid} has no '{key}'")
            if entry["frame"] not in FRAMES:
                raise InputError(path, f"item {iid}: frame '{entry['frame']}' is not one of {', '.join(FRAMES)}")
            if not entry.get("cues") and not entry.get("pairs"):
                raise InputError(path, f"item {iid} has neither 'cues' nor 'pairs'")
            pairs = []
            for pair in entry.get("pairs", []):
                if len(pair) != 2:
                    raise InputError(path, f"item {iid}: each entry of 'pairs' must hold two pattern lists")
                pairs.append(tuple(_compile(_expand(side, sets, path, iid), path, iid) for side in pair))
            cues = _compile(_expand(entry.get("cues", []), sets, path, iid), path, iid)
            items[iid] = {"id": iid, "frame": entry["frame"], "question": entry["question"], "rule": entry["rule"],
                          "cues": cues, "pairs": tuple(pairs),
                          "unless": _compile(_expand(entry.get("unless", []), sets, path, iid), path, iid),
                          "sections": tuple(entry.get("sections", ()))}
    order = {f: i for i, f in enumerate(FRAMES)}
    ordered = sorted(items.values(), key=lambda it: order[it["frame"]])
    patterns: list[re.Pattern] = []
    numbered = [_number_patterns(it, patterns) for it in ordered]
    gate = WordGate(patterns)
    return FrameRules(items=tuple({**it, "needs": _triggers(it, gate)} for it in numbered),
                      sources=tuple(str(f) for f in files), gate=gate)


def _number_patterns(item: dict, patterns: list) -> dict:
    """``item`` with the numbers its patterns get in ``patterns`` (appended to it): ``cue_slot``,
    ``pair_slots`` and ``unless_slot`` (None where the item has no such pattern)."""
    def number(pattern):
        if pattern is None:
            return None
        patterns.append(pattern)
        return len(patterns) - 1

    return {**item, "cue_slot": number(item["cues"]),
            "pair_slots": tuple((number(a), number(b)) for a, b in item["pairs"]),
            "unless_slot": number(item["unless"])}


# ---------------------------------------------------------------- one sentence

def _fires(item: dict, text: str) -> tuple[str, int, int] | None:
    """The cue that makes ``item`` fire on ``text`` and its span, or None."""
    if item["unless"] is not None and item["unless"].search(text):
        return None
    if item["cues"] is not None:
        m = item["cues"].search(text)
        if m:
            return m.group(0), m.start(), m.end()
    for a, b in item["pairs"]:
        ma = a.search(text)
        if ma:
            mb = b.search(text)
            if mb:
                return f"{ma.group(0)} + {mb.group(0)}", min(ma.start(), mb.start()), max(ma.end(), mb.end())
    return None


def _item_matches(text: str, section: str, rules: FrameRules) -> dict[str, tuple[str, int, int]]:
    out = {}
    for item in rules.items:
        if item["sections"] and section not in item["sections"]:
            continue
        hit = _fires(item, text)
        if hit is not None:
            out[item["id"]] = (" ".join(hit[0].split()), hit[1], hit[2])
    return out


def item_cues(text: str, section: str = "body", rules: FrameRules | None = None) -> dict[str, str]:
    """The items that fire on one sentence, with the matched cue: ``{item id: cue}``.

    ``section`` matters for items limited to some sections (H5 reads captions).

    Usage:
        >>> item_cues("A child sits on the rubble of her flooded home.", section="caption")
        {'H1': 'A child', 'H5': 'child'}
        >>> item_cues("A child sits on the rubble of her flooded home.", section="body")
        {'H1': 'A child'}
    """
    if not isinstance(text, str):
        raise TypeError(f"item_cues expects a str, got {type(text).__name__}")
    rules = rules or load_frame_rules()
    return {iid: hit[0] for iid, hit in _item_matches(text, section, rules).items()}


# ---------------------------------------------------------------- one article

def sentence_frames(sentences: pd.DataFrame, rules: FrameRules | None = None) -> pd.DataFrame:
    """The evidence of one article: one row per sentence and item that fires
    (``paragraph, sentence, section, start, end, frame, item, cue, in_quote, text``).

    ``in_quote`` says the cue lies inside a direct quotation: the frame is carried by
    someone the outlet quotes (often the speech itself), not by the outlet's own words.

    Usage:
        >>> s = pd.DataFrame({"paragraph": [0, 1], "sentence": [0, 1], "section": ["headline", "lead"],
        ...                   "start": [0, 30], "end": [20, 80],
        ...                   "text": ["Mayor pledges aid", "Critics say the plan is too costly."]})
        >>> sentence_frames(s)[["section", "item", "cue"]].values.tolist()
        [['headline', 'R1', 'Mayor + pledges'], ['lead', 'C3', 'Critics'], ['lead', 'E2', 'costly']]
    """
    missing = {"paragraph", "sentence", "section", "start", "end", "text"} - set(sentences.columns)
    if missing:
        raise ValueError(f"sentence table lacks columns: {', '.join(sorted(missing))}")
    rules = rules or load_frame_rules()
    frame_of = {it["id"]: it["frame"] for it in rules.items}
    rows = []
    open_q, last_par = False, None
    for r in sentences.itertuples(index=False):
        text = str(r.text)
        if r.paragraph != last_par:
            open_q, last_par = False, r.paragraph
        quotes, next_open = quoted_spans(text, open_q)
        for iid, (cue, start, end) in _item_matches(text, str(r.section), rules).items():
            rows.append({"paragraph": r.paragraph, "sentence": r.sentence, "section": r.section, "start": r.start,
                         "end": r.end, "frame": frame_of[iid], "item": iid, "cue": cue,
                         "in_quote": any(a <= start and end <= b for a, b in quotes), "text": r.text})
        open_q = next_open
    return pd.DataFrame(rows, columns=EVIDENCE_COLUMNS).astype({"in_quote": bool})


def score_items(sentences: pd.DataFrame, evidence: pd.DataFrame, rules: FrameRules | None = None,
                exclude_quoted: bool = False) -> pd.DataFrame:
    """Item decisions of one article for every scope (``scope, frame, item, question, present,
    n_sentences, n_quoted, cues, evidence``); ``present`` is 1, 0 or NA (not observable in that scope);
    ``n_quoted`` counts evidence whose cue is inside a direct quotation. With ``exclude_quoted=True``
    such evidence does not count: the frame is then the outlet's own words only.

    Plain Python over the sentences' sections and the evidence rows (no table filtering per
    scope and item: this runs once per article in the corpus pipeline).

    Usage:
        >>> s = pd.DataFrame({"paragraph": [0], "sentence": [0], "section": ["lead"], "start": [0], "end": [28],
        ...                   "text": ["The union rejected the offer."]})
        >>> t = score_items(s, sentence_frames(s))
        >>> t[t["item"] == "C1"][["scope", "present"]].values.tolist()
        [['headline', <NA>], ['lead', 1], ['body', 1], ['article', 1]]
    """
    rules = rules or load_frame_rules()
    present_sections = set(sentences["section"].astype(str))
    has_quote = "in_quote" in evidence.columns
    rows_by_item: dict[str, list[tuple]] = {}
    for sec, iid, cue, quoted, text in zip(evidence["section"].astype(str), evidence["item"], evidence["cue"],
                                           evidence["in_quote"] if has_quote else [False] * len(evidence),
                                           evidence["text"]):
        if exclude_quoted and has_quote and bool(quoted):
            continue
        rows_by_item.setdefault(iid, []).append((sec, cue, bool(quoted), text))
    rows = []
    for scope, sections in SCOPES.items():
        scope_sections = present_sections if sections is None else present_sections & set(sections)
        for item in rules.items:
            eligible = scope_sections if not item["sections"] else scope_sections & set(item["sections"])
            ev = [r for r in rows_by_item.get(item["id"], ()) if sections is None or r[0] in sections]
            rows.append({"scope": scope, "frame": item["frame"], "item": item["id"], "question": item["question"],
                         "present": pd.NA if not eligible else int(bool(ev)), "n_sentences": len(ev),
                         "n_quoted": sum(r[2] for r in ev) if has_quote else 0,
                         "cues": "; ".join(dict.fromkeys(r[1] for r in ev)),
                         "evidence": " | ".join(f"\u00ab{r[3]}\u00bb [{r[1]}{' (quoted)' if r[2] else ''}]"
                                                for r in ev)})
    return pd.DataFrame(rows, columns=ITEM_COLUMNS).astype({"present": "Int64", "n_sentences": "int64",
                                                            "n_quoted": "int64"})


def _item_fires(item: dict, text: str, gate: WordGate, starts: dict | None = None) -> bool:
    """Whether ``item`` fires on ``text`` (the decision of :func:`_fires`, without locating the cue;
    the ``unless`` patterns are searched only when a cue or pair matched). ``gate`` is the rules'
    :class:`analysis.wordgate.WordGate` and ``starts`` its word starts of ``text``: each pattern is
    then tried only where a word starts with one of its keys; None searches every pattern."""
    return _slots_fire(item["cue_slot"], item["pair_slots"], item["unless_slot"], text, gate.found, starts)


def _slots_fire(cue, pairs, unless, text: str, found, starts: dict | None) -> bool:
    """:func:`_item_fires` for an item's pattern numbers (``cue_slot``, ``pair_slots``, ``unless_slot``)
    and the gate's ``found``: the corpus pipeline's form, with no look-ups in the item."""
    if cue is None or not found(cue, text, starts):
        for a, b in pairs:
            if found(a, text, starts) and found(b, text, starts):
                break
        else:
            return False
    return unless is None or not found(unless, text, starts)


def _triggers(item: dict, gate: WordGate) -> frozenset | None:
    """The numbers of the item's patterns one of which must have a word start with one of its keys
    (:meth:`analysis.wordgate.WordGate.starts`) for the item to fire: a cue with keys, and for each
    pair one side with keys; None when a cue or a pair has no keys (the item must always be tested).

    Usage:
        >>> rules = load_frame_rules()
        >>> item = next(it for it in rules.items if it["id"] == "C1")
        >>> _triggers(item, rules.gate) == item["needs"] == {item["cue_slot"]}
        True
    """
    paths = ([(item["cue_slot"],)] if item["cue_slot"] is not None else []) + list(item["pair_slots"])
    needs = set()
    for path in paths:
        keyed = [n for n in path if gate.keys[n] is not None]
        if not keyed:
            return None
        needs.add(keyed[0])
    return frozenset(needs)


def article_frame_scores(texts, sections, rules: FrameRules | None = None) -> dict[str, float]:
    """Frame scores of one article, whole-article scope, from its sentence texts and sections:
    ``{frame: score}`` (mean of the observable items, NaN when none is observable).

    The fast path for the corpus pipeline: equals ``frame_scores(article_frames(sentences))`` for
    scope ``article`` (tested), but stops testing an item on the article's sentences as soon as it
    has fired, and builds no tables. Each sentence is read once by the rules' word gate
    (:class:`analysis.wordgate.WordGate`): an item none of whose ``needs`` patterns has a word start
    with one of its keys is skipped, and a pattern is tried only at those word starts, not searched.

    Usage:
        >>> article_frame_scores(["Strike talks collapse", "The union rejected the offer."], ["headline", "lead"])["conflict"]
        0.25
    """
    rules = rules or load_frame_rules()
    texts = [str(t) for t in texts]
    sections = [str(s) for s in sections]
    if len(texts) != len(sections):
        raise ValueError(f"article_frame_scores needs one section per sentence, got {len(texts)} texts "
                         f"and {len(sections)} sections")
    present_sections = set(sections)
    eligible = {it["id"]: (not it["sections"] and bool(present_sections))
                or bool(present_sections & set(it["sections"])) for it in rules.items}
    gate = rules.gate
    found = gate.found
    # one plain tuple per item still to fire: id, sections, needs and its pattern numbers
    todo = [(it["id"], it["sections"], it["needs"], it["cue_slot"], it["pair_slots"], it["unless_slot"])
            for it in rules.items if eligible[it["id"]]]
    fired: set[str] = set()
    for text, section in zip(texts, sections):
        if not todo:
            break
        starts = gate.starts(text)
        live = None if starts is None else starts.keys()
        hits = [iid for iid, secs, needs, cue, pairs, unless in todo if (not secs or section in secs)
                and (live is None or needs is None or not live.isdisjoint(needs))
                and _slots_fire(cue, pairs, unless, text, found, starts)]
        if hits:
            fired.update(hits)
            todo = [entry for entry in todo if entry[0] not in fired]
    scores = {}
    for frame in FRAMES:
        observed = [int(it["id"] in fired) for it in rules.items if it["frame"] == frame and eligible[it["id"]]]
        scores[frame] = sum(observed) / len(observed) if observed else float("nan")
    return scores


def article_frames(sentences: pd.DataFrame, rules: FrameRules | None = None, exclude_quoted: bool = False) -> pd.DataFrame:
    """Item decisions with evidence for one article's sentence table (see :func:`score_items`).

    Usage:
        >>> s = pd.DataFrame({"paragraph": [0, 1], "sentence": [0, 1], "section": ["headline", "lead"],
        ...                   "start": [0, 30], "end": [20, 80],
        ...                   "text": ["Strike talks collapse", "The union rejected the offer."]})
        >>> t = article_frames(s)
        >>> t[(t["item"] == "C1")][["scope", "present"]].values.tolist()
        [['headline', 0], ['lead', 1], ['body', 1], ['article', 1]]
    """
    rules = rules or load_frame_rules()
    return score_items(sentences, sentence_frames(sentences, rules), rules, exclude_quoted)


# ---------------------------------------------------------------- event level

def frame_evidence(event, rules: FrameRules | None = None) -> pd.DataFrame:
    """Every sentence that triggers an item, in every article: ``article_id, outlet`` + :func:`sentence_frames` columns."""
    rules = rules or load_frame_rules()
    outlets = dict(zip(event.articles["article_id"], event.articles["outlet"]))
    frames = [sentence_frames(s, rules).assign(article_id=aid, outlet=outlets[aid])
              for aid, s in event.sentences.groupby("article_id", sort=False)]
    return pd.concat(frames, ignore_index=True)[["article_id", "outlet", *EVIDENCE_COLUMNS]]


def frame_table(event, rules: FrameRules | None = None, exclude_quoted: bool = False) -> pd.DataFrame:
    """Item decisions with evidence for every article and scope:
    ``article_id, outlet, scope, frame, item, question, present, n_sentences, n_quoted, cues, evidence``.

    ``exclude_quoted=True`` scores the outlet's own words only (cues inside direct quotations,
    often the speech itself, do not count).

    Usage:
        >>> from analysis import load_event
        >>> t = frame_table(load_event())
        >>> sorted(t["scope"].unique()), t.groupby("article_id").size().tolist()
        (['article', 'body', 'headline', 'lead'], [80, 80])
    """
    rules = rules or load_frame_rules()
    outlets = dict(zip(event.articles["article_id"], event.articles["outlet"]))
    frames = [article_frames(s, rules, exclude_quoted).assign(article_id=aid, outlet=outlets[aid])
              for aid, s in event.sentences.groupby("article_id", sort=False)]
    return pd.concat(frames, ignore_index=True)[["article_id", "outlet", *ITEM_COLUMNS]]


def frame_scores(table: pd.DataFrame) -> pd.DataFrame:
    """Frame scores per article and scope (mean of the observable items): ``article_id, outlet, scope,
    frame, score, n_items, n_present``.

    Usage:
        >>> t = pd.DataFrame({"article_id": ["a"] * 3, "outlet": ["A"] * 3, "scope": ["article"] * 3,
        ...                   "frame": ["conflict"] * 3, "item": ["C1", "C2", "C3"],
        ...                   "present": pd.array([1, 0, pd.NA], dtype="Int64")})
        >>> frame_scores(t)[["frame", "score", "n_items"]].values.tolist()
        [['conflict', 0.5, 2]]
    """
    t = table.assign(_p=table["present"].astype("Float64"))
    g = t.groupby(["article_id", "outlet", "scope", "frame"], sort=False)["_p"].agg(
        score="mean", n_items="count", n_present="sum").reset_index()
    return g.astype({"score": "float64", "n_items": "int64", "n_present": "int64"})


def frame_profile(table: pd.DataFrame, scope: str = "article") -> pd.DataFrame:
    """Outlet x frame: mean frame score over the outlet's articles in one scope, with the items that fired
    and their evidence: ``outlet, frame, score, n_articles, items, evidence``.

    Usage:
        >>> t = pd.DataFrame({"article_id": ["a", "a"], "outlet": ["A", "A"], "scope": ["article"] * 2,
        ...                   "frame": ["morality"] * 2, "item": ["M1", "M2"], "present": pd.array([1, 0], dtype="Int64"),
        ...                   "evidence": ["\u00abIt was shameful.\u00bb [shameful]", ""]})
        >>> frame_profile(t)[["outlet", "frame", "score", "items"]].values.tolist()
        [['A', 'morality', 0.5, 'M1']]
    """
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(SCOPES)}, got {scope!r}")
    t = table[table["scope"] == scope]
    scores = frame_scores(t)
    prof = scores.groupby(["outlet", "frame"], sort=False).agg(score=("score", "mean"),
                                                               n_articles=("article_id", "nunique")).reset_index()
    fired = t[t["present"].fillna(0) == 1]
    items = fired.groupby(["outlet", "frame"], sort=False)["item"].agg(lambda s: " ".join(dict.fromkeys(s)))
    texts = fired["evidence"] if "evidence" in fired.columns else pd.Series("", index=fired.index)
    evidence = fired.assign(_e=fired["item"] + ": " + texts.astype("string")).groupby(
        ["outlet", "frame"], sort=False)["_e"].agg(" || ".join)
    prof = prof.assign(items=[items.get((o, f), "") for o, f in zip(prof["outlet"], prof["frame"])],
                       evidence=[evidence.get((o, f), "") for o, f in zip(prof["outlet"], prof["frame"])])
    order = {f: i for i, f in enumerate(FRAMES)}
    outlets = {o: i for i, o in enumerate(dict.fromkeys(table["outlet"]))}
    prof = prof.assign(_o=prof["outlet"].map(outlets), _f=prof["frame"].map(order)).sort_values(["_o", "_f"])
    return prof.drop(columns=["_o", "_f"]).reset_index(drop=True)


def headline_vs_body(table: pd.DataFrame) -> pd.DataFrame:
    """Per outlet and frame, the headline's frame score against the body's: ``outlet, frame, headline,
    body, difference`` (headline minus body; NA when the headline has no observable item).

    Usage:
        >>> t = pd.DataFrame({"article_id": ["a"] * 4, "outlet": ["A"] * 4, "frame": ["conflict"] * 4,
        ...                   "scope": ["headline", "headline", "body", "body"], "item": ["C1", "C2"] * 2,
        ...                   "present": pd.array([1, 1, 1, 0], dtype="Int64")})
        >>> headline_vs_body(t)[["headline", "body", "difference"]].values.tolist()
        [[1.0, 0.5, 0.5]]
    """
    wide = {}
    for scope in ("headline", "body"):
        p = frame_profile(table, scope)
        wide[scope] = p.set_index(["outlet", "frame"])["score"]
    out = pd.DataFrame(wide).reset_index()
    return out.assign(difference=out["headline"] - out["body"])[["outlet", "frame", "headline", "body", "difference"]]


def coding_sheet(table: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """A sheet for manual validation: one row per article and item (whole-article scope) with the rule's
    decision, its evidence sentences, and empty ``coder_decision`` (1/0) and ``coder_note`` columns.

    ``articles`` (``ev.articles``) adds each article's headline. Save it with
    :func:`analysis.outputs.save_table`, fill it in, and read it back with
    :func:`rule_agreement`.

    Usage:
        >>> t = pd.DataFrame({"article_id": ["a"], "outlet": ["A"], "scope": ["article"], "frame": ["conflict"],
        ...                   "item": ["C1"], "question": ["Disagreement?"], "present": pd.array([1], dtype="Int64"),
        ...                   "evidence": ["\u00abThey rejected it.\u00bb [rejected]"]})
        >>> coding_sheet(t)[["item", "rule_decision", "coder_decision"]].values.tolist()
        [['C1', '1', '']]
    """
    t = table[table["scope"] == "article"]
    rules = {it["id"]: it["rule"] for it in load_frame_rules().items}
    heads = dict(zip(articles["article_id"], articles["headline"])) if articles is not None else {}
    decision = t["present"].astype("Int64").astype("string").fillna("NA")
    sheet = pd.DataFrame({"article_id": t["article_id"], "outlet": t["outlet"],
                          "headline": t["article_id"].map(lambda a: heads.get(a, "")),
                          "frame": t["frame"], "item": t["item"], "question": t["question"],
                          "rule": t["item"].map(lambda i: rules.get(i, "")), "rule_decision": decision,
                          "evidence": t["evidence"], "coder_decision": "", "coder_note": ""})
    return sheet[SHEET_COLUMNS].reset_index(drop=True)


def rule_agreement(sheet: pd.DataFrame) -> pd.DataFrame:
    """Agreement between the rules and a human coder on a filled coding sheet, per item and overall:
    ``item, n_coded, agreement, precision, recall, kappa`` (Cohen's kappa; NA where undefined).
    Rows whose ``coder_decision`` is empty or the rule decision NA are skipped.

    Usage:
        >>> s = pd.DataFrame({"item": ["C1"] * 4, "rule_decision": ["1", "1", "0", "0"],
        ...                   "coder_decision": ["1", "0", "0", ""]})
        >>> r = rule_agreement(s).to_dict("records")[0]
        >>> r["item"], r["n_coded"], round(r["agreement"], 3), r["precision"], r["recall"]
        ('C1', 3, 0.667, 0.5, 1.0)
    """
    coder = sheet["coder_decision"].astype("string").str.strip().fillna("")
    bad = sorted(set(coder) - {"", "0", "1", "0.0", "1.0"})
    if bad:
        raise ValueError(f"coder_decision must be 1 or 0 (or empty), found {bad}")
    s = sheet.assign(rule=pd.to_numeric(sheet["rule_decision"].astype("string"), errors="coerce"),
                     coder=pd.to_numeric(coder.replace("", pd.NA), errors="coerce"))
    s = s.dropna(subset=["rule", "coder"])

    def stats(g, name):
        r, c = g["rule"].astype(int), g["coder"].astype(int)
        n = len(g)
        agree = float((r == c).mean()) if n else float("nan")
        tp = int(((r == 1) & (c == 1)).sum())
        precision = tp / int((r == 1).sum()) if (r == 1).any() else float("nan")
        recall = tp / int((c == 1).sum()) if (c == 1).any() else float("nan")
        pe = (r.mean() * c.mean() + (1 - r.mean()) * (1 - c.mean())) if n else float("nan")
        kappa = (agree - pe) / (1 - pe) if n and pe < 1 else float("nan")
        return {"item": name, "n_coded": int(n), "agreement": float(agree), "precision": float(precision),
                "recall": float(recall), "kappa": float(kappa)}

    rows = [stats(g, item) for item, g in s.groupby("item", sort=False)]
    rows.append(stats(s, "all"))
    return pd.DataFrame(rows, columns=["item", "n_coded", "agreement", "precision", "recall", "kappa"])
