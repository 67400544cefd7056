"""Generate analysis/lexicons/first_names.csv from the nomquamgender package (run once, offline afterwards).

nomquamgender (Van Buskirk, Clauset & Larremore 2023) is NOT a dependency of the suite: run this
script with a separate virtual environment that has it, e.g.

    python -m venv /tmp/nqgvenv && /tmp/nqgvenv/bin/pip install nomquamgender==0.1.4
    /tmp/nqgvenv/bin/python tools/make_first_names.py          # writes analysis/lexicons/first_names.csv

nomquamgender ships, for each given name, the number of its 36 sources that list it, the number of
people counted with it and p(gf), the estimated share of those people gendered female. This keeps
only names that are frequent and strongly gendered in that data (defaults: at least 5 sources, at
least 1,000 people, p(gf) at most 0.05 or at least 0.95), written as ``name,gender`` with gender
``f`` or ``m``. Names that both genders carry (Jean, Andrea, Nicola, Kim, Jordan) fall between the
thresholds and are left out: for them the suite relies on the article's own words.
"""
from __future__ import annotations

import argparse
import csv
import json
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "analysis" / "lexicons" / "first_names.csv"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-sources", type=int, default=5)
    parser.add_argument("--min-count", type=int, default=1000)
    parser.add_argument("--margin", type=float, default=0.05, help="keep p(gf) <= margin or >= 1 - margin")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = json.loads(resources.files("nomquamgender").joinpath("name_data.json").read_text("utf-8"))
    rows = []
    for name, (sources, count, p_female, *_rest) in data.items():
        if not (name.isascii() and name.isalpha()) or sources < args.min_sources or count < args.min_count:
            continue
        if p_female <= args.margin:
            rows.append((name, "m"))
        elif p_female >= 1 - args.margin:
            rows.append((name, "f"))
    rows.sort()
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["name", "gender"])
        writer.writerows(rows)
    print(f"{len(rows)} names -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
