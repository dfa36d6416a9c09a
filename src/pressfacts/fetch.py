"""Fetching new articles into the raw folder: URL lists and RSS/Atom feeds, politely (user agent, per-host delay,
timeouts, retries with backoff), each URL fetched once, every page saved with its URL and fetch time beside it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from . import __version__
from .ingest import sidecar_path
from .run.budget import DEFAULT_MAX_HTML_BYTES, DEFAULT_MAX_SECONDS, Budget, BudgetExceeded, limit
from .store import atomic_write_text

USER_AGENT = f"pressfacts/{__version__} (+https://pypi.org/project/pressfacts; press fact extraction)"
INDEX_FILE = ".fetched.jsonl"  # hidden: not an input of `pressfacts extract`
# Responses worth asking again for: the server is busy or broken right now, not the URL.
RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}


@dataclass
class FetchOptions:
    into: Path
    timeout: float = 15.0
    retries: int = 2  # extra attempts after the first
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    delay: float = 2.0  # minimum seconds between two requests to the same host
    user_agent: str = USER_AGENT
    max_seconds: float = DEFAULT_MAX_SECONDS  # to decide whether a page is an article (as in extract)
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES  # larger pages fail before they are parsed


@dataclass
class FetchReport:
    saved: list[str] = field(default_factory=list)
    known: int = 0  # URLs already fetched on an earlier run
    not_articles: list[str] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)
    feeds: dict[str, int] = field(default_factory=dict)  # feed URL -> links found


class FetchError(Exception):
    pass


def canonical_url(url: str) -> str:
    """One spelling per page: no fragment, no tracking parameters, lower-case scheme and host."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(("utm_", "xtor", "at_")) and k.lower() not in ("fbclid", "gclid")]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), ""))


