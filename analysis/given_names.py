"""The gender a given name usually carries, as a last resort for linking he/she to a person.

An article says who "she" is mostly through its own words: titles (Mrs, Mr), gendered nouns
(spokeswoman, son) and the pronouns that follow a name. When it gives none of these, a reader
still takes "Joanne Halloran" to be the "she" of the next sentence. This module gives that prior
from ``lexicons/first_names.csv``: 12,068 given names that are frequent and strongly gendered
(p(gf) at most 0.05 or at least 0.95, at least 1,000 people in at least 5 of 36 sources) in the
name data of Van Buskirk, Clauset & Larremore (2023), "An Open-Source Cultural Consensus Approach
to Name-Based Gender Classification", ICWSM 17, doi:10.1609/icwsm.v17i1.22195 (data MIT-licensed,
derived by ``tools/make_first_names.py``). Names both genders carry (Jean, Andrea, Kim) are not in
the list. The prior only decides which person a pronoun can refer to; it is never reported.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    lines = resources.files("analysis").joinpath("lexicons/first_names.csv").read_text("utf-8").splitlines()
    return dict(line.split(",", 1) for line in lines[1:] if line)


@lru_cache(maxsize=8192)
def given_name_gender(name: str) -> str | None:
    """``"f"`` or ``"m"`` for a person's full name whose first word is a strongly gendered given name,
    else None (a single word, which may be a surname; an initial; a name both genders carry).

    Usage:
        >>> given_name_gender("Joanne Halloran"), given_name_gender("Malcolm Frye"), given_name_gender("Jean Roe")
        ('f', 'm', None)
        >>> given_name_gender("Halloran"), given_name_gender("Zoë Brandt")
        (None, 'f')
    """
    words = name.split()
    if len(words) < 2:
        return None
    return first_name_gender(words[0])


@lru_cache(maxsize=8192)
def first_name_gender(word: str) -> str | None:
    """``"f"`` or ``"m"`` for one capitalised word read as a given name (the caller knows it is one: a
    person the article calls by it alone, "her son, Theo,"), else None.

    Usage:
        >>> first_name_gender("Theo"), first_name_gender("Sienna"), first_name_gender("theo")
        ('m', 'f', None)
    """
    if not word[:1].isupper():
        return None
    first = unicodedata.normalize("NFKD", word.split("-")[0]).encode("ascii", "ignore").decode().lower()
    return _table().get(first)
