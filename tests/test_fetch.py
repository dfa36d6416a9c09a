"""Fetching against a local HTTP server on 127.0.0.1: article pages, RSS and Atom feeds, a 404, a page that
times out, a flaky page, a page that is not an article; then extraction of what was fetched."""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from pressfacts.cli import main
from pressfacts.fetch import FetchOptions, canonical_url, fetch, page_path, parse_feed, read_list

ARTICLES = {
    "/articles/crue.html": ("Crue de la Lys", "La préfecture du Nord a placé jeudi 13 mars 2025 six communes en vigilance "
                            "rouge. Près de 1 200 habitants ont été évacués, selon le maire d'Armentières, Bernard Haesebroeck."),
    "/articles/proces.html": ("Procès à Lyon", "Le tribunal correctionnel de Lyon juge depuis lundi trois anciens dirigeants "
                              "d'une société de placement. Plus de 300 épargnants réclament 4,2 millions d'euros."),
    "/articles/atom.html": ("Budget de Rennes", "Le conseil municipal de Rennes a adopté vendredi un budget de 512 millions "
                            "d'euros, en hausse de 3,1 % sur un an, a annoncé la maire Nathalie Appéré."),
    "/articles/flaky.html": ("Port de Brest", "Le port de Brest a accueilli 2,4 millions de tonnes de marchandises en 2024, "
                             "soit une vingtaine de navires de plus que l'année précédente, selon la chambre de commerce."),
}


def page(title: str, body: str) -> bytes:
    return (f"<html><head><title>{title}</title><meta charset='utf-8'></head><body><nav>Accueil | Sport | Culture</nav>"
            f"<article><h1>{title}</h1><p>{body}</p></article><footer>Mentions légales</footer></body></html>").encode()


class Handler(BaseHTTPRequestHandler):
    log: ClassVar[list[tuple[float, str, str]]] = []
    flaky_calls = 0

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def send(self, code: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        Handler.log.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
        base = f"http://{self.headers['Host']}"
        if self.path == "/feed.xml":
            items = "".join(f"<item><title>x</title><link>{base}{p}</link></item>" for p in
                            ("/articles/crue.html", "/articles/proces.html", "/menu.html", "/articles/crue.html?utm_source=rss"))
            self.send(200, f"<?xml version='1.0'?><rss version='2.0'><channel>{items}</channel></rss>".encode(),
                      "application/rss+xml")
        elif self.path == "/atom.xml":
            self.send(200, (b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><entry><title>x</title>"
                            b"<link rel='alternate' href='/articles/atom.html'/></entry></feed>"),
                      "application/atom+xml")
        elif self.path in ARTICLES and self.path != "/articles/flaky.html":
            self.send(200, page(*ARTICLES[self.path]))
        elif self.path == "/articles/flaky.html":
            Handler.flaky_calls += 1
            if Handler.flaky_calls == 1:
                self.send(503, b"busy")
            else:
                self.send(200, page(*ARTICLES[self.path]))
        elif self.path == "/menu.html":
            self.send(200, b"<html><body><nav><a href='/'>Accueil</a> <a href='/s'>Sport</a></nav></body></html>")
        elif self.path == "/slow.html":
            time.sleep(1.5)
            try:
                self.send(200, page("Lent", "Trop tard."))
            except BrokenPipeError:  # the client gave up: that is the point
                pass
        else:
            self.send(404, b"not found")


@pytest.fixture
def server() -> Iterator[str]:
    Handler.log, Handler.flaky_calls = [], 0
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def lists(tmp_path: Path, base: str) -> tuple[Path, Path]:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# pages\n{base}/articles/crue.html#commentaires\n{base}/missing.html\n{base}/slow.html\n"
                    f"{base}/articles/flaky.html\n", encoding="utf-8")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{base}/feed.xml\n{base}/atom.xml\n", encoding="utf-8")
    return urls, feeds


