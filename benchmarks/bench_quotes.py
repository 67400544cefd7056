"""Time quote extraction on a 1,000-word news article (target: under 5 ms per article).

Run: ``.venv/bin/python benchmarks/bench_quotes.py``

Prints the round-1 ("before") figures recorded on the development machine next to the
current ("after") figures measured now. Times are CPU time (``time.process_time``), which
is steadier than wall time on a shared machine; the median of 60 runs is reported.
"""
from __future__ import annotations

import statistics
import time

import pandas as pd

from analysis.quotes import extract_quotes
from analysis.quotetable import article_quotes

PARAGRAPHS = [
    'The city council approved the new transport plan on Tuesday after a four-hour debate, officials said.',
    '"This is the most important decision we have taken in a decade," Mayor Ruth Adeyemi told reporters.',
    'Opposition councillor Tom Brandt called the plan "reckless" and said it would "hurt the poorest families".',
    'According to the council\'s own figures, fares will rise by 4% next year.',
    '"We cannot keep subsidising empty buses," she said. "Every pound has to work."',
    "A driver at the Northgate depot, who asked not to be named, said staff had not been consulted.",
]

# Round-1 code measured with this script's method on the same (heavily loaded, 2-core) machine
# in the same session as the round-2 code: median CPU ms per 1,000-word article.
BEFORE_MS = {"extract_quotes": 12.8, "article_quotes (quote_table per article)": 11.0}


def article(words: int = 1000) -> str:
    """A synthetic news article of at least ``words`` words, paragraphs separated by blank lines."""
    out, n = [], 0
    while n < words:
        for p in PARAGRAPHS:
            out.append(p)
            n += len(p.split())
    return "\n\n".join(out)


def _median_ms(fn, runs: int = 60) -> float:
    fn()  # warm caches (lexicon, compiled patterns)
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    text = article()
    paras = text.split("\n\n")
    starts, pos = [], 0
    for p in paras:
        starts.append(pos)
        pos += len(p) + 2
    rows = pd.DataFrame({"paragraph": range(len(paras)), "section": ["body"] * len(paras),
                         "start": starts, "text": paras})
    now = {
        "extract_quotes": _median_ms(lambda: extract_quotes(text)),
        "article_quotes (quote_table per article)": _median_ms(lambda: article_quotes(rows)),
    }
    n_quotes = len(extract_quotes(text))
    print(f"{len(text.split())} words, {n_quotes} quotes; median CPU ms per article")
    for name, ms in now.items():
        print(f"  {name:42s} before {BEFORE_MS[name]:5.1f}   after {ms:5.1f}")


if __name__ == "__main__":
    main()
