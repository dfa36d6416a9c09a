"""Raw article -> cleaned body + metadata. HTML through trafilatura; plain text through boilerplate rules."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from .errors import InputError
from .ingest import RawArticle
from .settings import read_jsonl, rows_of_kind

BOILERPLATE_FILE = "boilerplate.jsonl"
# A line that ends like a sentence: the end of a block of short boilerplate items.
_SENTENCE_END = re.compile(r"[.!?»\"”…)]\s*$")
_NO_BREAK = re.compile("[\u00a0\u202f\u2007\u2009]")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
# Invisible formatting characters (soft hyphen, zero-width space, word joiner, BOM) are dropped: left inside a
# word they split a name from its other mentions ("Dupont\u00ad" is not "Dupont") and from the word lists.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
# "police.Dans", "l'AFP.Ce", "élus».Luigi": a full stop glued to the next sentence (lost line break or space);
# spaCy then reads "AFP.Ce" as one name. Not after a lone capital ("M.Dupont") nor inside a domain ("coco.fr").
# After a digit too ("Europe 1.De même", "en 2019.Elles"): a decimal point is never followed by a word.
_GLUED_STOP = re.compile(r"(?<=[a-zà-ÿA-Z0-9»)\]])(?<!\b[A-Z])\.(?=[A-ZÀ-Ý][a-zà-ÿ'’]+[\s,;:!?])")
# The article's last line holding only a name ("Karima Bennour", "Jean-Marc Dupont"): the author's signature.
_SIGNATURE = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}$")


@dataclass
class CleanArticle:
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_source: str | None = None
    sitename: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)  # e.g. an unreadable date header, for the run log
    extractor: str | None = None  # what produced the body: see records.Source.extractor


@cache
def _rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, action); a "glued" row's action is "drop_link": a link line a paragraph may be glued to."""
    return tuple((re.compile(r["pattern"], re.IGNORECASE), "drop_link" if r.get("glued") else r["action"])
                 for r in read_jsonl(BOILERPLATE_FILE))


def _normalize_line(line: str) -> str:
    # No-break and thin spaces become plain spaces: spaCy makes each one a token of its own, which breaks the
    # parse around every "23 051" or "« citation »"; the number rules read plain spaces as thousands separators.
    return _GLUED_STOP.sub(". ", _SPACES.sub(" ", _NO_BREAK.sub(" ", _INVISIBLE.sub("", line)))).strip()


# A link line longer than this may have a paragraph glued to it; the glue is looked for within it.
_LONGEST_LINK = 200
# The headline's end glued to the paragraph's first word: a word of four letters or more ("Paris", "illimitée"), an
# acronym ("SNCF") or a closing mark ("?", "»", ")") right before a capitalized word ("Devant", "L'homme", "À 34 ans");
# not a camel-case name ("McDonald's", "BlaBlaCar", "iPhone", "MoDem": fewer letters before the capital).
_GLUE = re.compile(r"(?:(?<![\w’'])(?:[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ0-9]{3,}|[A-ZÀ-Ý]{2,})|[?!»)])(?=[A-ZÀ-Ý][a-zà-ÿ'’]|À\s)")


def _after_glued_link(line: str) -> str | None:
    """The paragraph after a link's headline glued to it ("...interpellations à LyonPrès de la place" -> "Près de la place"),
    from the first word glued to the one before within the headline's length; None when there is none (the line is
    the link alone, dropped)."""
    m = _GLUE.search(line, 0, _LONGEST_LINK)
    return line[m.end() :] if m else None


