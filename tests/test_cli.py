"""CLI and bad input: every bad file is reported by name with a reason, and the others are written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pressfacts.cli import build_parser, main
from pressfacts.ingest import decode_bytes, read_articles, split_text_header

GOOD = (
    "Le parquet de Paris a annoncé mardi 25 juin 2024 la fermeture du site. Près de 480 victimes ont été "
    "recensées, selon le parquet. « Le site est fermé », explique Eric Henry."
)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pressfacts.cli", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "good.txt").write_text("date 2024-06-25\n" + GOOD, encoding="utf-8")
    (src / "sub" / "bom.txt").write_bytes(b"\xef\xbb\xbf" + (GOOD + "\nDeux enquêtes sont ouvertes.").replace("\n", "\r\n")
                                          .encode("utf-8"))
    (src / "sub" / "cp1252.txt").write_bytes((GOOD + " Trois plaintes ont été déposées.").encode("cp1252"))
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (src / "nothing.html").write_text("<html><body><nav>Menu</nav></body></html>", encoding="utf-8")
    (src / "items.jsonl").write_text(
        json.dumps({"text": GOOD + " Quatre sites ont fermé.", "published": "2024-06-25",
                    "url": "https://ex.fr/a"}) + "\n" + "{not json\n",
        encoding="utf-8",
    )
    return src


def test_extract_folder_reports_bad_files_and_writes_the_others(folder: Path, tmp_path: Path, nlp, capsys):
    out = tmp_path / "out"
    code = main(["extract", str(folder), "--out", str(out), "--quiet"])
    captured = capsys.readouterr()
    assert code == 1
    written = sorted(p.name for p in out.glob("*.json"))
    assert len(written) == 4  # good.txt, bom.txt, cp1252.txt, items.jsonl#0
    assert "empty.txt: empty file" in captured.err
    assert "binary.txt: binary file" in captured.err
    assert "nothing.html: HTML page has no article text" in captured.err
    assert "items.jsonl line 2: invalid JSON" in captured.err
    assert "4 written, 4 failed" in captured.out
    records = [json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")]
    texts = {r["source"]["path"]: r["text"] for r in records}
    # cp1252 and BOM read without mojibake, CRLF normalized.
    assert "annoncé" in texts["sub/cp1252.txt"] and "Ã" not in texts["sub/cp1252.txt"]
    assert "\r" not in texts["sub/bom.txt"] and not texts["sub/bom.txt"].startswith("\ufeff")
    good = next(r for r in records if r["source"]["path"] == "good.txt")
    assert good["published"] == "2024-06-25" and good["published_source"] == "header"
    assert good["text"].startswith("Le parquet de Paris")
    jl = next(r for r in records if r["source"]["path"] == "items.jsonl#0")
    assert jl["source"]["url"] == "https://ex.fr/a" and jl["source"]["format"] == "jsonl"
    # Same input path -> same file name on a second run.
    main(["extract", str(folder), "--out", str(out), "--quiet"])
    assert sorted(p.name for p in out.glob("*.json")) == written


def test_too_long_text_is_refused_with_a_reason(tmp_path: Path, nlp, monkeypatch):
    from pressfacts.extract import process

    monkeypatch.setattr(nlp, "max_length", 1000)
    raw = next(read_articles(_write(tmp_path / "long.txt", GOOD * 20)))
    (res,) = list(process([raw], nlp))
    assert res.status == "failed" and "text too long for the model" in res.reason


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_non_french_article_is_skipped(tmp_path: Path, nlp):
    from pressfacts.extract import process

    text = "The Paris prosecutor announced on Tuesday that the chat site had been shut down after years of complaints."
    (res,) = list(process(read_articles(_write(tmp_path / "en.txt", text)), nlp))
    assert res.status == "skipped" and "not French" in res.reason and res.language == "en"


def test_html_article_with_metadata(tmp_path: Path, nlp):
    from pressfacts.extract import process

    html = (
        "<html><head><title>T</title><meta property='article:published_time' content='2024-06-25T10:00:00'>"
        "<meta property='og:site_name' content='Le Journal'></head><body><nav>Accueil Menu</nav><article>"
        f"<h1>Fermeture du site Coco.gg</h1><p>{GOOD}</p><p>Le site avait été créé en 2003 par un ingénieur "
        "installé dans le Var, selon plusieurs sources concordantes.</p></article></body></html>"
    )
    (res,) = list(process(read_articles(_write(tmp_path / "a.html", html)), nlp))
    rec = res.record
    assert rec.published == "2024-06-25" and rec.published_source == "metadata"
    assert rec.sitename == "Le Journal" and "Accueil Menu" not in rec.text
    assert ("2024-06-25", "day") in [(d.value, d.granularity) for d in rec.dates]


def test_decoding():
    assert decode_bytes("é\r\nà".encode("cp1252"), "x") == "é\nà"
    assert decode_bytes(b"\xef\xbb\xbfabc", "x") == "abc"
    assert decode_bytes("abc é".encode("utf-16"), "x") == "abc é"
    assert split_text_header(" date 2024-06 Le parquet annonce") == ("2024-06", "Le parquet annonce")
    assert split_text_header("Le parquet annonce") == (None, "Le parquet annonce")


def test_missing_input_cannot_run(tmp_path: Path):
    assert main(["extract", str(tmp_path / "absent"), "--out", str(tmp_path / "o")]) == 2


def test_every_command_and_option_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, p in sub.choices.items():
        assert p.description, name
        for action in p._actions:
            if action.dest != "help":
                assert action.help, f"{name} {action.dest}"


def test_schema_command_prints_the_contract():
    res = run_cli("schema")
    assert res.returncode == 0
    schema = json.loads(res.stdout)
    for field in ("schema_version", "id", "source", "title", "published", "published_source", "language", "text",
                  "entities", "dates", "figures", "quotes", "pipeline"):
        assert field in schema["properties"], field
    assert schema["$defs"]["Figure"]["properties"]["qualifier"]["enum"] == [
        "exact", "approx", "more_than", "at_least", "less_than", "at_most"
    ]


def test_record_rejects_offsets_that_do_not_point_at_the_text():
    from pressfacts.records import DateFact, Pipeline, Record, Source

    with pytest.raises(ValueError, match="do not point at"):
        Record(
            id="x", source=Source(path="x", sha256="0", format="text"), published=None, published_source=None,
            language="fr", text="Le 16 avril 2024.", pipeline=Pipeline(version="0", model="m"),
            dates=[DateFact(start=0, end=5, text="16 avril", value="2024-04-16", granularity="day", relative=False)],
        )
