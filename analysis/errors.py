"""The one error type for bad input: it always names the file and the problem.

Usage:
    >>> from analysis.errors import InputError
    >>> str(InputError("data/raw/x/a.txt", "file is empty"))
    'data/raw/x/a.txt: file is empty'
"""
from __future__ import annotations

from pathlib import Path


class InputError(ValueError):
    """Raised when an input file or folder cannot be used.

    ``path`` is the offending file or folder, ``problem`` a plain-language
    description of what is wrong and, where possible, how to fix it.
    """

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
