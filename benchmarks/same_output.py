"""Check that a change meant only to speed the pipeline up changes no result.

Analyses a synthetic archive partition by partition (``analysis.pipeline.analyze_partition``,
without writing) and either saves the three tables of every partition, or compares them, value for
value, with tables saved before (``pandas.testing.assert_frame_equal`` with ``check_exact=True``).
Run it with ``--save`` on the code before the change and with ``--compare`` after it; it prints
``identical`` or names each table that differs.

Usage:
    python benchmarks/same_output.py --save /tmp/before.pkl        # on the old code
    python benchmarks/same_output.py --compare /tmp/before.pkl     # on the new code
    python benchmarks/same_output.py --compare /tmp/before.pkl --articles 200 --seed 3
"""
from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

import pandas as pd

from analysis import pipeline, synth
from analysis.paths import PROJ_ROOT

CACHE = PROJ_ROOT / ".cache" / "bench"


def analyse(articles: int, seed: int, words: int, partition_size: int) -> list[dict]:
    """The tables (``articles``, ``sentences``, ``quotes``) of every partition of the archive."""
    path = CACHE / f"archive-{articles}-seed{seed}-w{words}.parquet"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        synth.write_article_table(path, articles, seed=seed, words=words, batch=1000)
    return [pipeline.analyze_partition(plan)["tables"] for plan in pipeline.plan_partitions(path, partition_size)]


def differences(before: list[dict], after: list[dict]) -> list[str]:
    """One line per table that is not identical (empty when all are).

    Usage:
        >>> t = {"articles": pd.DataFrame({"x": [1.0]})}
        >>> differences([t], [t]), differences([t], [{"articles": pd.DataFrame({"x": [1.5]})}])[0][:27]
        ([], 'partition 0, articles table')
    """
    if len(before) != len(after):
        return [f"{len(before)} partitions before, {len(after)} now"]
    found = []
    for n, (old, new) in enumerate(zip(before, after)):
        for name in sorted(set(old) | set(new)):
            try:
                pd.testing.assert_frame_equal(old.get(name), new.get(name), check_exact=True)
            except (AssertionError, TypeError) as exc:
                found.append(f"partition {n}, {name} table: {str(exc).splitlines()[0]}")
    return found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    what = ap.add_mutually_exclusive_group(required=True)
    what.add_argument("--save", type=Path, help="write the tables to this file")
    what.add_argument("--compare", type=Path, help="compare the tables with those saved in this file")
    ap.add_argument("--articles", type=int, default=1000, help="archive size (default 1,000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--partition-size", type=int, default=250)
    args = ap.parse_args(argv)
    t = time.process_time()
    tables = analyse(args.articles, args.seed, args.words, args.partition_size)
    print(f"analysed {args.articles:,} articles in {time.process_time() - t:.1f} s of CPU")
    if args.save:
        with open(args.save, "wb") as fh:
            pickle.dump(tables, fh)
        print(f"saved to {args.save}")
        return 0
    with open(args.compare, "rb") as fh:
        before = pickle.load(fh)
    found = differences(before, tables)
    print("identical" if not found else "\n".join(found))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
