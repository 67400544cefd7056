"""Exact shortcuts for asking whether whole-word regular expressions match a text.

A pattern built by :func:`analysis.naming.whole_word_regex` can only match where a word starts
(it begins with ``(?<!\\w)``). When every way the pattern can match starts with a known run of
letters, say "bla" for ``blam(?:e|ed)`` or "u" for ``U.S.``, a match can only begin at a word of
the text that starts with one of those runs. :func:`pattern_keys` finds the runs (up to three
characters, lower case: the pattern's *keys*) from the pattern's parse tree. A match may also
begin with a symbol (a quotation mark, a currency sign): the symbol is then the key.

:class:`WordGate` reads a text once, lists for each of many patterns the offsets where a word
starts with one of its keys (or one of its symbols stands), and answers "does the pattern match?"
by trying the pattern at those offsets only: no offset, no match, without any search. Keys such
as "the" are in nearly every sentence, but a pattern tried at two words costs far less than a
search, which tries it at every position.

The answer is exact, never approximate: a pattern whose matches cannot all be keyed this way (it
may start with ``\\w+`` or ``\\s``) gets no keys and is always searched, and so is every pattern
on a text with one of the four non-ASCII letters that Python's case-insensitive matching equates
with an ASCII letter (``İ ı ſ K``) or with a non-ASCII decimal digit (``\\d`` matches it; the keys
of ``\\d`` are the ASCII digits).

Usage:
    >>> from analysis.naming import whole_word_regex
    >>> blame = whole_word_regex(["blam(?:e|ed)", "responsible for", "U.S."])
    >>> sorted(pattern_keys(blame))
    ['bla', 'res', 'u']
    >>> gate = WordGate([blame])
    >>> text = "The U.S. blamed the council."
    >>> gate.starts(text)
    {0: [4, 9]}
    >>> gate.found(0, text, gate.starts(text)), gate.found(0, "Rain fell.", gate.starts("Rain fell."))
    (True, False)
"""
from __future__ import annotations

import re
import re._constants as C
import re._parser as P

KEY_LENGTH = 3
_HEAD = re.compile(rf"(?<!\w)\w{{1,{KEY_LENGTH}}}")  # the first letters of a word
_WORD_CHAR = re.compile(r"\w")
_ASCII_WORD_CHARS = "0123456789_abcdefghijklmnopqrstuvwxyz"  # what \w matches in lower-case ASCII
_ASCII_FOLDS = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ K: match i, i, s, k under re.IGNORECASE
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # a decimal digit \d matches that is not 0-9
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def _uncased(ch: str) -> bool:
    """True for a character without case (a digit, a symbol): ``re.IGNORECASE`` matches it with itself
    only (``re._compiler`` compiles it as a plain literal, and no character lowers to it)."""
    return ch.lower() == ch == ch.upper()


def _chars(op, av) -> set[str] | None:
    """The characters one LITERAL or IN item can match (lower case), or None if unknown.

    Known: ASCII characters, symbols without case, and ``\\d`` as the ASCII digits (exact only on a
    text without other decimal digits: :meth:`WordGate.starts` checks)."""
    if op is C.LITERAL:
        found = {chr(av)}
    else:
        found = set()
        for o, a in av:
            if o is C.LITERAL:
                found.add(chr(a))
            elif o is C.RANGE and a[1] - a[0] < 16:
                found.update(chr(c) for c in range(a[0], a[1] + 1))
            elif o is C.CATEGORY and a is C.CATEGORY_DIGIT:
                found.update("0123456789")
            else:
                return None
    low = {c.lower() for c in found}
    known = all(len(c) == 1 and (c.isascii() or (_uncased(c) and not _WORD_CHAR.match(c))) for c in low)
    return low if known else None


_OPEN, _CUT, _ENDED = 0, 1, 2  # a prefix still growing; cut short (the word may go on); the word ends there


def _stop(states: set, how: int) -> set:
    """Stop the open prefixes of ``states`` (a set of ``(prefix, state)``), ``how`` being _CUT or _ENDED."""
    return {(p, how if state == _OPEN else state) for p, state in states}


