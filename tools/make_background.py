"""Generate analysis/lexicons/background_en.csv from the wordfreq package (run once, offline afterwards).

wordfreq (Speer et al.) is NOT a dependency of the suite: run this script with a separate
virtual environment that has it, e.g.

    python -m venv /tmp/wfvenv && /tmp/wfvenv/bin/pip install wordfreq==3.1.1
    /tmp/wfvenv/bin/python tools/make_background.py            # writes analysis/lexicons/background_en.csv

The top ``N`` English words of wordfreq's "best" list are re-tokenised with the suite's own
tokeniser (analysis/words.py, loaded from its file so the package need not be importable in
that environment) and their frequencies summed per resulting token (``women's`` joins
``women``), so the list matches the counts the suite computes. Frequencies are wordfreq's
relative frequencies (share of all tokens), written to 6 significant digits.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "analysis" / "lexicons" / "background_en.csv"


def load_tokenizer():
    """The suite's tokenizer, taken from analysis/words.py without importing the package."""
    source = (ROOT / "analysis" / "words.py").read_text(encoding="utf-8")
    ns: dict = {"re": re}
    start = source.index("_APOSTROPHES =")
    end = source.index("def tokenize(")
    exec(compile(source[start:end], "words.py", "exec"), ns)
    return lambda text: [t for t, _, _ in ns["token_spans"](text)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20000, help="number of wordfreq entries to take")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    import wordfreq

    tokenize = load_tokenizer()
    freq: dict[str, float] = defaultdict(float)
    for word in wordfreq.top_n_list("en", args.n):
        tokens = tokenize(word)
        if len(tokens) != 1:
            continue  # symbols and multi-token entries cannot match a single counted token
        if len(tokens[0]) > 1 and re.fullmatch(r"0[0.,]*", tokens[0]):
            continue  # wordfreq's stand-ins for numbers of one "shape" (00, 0.00): not real tokens
        freq[tokens[0]] += wordfreq.word_frequency(word, "en")
    rows = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["word", "frequency"])
        for word, f in rows:
            writer.writerow([word, f"{f:.6g}"])
    from importlib.metadata import version

    print(f"wrote {len(rows)} words to {args.out} (wordfreq {version('wordfreq')})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