def clean_text(text: str) -> str:
    """Drop what is not the article from plain text: sign-up and app blocks, credits, share/menu lines,
    captions printed twice. Paragraphs are separated by one blank line."""
    # Some pages store accents decomposed (e + U+0301): composed, they match the word lists and the model's vocabulary.
    lines = [_normalize_line(line) for line in unicodedata.normalize("NFC", text).split("\n")]
    keep: list[str] = []
    i = 0
    rules = _rules()
    while i < len(lines):
        line = lines[i]
        if not line:
            keep.append("")
            i += 1
            continue
        action = next((a for rx, a in rules if rx.search(line)), None)
        if action in ("drop_line", "drop_link"):
            body = _after_glued_link(line) if action == "drop_link" and len(line) > _LONGEST_LINK else None
            if body:  # "À LIRE AUSSI <headline>Près de la place...": the body the scraper glued to a link stays
                keep.append(body)
            i += 1
            continue
        if action == "drop_block":
            # The marker and the short list items after it ("De nombreux membres actifs", ...).
            i += 1
            while i < len(lines) and (not lines[i] or (len(lines[i]) <= 90 and not _SENTENCE_END.search(lines[i]))):
                i += 1
            continue
        # A caption repeated on the next non-blank line: both copies are page furniture.
        j = i + 1
        while j < len(lines) and not lines[j]:
            j += 1
        if j < len(lines) and lines[j] == line and len(line) < 400:
            i = j + 1
            continue
        keep.append(line)
        i += 1
    while keep and not keep[-1]:
        keep.pop()
    if len(keep) > 2 and _SIGNATURE.match(keep[-1]):
        keep.pop()  # the author's signature closing the article
    body = "\n".join(keep)
    body = re.sub(r"\n{2,}", "\n\n", body).strip()
    return body


def _title_from_text(body: str) -> str | None:
    first, _, rest = body.partition("\n\n")
    if rest and "\n" not in first and len(first) <= 200 and not first.endswith("."):
        return first
    return None


def publication_date(raw: RawArticle, found: str | None) -> tuple[str | None, list[str]]:
    """The publication date at the precision the article really gives, and a warning for one that cannot be read.

    `found` is the page's date as trafilatura/htmldate read it: they pad a month-only clue ("/2024/06/",
    "date 2024-06") to the 1st (and a year to 1 January), which would place "ce mardi" on a made-up day.
    A padded-looking first day (or January) is kept only when the page writes that day (or month)."""
    value = raw.published or found
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value or "")
    try:
        if m:
            dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        m = None
    if value and not m:
        return None, [f"publication date {value!r} cannot be read as a date; ignored"]
    if not m or raw.published or not found or m.group(3) != "01":
        return value, []
    y, mo = int(m.group(1)), int(m.group(2))
    page = f"{raw.url or ''} {raw.html or ''}"
    names = [r["word"] for r in rows_of_kind("date_words.jsonl", "month") if r["value"] == mo]
    names = "|".join(re.escape(w) for w in [*names, calendar.month_name[mo]])
    day = (
        rf"{y}[-/.]0?{mo}[-/.]0?1(?!\d)|(?<!\d)0?1[-/.]0?{mo}[-/.]{y}|{y}{mo:02d}01(?!\d)"
        rf"|(?<!\d)(?:1er|1|01)\s+(?:{names})\s+{y}|(?:{names})\s+1(?:st)?,?\s+{y}"
    )
    if re.search(day, page, re.IGNORECASE):
        return value, []
    if mo == 1 and not re.search(rf"{y}[-/.]0?1(?!\d)|(?<!\d)0?1[-/.]{y}|(?:{names})\s+{y}", page, re.IGNORECASE):
        return f"{y}", []
    return f"{y}-{mo:02d}", []


# Fewer words than this in what trafilatura kept: a menu, a cookie wall or an index page, not an article.
MIN_HTML_WORDS = 15
# libxml2 gives up below 256 nested elements (the rest of the page is lost); wrappers deeper than this are dropped.
MAX_NESTING = 180
# Container tags whose open and close tags can be dropped without losing text.
_CONTAINER_TAG = re.compile(r"<(/?)(div|span|section|article|main|aside|header|footer|font|center|blockquote)\b[^>]*>",
                            re.IGNORECASE)


