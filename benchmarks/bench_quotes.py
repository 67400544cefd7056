"""Time quote extraction on a 1,000-word news article (target: milliseconds).

Run: ``.venv/bin/python benchmarks/bench_quotes.py``
"""
from __future__ import annotations

import statistics
import time

from analysis.quotes import extract_quotes

PARAGRAPHS = [
    'The city council approved the new transport plan on Tuesday after a four-hour debate, officials said.',
    '"This is the most important decision we have taken in a decade," Mayor Ruth Adeyemi told reporters.',
    'Opposition councillor Tom Brandt called the plan "reckless" and said it would "hurt the poorest families".',
    'According to the council\'s own figures, fares will rise by 4% next year.',
    '"We cannot keep subsidising empty buses," she said. "Every pound has to work."',
    "A driver at the Northgate depot, who asked not to be named, said staff had not been consulted.",
]


def article(words: int = 1000) -> str:
    out, n = [], 0
    while n < words:
        for p in PARAGRAPHS:
            out.append(p)
            n += len(p.split())
    return "\n\n".join(out)


def main() -> None:
    text = article()
    extract_quotes(text)  # warm the lexicon cache
    times = []
    for _ in range(20):
        t0 = time.perf_counter()
        q = extract_quotes(text)
        times.append(time.perf_counter() - t0)
    print(f"{len(text.split())} words, {len(q)} quotes: median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms per article")


if __name__ == "__main__":
    main()
