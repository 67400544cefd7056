"""Command line: ``python -m analysis {run,add,new-event,audit}``.

Usage:
    python -m analysis run --event data/raw/baghdadi-2016-11-03
    python -m analysis add data/raw/my-event page.html --outlet "The Guardian" --url https://...
    python -m analysis new-event my-event --speaker "Jane Doe" --alias "Doe" --date 2024-05-01
    python -m analysis audit data/raw/my-event
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import InputError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run every notebook headless and write figures and HTML reports")
    run.add_argument("--event", default=None, help="event folder (default: the bundled event)")
    run.add_argument("--with-code", action="store_true", help="show the code in the HTML reports")
    run.add_argument("--force", action="store_true", help="rerun notebooks even if nothing changed")
    run.add_argument("--only", nargs="*", default=None, help="run only these notebooks (file names or prefixes)")

    add = sub.add_parser("add", help="copy an article file into an event and list it in the manifest")
    add.add_argument("event", help="event folder or name under data/raw")
    add.add_argument("file", help="article file (.txt or .html)")
    add.add_argument("--outlet", required=True)
    add.add_argument("--url", default="")
    add.add_argument("--provenance", default="")
    add.add_argument("--name", default=None, help="file name inside the event (default: NNN_<outlet>.ext)")

    new = sub.add_parser("new-event", help="create an empty event folder")
    new.add_argument("name")
    new.add_argument("--speaker", required=True)
    new.add_argument("--alias", action="append", default=[], help="another name of the speaker (repeatable)")
    new.add_argument("--title", default="")
    new.add_argument("--date", default="")
    new.add_argument("--language", default="en")
    new.add_argument("--root", default=None, help="folder holding events (default: data/raw)")

    audit = sub.add_parser("audit", help="print each article's metadata and the lines cleaning removed")
    audit.add_argument("event", nargs="?", default=None)
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "run":
            from .runner import run_all

            return run_all(event=args.event, with_code=args.with_code, force=args.force, only=args.only)
        if args.command == "add":
            from .corpus import add_article

            path = add_article(args.event, args.file, outlet=args.outlet, url=args.url,
                               provenance=args.provenance, name=args.name)
            print(f"added {path}")
        elif args.command == "new-event":
            from .corpus import new_event

            path = new_event(args.name, speaker=args.speaker, title=args.title, date=args.date,
                             aliases=args.alias, language=args.language,
                             **({"root": Path(args.root)} if args.root else {}))
            print(f"created {path}: add articles with `python -m analysis add {path} FILE --outlet NAME`")
        elif args.command == "audit":
            from .event import load_event

            ev = load_event(args.event)
            for _, art in ev.articles.iterrows():
                print(f"== {art['article_id']} ({art['outlet']}): {art['headline']}")
                for key in ("standfirst", "byline", "published", "dateline", "wire", "captions", "tags"):
                    print(f"   {key:10} {art[key]}")
                for _, r in ev.removed[ev.removed["article_id"] == art["article_id"]].iterrows():
                    print(f"   removed [{r['rule']}] {r['line']}")
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
