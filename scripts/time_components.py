"""Our components alone on cached parses: the model's components (tok2vec, morphologizer, parser) run once over
the cleaned articles of the benchmark, then our ruler and the stock NER after it once more; each pass times our
ruler on fresh copies of the parsed docs and our later components on fresh copies of the named ones (the NER,
which sits between them, is not run again). Prints CPU s per component and pass, and the fastest pass (the one
other jobs on the shared machine disturbed least). --compare runs two source trees pass by pass in turns.

    python scripts/time_components.py [--articles 250] [--passes 3] [--profile out.prof]
    python scripts/time_components.py --compare ../main . [--passes 6]   (pass by pass, in turns)
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmark import cleaned_texts
from spacy.language import Language
from spacy.tokens import Doc

MODEL = ("tok2vec", "morphologizer", "parser")
NER = "ner"


def copies(docs: list[Doc]) -> list[Doc]:
    """Fresh copies (a component writes on its doc), each with its text remembered as the pipeline does."""
    from pressfacts.extensions import remember_text

    out = []
    for doc in docs:
        copy = doc.copy()
        remember_text(copy, doc.text)
        out.append(copy)
    return out


def cached_docs(nlp: Language, texts: list[tuple[str, str | None]]) -> tuple[list[Doc], list[Doc]]:
    """The docs through the model's own components once (published date set), then through our ruler and the NER."""
    from pressfacts.extensions import remember_text

    docs = []
    for text, published in texts:
        doc = nlp.make_doc(text)
        remember_text(doc, text)
        doc._.published = published
        doc._.published_source = "metadata" if published else None
        docs.append(doc)
    for name in MODEL:
        docs = list(nlp.get_pipe(name).pipe(docs, batch_size=16))
    named = copies(docs)
    for name in ("pressfacts_ruler", NER):
        named = list(nlp.get_pipe(name).pipe(named, batch_size=16))
    return docs, named


def one_pass(nlp: Language, parsed: list[Doc], named: list[Doc], profiler: cProfile.Profile | None = None) -> dict[str, float]:
    """CPU s of each of our components over fresh copies of the cached docs."""
    spent: dict[str, float] = {}
    after_ner = False
    docs = copies(parsed)
    for name, pipe in nlp.pipeline:
        if name in MODEL:
            continue
        if name == NER:
            docs, after_ner = copies(named), True
            continue
        c0 = time.process_time()
        if profiler is not None:
            profiler.enable()
        docs = [pipe(d) for d in docs]
        if profiler is not None:
            profiler.disable()
        spent[name] = time.process_time() - c0
    assert after_ner, "no NER in the pipeline"
    return spent


def serve(nlp: Language, parsed: list[Doc], named: list[Doc]) -> None:
    """One pass for each line read on stdin, its CPU s per component printed as one JSON line (for --compare)."""
    print(json.dumps({"ready": True}), flush=True)
    for _line in sys.stdin:
        print(json.dumps(one_pass(nlp, parsed, named)), flush=True)


def compare(trees: list[str], articles: int, rounds: int) -> None:
    """Two source trees in turns, pass by pass (each in its own process, the docs parsed once in each): a load
    that changes over minutes on the shared machine weighs on both alike. Prints the fastest pass of each."""
    procs = []
    for tree in trees:
        env = {**os.environ, "PYTHONPATH": str(Path(tree) / "src")}
        procs.append(subprocess.Popen([sys.executable, __file__, "--serve", "--articles", str(articles)], env=env,
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True))
    for p in procs:
        assert p.stdout is not None and json.loads(p.stdout.readline()).get("ready")
    runs: list[list[dict[str, float]]] = [[] for _ in trees]
    for r in range(rounds):
        for k in (range(len(procs)) if r % 2 == 0 else reversed(range(len(procs)))):
            p = procs[k]
            assert p.stdin is not None and p.stdout is not None
            p.stdin.write("pass\n")
            p.stdin.flush()
            runs[k].append(json.loads(p.stdout.readline()))
    for p in procs:
        assert p.stdin is not None
        p.stdin.close()
        p.wait()
    for tree, tree_runs in zip(trees, runs, strict=True):
        totals = [sum(r.values()) for r in tree_runs]
        best = {name: min(r[name] for r in tree_runs) for name in tree_runs[0]}
        print(f"{tree}: all " + " ".join(f"{t:.2f}" for t in totals) + f" (min {min(totals):.2f}); per component min "
              + ", ".join(f"{n.removeprefix('pressfacts_')} {v:.2f}" for n, v in best.items()))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=250)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--profile", help="write a cProfile of our components (one extra pass) to this file")
    ap.add_argument("--compare", nargs=2, metavar="TREE", help="two source trees (main, a branch) in turns")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.compare:
        compare(args.compare, args.articles, args.passes)
        return
    from pressfacts.nlp import get_pipeline

    nlp = get_pipeline()
    parsed, named = cached_docs(nlp, cleaned_texts(args.articles))
    one_pass(nlp, parsed[:4], named[:4])  # warm-up (lazy tables, caches of word ids)
    if args.serve:
        serve(nlp, parsed, named)
        return
    runs = [one_pass(nlp, parsed, named) for _ in range(args.passes)]
    for name in runs[0]:
        print(f"{name:22s} " + " ".join(f"{r[name]:6.2f}" for r in runs) + f"   min {min(r[name] for r in runs):.2f}")
    totals = [sum(r.values()) for r in runs]
    print(f"{'ours (all)':22s} " + " ".join(f"{t:6.2f}" for t in totals) + f"   min {min(totals):.2f}")
    if args.profile:
        prof = cProfile.Profile()
        one_pass(nlp, parsed, named, prof)
        prof.dump_stats(args.profile)


if __name__ == "__main__":
    main()
