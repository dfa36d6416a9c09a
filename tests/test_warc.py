"""WARC archives as input: HTML responses become articles with their URL and fetch time; requests, metadata,
images and non-French pages are counted and skipped, never failed; a truncated archive fails only what follows
the damage; an unchanged archive is not read again."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pressfacts.run.runner import EXIT_OK, EXIT_SOME_FAILED, RunOptions, run
from pressfacts.run.warc import index_archive

FRENCH = [
    ("Crue de la Lys", ["La préfecture du Nord a placé jeudi 13 mars 2025 six communes en vigilance rouge.",
                        "Près de 1 200 habitants ont été évacués, selon le maire d'Armentières, Bernard Haesebroeck."]),
    ("Procès à Lyon", ["Le tribunal correctionnel de Lyon juge depuis lundi trois anciens dirigeants d'une société.",
                       "Plus de 300 épargnants réclament 4,2 millions d'euros, a indiqué leur avocate."]),
    ("Port de Brest", ["Le port de Brest a accueilli 2,4 millions de tonnes de marchandises en 2024.",
                       "Une vingtaine de navires de plus que l'année précédente, selon la chambre de commerce."]),
]
ENGLISH = ("Harbour news", ["The harbour of Brest handled 2.4 million tonnes of goods in 2024, the chamber said.",
                            "About twenty more ships called than in the previous year, according to its report."])


def html(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>".encode()


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], extras: bool = True) -> None:
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=path.name.endswith(".gz"))
        if extras:
            w.write_record(w.create_warcinfo_record(path.name, {"software": "pressfacts tests"}))
        for n, (url, body, ctype) in enumerate(pages):
            if extras and n == 0:
                req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "ex.fr")], is_http_request=True)
                w.write_record(w.create_warc_record(url, "request", http_headers=req))
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                                warc_headers_dict={"WARC-Date": f"2025-03-1{n}T08:30:00Z"}))
        if extras:
            w.write_record(w.create_warc_record("https://ex.fr/meta", "metadata", payload=io.BytesIO(b"via: test"),
                                                warc_content_type="application/warc-fields"))


def pages() -> list[tuple[str, bytes, str]]:
    return [
        ("https://ex.fr/crue", html(*FRENCH[0]), "text/html; charset=utf-8"),
        ("https://ex.fr/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"),
        ("https://ex.com/harbour", html(*ENGLISH), "text/html"),
        ("https://ex.fr/proces", html(*FRENCH[1]), "text/html; charset=utf-8"),
    ]


def records(out: Path) -> dict[str, dict]:
    return {r["source"]["path"]: r for r in (json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json"))}


def test_warc_responses_become_records_and_the_rest_is_counted(tmp_path: Path, nlp):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    write_warc(src / "crawl.warc.gz", pages())
    outcome = run(RunOptions(input=src, out=out, processes=1), nlp)
    rep = outcome.report
    assert outcome.exit_code == EXIT_OK and rep["failures"] == []
    assert (rep["written"], rep["skipped"]) == (2, 1)  # two French articles; the English page is skipped
    assert rep["skipped_records"] == {"metadata": 1, "page not French (en)": 1, "request": 1, "response image/png": 1,
                                      "warcinfo": 1}
    recs = records(out)
    by_url = {r["source"]["url"]: r for r in recs.values()}
    assert sorted(by_url) == ["https://ex.fr/crue", "https://ex.fr/proces"]
    crue = by_url["https://ex.fr/crue"]
    assert crue["source"]["fetched_at"] == "2025-03-10T08:30:00+00:00"
    assert crue["source"]["format"] == "warc" and crue["source"]["extractor"] == "trafilatura"
    assert crue["source"]["path"].startswith("crawl.warc.gz#") and crue["id"].startswith("crawl-warc-")
    assert "1 200 habitants" in crue["text"] and crue["title"] == "Crue de la Lys"
    assert by_url["https://ex.fr/proces"]["source"]["fetched_at"] == "2025-03-13T08:30:00+00:00"
    # An unchanged archive is skipped without being read.
    again = run(RunOptions(input=src, out=out, processes=1), nlp).report
    assert (again["files_unchanged"], again["files_read"], again["written"]) == (1, 0, 0)


def test_truncated_archive_fails_only_what_follows_the_damage(tmp_path: Path, nlp):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    full = tmp_path / "full.warc.gz"
    urls = [f"https://ex.fr/{n}" for n in range(3)]
    write_warc(full, [(u, html(*FRENCH[n]), "text/html") for n, u in enumerate(urls)], extras=False)
    idx = index_archive(full)
    assert idx.damage is None and len(idx.html_offsets) == 3
    data = full.read_bytes()
    cut = idx.html_offsets[2] + (len(data) - idx.html_offsets[2]) // 2  # in the middle of the third record
    (src / "cut.warc.gz").write_bytes(data[:cut])
    outcome = run(RunOptions(input=src, out=out, processes=1), nlp)
    assert outcome.exit_code == EXIT_SOME_FAILED
    assert sorted(r["source"]["url"] for r in records(out).values()) == urls[:2]
    (failure,) = outcome.report["failures"]
    assert failure["key"] == f"cut.warc.gz#{idx.html_offsets[2]}"
    assert "damaged" in failure["reason"] or "truncated" in failure["reason"]
