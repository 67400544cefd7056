"""A cheap test that rules out most whole-word regex searches before they run.

A pattern built by :func:`analysis.naming.whole_word_regex` can only match where a word starts
(it begins with ``(?<!\\w)``). When every way the pattern can match starts with a known run of
letters, say "bla" for ``blam(?:e|ed)`` or "u" for ``U.S.``, the pattern cannot match a text
none of whose words starts with one of those runs. :func:`pattern_keys` finds the runs (up to
three characters, lower case) from the pattern's parse tree; :func:`text_keys` lists the first
one, two and three letters of every word of a text. When the two sets are disjoint the search
can be skipped: its answer is known to be "no match".

The test is exact, never approximate: a pattern whose matches cannot all be keyed this way
(it may start with a digit class, ``\\w+`` or a symbol) gets no keys and is always searched,
and a text with one of the four non-ASCII letters that Python's case-insensitive matching
equates with an ASCII letter (``İ ı ſ K``) gets no keys either, so every pattern is searched
on it. The framing rules use this to skip about two searches in five (``benchmarks/README.md``).

Usage:
    >>> import re
    >>> from analysis.naming import whole_word_regex
    >>> keys = pattern_keys(whole_word_regex(["blam(?:e|ed)", "responsible for", "U.S."]))
    >>> sorted(keys)
    ['bla', 'res', 'u']
    >>> may_match(keys, text_keys("The U.S. blamed the council."))
    True
    >>> may_match(keys, text_keys("Rain fell on the town."))
    False
"""
from __future__ import annotations

import re
import re._constants as C
import re._parser as P

KEY_LENGTH = 3
_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_ASCII_FOLDS = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ K: match i, i, s, k under re.IGNORECASE
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def _chars(op, av) -> set[str] | None:
    """The characters one LITERAL or IN item can match (lower case, ASCII), or None if unknown."""
    if op is C.LITERAL:
        found = {chr(av)}
    else:
        found = set()
        for o, a in av:
            if o is C.LITERAL:
                found.add(chr(a))
            elif o is C.RANGE and a[1] - a[0] < 16:
                found.update(chr(c) for c in range(a[0], a[1] + 1))
            else:
                return None
    low = {c.lower() for c in found}
    return low if all(len(c) == 1 and c.isascii() for c in low) else None


def _close(states: set) -> set:
    return {(p, True) for p, _ in states}


def _advance(seq, states: set) -> set:
    """Follow one parsed sequence from ``states`` (a set of ``(prefix, closed)``): an open prefix grows
    by the literal letters the sequence must start with; it closes at three letters, at the end of a
    word, or at anything that is not a known literal."""
    for op, av in seq:
        if all(closed for _, closed in states):
            break
        if op in _ZERO_WIDTH:
            continue
        if op in (C.LITERAL, C.IN):
            chars = _chars(op, av)
            if chars is None:
                states = _close(states)
                continue
            grown = set()
            for prefix, closed in states:
                if closed:
                    grown.add((prefix, True))
                    continue
                for ch in chars:
                    if _WORD_CHAR.match(ch):
                        grown.add((prefix + ch, len(prefix) + 1 >= KEY_LENGTH))
                    else:
                        grown.add((prefix, True))  # the word ends here
            states = grown
        elif op is C.SUBPATTERN:
            states = _advance(av[3], states)
        elif op is C.BRANCH:
            states = set().union(*(_advance(alt, states) for alt in av[1]))
        elif op in _REPEATS and av[0] == 0 and av[1] == 1:
            states = states | _advance(av[2], states)
        elif op in _REPEATS and av[0] >= 1:
            states = _close(_advance(av[2], states))
        else:
            states = _close(states)
    return states


def pattern_keys(pattern: re.Pattern | None) -> frozenset | None:
    """The word beginnings (lower case, 1-3 letters) one of which every match of ``pattern`` starts
    with, or None when there are none to rely on (then the pattern must always be searched).

    Only patterns that match at the start of a word (they begin with ``(?<!\\w)``, as
    :func:`analysis.naming.whole_word_regex` builds them) get keys.

    Usage:
        >>> from analysis.naming import whole_word_regex
        >>> sorted(pattern_keys(whole_word_regex(["fund(?:s|ed)?", "aid", "step in"])))
        ['aid', 'fun', 'ste']
        >>> pattern_keys(whole_word_regex([r"\\d+-year-old", "aged"])) is None
        True
    """
    if pattern is None or not isinstance(pattern.pattern, str) or not pattern.pattern.startswith(r"(?<!\w)"):
        return None
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    keys = {prefix for prefix, _ in _advance(list(tree), {("", False)})}
    return None if "" in keys or not keys else frozenset(keys)


def text_keys(text: str) -> set[str] | None:
    """The first one, two and three letters (lower case) of every word of ``text``; None when the
    text holds a letter that case-insensitive matching equates with a different ASCII letter.

    Usage:
        >>> sorted(text_keys("Aid arrives"))
        ['a', 'ai', 'aid', 'ar', 'arr']
    """
    if not _ASCII_FOLDS.isdisjoint(text):
        return None
    keys = set()
    for word in _WORD.findall(text):
        head = word[:KEY_LENGTH].lower()
        keys.add(head)
        keys.add(head[:2])
        keys.add(head[:1])
    return keys


def may_match(keys: frozenset | None, words: set[str] | None) -> bool:
    """False only when the pattern with ``keys`` surely has no match in the text with ``words``.

    Usage:
        >>> may_match(frozenset({"aid"}), {"a", "ar", "arr"}), may_match(None, {"a"}), may_match(frozenset({"aid"}), None)
        (False, True, True)
    """
    return keys is None or words is None or not keys.isdisjoint(words)
