"""Furniture rules as data: load the general rules and optional per-outlet profiles.

A rule is a named, case-insensitive regular expression that must match a whole
stripped line, plus a word limit so that it never removes a real paragraph that
merely mentions the same words. The rules live in ``analysis/rules/*.toml``.

Usage:
    >>> from analysis.furniture import match_furniture
    >>> match_furniture("Sign up to our free daily newsletter")
    'newsletter'
    >>> match_furniture("The minister said the newsletter was late.") is None
    True
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .paths import RULES_DIR


@dataclass(frozen=True)
class Rule:
    """One furniture rule: ``name`` is what the audit trail records."""

    name: str
    why: str
    regex: re.Pattern
    max_words: int

    def matches(self, line: str, n_words: int | None = None) -> bool:
        """Whether ``line`` (``n_words`` words, counted here if not given) is this furniture."""
        n = len(line.split()) if n_words is None else n_words
        return n <= self.max_words and self.regex.fullmatch(line) is not None


def outlet_slug(outlet: str | None) -> str:
    """File-name slug of an outlet name.

    Usage:
        >>> outlet_slug("The Independent")
        'the-independent'
    """
    return re.sub(r"[^a-z0-9]+", "-", (outlet or "").lower()).strip("-")


def load_rules(path: Path) -> tuple[Rule, ...]:
    """Read the ``[[rule]]`` tables of one TOML file."""
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    rules = []
    for item in data.get("rule", []):
        rules.append(
            Rule(
                name=item["name"],
                why=item.get("why", ""),
                regex=re.compile(item["pattern"], re.IGNORECASE),
                max_words=int(item.get("max_words", 30)),
            )
        )
    return tuple(rules)


@lru_cache(maxsize=64)
def rules_for(outlet: str | None = None) -> tuple[Rule, ...]:
    """The outlet's profile rules (if a profile exists) followed by the general rules."""
    general = load_rules(RULES_DIR / "furniture.toml")
    profile = RULES_DIR / "profiles" / f"{outlet_slug(outlet)}.toml"
    if outlet and profile.exists():
        return load_rules(profile) + general
    return general


@lru_cache(maxsize=64)
def rules_by_words(outlet: str | None = None) -> tuple[tuple[Rule, ...], ...]:
    """The rules of :func:`rules_for` that may match a line of ``n`` words, at index ``n``, in order.

    A rule matches only lines of at most ``max_words`` words, so entry ``n`` keeps the rules with
    ``max_words >= n`` (in the order of :func:`rules_for`), and a line longer than every rule's
    limit (past the last entry) matches none.

    Usage:
        >>> by_words = rules_by_words()
        >>> len(by_words) == max(r.max_words for r in rules_for()) + 1
        True
        >>> [r.name for r in by_words[0]] == [r.name for r in rules_for()]
        True
    """
    rules = rules_for(outlet)
    longest = max((r.max_words for r in rules), default=-1)
    return tuple(tuple(r for r in rules if r.max_words >= n) for n in range(longest + 1))


def match_furniture(line: str, outlet: str | None = None) -> str | None:
    """Name of the first rule matching ``line`` (stripped), or ``None``.

    Equal to trying ``Rule.matches`` for every rule of :func:`rules_for` in turn: the rules are
    tried in the same order, and those whose word limit the line exceeds are left out beforehand
    (:func:`rules_by_words`).

    Usage:
        >>> match_furniture("  Most   read ")
        'read_more_link'
        >>> match_furniture("Advertisement " * 9) is None
        True
    """
    words = line.split()
    if not words:
        return None
    by_words = rules_by_words(outlet)
    n = len(words)
    if n >= len(by_words):
        return None
    line = " ".join(words)
    for rule in by_words[n]:
        if rule.regex.fullmatch(line) is not None:
            return rule.name
    return None
