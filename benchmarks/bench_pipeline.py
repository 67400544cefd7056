"""Benchmark the corpus pipeline against the naive notebook way, and one Dask worker against two.

Prints tables (this is a script, not a timed test):

1. where the time goes: CPU milliseconds per article for parsing and for each
   analysis module's per-article function, on a sample;
2. for every archive size: articles per second and peak memory (resident set
   size of this process plus every worker process, sampled every 0.2 s) of the
   Dask run (2 workers, output written as Parquet), and the naive notebook way
   measured in the same run on a subsample and extrapolated to the full size;
3. one Dask worker against two on the same archive (``--repeats`` runs of each, alternating, so both
   see the same background load; ratios of the fastest runs and of the medians).

Every timed run records the load average before and after it (the machine may be shared).

The naive way is what tutorials show: one pandas ``.apply`` per metric per row,
each textstat function called separately on the article body, and a fresh
``SentimentIntensityAnalyzer`` created for every sentence. Parsing, quotes and
frames have no tutorial shortcut, so the naive way calls the same package
functions for those, one ``.apply`` each.

Usage:
    python benchmarks/bench_pipeline.py                      # 1,000 articles (make bench)
    python benchmarks/bench_pipeline.py --sizes 1000 10000 100000
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd
import psutil

from analysis import pipeline, synth
from analysis.paths import PROJ_ROOT

CACHE = PROJ_ROOT / ".cache" / "bench"


class PeakMemory:
    """Peak of the summed resident set size of this process and all its children (Dask workers)."""

    def __init__(self, interval: float = 0.2):
        self.interval = interval
        self.peak_total = 0
        self.peak_one = 0
        self.cpu_seconds = 0.0  # CPU time (user + system) used by this process and its children meanwhile
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self, cpu: str = "") -> None:
        me = psutil.Process()
        procs = [me, *me.children(recursive=True)]
        sizes = []
        for p in procs:
            try:
                sizes.append(p.memory_info().rss)
                if cpu:
                    t = p.cpu_times()
                    used = t.user + t.system
                    if cpu == "start":
                        self._cpu[p.pid] = used
                    else:
                        self.cpu_seconds += used - self._cpu.get(p.pid, 0.0)
            except psutil.Error:
                pass
        self.peak_total = max(self.peak_total, sum(sizes))
        self.peak_one = max(self.peak_one, max(sizes, default=0))

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def __enter__(self):
        self._sample("start")
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self._sample("end")


def archive(n: int, seed: int, words: int) -> Path:
    """The benchmark archive as Parquet (generated once, then reused from .cache/bench)."""
    path = CACHE / f"archive-{n}-seed{seed}-w{words}.parquet"
    if not path.exists():
        t = time.perf_counter()
        tmp = path.with_suffix(".tmp.parquet")
        synth.write_article_table(tmp, n, seed=seed, words=words, batch=1000)
        tmp.rename(path)
        print(f"generated {n:,} articles in {time.perf_counter() - t:.1f} s -> {path}", flush=True)
    return path


def step_profile(source: Path, n: int = 100) -> pd.DataFrame:
    """CPU ms per article of parsing and of each analysis step (this process, one core)."""
    from analysis.parse import parse_article

    rows, metas = pipeline.read_partition(pipeline.plan_partitions(source, n)[0])
    steps = pipeline.select_steps()
    pipeline.warm_up()
    cost = {"parse_article": 0.0, "sentence_table": 0.0, **{s.name: 0.0 for s in steps}}
    for r in rows.itertuples(index=False):
        meta = metas.get(r.event, {})
        c = time.process_time()
        art = parse_article(r.raw, r.outlet)
        cost["parse_article"] += time.process_time() - c
        c = time.process_time()
        sents = art.sentence_columns()
        cost["sentence_table"] += time.process_time() - c
        ctx = pipeline.ArticleContext(meta, art, sents)
        for s in steps:
            c = time.process_time()
            s.run(ctx, meta)
            cost[s.name] += time.process_time() - c
    where = {"parse_article": "analysis.parse.parse_article", "sentence_table": "Article.sentence_columns (segment)",
             "quotes": "quotetable.article_quotes (+ share counts)",
             "readability": "readability.readability_from_counts",
             "tone": "tone.score_columns", "framing": "framing.article_frame_scores"}
    table = pd.DataFrame({"step": list(cost), "function": [where.get(k, k) for k in cost],
                          "ms_per_article": [v / len(rows) * 1000 for v in cost.values()]})
    total = table["ms_per_article"].sum()
    table["share"] = table["ms_per_article"] / total
    return pd.concat([table, pd.DataFrame([{"step": "total", "function": "", "ms_per_article": total,
                                            "share": 1.0}])], ignore_index=True)


def naive_way(source: Path, n: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds per article of the tutorial way, measured on the first ``n`` articles."""
    import textstat
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis.framing import article_frames
    from analysis.parse import parse_article
    from analysis.quotes import extract_quotes

    df = pd.read_parquet(source).head(n)
    t, c = time.perf_counter(), time.process_time()
    df["parsed"] = df.apply(lambda r: parse_article(r["raw"], r["outlet"]), axis=1)
    df["body"] = df["parsed"].apply(lambda a: a.body)
    df["sentences"] = df["parsed"].apply(lambda a: a.sentence_table)
    df["quotes"] = df.apply(lambda r: extract_quotes(r["body"], r["speaker"], r["aliases"].split("; ")), axis=1)
    df["n_quotes"] = df["quotes"].apply(len)
    for metric in ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
                   "coleman_liau_index", "automated_readability_index", "dale_chall_readability_score"):
        df[metric] = df["body"].apply(getattr(textstat, metric))
    df["tone"] = df["sentences"].apply(
        lambda s: np.mean([SentimentIntensityAnalyzer().polarity_scores(x)["compound"] for x in s["text"]]))
    df["frames"] = df["sentences"].apply(article_frames)
    return (time.perf_counter() - t) / len(df), (time.process_time() - c) / len(df)


