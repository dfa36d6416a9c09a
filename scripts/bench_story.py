"""Benchmark of a full story rebuild: `python scripts/bench_story.py RECORDS_DIR [--n 10000]`.

Makes N records from the records in RECORDS_DIR (for example the output of `pressfacts extract ../shared/press`):
copy k of a record keeps its entities, dates, figures and quotes (the offsets stay valid) but every other letter goes
through the k-th affine letter map and its publication date moved by k days, so the copies are not reprints of one another and the
story sees N different articles about the same people, places and figures. Then it times `pressfacts story` on them
in a fresh process (imports included) and prints the seconds and the summary."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LOWER = string.ascii_lowercase


def _protected(rec: dict) -> list[bool]:
    keep = [False] * len(rec["text"])
    spans = [m for e in rec["entities"] for m in e["mentions"]] + rec["dates"] + rec["figures"] + rec["quotes"]
    for s in spans:
        for i in range(s["start"], s["end"]):
            keep[i] = True
    return keep


AFFINE = (1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25)  # invertible multipliers mod 26: 312 different letter maps


def _vary(rec: dict, keep: list[bool], k: int) -> dict:
    a, b = AFFINE[(k // 26) % len(AFFINE)], k % 26
    table = str.maketrans(LOWER, "".join(LOWER[(a * i + b) % 26] for i in range(26)))
    text = rec["text"]
    out = "".join(c if keep[i] else c.translate(table) for i, c in enumerate(text))
    new = dict(rec, text=out, id=f"{rec['id']}-v{k}")
    if rec.get("published") and len(rec["published"]) == 10:
        new["published"] = (dt.date.fromisoformat(rec["published"]) + dt.timedelta(days=k)).isoformat()
    return new


def make_records(src: Path, dest: Path, n: int) -> int:
    base = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(src.glob("*.json"))]
    if not base:
        raise SystemExit(f"no records in {src}")
    protected = [_protected(r) for r in base]
    for i in range(n):
        j, k = i % len(base), i // len(base)
        rec = base[j] if k == 0 else _vary(base[j], protected[j], k)
        (dest / f"{rec['id']}.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    return len(base)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("records", type=Path, help="folder of records to repeat (e.g. /tmp/press-out)")
    ap.add_argument("--n", type=int, default=10_000, help="records to build the story from (default: 10000)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="pressfacts-bench-story-") as tmp:
        out = Path(tmp)
        nbase = make_records(args.records, out, args.n)
        t0 = time.perf_counter()
        cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        run = subprocess.run([sys.executable, "-m", "pressfacts.cli", "story", str(out), "--json"],
                             capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - t0
        cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
        if run.returncode:
            print(run.stderr, file=sys.stderr)
            return run.returncode
        summary = json.loads(run.stdout)
        print(f"story rebuild over {args.n} records (from {nbase} distinct): {seconds:.1f}s wall, {cpu:.1f}s CPU, "
              "process start included (wall time depends on what else runs on the machine)")
        print("step       wall s   CPU s")
        for step, wall in summary["seconds"].items():
            print(f"{step:<9} {wall:7.1f} {summary['cpu_seconds'].get(step, 0.0):7.1f}")
        print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
