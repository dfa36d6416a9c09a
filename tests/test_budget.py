"""No input can stall a run: the per-article time limit and HTML byte cap, in extract (one process and worker
processes) and in fetch; a stuck worker is replaced; the deep-nesting page and the recall fallback."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from pressfacts.clean import clean, flatten_deep_nesting
from pressfacts.extract import record_id
from pressfacts.ingest import RawArticle
from pressfacts.run.budget import Budget, BudgetExceeded, limit
from pressfacts.run.pool import LocalPool

PARAGRAPHS = [
    "Le conseil municipal de Lille a voté mardi un budget de 24 millions d'euros pour rénover huit écoles.",
    "Selon la maire, les travaux commenceront en septembre et dureront près de deux ans.",
    "L'opposition a dénoncé un calendrier trop serré, a rapporté La Voix du Nord.",
    "Les parents d'élèves seront reçus en mairie le 12 avril pour une réunion publique.",
]


def article_html(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"


def deep_page(depth: int = 5000) -> str:
    inner = f"<h1>Écoles de Lille</h1>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}"
    return f"<html><body>{'<div>' * depth}{inner}{'</div>' * depth}</body></html>"


def huge_page() -> str:
    """About 9 MB: 400 000 short paragraphs (trafilatura's cost grows faster than linearly with them)."""
    rows = "".join(f"<p>N° {i} : {i % 97} mm</p>" for i in range(400_000))
    return f"<html><head><title>Relevés</title></head><body><article>{rows}</article></body></html>"


def test_limit_interrupts_python_code_and_stays_quiet_when_met():
    t0 = time.monotonic()
    with pytest.raises(BudgetExceeded) as info, limit(Budget(max_seconds=0.3), "cleaning"):
        while True:
            sum(range(1000))
    assert time.monotonic() - t0 < 2
    assert info.value.reason == "cleaning took more than the limit of 0.3 s (--max-seconds)"
    with limit(Budget(max_seconds=0.2), "cleaning"):
        pass
    time.sleep(0.4)  # the timer was cancelled: nothing fires after the block


def test_deep_nesting_page_yields_its_text():
    art = clean(RawArticle(path="deep.html", format="html", sha256="-", html=deep_page()))
    assert art.title == "Écoles de Lille"
    assert art.text.startswith("Le conseil municipal de Lille a voté mardi") and art.text.endswith("réunion publique.")
    assert art.extractor == "trafilatura"
    assert flatten_deep_nesting("<div><p>court</p></div>") == "<div><p>court</p></div>"


def test_recall_fallback_is_named_in_the_extractor():
    # No <article>, text in short divs that the precision-oriented extraction drops as page furniture.
    divs = "".join(f"<div class='bloc'>{p}</div>" for p in PARAGRAPHS)
    art = clean(RawArticle(path="p.html", format="html", sha256="-", html=f"<html><body>{divs}</body></html>"))
    assert art.extractor in ("trafilatura", "trafilatura_recall")
    assert "huit écoles" in art.text


def test_byte_cap_before_parsing():
    from pressfacts.errors import InputError

    with pytest.raises(InputError, match=r"HTML page too large: 3,0\d\d bytes, over the limit of 3,000 bytes"):
        clean(RawArticle(path="p.html", format="html", sha256="-", html="<p>" + "x" * 3000 + "</p>"), 3000)


@pytest.mark.parametrize(("name", "expected"), [("ça été.txt", "ca-ete-"), ("Œuvre à Noël.html", "OEuvre-a-Noel-"),
                                                ("sub/Été 2024.json#3", "Ete-2024-3-")])
def test_record_ids_keep_accents_as_ascii(name: str, expected: str):
    assert record_id(name).startswith(expected) and len(record_id(name)) == len(expected) + 8


# --- the pool replaces a worker stuck where the watchdog cannot reach (time.sleep is one C call) ----------------

class Nap:
    def __init__(self, name: str, seconds: float) -> None:
        self.name, self.seconds = name, seconds

    def split(self) -> list[Nap]:
        return [self]

    def lost(self, reason: str) -> list[str]:
        return [f"{self.name}: {reason}"]


def nap(task: Nap) -> list[str]:
    from pressfacts.run.budget import beat

    beat()
    time.sleep(task.seconds)
    return [task.name]


def test_pool_replaces_a_stuck_worker_and_keeps_order():
    budget = Budget(max_seconds=0.5, grace_seconds=0.5)
    t0 = time.monotonic()
    with LocalPool(2, budget) as pool:
        out = list(pool.map(nap, [Nap("a", 0), Nap("stuck", 120), Nap("b", 0), Nap("c", 0.1)]))
        assert pool.replaced == 1
    assert time.monotonic() - t0 < 15
    assert out[0] == ["a"] and out[2:] == [["b"], ["c"]]
    assert out[1] == ["stuck: over the time limit of 0.5 s (--max-seconds): the worker was stuck and was replaced"]


def test_a_run_in_one_process_goes_on_past_an_article_stuck_in_c_code(tmp_path: Path, nlp, monkeypatch):
    """time.sleep is one C call the watchdog cannot interrupt: the worker is killed and replaced, the run goes on."""
    import pressfacts.run.work as work
    from pressfacts.run.runner import RunOptions, run

    real = work.read_stable

    def read(path: Path, *scan: object) -> bytes:
        if path.name == "b.txt":
            time.sleep(600)
        return real(path, *scan)

    monkeypatch.setattr(work, "read_stable", read)
    src = tmp_path / "in"
    src.mkdir()
    for name, town in (("a.txt", "Lille"), ("b.txt", "Rennes"), ("c.txt", "Nantes")):
        (src / name).write_text(f"Le conseil municipal de {town} a voté mardi un budget de 24 millions d'euros pour "
                                "rénover huit écoles, a annoncé la maire.", encoding="utf-8")
    t0 = time.monotonic()
    outcome = run(RunOptions(input=src, out=tmp_path / "out", processes=1, max_seconds=2, batch_size=1), nlp)
    assert time.monotonic() - t0 < 60
    assert outcome.report["written"] == 2 and outcome.report["workers"]["replaced"] == 1, outcome.report["failures"]
    assert outcome.report["failures"] == [{"key": "b.txt", "reason": "over the time limit of 2 s (--max-seconds): the "
                                           "worker was stuck and was replaced"}]


# --- end to end: extract and fetch over the 9 MB page, the deep page and two normal articles ---------------------

@pytest.fixture(scope="module")
def budget_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("budget") / "in"
    src.mkdir()
    (src / "huge.html").write_text(huge_page(), encoding="utf-8")
    assert 8_000_000 < (src / "huge.html").stat().st_size < 10_000_000
    (src / "deep.html").write_text(deep_page(), encoding="utf-8")
    (src / "ecoles.html").write_text(article_html("Écoles", PARAGRAPHS), encoding="utf-8")
    (src / "port.txt").write_text(
        "Le port de Brest a accueilli 2,4 millions de tonnes de marchandises en 2024, selon la chambre de commerce. "
        "« Une année record », a déclaré son président, Jean Kerhoas.", encoding="utf-8")
    return src


def extract_cli(src: Path, out: Path, *opts: str) -> tuple[int, dict, float]:
    t0 = time.monotonic()
    res = subprocess.run([sys.executable, "-m", "pressfacts.cli", "extract", str(src), "--out", str(out), "--json",
                          *opts], capture_output=True, text=True, timeout=300)
    return res.returncode, json.loads(res.stdout.strip().splitlines()[-1]), time.monotonic() - t0


@pytest.mark.parametrize(("opts", "reason"), [
    # The default byte cap stops the page before it is parsed, with worker processes...
    (("--max-seconds", "5"), "HTML page too large: 9,"),
    # ...and without the cap, the time limit stops it, in one process.
    (("--max-seconds", "5", "--max-html-bytes", "50000000", "--processes", "1"),
     "reading and cleaning took more than the limit of 5 s (--max-seconds)"),
])
def test_extract_finishes_within_budget(budget_folder: Path, tmp_path: Path, opts: tuple[str, ...], reason: str):
    code, rep, wall = extract_cli(budget_folder, tmp_path / "out", *opts)
    assert code == 1
    assert [(f["key"], f["reason"][: len(reason)]) for f in rep["failures"]] == [("huge.html", reason)]
    assert rep["written"] == 3
    assert wall < 90  # model load + 5 s budget + three small articles; without the budget: minutes
    recs = {json.loads(p.read_text())["source"]["path"]: json.loads(p.read_text()) for p in (tmp_path / "out").glob("*.json")}
    assert sorted(recs) == ["deep.html", "ecoles.html", "port.txt"]
    assert "huit écoles" in recs["deep.html"]["text"]
    assert [recs[k]["source"]["extractor"] for k in sorted(recs)] == ["trafilatura", "trafilatura", "text"]
    # Recorded like any failure, and retried on the next run.
    code, rep, _wall = extract_cli(budget_folder, tmp_path / "out", *opts)
    assert (code, rep["files_read"], rep["written"]) == (1, 1, 0)


class Pages(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, bytes]] = {}

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = self.pages.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")


