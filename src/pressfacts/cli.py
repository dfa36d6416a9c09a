"""Command line: `pressfacts extract IN --out OUT`, `pressfacts schema`. Parses arguments, shows progress,
calls the library."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_CANNOT_RUN = 2


def _extract(args: argparse.Namespace) -> int:
    from .extract import process
    from .ingest import find_inputs, read_articles
    from .nlp import get_pipeline
    from .store import write_record

    root: Path = args.input
    if not root.exists():
        print(f"pressfacts: input {root} does not exist", file=sys.stderr)
        return EXIT_CANNOT_RUN
    out: Path = args.out
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"pressfacts: cannot create output folder {out}: {exc.strerror}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    files = find_inputs(root)
    if not files:
        print(f"pressfacts: no .html/.htm/.txt/.json/.jsonl files under {root}", file=sys.stderr)
    t0 = time.perf_counter()
    nlp = get_pipeline()

    def items():
        for f in files:
            display = str(f.relative_to(root)) if root.is_dir() else f.name
            yield from read_articles(f, display)

    progress = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(total=len(files), unit="file", desc="extract", file=sys.stderr)
    counts: Counter[str] = Counter()
    facts: Counter[str] = Counter()
    failures: list[tuple[str, str]] = []
    seen_files: set[str] = set()
    for res in process(items(), nlp, batch_size=args.batch_size, n_process=args.processes):
        counts["read"] += 1
        counts[res.status] += 1
        if res.record is not None:
            write_record(out, res.record)
            facts["entities"] += len(res.record.entities)
            facts["dates"] += len(res.record.dates)
            facts["figures"] += len(res.record.figures)
            facts["quotes"] += len(res.record.quotes)
        elif res.status == "failed":
            failures.append((res.key, res.reason or "unknown error"))
            print(f"pressfacts: FAILED {res.key}: {res.reason}", file=sys.stderr)
        elif not args.quiet:
            print(f"pressfacts: skipped {res.key}: {res.reason}", file=sys.stderr)
        if progress is not None:
            fkey = res.key.split("#", 1)[0].split(" item ")[0].split(" line ")[0]
            if fkey not in seen_files:
                seen_files.add(fkey)
                progress.update(1)
    if progress is not None:
        progress.close()
    elapsed = time.perf_counter() - t0
    summary = {
        "articles_read": counts["read"],
        "written": counts["written"],
        "failed": counts["failed"],
        "skipped": counts["skipped"],
        **{k: facts[k] for k in ("entities", "dates", "figures", "quotes")},
        "seconds": round(elapsed, 2),
        "output": str(out),
    }
    if args.json:
        print(json.dumps(summary))
    else:
        print(
            f"pressfacts: {summary['articles_read']} articles read, {summary['written']} written, "
            f"{summary['failed']} failed, {summary['skipped']} skipped in {elapsed:.1f}s -> {out}\n"
            f"  facts: {facts['entities']} entities, {facts['dates']} dates, {facts['figures']} figures, "
            f"{facts['quotes']} quotes"
        )
        for key, reason in failures:
            print(f"  failed: {key}: {reason}")
    return EXIT_SOME_FAILED if counts["failed"] else EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from .records import Record

    print(json.dumps(Record.model_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(
        prog="pressfacts",
        description="Turn French press articles into verifiable fact records (people, places, organizations, "
        "dates, figures, quotes), each fact pointing at the exact words it comes from.",
    )
    p.add_argument("--version", action="version", version=f"pressfacts {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    e = sub.add_parser(
        "extract",
        help="extract fact records from a folder of articles",
        description="Read every .html/.htm/.txt/.json/.jsonl file under INPUT (recursively) and write one JSON "
        "record per article into OUT. Exit code: 0 when every article went through, 1 when some failed "
        "(each is reported with its reason), 2 when the run could not start.",
    )
    e.add_argument("input", type=Path, metavar="INPUT", help="folder (searched recursively) or single file to read")
    e.add_argument("--out", type=Path, required=True, metavar="OUT", help="folder for the JSON records (created)")
    e.add_argument("--batch-size", type=int, default=16, help="articles per spaCy batch (default: 16)")
    e.add_argument("--processes", type=int, default=1, help="worker processes for spaCy (default: 1)")
    e.add_argument("--json", action="store_true", help="print the end-of-run summary as one JSON line")
    e.add_argument("--quiet", action="store_true", help="no progress bar and no 'skipped' lines")
    e.set_defaults(func=_extract)

    s = sub.add_parser("schema", help="print the JSON Schema of the output records",
                       description="Print the JSON Schema of a record (from the pydantic models).")
    s.set_defaults(func=_schema)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