def _ends_word(op, av) -> bool:
    """True when an item can only match where the word has ended: ``(?!\\w)``, or a class of spaces
    and symbols without case (such as ``\\s`` or ``[\\s,]``; a symbol without case matches only itself)."""
    if op is C.ASSERT_NOT:
        return av[0] == 1 and list(av[1]) == [(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)])]
    if op is not C.IN:
        return False
    return all(o is C.CATEGORY and a in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD)
               or o is C.LITERAL and _uncased(chr(a)) and not _WORD_CHAR.match(chr(a)) for o, a in av)


def _advance(seq, states: set) -> set:
    """Follow one parsed sequence from ``states`` (a set of ``(prefix, state)``): an open prefix grows
    by the literal letters the sequence must start with; it is cut at three letters or at anything
    that is not a known literal, and ended where the word surely ends (a symbol, a space,
    ``(?!\\w)``). A match that starts with a symbol gets the symbol as its prefix."""
    for op, av in seq:
        if all(state != _OPEN for _, state in states):
            break
        chars = _chars(op, av) if op in (C.LITERAL, C.IN) else None
        if chars is not None:
            states = _grow(states, chars)
        elif _ends_word(op, av):
            states = _stop(states, _ENDED)
        elif op in _ZERO_WIDTH:
            continue
        elif op is C.SUBPATTERN and not av[1] & (re.ASCII | re.LOCALE):  # (?a:...) has another \w
            states = _advance(av[3], states)
        elif op is C.BRANCH:
            states = set().union(*(_advance(alt, states) for alt in av[1]))
        elif op in _REPEATS and av[0] == 0 and av[1] == 1:
            states = states | _advance(av[2], states)
        elif op in _REPEATS:  # one pass through the body is followed; a longer prefix is cut
            passed = _stop(_advance(av[2], states), _CUT)
            states = passed if av[0] >= 1 else states | passed
        else:
            states = _stop(states, _CUT)
    return states


def _grow(states: set, chars: set) -> set:
    """``states`` after one character out of ``chars`` (see :func:`_advance`)."""
    grown = set()
    for prefix, state in states:
        if state != _OPEN:
            grown.add((prefix, state))
            continue
        for ch in chars:
            if _WORD_CHAR.match(ch):
                grown.add((prefix + ch, _CUT if len(prefix) + 1 >= KEY_LENGTH else _OPEN))
            elif not prefix:
                grown.add((ch, _CUT))       # the match starts with this symbol (uncased: see _chars)
            else:
                grown.add((prefix, _ENDED))  # the word ends here
    return grown


def _key(prefix: str, state: int) -> str:
    """A prefix as a key: a word that surely ends after fewer than three letters is marked with a
    space ("a " is the word "a", "a" any word starting with "a")."""
    return prefix + " " if state == _ENDED and 0 < len(prefix) < KEY_LENGTH else prefix


def pattern_keys(pattern: re.Pattern | None) -> frozenset | None:
    """The word beginnings (lower case, 1-3 letters) and symbols one of which every match of
    ``pattern`` starts with, or None when there are none to rely on (then the pattern must always
    be searched). A key of one or two letters and a space is a whole word ("a " for the article,
    "u " for the "U" of "U.S."). No key starts with another key ("a" makes "a " and "at"
    redundant), so a word is never tried twice.

    Only patterns that match at the start of a word (they begin with ``(?<!\\w)``, as
    :func:`analysis.naming.whole_word_regex` builds them) get keys.

    Usage:
        >>> from analysis.naming import whole_word_regex
        >>> sorted(pattern_keys(whole_word_regex(["fund(?:s|ed)?", "aid", "step in", "a (?:new )?grant"])))
        ['a ', 'aid', 'fun', 'ste']
        >>> sorted(pattern_keys(whole_word_regex([r"a\\w*", "at odds", "attack", "\\u201cnever"])))
        ['a', '\u201c']
        >>> sorted(pattern_keys(whole_word_regex([r"\\d+-year-old", "aged"])))
        ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'age']
        >>> pattern_keys(whole_word_regex([r"\\w+ly said", "aged"])) is None
        True
        >>> pattern_keys(re.compile(r"(?<!\\w)bar|foo")) is None   # "foo" may match inside a word
        True
    """
    if (pattern is None or not isinstance(pattern.pattern, str) or pattern.flags & re.ASCII
            or not pattern.pattern.startswith(r"(?<!\w)")):
        return None  # with re.ASCII, (?<!\w) would see word starts that WordGate does not
    try:
        tree = list(P.parse(pattern.pattern, pattern.flags))
    except re.error:
        return None
    if not tree or tree[0][0] is not C.ASSERT_NOT or tree[0][1][0] != -1 \
            or list(tree[0][1][1]) != [(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)])]:
        return None  # the text starts so, but the lookbehind does not govern the whole pattern: "(?<!\w)a|b"
    keys = {_key(prefix, state) for prefix, state in _advance(tree, {("", _OPEN)})}
    if "" in keys or not keys:
        return None
    return frozenset(k for k in keys if not any(k[:n] in keys for n in range(1, len(k))))


