"""Compare how several outlets cover the same speech.

The public entry points, imported lazily so that ``import analysis`` stays fast:

Usage:
    >>> import analysis
    >>> ev = analysis.load_event()          # the bundled event
    >>> ev.articles[["outlet", "wire"]].values.tolist()
    [['The Independent', ''], ['Washington Free Beacon', 'Reuters']]
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "load_event": "event",
    "Event": "event",
    "parse_article": "parse",
    "parse_html": "parse",
    "InputError": "errors",
    "add_article": "corpus",
    "new_event": "corpus",
    "extract_quotes": "quotes",
    "readability_table": "readability",
    "tone_table": "tone",
    "naming_table": "naming",
    "frame_table": "framing",
    "sources_table": "sourcing",
    "fightin_words": "words",
    "reuse_table": "reuse",
    "analyze_corpus": "pipeline",
    # quotes and alignment
    "quote_table": "quotetable",
    "indirect_table": "quotetable",
    "align_quotes": "align",
    "passage_matrix": "align",
    "coverage_table": "align",
    "wording_table": "align",
    "translation_families": "align",
    "selection_table": "selection",
    # readability, tone, statistics
    "readability_scores": "readability",
    "score_sentences": "tone",
    "bootstrap_ci": "stats",
    "permutation_test": "stats",
    # framing
    "frame_profile": "framing",
    "coding_sheet": "framing",
    "naming_summary": "naming",
    "sourcing_profile": "sourcing",
    "distinctive_words": "words",
    "origin_table": "reuse",
    # reports and scale
    "run_all": "runner",
    "table_by": "explore",
    "choose": "explore",
    "read_results": "pipeline",
    "write_event_folders": "synth",
    "write_article_table": "synth",
    "article_table": "synth",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        module = importlib.import_module(f".{_EXPORTS[name]}", __name__)
        return getattr(module, name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