def timed_run(source: Path, client, out_root: Path, analyses=None, partition_size=None,
              partition_by=pipeline.PARTITION_BY) -> dict:
    out = Path(tempfile.mkdtemp(dir=out_root))
    load = os.getloadavg()[0]
    with PeakMemory() as mem:
        t = time.perf_counter()
        pipeline.analyze_corpus(source, scheduler=client, out=out, progress=sys.stderr.isatty(), analyses=analyses,
                                partition_size=partition_size, partition_by=partition_by)
        seconds = time.perf_counter() - t
    n = sum(p["n"] for p in pipeline.plan_partitions(source))  # (reading the results back would cost memory here)
    shutil.rmtree(out, ignore_errors=True)
    return {"articles": n, "seconds": seconds, "per_second": n / seconds, "cpu_ms_per_article": mem.cpu_seconds / n * 1000,
            "peak_total_mb": mem.peak_total / 2**20, "peak_process_mb": mem.peak_one / 2**20,
            "load_before": load, "load_after": os.getloadavg()[0]}


def reference_ms(repeats: int = 5) -> float:
    """CPU milliseconds of a fixed pure-Python workload (best of ``repeats``): a yardstick of how fast this
    machine runs Python *right now*. On a shared virtual machine it varies by a third within minutes; a
    run's times are comparable with another run's only after dividing by their yardsticks."""
    words = ("the minister said the talks would resume on Monday after a week of strikes " * 40).split()
    best = float("inf")
    for _ in range(repeats):
        t = time.process_time()
        for _ in range(1000):
            counts: dict[str, int] = {}
            for w in words:
                key = w.lower().strip(".,")
                counts[key] = counts.get(key, 0) + len(key)
        best = min(best, time.process_time() - t)
    return best * 1000


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000], help="archive sizes (articles)")
    ap.add_argument("--words", type=int, default=600, help="words per article (default 600)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--naive-sample", type=int, default=40, help="articles the naive way is timed on")
    ap.add_argument("--scaling-size", type=int, default=1000, help="archive size for 1 vs 2 workers (0: skip)")
    ap.add_argument("--repeats", type=int, default=3,
                    help="1 vs 2 workers: runs of each, alternating; the fastest of each is compared (default 3)")
    ap.add_argument("--partition-size", type=int, default=None, help="articles per partition (default: automatic)")
    ap.add_argument("--analyses", nargs="*", default=None,
                    help="analyses to run (default: all installed; give none for parsing and sentences only)")
    ap.add_argument("--partition-by", nargs="*", default=list(pipeline.PARTITION_BY),
                    help="folder levels of the Parquet output (default: event outlet)")
    ap.add_argument("--out-dir", default=None,
                    help="where the timed runs write their Parquet output (default: the system's temporary "
                         "folder); each run's output is deleted after it")
    args = ap.parse_args(argv)
    pd.set_option("display.width", 160)
    out_root = Path(tempfile.mkdtemp(prefix="bench-out-", dir=args.out_dir))
    print(f"machine: {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GB; "
          f"analyses: {', '.join(pipeline.available_steps())}; {args.words} words per article; "
          f"load average {os.getloadavg()[0]:.1f} (other processes share the cores); output written under "
          f"{out_root.parent}", flush=True)
    print(f"yardstick (fixed pure-Python workload, lower is faster): {reference_ms():.1f} ms at the start", flush=True)

    sample = archive(max(100, args.naive_sample), args.seed, args.words)
    print("\n1. Where the time goes (CPU ms per article, one core, 100 articles)")
    print(step_profile(sample).round({"ms_per_article": 2, "share": 3}).to_string(index=False), flush=True)

    naive, naive_cpu = naive_way(sample, args.naive_sample)
    print(f"\nnaive notebook way: {naive * 1000:.0f} ms wall, {naive_cpu * 1000:.0f} ms CPU per article (measured on "
          f"{args.naive_sample} articles in this process, extrapolated linearly to each size below)", flush=True)

    run_args = (args.analyses, args.partition_size, tuple(args.partition_by))
    if args.analyses is not None:
        print(f"\nthe timed runs below use only: parse + sentences{''.join(', ' + a for a in args.analyses)} "
              f"(the naive way above still runs every analysis: its ratio is not comparable)")
    rows = []
    client2 = pipeline.start_dask(2)
    try:
        for n in args.sizes:
            src = archive(n, args.seed, args.words)
            r = timed_run(src, client2, out_root, *run_args)
            rows.append({"articles": n, "mode": "dask, 2 workers", **r,
                         "naive_seconds (extrapolated)": naive * n, "speed-up vs naive": naive * n / r["seconds"],
                         "CPU ratio naive/pipeline": naive_cpu * 1000 / r["cpu_ms_per_article"]})
            print(pd.DataFrame(rows[-1:]).round(2).to_string(index=False), flush=True)
        if args.scaling_size:
            src = archive(args.scaling_size, args.seed, args.words)
            client1 = pipeline.start_dask(1)
            scaling = []
            try:  # alternate one and two workers, so both see the same background load
                for rep in range(args.repeats):
                    for workers, client in ((1, client1), (2, client2)):
                        scaling.append({"workers": workers, "repeat": rep + 1,
                                        **timed_run(src, client, out_root, *run_args)})
            finally:
                cluster = client1.cluster
                client1.close()
                cluster.close()
    finally:
        cluster = client2.cluster
        client2.close()
        cluster.close()
    print("\n2. Pipeline against the naive notebook way")
    print(pd.DataFrame(rows).round(2).to_string(index=False))

    if args.scaling_size:
        scale = pd.DataFrame(scaling)
        print(f"\n3. One Dask worker against two ({args.scaling_size:,} articles, {args.repeats} runs each, alternating)")
        print(scale.round(2).to_string(index=False))
        best = scale.groupby("workers")["seconds"].min()
        median = scale.groupby("workers")["seconds"].median()
        print(f"two workers / one worker: {best[1] / best[2]:.2f}x (fastest runs), {median[1] / median[2]:.2f}x (medians)")
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}; yardstick at the end: {reference_ms():.1f} ms")
    print(f"main process max RSS (getrusage): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    shutil.rmtree(out_root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
