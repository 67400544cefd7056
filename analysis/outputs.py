"""Write derived tables deterministically (same input, same bytes).

Usage:
    >>> import pandas as pd, tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> save_table(pd.DataFrame({"a": [1.0, 2.5]}), "demo", root=d).name
    'demo.csv'
"""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from .paths import PROCESSED_DIR


def output_root(kind: str, default: Path) -> Path:
    """Output folder, overridable with ``ANALYSIS_<KIND>_DIR`` (used by the runner and tests)."""
    return Path(os.environ.get(f"ANALYSIS_{kind.upper()}_DIR", default))


def write_csv(table: pd.DataFrame, path: Path) -> Path:
    """CSV with Unix line ends, no index, floats to 10 significant digits, UTF-8."""
    path.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(path, index=False, lineterminator="\n", float_format="%.10g", encoding="utf-8")
    return path


def save_table(table: pd.DataFrame, name: str, root: Path | None = None) -> Path:
    """Save a derived table as ``data/processed/<name>.csv`` (name may contain a sub-folder)."""
    root = root or output_root("processed", PROCESSED_DIR)
    return write_csv(table, Path(root) / f"{name}.csv")