def flatten_deep_nesting(html: str, max_depth: int = MAX_NESTING) -> str:
    """The page with container tags nested deeper than max_depth removed (their text stays in place)."""
    if html.count("<") < max_depth or len(_CONTAINER_TAG.findall(html[:200_000])) < max_depth:
        return html  # cheap exit for ordinary pages
    stack: list[tuple[str, bool]] = []  # open container tags: (name, kept)
    kept = 0
    out: list[str] = []
    pos = 0
    for m in _CONTAINER_TAG.finditer(html):
        closing, name = m.group(1) == "/", m.group(2).lower()
        keep = True
        if not closing:
            keep = kept < max_depth
            kept += keep
            stack.append((name, keep))
        elif any(n == name for n, _k in stack):
            while stack:  # a close tag also closes the unclosed tags opened after its own (as browsers do)
                n, k = stack.pop()
                kept -= k
                if n == name:
                    keep = k
                    break
        if not keep:
            out.append(html[pos : m.start()])
            pos = m.end()
    out.append(html[pos:])
    return "".join(out)


def _trafilatura(html: str, url: str | None, favor_recall: bool) -> object | None:
    import trafilatura

    return trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False,
                                       favor_recall=favor_recall)


def _body(doc: object | None) -> str:
    """trafilatura's text, paragraphs blank-line separated like text input, boilerplate removed."""
    text = getattr(doc, "text", None) if doc is not None else None
    return clean_text(text.replace("\n", "\n\n")) if text and text.strip() else ""


def extract_html(html: str, url: str | None, key: str) -> tuple[object, str, str]:
    """(trafilatura document, cleaned body, extractor) for an article page; InputError when nothing of an article
    remains. The precision-oriented extraction first, then trafilatura's recall-oriented one."""
    html = flatten_deep_nesting(html)
    reason = "HTML page has no article text (trafilatura found no main content)"
    for extractor, favor_recall in (("trafilatura", False), ("trafilatura_recall", True)):
        doc = _trafilatura(html, url, favor_recall)
        body = _body(doc)
        words = len(body.split())
        if words >= MIN_HTML_WORDS:
            return doc, body, extractor
        if doc is not None and getattr(doc, "text", None):
            # trafilatura falls back to menus and footers on pages without an article
            reason = ("HTML page has no article text after boilerplate removal" if not body
                      else f"HTML page has no article text (only {words} words outside page furniture)")
    raise InputError(key, reason)


def clean(raw: RawArticle, max_html_bytes: int | None = None) -> CleanArticle:
    """Cleaned body and metadata for one raw article; InputError when nothing of an article remains or the HTML
    is over max_html_bytes (checked before parsing)."""
    if raw.html is not None:
        if max_html_bytes is not None and len(raw.html) > max_html_bytes // 4:  # cheap pre-check: ≤ 4 bytes a char
            size = len(raw.html.encode("utf-8"))
            if size > max_html_bytes:
                raise InputError(raw.key, f"HTML page too large: {size:,} bytes, over the limit of {max_html_bytes:,} "
                                 "bytes (--max-html-bytes)")
        doc, body, extractor = extract_html(raw.html, raw.url, raw.key)
        published, warnings = publication_date(raw, getattr(doc, "date", None))
        return CleanArticle(
            text=body,
            title=raw.title or getattr(doc, "title", None),
            author=getattr(doc, "author", None),
            published=published,
            published_source=(raw.published_source or "metadata") if published else None,
            sitename=getattr(doc, "sitename", None),
            url=raw.url or getattr(doc, "url", None),
            warnings=warnings,
            extractor=extractor,
        )
    body = clean_text(raw.text or "")
    if not body:
        raise InputError(raw.key, "no article text after boilerplate removal")
    published, warnings = publication_date(raw, None)
    return CleanArticle(
        text=body,
        title=raw.title or _title_from_text(body),
        published=published,
        published_source=raw.published_source if published else None,
        url=raw.url,
        warnings=warnings,
        extractor="text",
    )
