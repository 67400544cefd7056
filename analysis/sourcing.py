"""Sourcing: who gets a voice in each outlet's coverage, directly quoted or reported.

Built on the quote table (``Event.quotes``) and the indirect-attribution table
(``Event.indirect``). Every attribution is classified twice:

* **source class**: ``speech`` (the event's speaker: the speech itself), ``named person``,
  ``named institution``, ``anonymous`` ("a senior Kurdish official", "residents said"),
  ``outlet or monitor`` (another news organisation or a monitoring group), ``unattributed``;
* **role**: ``official``, ``military`` (state armed and security forces), ``civilian``,
  ``armed group`` (militias and paramilitaries, including those on the government's side),
  ``militant`` (insurgent, jihadist and terrorist fighters, and members of the event's own
  group as its naming lexicon labels them), ``expert``, ``media``, ``speech`` or ``other``, from
  the words describing the source (``lexicons/sourcing_roles.toml``; an event can add its own
  ``sourcing_roles.toml``). For a named person the description is looked up in the article
  (``British Foreign Secretary Boris Johnson``, ``Hoshiyar Zebari, a senior Kurdish politician,``).

Measures per outlet (Sigal 1973; Berkowitz 2009 on official and non-official sources; see
``../shared/RESEARCH.md``): attributions (direct and indirect both counted: indirect speech is
about half of attribution in news), distinct sources, share anonymous, share official,
attributions per 10 body sentences.

**Unit of count.** An *attribution* is one source speaking in one sentence: several quoted
fragments of the same source in one sentence count once (as direct, if any of them is quoted),
and each further sentence in which that source speaks counts again. This differs from the quote
table (``Event.quotes``), whose unit is the quoted span: a sentence with two fragments of the
speech is two quoted spans but one attribution.

Usage:
    >>> classify_role("a senior Kurdish official"), classify_role("military analyst")
    ('official', 'expert')
    >>> classify_role("the leader of the largest pro-government militia")
    'armed group'
    >>> describe_speaker("Boris Johnson", "British Foreign Secretary Boris Johnson said it was over.")
    'British Foreign Secretary'
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from .paths import LEXICON_DIR

ROLES_FILE = LEXICON_DIR / "sourcing_roles.toml"
ROLES = ("official", "military", "civilian", "armed group", "militant", "expert", "media")
ALL_ROLES = ("speech", *ROLES, "other")
SOURCE_CLASSES = ("speech", "named person", "named institution", "anonymous", "outlet or monitor", "unattributed")
SOURCE_COLUMNS = ["article_id", "outlet", "sentence", "paragraph", "section", "start", "end", "mode", "speaker",
                  "speaker_type", "description", "source", "source_class", "role", "named", "anonymous", "n_spans",
                  "text", "cue"]
PROFILE_COLUMNS = ["outlet", "articles", "sentences", "attributions", "direct", "indirect", "distinct_sources",
                   "named", "anonymous", "share_anonymous", "official", "share_official", "speech",
                   "per_10_sentences", "unattributed_quotes"]
VOICE_KINDS = ("quote", "fragment")
_PRONOUNS = frozenset("he she they it one we i you his her their him them this that who another others".split())
_LEADING = re.compile(r"^(?:a|an|the|one|another|some|several|two|three|many|other)\s+", re.I)
# words that end a title read backwards from a name ("..., said Deputy Mayor Ann Lee")
_TITLE_STOP = frozenset("""said says told tells that and but when while after before because since if as
    on in at by for with from to where who which whose whom than said, according heard""".split())


# ---------------------------------------------------------------- lexicon


def _compile_phrase(phrase: str) -> re.Pattern:
    body = r"[\s-]+".join(re.escape(p) for p in phrase.split())
    flags = 0 if (phrase.upper() == phrase and any(c.isalpha() for c in phrase)) else re.I
    return re.compile(rf"(?<![\w-]){body}(?:s|es)?(?![\w-])", flags)


def _read_roles_file(path: Path) -> dict:
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        from .errors import InputError

        raise InputError(path, f"is not valid TOML: {err}") from None


@lru_cache(maxsize=8)
def _default_roles() -> tuple[tuple[str, tuple[str, ...]], ...]:
    data = _read_roles_file(ROLES_FILE)
    return tuple((role, tuple(data["roles"][role]["words"])) for role in data["order"])


@lru_cache(maxsize=1)
def role_rules() -> dict:
    """The ``[event_group]`` and ``[allegiance]`` rules of ``lexicons/sourcing_roles.toml`` (see the file).

    Usage:
        >>> role_rules()["event_group"]["role"], role_rules()["allegiance"]["role"]
        ('militant', 'armed group')
    """
    data = _read_roles_file(ROLES_FILE)
    return {"event_group": dict(data.get("event_group", {})), "allegiance": dict(data.get("allegiance", {}))}


@lru_cache(maxsize=1)
def _allegiance_rx() -> re.Pattern | None:
    words = role_rules()["allegiance"].get("words", [])
    return re.compile("|".join(_compile_phrase(w).pattern for w in words), re.I) if words else None


def names_event_group(description: str, lexicon=None, aliases: Iterable[str] = ()) -> bool:
    """Whether a source's description labels it a member of the event's own group, by the event's
    naming lexicon (:func:`analysis.naming.find_labels`, with its guards) and the ``[event_group]``
    rules of ``lexicons/sourcing_roles.toml``.

    Usage:
        >>> names_event_group("Islamic State fighters"), names_event_group("Kurdish fighters")
        (True, False)
        >>> names_event_group("residents who fled Islamic State"), names_event_group("the group's followers")
        (False, False)
    """
    from .naming import find_labels, load_lexicon

    text = str(description or "").strip()
    if not text:
        return False
    rules = role_rules()["event_group"]
    actors = set(rules.get("actors", ()))
    ignore = set(rules.get("ignore_categories", ()))
    not_after = {w.lower() for w in rules.get("not_after", ())}
    labels = find_labels(text, lexicon or load_lexicon(), tuple(aliases))
    for actor, category, start, end in zip(labels["actor"], labels["category"], labels["start"], labels["end"]):
        if actor not in actors or category in ignore:
            continue
        if text[end:end + 1] == "-":          # "Islamic State-held": a place, not a member
            continue
        before = re.findall(r"[\w'-]+", text[:start].lower())
        before = [w for w in before if w not in ("the", "a", "an")]
        if before and before[-1] in not_after:
            continue
        return True
    return False


def load_roles(path: str | Path | None = None, extra: Mapping[str, Iterable[str]] | None = None) -> dict[str, list[str]]:
    """Role -> words, in order of precedence: the shipped lexicon, plus a file and/or a mapping to add.

    ``path``: a TOML file with the layout of ``lexicons/sourcing_roles.toml`` (``[roles.<role>]
    words = [...]``, optional ``order``); its words are added to the shipped ones and its ``order``,
    if given, replaces the shipped one. ``extra``: role -> words to add.

    Usage:
        >>> roles = load_roles(extra={"civilian": ["fisherman"]})
        >>> list(roles)[:2], "fisherman" in roles["civilian"]
        (['media', 'militant'], True)
    """
    roles = {role: list(words) for role, words in _default_roles()}
    if path is not None:
        data = _read_roles_file(Path(path))
        for role, spec in data.get("roles", {}).items():
            roles.setdefault(role, []).extend(spec.get("words", []))
        if "order" in data:
            roles = {r: roles.get(r, []) for r in data["order"]} | {r: w for r, w in roles.items() if r not in data["order"]}
    for role, words in (extra or {}).items():
        roles.setdefault(role, []).extend(words)
    return roles


@lru_cache(maxsize=32)
def _matchers(key: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[str, re.Pattern]]:
    return [(role, _compile_phrase(w)) for role, words in key for w in words]


def _roles_key(roles: Mapping[str, Iterable[str]] | None):
    if roles is None:
        return _default_roles()
    return tuple((r, tuple(w)) for r, w in roles.items())


def role_matches(description: str, roles: Mapping[str, Iterable[str]] | None = None) -> list[tuple[str, str]]:
    """The role words found in a description: ``[(role, matched text)]``, in text order.

    A match inside a longer match is dropped ("attorney general" is not a "general").

    Usage:
        >>> role_matches("the attorney general and a colonel")
        [('official', 'attorney general'), ('military', 'colonel')]
    """
    text = str(description or "")
    found = []
    for role, rx in _matchers(_roles_key(roles)):
        for m in rx.finditer(text):
            found.append((m.start(), m.end(), role, m.group(0)))
    kept = [f for f in found if not any(o[0] <= f[0] and f[1] <= o[1] and (o[1] - o[0]) > (f[1] - f[0])
                                        for o in found)]
    kept.sort(key=lambda f: (f[0], -f[1]))
    out = []
    for s, e, role, word in kept:
        if (role, word) not in out:
            out.append((role, word))
    return out


def classify_role(description: str, roles: Mapping[str, Iterable[str]] | None = None,
                  event_group: bool = False) -> str:
    """The role of a source from the words describing it; ``other`` when none match.

    ``event_group``: the description labels the source a member of the event's own group
    (:func:`names_event_group`): the ``[event_group]`` role (``militant``) wins. Otherwise the
    first role in the lexicon's order wins ("army spokesman" is military, "rebel commander"
    militant, "military analyst" expert, "militia leader" armed group), and an allegiance word
    ("pro-government", "state-backed") turns a militant or armed-group match into ``armed group``.

    Usage:
        >>> classify_role("residents"), classify_role("coach"), classify_role("army spokesman")
        ('civilian', 'other', 'military')
        >>> classify_role("a pro-government gunman"), classify_role("fighters", event_group=True)
        ('armed group', 'militant')
    """
    rules = role_rules()
    if event_group and rules["event_group"].get("role"):
        return rules["event_group"]["role"]
    matched = {role for role, _ in role_matches(description, roles)}
    order = [r for r, _ in _roles_key(roles)]
    role = next((r for r in order if r in matched), "other")
    allegiance = rules["allegiance"]
    rx = _allegiance_rx()
    if role in allegiance.get("from_roles", ()) and rx is not None and rx.search(str(description or "")):
        role = allegiance["role"]
    return role


# ---------------------------------------------------------------- speakers


def _clean_words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+", text.strip()) if w]


def describe_speaker(name: str, text: str, max_words: int = 6) -> str:
    """The description an article gives a named speaker: the title before the name and/or an apposition.

    Looks for the full name first, then its last word; takes the words just before it in the
    same clause (``Iraqi Prime Minister Haider al-Abadi``: "Iraqi Prime Minister") and an
    apposition after it (``Zebari, a senior Kurdish politician,``). Returns ``""`` when the
    article gives none.

    Usage:
        >>> describe_speaker("Zebari", "Hoshiyar Zebari, a senior Kurdish politician, said the bridge fell.")
        'a senior Kurdish politician'
        >>> describe_speaker("Ann Lee", "The budget passed, said Deputy Mayor Ann Lee.")
        'Deputy Mayor'
    """
    name = str(name or "").strip()
    text = str(text or "")
    if not name or not text:
        return ""
    parts = name.split()
    candidates = [name] + ([parts[-1]] if len(parts) > 1 else [])
    for form in candidates:
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            before = re.split(r"[.;:!?\"\u201c\u201d(\n,\u2014\u2013]", text[:m.start()])[-1]
            # skip the rest of the full name before a bare last name ("Hoshiyar Zebari")
            words = _clean_words(before)
            if len(form.split()) == 1:
                # drop the given names before a bare last name, but not a title ("Prime Minister")
                while words and words[-1][:1].isupper() and words[-1].lower() not in _TITLE_STOP and \
                        not role_matches(words[-1]):
                    words.pop()
            title = []
            for w in reversed(words):
                if w.lower().strip(",") in _TITLE_STOP or len(title) >= max_words:
                    break
                title.insert(0, w)
            appos = _apposition_after(text[m.end():])
            title_text = " ".join(title).strip()
            if title_text.lower() in ("the", "a", "an"):
                title_text = ""
            desc = " ".join(p for p in (title_text, appos) if p)
            if desc:
                return desc
    return ""


_APPOSITION = re.compile(r"\s*,\s*((?:a|an|the|who is|who was)\s[^,.;:\"\u201c\u201d]{2,80}?)\s*[,.;]")


def _apposition_after(text: str) -> str:
    m = _APPOSITION.match(text)
    return m.group(1).strip() if m else ""


def describe_phrase(phrase: str, text: str) -> str:
    """A descriptive speaker phrase with the apposition the article adds to it, if any.

    Usage:
        >>> describe_phrase("the leader of the Badr Organization",
        ...                 "The leader of the Badr Organization, the largest of the militias, said so.")
        'the leader of the Badr Organization, the largest of the militias'
    """
    phrase = str(phrase or "").strip()
    if not phrase or not text:
        return phrase
    m = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", str(text), re.I)
    appos = _apposition_after(str(text)[m.end():]) if m else ""
    return f"{phrase}, {appos}" if appos else phrase


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s'-]", " ", str(text or "").lower())).strip()


def is_event_speaker(speaker: str, aliases: Iterable[str]) -> bool:
    """Whether ``speaker`` names the event's speaker, ignoring case and punctuation.

    Equal to an alias, or a title followed by an alias that is a name (capitalised):
    ``Coach Ana Silva`` and ``President Roe`` match ``Ana Silva`` and ``Roe``; ``Roe's lawyer`` does not.

    Usage:
        >>> is_event_speaker("the Prime Minister", ["Jane Roe", "Roe", "the prime minister"])
        True
        >>> is_event_speaker("President Roe", ["Jane Roe", "Roe"]), is_event_speaker("Roe's lawyer", ["Roe"])
        (True, False)
    """
    s = _norm(speaker)
    if not s:
        return False
    for alias in aliases:
        a = _norm(alias)
        if not a:
            continue
        if s == a or (str(alias).strip()[:1].isupper() and s.endswith(" " + a)):
            return True
    return False


def source_key(speaker: str, speaker_type: str, names_in_article: Iterable[str] = ()) -> str:
    """A key that identifies one source, for counting distinct sources.

    Named: the fullest form of the name used in the article (``Johnson`` -> ``boris johnson``);
    anonymous: the description without its article (``a senior official`` -> ``senior official``);
    ``""`` for an unresolved pronoun or an empty speaker.

    Usage:
        >>> source_key("Johnson", "named person", ["Boris Johnson", "Johnson"])
        'boris johnson'
        >>> source_key("A senior Kurdish official", "anonymous"), source_key("he", "anonymous")
        ('senior kurdish official', '')
    """
    s = _norm(speaker)
    if not s or s in _PRONOUNS:
        return ""
    if speaker_type in ("named person", "organisation"):
        last = s.split()[-1]
        fuller = [_norm(n) for n in names_in_article if _norm(n).split() and _norm(n).split()[-1] == last]
        return max(fuller + [s], key=len)
    return _LEADING.sub("", s)


# ---------------------------------------------------------------- tables


def _sentence_of(starts: np.ndarray, ends: np.ndarray, sentence_ids: np.ndarray, offset: int) -> int:
    if not len(starts):
        return -1
    k = int(np.searchsorted(starts, offset, side="right")) - 1
    if k >= 0 and offset < ends[k]:
        return int(sentence_ids[k])
    return int(sentence_ids[max(k, 0)])


def _roles_for_event(event) -> dict[str, list[str]] | None:
    extra = Path(event.path) / "sourcing_roles.toml"
    return load_roles(extra) if extra.exists() else None


def article_sources(quotes: pd.DataFrame, indirect: pd.DataFrame, text: str = "",
                    sentences: pd.DataFrame | None = None, aliases: Iterable[str] = (),
                    roles: Mapping[str, Iterable[str]] | None = None, lexicon=None) -> pd.DataFrame:
    """One row per attribution in one article, from its quote and indirect-attribution rows.

    ``quotes``: rows with the quote-table columns (``text, start, kind, speaker, speaker_type, cue,
    paragraph, section``; ``from_speech`` used when present); only ``quote`` and ``fragment`` kinds
    give a voice (scare quotes and titles do not). ``indirect``: rows with ``text, start, speaker,
    speaker_type, cue, paragraph, section``. ``text``: the article text, where descriptions of named
    speakers are looked up. ``sentences``: the article's sentences (``sentence, start, end``, same
    offsets as the quotes), to merge fragments of one source within one sentence; without it each
    quote row is its own attribution. ``aliases``: the event speaker's names. ``lexicon``: the
    event's naming lexicon (:func:`analysis.naming.event_lexicon`; default the package one), which
    says which descriptions name the event's own group (:func:`names_event_group`).

    The unit is one source in one sentence (see the module notes), not one quoted span.

    Columns: ``article_id, outlet, sentence, paragraph, section, start, end, mode`` (``direct`` or
    ``indirect``), ``speaker, speaker_type, description, source, source_class, role, named,
    anonymous, n_spans, text, cue``. Unattributed quotes are kept with class ``unattributed``.

    Usage:
        >>> q = pd.DataFrame({"text": ["We will appeal."], "start": [30], "end": [45], "kind": ["quote"],
        ...     "speaker": ["Tom Hale"], "speaker_type": ["named person"], "cue": ["said"],
        ...     "paragraph": [0], "section": ["lead"]})
        >>> t = article_sources(q, q.iloc[0:0], text="Defence lawyer Tom Hale said: 'We will appeal.'")
        >>> t[["mode", "source", "source_class", "description", "role"]].values.tolist()
        [['direct', 'tom hale', 'named person', 'Defence lawyer', 'other']]
    """
    aliases = [a for a in aliases if str(a).strip()]
    rows = []
    if sentences is not None and len(sentences):
        order = sentences.sort_values("start")
        s_starts, s_ends = order["start"].to_numpy(), order["end"].to_numpy()
        s_ids = order["sentence"].to_numpy()
    else:
        s_starts = s_ends = s_ids = np.array([], int)
    frames = []
    if quotes is not None and len(quotes):
        q = quotes[quotes["kind"].isin(VOICE_KINDS)] if "kind" in quotes.columns else quotes
        frames.append(q.assign(mode="direct"))
    if indirect is not None and len(indirect):
        frames.append(indirect.assign(mode="indirect"))
    if not frames:
        return _empty_sources()
    spans = pd.concat(frames, ignore_index=True)
    names = [str(s) for s, t in zip(spans["speaker"].fillna(""), spans["speaker_type"].fillna(""))
             if t in ("named person", "organisation") and str(s).strip()]
    descriptions: dict[str, str] = {}
    group_cache: dict[str, bool] = {}
    for i, r in enumerate(spans.itertuples(index=False)):
        speaker = "" if pd.isna(r.speaker) else str(r.speaker).strip()
        stype = "" if pd.isna(r.speaker_type) else str(r.speaker_type)
        from_speech = bool(getattr(r, "from_speech", False)) if not pd.isna(getattr(r, "from_speech", False)) else False
        is_speech = is_event_speaker(speaker, aliases) or (from_speech and not speaker)
        proper = stype == "named person" or (stype == "organisation" and speaker[:1].isupper())
        if speaker not in descriptions:
            descriptions[speaker] = describe_speaker(speaker, text) if proper else describe_phrase(speaker, text)
        description = descriptions[speaker]
        key = source_key(speaker, stype, names)
        role_text = f"{description} {speaker}" if proper else description
        if role_text not in group_cache:
            group_cache[role_text] = names_event_group(role_text, lexicon, aliases)
        role = classify_role(role_text, roles, event_group=group_cache[role_text])
        if is_speech:
            cls, role, key = "speech", "speech", _norm(aliases[0]) if aliases else (key or "speech")
        elif not speaker or stype == "unattributed":
            cls, role = "unattributed", "other"
        elif role == "media":
            cls = "outlet or monitor"
        elif stype == "named person":
            cls = "named person"
        elif stype == "organisation":
            cls = "named institution"
        else:
            cls = "anonymous"
        start = int(r.start) if not pd.isna(r.start) else -1
        sentence = _sentence_of(s_starts, s_ends, s_ids, start) if len(s_starts) else -(i + 1)
        rows.append({"article_id": getattr(r, "article_id", ""), "outlet": getattr(r, "outlet", ""),
                     "sentence": sentence, "paragraph": r.paragraph, "section": r.section, "start": start,
                     "end": int(r.end) if "end" in spans.columns and not pd.isna(r.end) else start,
                     "mode": r.mode, "speaker": speaker, "speaker_type": stype, "description": description,
                     "source": key, "source_class": cls, "role": role,
                     "named": cls in ("speech", "named person", "named institution") or
                     (cls == "outlet or monitor" and stype in ("named person", "organisation")),
                     "anonymous": stype == "anonymous" and cls != "speech", "n_spans": 1,
                     "text": "" if pd.isna(r.text) else str(r.text), "cue": "" if pd.isna(r.cue) else str(r.cue)})
    table = pd.DataFrame(rows, columns=SOURCE_COLUMNS)
    # one source in one sentence is one attribution (direct if any of it is quoted)
    table["_unit"] = [f"{s}|{k or sp.lower() or ('#' + str(i))}" for i, (s, k, sp) in
                      enumerate(zip(table["sentence"], table["source"], table["speaker"]))]
    table["_direct"] = table["mode"] == "direct"
    table = table.sort_values(["_unit", "_direct", "start"], ascending=[True, False, True], kind="mergesort")
    counts = table.groupby("_unit", sort=False)["n_spans"].transform("sum")
    table = table.assign(n_spans=counts).drop_duplicates("_unit", keep="first")
    table = table.sort_values(["start", "mode"], kind="mergesort").drop(columns=["_unit", "_direct"])
    return _typed(table.reset_index(drop=True))


def _typed(table: pd.DataFrame) -> pd.DataFrame:
    for c in ("article_id", "outlet", "section", "mode", "speaker", "speaker_type", "description", "source",
              "source_class", "role", "text", "cue"):
        table[c] = table[c].astype("string")
    for c in ("sentence", "start", "end", "n_spans"):
        table[c] = pd.to_numeric(table[c], errors="coerce").astype("Int64")
    table["paragraph"] = pd.to_numeric(table["paragraph"], errors="coerce").astype("Int64")
    for c in ("named", "anonymous"):
        table[c] = table[c].astype(bool)
    return table


def _empty_sources() -> pd.DataFrame:
    return _typed(pd.DataFrame({c: [] for c in SOURCE_COLUMNS}))


def sources_from_tables(quotes: pd.DataFrame, indirect: pd.DataFrame, sentences: pd.DataFrame | None = None,
                        texts: Mapping[str, str] | None = None, aliases: Iterable[str] = (),
                        roles: Mapping[str, Iterable[str]] | None = None, lexicon=None) -> pd.DataFrame:
    """:func:`article_sources` for every article found in event-shaped quote and indirect tables.

    ``quotes``/``indirect`` carry ``article_id`` and ``outlet``; ``sentences`` the ``Event.sentences``
    columns; ``texts`` article_id -> text for speaker descriptions; ``lexicon`` the naming lexicon.

    Usage:
        >>> q = pd.DataFrame({"article_id": ["a"], "outlet": ["Daily"], "text": ["Go."], "start": [0], "end": [3],
        ...     "kind": ["quote"], "speaker": ["fans"], "speaker_type": ["anonymous"], "cue": ["chanted"],
        ...     "paragraph": [0], "section": ["body"]})
        >>> sources_from_tables(q, q.iloc[0:0])[["outlet", "source_class", "role"]].values.tolist()
        [['Daily', 'anonymous', 'civilian']]
    """
    ids = list(dict.fromkeys(list(quotes.get("article_id", pd.Series(dtype=str)))
                             + list(indirect.get("article_id", pd.Series(dtype=str)))))
    frames = []
    for aid in ids:
        q = quotes[quotes["article_id"] == aid] if len(quotes) else quotes
        ind = indirect[indirect["article_id"] == aid] if len(indirect) else indirect
        s = sentences[sentences["article_id"] == aid] if sentences is not None else None
        t = article_sources(q, ind, (texts or {}).get(aid, ""), s, aliases, roles, lexicon)
        outlet = (list(q["outlet"]) + list(ind["outlet"]))[0]
        frames.append(t.assign(article_id=aid, outlet=outlet))
    if not frames:
        return _empty_sources()
    return _typed(pd.concat(frames, ignore_index=True))


def sources_table(event, roles: Mapping[str, Iterable[str]] | None = None) -> pd.DataFrame:
    """Who gets a voice: one row per attribution (direct quote or indirect speech) in every article.

    **Unit:** one attribution = one source speaking in one sentence. Several quoted fragments of
    one source in one sentence are one (direct) attribution, and a sentence that both quotes and
    paraphrases a source is one direct attribution; the same source speaking in three sentences
    is three. Counts therefore differ from the quote table (``event.quotes``, one row per quoted
    span, as in notebook 04); ``n_spans`` gives the spans merged into each row.

    A thin wrapper over :func:`article_sources` on ``event.quotes``, ``event.indirect`` and
    ``event.sentences``; the event speaker's aliases (``event.meta["aliases"]`` and ``speaker``) mark
    the speech itself; an event folder's own ``sourcing_roles.toml`` adds role words, and its naming
    lexicon (``lexicon.toml``) says which sources belong to the event's group. Columns: see
    :data:`SOURCE_COLUMNS`. Summarise with :func:`sourcing_profile` and :func:`role_counts`.

    Usage:
        >>> import analysis
        >>> t = sources_table(analysis.load_event())
        >>> {"speech", "official", "civilian"} <= set(t["role"])
        True
    """
    if roles is None:
        roles = _roles_for_event(event)
    aliases = [event.meta.get("speaker", "")] + list(event.meta.get("aliases", []) or [])
    paragraphs = event.paragraphs
    texts = {aid: "\n\n".join(g["text"].astype(str)) for aid, g in paragraphs.groupby("article_id", sort=False)}
    from .naming import event_lexicon

    return sources_from_tables(event.quotes, event.indirect, event.sentences, texts, aliases, roles,
                               event_lexicon(event))


def sourcing_profile(table: pd.DataFrame, articles: pd.DataFrame | None = None,
                     count_sections: Iterable[str] = ("lead", "body")) -> pd.DataFrame:
    """Per-outlet sourcing measures from a :func:`sources_table`.

    ``articles``: the ``Event.articles`` table (``outlet, n_sentences``), so that outlets with no
    attribution still appear and attributions per 10 sentences can be computed (lead and body
    sentences; attributions counted in ``count_sections`` only). Columns: ``outlet, articles,
    sentences, attributions`` (attributed, any section), ``direct, indirect, distinct_sources``
    (identifiable sources; unresolved pronouns are not counted), ``named, anonymous,
    share_anonymous, official, share_official, speech, per_10_sentences, unattributed_quotes``.
    Shares are NaN for an outlet without attributions.

    Usage:
        >>> t = pd.DataFrame({"outlet": ["A", "A", "A"], "mode": ["direct", "indirect", "direct"],
        ...     "source": ["mayor", "mayor", "residents"], "source_class": ["named person", "named person", "anonymous"],
        ...     "role": ["official", "official", "civilian"], "named": [True, True, False],
        ...     "anonymous": [False, False, True], "section": ["body"] * 3, "article_id": ["x"] * 3})
        >>> arts = pd.DataFrame({"article_id": ["x"], "outlet": ["A"], "n_sentences": [20]})
        >>> p = sourcing_profile(t, arts).iloc[0]
        >>> int(p["attributions"]), int(p["distinct_sources"]), round(float(p["share_anonymous"]), 3), float(p["per_10_sentences"])
        (3, 2, 0.333, 1.5)
    """
    attributed = table[table["source_class"] != "unattributed"]
    outlets = list(dict.fromkeys(list(articles["outlet"]) if articles is not None else [])) + \
        [o for o in dict.fromkeys(table["outlet"]) if articles is None or o not in set(articles["outlet"])]
    rows = []
    for outlet in outlets:
        t = attributed[attributed["outlet"] == outlet]
        n = len(t)
        if articles is not None:
            arts = articles[articles["outlet"] == outlet]
            n_articles, n_sent = len(arts), int(arts["n_sentences"].sum())
        else:
            n_articles, n_sent = int(table.loc[table["outlet"] == outlet, "article_id"].nunique()), 0
        in_count = t[t["section"].isin(list(count_sections))]
        official = int((t["role"] == "official").sum())
        rows.append({
            "outlet": outlet, "articles": n_articles, "sentences": n_sent, "attributions": n,
            "direct": int((t["mode"] == "direct").sum()), "indirect": int((t["mode"] == "indirect").sum()),
            "distinct_sources": int(t.loc[t["source"].fillna("") != "", "source"].nunique()),
            "named": int(t["named"].sum()), "anonymous": int(t["anonymous"].sum()),
            "share_anonymous": t["anonymous"].sum() / n if n else np.nan,
            "official": official, "share_official": official / n if n else np.nan,
            "speech": int((t["source_class"] == "speech").sum()),
            "per_10_sentences": 10 * len(in_count) / n_sent if n_sent else np.nan,
            "unattributed_quotes": int(((table["outlet"] == outlet) & (table["source_class"] == "unattributed")).sum()),
        })
    out = pd.DataFrame(rows, columns=PROFILE_COLUMNS)
    out["outlet"] = out["outlet"].astype("string")
    return out


def role_counts(table: pd.DataFrame, by: str = "role") -> pd.DataFrame:
    """Attributions per outlet and ``by`` (``role`` or ``source_class``), with each outlet's share.

    Long format, every category of ``by`` present for every outlet (zeros included), in a fixed
    order: ``outlet, <by>, direct, indirect, attributions, share``.

    Usage:
        >>> t = pd.DataFrame({"outlet": ["A", "A"], "role": ["official", "civilian"], "mode": ["direct", "indirect"],
        ...                   "source_class": ["named person", "anonymous"]})
        >>> r = role_counts(t)
        >>> r[r["attributions"] > 0][["role", "direct", "indirect", "share"]].values.tolist()
        [['official', 1, 0, 0.5], ['civilian', 0, 1, 0.5]]
    """
    if by not in ("role", "source_class"):
        raise ValueError(f"by must be 'role' or 'source_class', not {by!r}")
    attributed = table[table["source_class"] != "unattributed"] if by == "role" else table
    categories = list(ALL_ROLES if by == "role" else SOURCE_CLASSES)
    categories += [c for c in dict.fromkeys(attributed[by]) if c not in categories]
    rows = []
    for outlet in dict.fromkeys(table["outlet"]):
        t = attributed[attributed["outlet"] == outlet]
        total = len(t)
        for cat in categories:
            sub = t[t[by] == cat]
            d, i = int((sub["mode"] == "direct").sum()), int((sub["mode"] == "indirect").sum())
            rows.append({"outlet": outlet, by: cat, "direct": d, "indirect": i, "attributions": d + i,
                         "share": (d + i) / total if total else np.nan})
    out = pd.DataFrame(rows, columns=["outlet", by, "direct", "indirect", "attributions", "share"])
    out["outlet"] = out["outlet"].astype("string")
    out[by] = out[by].astype("string")
    return out