def _is_word_key(key: str) -> bool:
    """True for a key of letters (or digits), False for a symbol key."""
    return _WORD_CHAR.match(key) is not None


def _ascii_heads(keys) -> set[str]:
    """Every word beginning of one to three lower-case ASCII characters that starts with one of ``keys``.

    Usage:
        >>> len(_ascii_heads({"tax", "to", "$", "a "})), len(_ascii_heads({"a"})) == 1 + 37 + 37 * 37
        (40, True)
    """
    heads = set()
    for key in keys:
        if not key.isascii() or not _is_word_key(key):
            continue  # a non-ASCII beginning is looked up key by key (WordGate.starts)
        if key.endswith(" "):
            heads.add(key[:-1])  # a whole word
            continue
        grow = [key]
        while grow:
            heads.update(grow)
            grow = [h + c for h in grow for c in _ASCII_WORD_CHARS] if len(grow[0]) < KEY_LENGTH else []
    return heads


class WordGate:
    """Whether each of several whole-word patterns matches a text, trying each pattern only where
    a word of the text starts with one of its keys (or one of its symbols stands).

    :meth:`starts` reads a text once and lists, for every pattern with keys, those offsets;
    :meth:`found` then answers ``pattern.search(text) is not None`` by ``pattern.match(text,
    offset)`` at those offsets only (none: no match), and by a plain search for a pattern without
    keys or a text :meth:`starts` declines (None).

    Exact: every match begins at a word start whose first letters are a key, or at a symbol key
    (:func:`pattern_keys`); ``search`` finds a match if and only if the pattern matches at some
    offset; and ``pattern.match(text, offset)`` tries it there with the whole text in view, so the
    leading ``(?<!\\w)`` still sees the character before the offset (the ``re`` documentation:
    ``pos`` "is not completely equivalent to slicing the string"). Which match ``search`` would
    report is not asked, only whether there is one.

    Usage:
        >>> from analysis.naming import whole_word_regex
        >>> gate = WordGate([whole_word_regex(["blam(?:e|ed)", "U.S."]), whole_word_regex([r"\\w+ dead"])])
        >>> text = "Officials in Oblam blamed the US; 3 dead."
        >>> starts = gate.starts(text)
        >>> starts   # "blamed" and "US" (a U, as in "U.S."); the second pattern has no keys
        {0: [19, 30]}
        >>> gate.found(0, text, starts), gate.found(1, text, starts), gate.found(0, "Oblamed", gate.starts("Oblamed"))
        (True, True, False)
    """

    def __init__(self, patterns):
        self.patterns = tuple(patterns)
        self.keys = tuple(pattern_keys(p) for p in self.patterns)
        self._keyed = tuple(keys is not None for keys in self.keys)  # for found: plain tuples, looked up often
        self._match = tuple(p.match for p in self.patterns)
        by_key: dict[str, list[int]] = {}
        for number, keys in enumerate(self.keys):
            for key in keys or ():
                by_key.setdefault(key, []).append(number)
        self._by_key = {key: tuple(numbers) for key, numbers in by_key.items() if _is_word_key(key)}
        self._by_symbol = tuple((key, tuple(numbers)) for key, numbers in by_key.items() if not _is_word_key(key))
        self._ascii_symbols = tuple((key, numbers) for key, numbers in self._by_symbol if key.isascii())
        # every ASCII word beginning that starts with a key, with its patterns: one look-up per word
        self._by_head = {head: self._numbers_of(head) for head in _ascii_heads(self._by_key)}

    def _numbers_of(self, head: str) -> tuple:
        """The patterns one of whose keys the word beginning ``head`` starts with."""
        get = self._by_key.get
        keys = (head[:1], head[:2], head)[:len(head)]
        if len(head) < KEY_LENGTH:
            keys += (head + " ",)  # a beginning shorter than three letters is the whole word
        return sum((get(key, ()) for key in keys), ())

    def starts(self, text: str) -> dict[int, list[int]] | None:
        """``{pattern number: offsets in text where one of its keys starts a word or its symbol stands}``
        (patterns with none left out), or None for a text with ``İ ı ſ K`` or a non-ASCII decimal
        digit (then :meth:`found` searches).

        The first letters of a word are lowered: exact once those four letters are ruled out, since
        case-insensitive matching equates any other character with an ASCII letter exactly when its
        lower case is that letter. A symbol key has no case and matches only itself.

        Usage:
            >>> from analysis.naming import whole_word_regex
            >>> WordGate([whole_word_regex(["\\u201cnever", "Aid"])]).starts("AID \\u201cnever\\u201d")
            {0: [0, 4]}
        """
        plain = text.isascii()
        if not plain and (not _ASCII_FOLDS.isdisjoint(text) or _OTHER_DIGIT.search(text)):
            return None
        found: dict[int, list[int]] = {}
        by_head = self._by_head
        # Lowered once, not word by word. Exact here: lower() keeps every character but İ (declined
        # above) one character and keeps whether it is a word character, so the words and offsets are
        # the same; and it lowers each character alone but Σ (σ or ς by what follows), non-ASCII either
        # way, so a beginning can differ only from a Σ on, and no key holds a non-ASCII letter.
        for m in _HEAD.finditer(text.lower()):
            head = m.group()
            numbers = by_head.get(head)
            if numbers is None:
                if plain or head.isascii():  # by_head holds every ASCII beginning that starts with a key
                    continue
                numbers = self._numbers_of(head)
            at = m.start()
            for number in numbers:  # _add, written out: this loop is the gate's cost
                offsets = found.get(number)
                if offsets is None:
                    found[number] = [at]
                else:
                    offsets.append(at)
        for symbol, numbers in self._ascii_symbols if plain else self._by_symbol:  # others are not in ASCII text
            at = text.find(symbol)
            while at != -1:
                _add(found, numbers, at)
                at = text.find(symbol, at + 1)
        return found

    def found(self, number: int, text: str, starts: dict | None) -> bool:
        """``self.patterns[number].search(text) is not None``, with ``starts`` from :meth:`starts`
        (None: a plain search).

        Usage:
            >>> from analysis.naming import whole_word_regex
            >>> gate = WordGate([whole_word_regex(["aid"]), whole_word_regex([r"\\w+ly said"])])
            >>> text = "Aid came late, she rightly said."
            >>> [gate.found(n, text, gate.starts(text)) for n in (0, 1)], gate.found(0, "Maid", None)
            ([True, True], False)
        """
        if starts is not None and self._keyed[number]:
            match = self._match[number]
            for at in starts.get(number, ()):
                if match(text, at) is not None:
                    return True
            return False
        return self.patterns[number].search(text) is not None


def _add(found: dict, numbers: tuple, at: int) -> None:
    """Add offset ``at`` to the lists of ``numbers`` in ``found`` (see :meth:`WordGate.starts`)."""
    for number in numbers:
        offsets = found.get(number)
        if offsets is None:
            found[number] = [at]
        else:
            offsets.append(at)