def parse_feed(data: bytes, base: str = "") -> list[str]:
    """Article links of an RSS 2.0 / RSS 1.0 / Atom feed, in feed order."""
    from urllib.parse import urljoin

    from lxml import etree

    try:
        root = etree.fromstring(data, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise FetchError(f"not a feed: {exc}") from None
    if root is None:
        raise FetchError("not a feed: empty document")
    links: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = etree.QName(el).localname
        parent = el.getparent()
        parent_tag = etree.QName(parent).localname if parent is not None and isinstance(parent.tag, str) else ""
        if tag == "link" and parent_tag in ("item", "entry"):
            href = el.get("href")
            if href is not None:  # Atom: <link rel="alternate" href="...">
                if el.get("rel", "alternate") == "alternate":
                    links.append(urljoin(base, href.strip()))
            elif el.text and el.text.strip():  # RSS: <link>...</link>
                links.append(urljoin(base, el.text.strip()))
    return list(dict.fromkeys(links))


def read_list(path: Path) -> list[str]:
    """URLs of a list file: one per line, blank lines and # comments ignored."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def page_path(into: Path, url: str) -> Path:
    """Where a page is saved: into/<host>/<readable slug>-<hash of URL>.html (same URL -> same file)."""
    parts = urlsplit(url)
    stem = re.sub(r"\.[A-Za-z0-9]{2,5}$", "", parts.path.rstrip("/").rsplit("/", 1)[-1])
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")[:60] or "page"
    host = re.sub(r"[^A-Za-z0-9.-]+", "_", parts.netloc) or "local"
    return into / host / f"{slug}-{hashlib.sha1(url.encode()).hexdigest()[:8]}.html"


class Client:
    """httpx with a user agent, a per-host delay and retries with exponential backoff."""

    def __init__(self, opts: FetchOptions, sleep: Callable[[float], None] = time.sleep) -> None:
        self.opts = opts
        self.sleep = sleep
        self.http = httpx.Client(timeout=opts.timeout, follow_redirects=True, headers={"User-Agent": opts.user_agent})
        self.last: dict[str, float] = {}

    def close(self) -> None:
        self.http.close()

    def _wait_turn(self, host: str) -> None:
        last = self.last.get(host)
        if last is not None:
            wait = self.opts.delay - (time.monotonic() - last)
            if wait > 0:
                self.sleep(wait)
        self.last[host] = time.monotonic()

    def get(self, url: str) -> httpx.Response:
        host = urlsplit(url).netloc
        error = "no attempt"
        for attempt in range(self.opts.retries + 1):
            if attempt:
                self.sleep(self.opts.backoff * 2 ** (attempt - 1))
            self._wait_turn(host)
            try:
                resp = self.http.get(url)
            except httpx.TimeoutException:
                error = f"timed out after {self.opts.timeout:g}s"
                continue
            except httpx.TransportError as exc:
                error = f"connection error: {exc}"
                continue
            finally:
                self.last[host] = time.monotonic()
            if resp.status_code in RETRY_STATUS:
                error = f"HTTP {resp.status_code}"
                continue
            if resp.status_code >= 400:
                raise FetchError(f"HTTP {resp.status_code}")
            return resp
        raise FetchError(f"{error} ({self.opts.retries + 1} attempts)")


def _is_article(html: str, url: str, opts: FetchOptions) -> bool:
    """Whether extract would find an article in the page (same extraction, same budget); FetchError when the page
    is over the size or time limit."""
    from .clean import extract_html
    from .errors import InputError

    size = len(html.encode("utf-8"))
    if size > opts.max_html_bytes:
        raise FetchError(f"HTML page too large: {size:,} bytes, over the limit of {opts.max_html_bytes:,} bytes "
                         "(--max-html-bytes)")
    try:
        with limit(Budget(opts.max_seconds, opts.max_html_bytes), "checking whether the page is an article"):
            extract_html(html, url, url)
    except InputError:
        return False
    except BudgetExceeded as exc:
        raise FetchError(exc.reason) from None
    return True


def _keep(resp: httpx.Response, url: str, feed: str | None, fetched_at: str, opts: FetchOptions,
          report: FetchReport) -> dict[str, Any]:
    """Save the page when it is an article; its row in the fetch index either way."""
    ctype = resp.headers.get("content-type", "")
    if "html" not in ctype and ctype:
        report.not_articles.append(url)
        return {"url": url, "status": "not_html", "content_type": ctype, "fetched_at": fetched_at}
    if not _is_article(resp.text, url, opts):
        report.not_articles.append(url)
        return {"url": url, "status": "not_article", "fetched_at": fetched_at}
    page = page_path(opts.into, url)
    meta = {"url": url, "final_url": str(resp.url), "fetched_at": fetched_at, "http_status": resp.status_code,
            "feed": feed}
    atomic_write_text(sidecar_path(page), json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
    atomic_write_text(page, resp.text)
    report.saved.append(str(page))
    return {"url": url, "status": "saved", "path": str(page.relative_to(opts.into)), "fetched_at": fetched_at}


def load_index(into: Path) -> dict[str, dict[str, str]]:
    """URL -> its last entry in the fetch index (saved pages and pages that are not articles: never fetched again)."""
    index: dict[str, dict[str, str]] = {}
    path = into / INDEX_FILE
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue  # a line cut by a kill: that URL is fetched again
            if isinstance(row, dict) and row.get("url"):
                index[row["url"]] = row
    return index


def fetch(urls: Iterable[str], feeds: Iterable[str], opts: FetchOptions, *,
          say: Callable[[str], None] | None = None, sleep: Callable[[float], None] = time.sleep) -> FetchReport:
    """Fetch the pages of `urls` and of the feeds' items that are not in the index yet, into opts.into."""
    say = say or (lambda _m: None)
    report = FetchReport()
    opts.into.mkdir(parents=True, exist_ok=True)
    index = load_index(opts.into)
    client = Client(opts, sleep)
    try:
        todo: dict[str, str | None] = {canonical_url(u): None for u in urls}
        for feed in feeds:
            try:
                resp = client.get(feed)
                links = parse_feed(resp.content, str(resp.url))
            except FetchError as exc:
                report.failures.append({"url": feed, "reason": f"feed: {exc}"})
                say(f"FAILED feed {feed}: {exc}")
                continue
            report.feeds[feed] = len(links)
            for link in links:
                todo.setdefault(canonical_url(link), feed)
        with open(opts.into / INDEX_FILE, "a", encoding="utf-8") as idx:
            for url, feed in todo.items():
                if url in index:
                    report.known += 1
                    continue
                fetched_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
                try:
                    resp = client.get(url)
                except FetchError as exc:  # not in the index: tried again next run
                    report.failures.append({"url": url, "reason": str(exc)})
                    say(f"FAILED {url}: {exc}")
                    continue
                try:
                    row = _keep(resp, url, feed, fetched_at, opts, report)
                except FetchError as exc:  # over the budget: not in the index, tried again next run like any failure
                    report.failures.append({"url": url, "reason": str(exc)})
                    say(f"FAILED {url}: {exc}")
                    continue
                idx.write(json.dumps(row, ensure_ascii=False) + "\n")
                idx.flush()
                index[url] = row
    finally:
        client.close()
    return report
