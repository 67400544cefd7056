"""Project paths, computed from this file so nothing depends on the working directory.

Usage:
    >>> from analysis import paths
    >>> paths.DEFAULT_EVENT.name
    'baghdadi-2016-11-03'
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJ_ROOT = PACKAGE_DIR.parent
DATA_DIR = PROJ_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = DATA_DIR / "processed"
FIGURES_DIR = PROJ_ROOT / "figures"
REPORTS_DIR = PROJ_ROOT / "reports"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
RULES_DIR = PACKAGE_DIR / "rules"
LEXICON_DIR = PACKAGE_DIR / "lexicons"
DEFAULT_EVENT = RAW_DIR / "baghdadi-2016-11-03"