def test_fetch_fails_the_huge_page_within_budget(tmp_path: Path):
    Pages.pages = {"/huge.html": huge_page().encode(), "/deep.html": deep_page().encode(),
                   "/ecoles.html": article_html("Écoles", PARAGRAPHS).encode()}
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    (tmp_path / "urls.txt").write_text("\n".join(f"{base}{p}" for p in Pages.pages), encoding="utf-8")
    try:
        for opts, reason in ((("--max-seconds", "5"), "HTML page too large: 9,"),
                             (("--max-seconds", "3", "--max-html-bytes", "50000000"),
                              "checking whether the page is an article took more than the limit of 3 s")):
            into = tmp_path / f"into{len(opts)}"
            t0 = time.monotonic()
            res = subprocess.run([sys.executable, "-m", "pressfacts.cli", "fetch", "--urls", str(tmp_path / "urls.txt"),
                                  "--into", str(into), "--delay", "0", "--json", *opts],
                                 capture_output=True, text=True, timeout=120)
            assert time.monotonic() - t0 < 60
            rep = json.loads(res.stdout)
            assert res.returncode == 1
            assert [(f["url"], f["reason"][: len(reason)]) for f in rep["failures"]] == [(f"{base}/huge.html", reason)]
            assert sorted(Path(p).name.split("-")[0] for p in rep["saved"]) == ["deep", "ecoles"]
    finally:
        server.shutdown()