def test_fetch_then_extract(server: str, tmp_path: Path, nlp):
    into = tmp_path / "raw" / "fetched"
    urls, _feeds = lists(tmp_path, server)
    opts = FetchOptions(into=into, timeout=0.5, retries=1, backoff=0.05, delay=0.2, user_agent="pressfacts-test/1")
    rep = fetch(read_list(urls), [f"{server}/feed.xml", f"{server}/atom.xml"], opts)
    saved = sorted(Path(p).name.rsplit("-", 1)[0] for p in rep.saved)
    assert saved == ["atom", "crue", "flaky", "proces"]
    assert rep.not_articles == [f"{server}/menu.html"]
    reasons = {f["url"]: f["reason"] for f in rep.failures}
    assert reasons == {f"{server}/missing.html": "HTTP 404", f"{server}/slow.html": "timed out after 0.5s (2 attempts)"}
    assert rep.feeds == {f"{server}/feed.xml": 4, f"{server}/atom.xml": 1}
    # Polite: our user agent, at least `delay` seconds between two requests to the host, crue fetched once.
    assert {ua for _t, _p, ua in Handler.log} == {"pressfacts-test/1"}
    times = [t for t, _p, _ua in Handler.log]
    assert min(b - a for a, b in itertools.pairwise(times)) >= 0.19
    assert [p for _t, p, _ua in Handler.log].count("/articles/crue.html") == 1
    assert Handler.flaky_calls == 2  # 503, then retried
    # URL and fetch time beside each page.
    crue = page_path(into, f"{server}/articles/crue.html")
    meta = json.loads(Path(str(crue) + ".meta").read_text(encoding="utf-8"))
    assert meta["url"] == f"{server}/articles/crue.html" and meta["fetched_at"].startswith("20")

    # Second run: known URLs (saved pages and the non-article) are not requested again; failures are retried.
    Handler.log = []
    rep2 = fetch(read_list(urls), [f"{server}/feed.xml", f"{server}/atom.xml"], opts)
    assert rep2.saved == [] and rep2.known == 5  # crue, proces, flaky, atom, menu
    assert sorted({p for _t, p, _ua in Handler.log}) == ["/atom.xml", "/feed.xml", "/missing.html", "/slow.html"]

    # Extraction reads the pages with their URL and fetch time.
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "raw"), "--out", str(out), "--quiet"]) == 0
    recs = [json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")]
    crue_rec = next(r for r in recs if r["source"]["url"] == f"{server}/articles/crue.html")
    assert crue_rec["source"]["fetched_at"] == meta["fetched_at"]
    assert "Accueil" not in crue_rec["text"] and "Près de 1 200 habitants" in crue_rec["text"]
    assert [(f["value"], f["unit"]) for f in crue_rec["figures"]] == [(6, "communes"), (1200, "habitants")]


def test_fetch_command(server: str, tmp_path: Path, capsys):
    urls, feeds = lists(tmp_path, server)
    into = tmp_path / "fetched"
    args = ["fetch", "--urls", str(urls), "--feeds", str(feeds), "--into", str(into), "--timeout", "0.5",
            "--retries", "0", "--delay", "0", "--backoff", "0"]
    assert main(args) == 1  # the 404, the slow page and the flaky page's 503 (no retries)
    out = capsys.readouterr().out
    assert "fetched 3 new article(s), 0 already known, 1 not articles, 3 failed" in out
    assert main(["fetch", "--into", str(into)]) == 2


def test_feed_and_url_helpers():
    rss = b"<rss><channel><item><link> https://ex.fr/a.html </link></item><item><link>/b</link></item></channel></rss>"
    assert parse_feed(rss, "https://ex.fr/feed") == ["https://ex.fr/a.html", "https://ex.fr/b"]
    atom = (b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><link rel='enclosure' href='/x.mp3'/>"
            b"<link href='https://ex.fr/c'/></entry></feed>")
    assert parse_feed(atom) == ["https://ex.fr/c"]
    assert canonical_url("HTTPS://Ex.FR/a?utm_source=x&id=3#top") == "https://ex.fr/a?id=3"
    assert canonical_url("https://ex.fr") == "https://ex.fr/"
    assert page_path(Path("r"), "https://www.ex.fr/societe/article-123.html").parent == Path("r/www.ex.fr")
