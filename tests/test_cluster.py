"""The same records whatever runs the work: one process, two local worker processes, a Dask LocalCluster, and a
real `dask scheduler` + `dask worker` pair on 127.0.0.1, where killing a worker mid-run loses nothing."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pressfacts.run.runner import EXIT_SOME_FAILED, RunOptions, run
from test_nightly import article
from test_warc import FRENCH, html, write_warc

DASK = Path(sys.executable).parent / "dask"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small folder of self-written articles: texts, an HTML page, a WARC archive, a duplicate, a bad file."""
    src = tmp_path_factory.mktemp("cluster") / "in"
    src.mkdir()
    for i in range(10):
        (src / f"a{i:02d}.txt").write_text(f"date 2025-03-0{1 + i % 9}\n{article(i)}", encoding="utf-8")
    (src / "copie.txt").write_text(article(4), encoding="utf-8")
    (src / "vide.txt").write_bytes(b"")
    (src / "page.html").write_bytes(html(*FRENCH[2]))
    write_warc(src / "crawl.warc.gz", [(f"https://ex.fr/{n}", html(*FRENCH[n]), "text/html") for n in range(2)])
    return src


def records(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.json"))}


@pytest.fixture(scope="module")
def reference(sample: Path, nlp, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("reference") / "out"
    outcome = run(RunOptions(input=sample, out=out, processes=1), nlp)
    assert outcome.exit_code == EXIT_SOME_FAILED and [f["key"] for f in outcome.report["failures"]] == ["vide.txt"]
    recs = records(out)
    assert len(recs) == 13  # 10 texts (the copy is a duplicate), the page, the two archived pages
    return recs


def test_two_worker_processes_give_the_same_records(sample: Path, reference: dict[str, str], nlp, tmp_path: Path):
    outcome = run(RunOptions(input=sample, out=tmp_path / "out", processes=2, batch_size=4), nlp)
    assert outcome.exit_code == EXIT_SOME_FAILED and outcome.report["duplicates"] == 1
    assert records(tmp_path / "out") == reference
    assert len(outcome.report["workers"]["peak_rss_mb"]) == 2


def test_library_process_with_worker_processes_gives_the_same_results(nlp):
    from pressfacts import process
    from pressfacts.errors import InputError
    from pressfacts.ingest import RawArticle

    items = [RawArticle(path=f"a{i}.txt", format="text", sha256="-", text=article(i)) for i in range(6)]
    items.insert(2, InputError("vide.txt", "empty file"))

    def results(**kw) -> list[tuple[str, str, str | None]]:
        return [(r.key, r.status, r.record.model_dump_json() if r.record else r.reason)
                for r in process(items, nlp, batch_size=2, **kw)]

    one = results()
    assert [r[:2] for r in one][:3] == [("a0.txt", "written"), ("a1.txt", "written"), ("vide.txt", "failed")]
    assert results(n_process=2) == one


def test_local_cluster_gives_the_same_records(sample: Path, reference: dict[str, str], tmp_path: Path):
    outcome = run(RunOptions(input=sample, out=tmp_path / "out", scheduler="local:2", batch_size=4))
    assert outcome.exit_code == EXIT_SOME_FAILED, outcome.message
    assert outcome.report["executor"] == "local:2" and outcome.report["duplicates"] == 1
    assert records(tmp_path / "out") == reference
    # The client keeps the nightly guarantees: the next run reads nothing.
    again = run(RunOptions(input=sample, out=tmp_path / "out", scheduler="local:2")).report
    assert (again["files_read"], again["written"]) == (1, 0)  # only vide.txt, retried


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_workers(address: str, n: int) -> None:
    from distributed import Client

    with Client(address, timeout=60) as client:
        client.wait_for_workers(n, timeout=180)


def cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "pressfacts.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.mark.skipif(not DASK.exists(), reason="the dask command is not installed beside this Python")
def test_scheduler_and_worker_processes_and_a_worker_killed_mid_run(sample: Path, reference: dict[str, str],
                                                                     tmp_path: Path):
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        time.sleep(2)
        procs += [subprocess.Popen([str(DASK), "worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(2)]
        wait_for_workers(address, 2)
        proc = cli("extract", str(sample), "--out", str(tmp_path / "out"), "--scheduler", address, "--quiet")
        _stdout, stderr = proc.communicate(timeout=300)
        assert proc.returncode == EXIT_SOME_FAILED, stderr
        assert records(tmp_path / "out") == reference

        # Again into a new folder, one article per task; one worker is SIGKILLed once records start coming.
        out = tmp_path / "killed"
        proc = cli("extract", str(sample), "--out", str(out), "--scheduler", address, "--batch-size", "1", "--quiet")
        deadline = time.monotonic() + 240
        while not list(out.glob("*.json")) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, "the run finished before a worker could be killed"
        os.kill(procs[1].pid, signal.SIGKILL)
        _stdout, stderr = proc.communicate(timeout=300)
        assert proc.returncode == EXIT_SOME_FAILED, stderr
        assert 0 < len(records(out)) and records(out) == reference
        assert json.loads((out / "failures.jsonl").read_text(encoding="utf-8").splitlines()[0])["key"] == "vide.txt"
    finally:
        for p in reversed(procs):
            p.kill()
            p.wait()
        shutil.rmtree(tmp_path, ignore_errors=True)
