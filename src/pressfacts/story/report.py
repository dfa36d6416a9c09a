"""story/report.html: one self-contained page (inline CSS and SVG, no network) that shows the case: the timeline,
the entities with their article counts, the conflicts first, then the corroborated figures, then each article's text
with entities, dates and figures highlighted (spaCy displaCy spans) and its quotes with their speakers."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from html import escape
from pathlib import Path

from spacy import displacy

from .load import Article, settings
from .models import ClaimGroup, Story, TimelineEvent

COLORS = {"PER": "#f4a6a6", "LOC": "#a6d8f4", "ORG": "#c7b3f2", "MISC": "#d9d9d9", "DATE": "#f7d774", "FIGURE": "#9be0a4"}
CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:0 1.2em;color:#222}
h1{margin:.6em 0 .2em}h2{border-bottom:2px solid #ddd;margin-top:1.6em}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:3px 6px;text-align:left;vertical-align:top}
.conflict{border-left:5px solid #d33;padding:.2em .8em;margin:.8em 0;background:#fff6f6}
.consistent{border-left:5px solid #2a2;padding:.2em .8em;margin:.6em 0;background:#f6fff6}
q{font-style:italic}.meta{color:#666;font-size:.9em}.off{color:#888;font-size:.8em}
.article{border-top:1px solid #ccc;margin-top:1.4em}.quotes li{margin:.3em 0}
"""


def _w(span: object) -> str:
    """Wording with its offsets: «text» (record, start-end)."""
    return (f"<q>{escape(span.text)}</q> <span class='off'>{escape(span.record_id)} "  # type: ignore[attr-defined]
            f"[{span.start}:{span.end}]</span>")  # type: ignore[attr-defined]


def timeline_svg(events: list[TimelineEvent]) -> str:
    """A vertical timeline drawn as SVG: one row per event, dot size by article count, red when disputed."""
    row, left, width = 26, 118, 1040
    height = row * len(events) + 20
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' role='img' "
             f"aria-label='timeline'><line x1='{left}' y1='6' x2='{left}' y2='{height - 6}' stroke='#999'/>"]
    for i, ev in enumerate(events):
        y = 16 + i * row
        r = min(4 + 2 * len(ev.records), 11)
        fill = "#d33" if ev.disputed else ("#fff" if ev.relative else "#36c")
        label = " / ".join(ev.values) if ev.disputed else ev.value
        tip = f"{label}: {len(ev.records)} article(s)" + (" — relative date" if ev.relative else "")
        text = ev.sentence if len(ev.sentence) < 120 else ev.sentence[:117] + "…"
        parts.append(
            f"<g class='event'><title>{escape(tip)}</title><text x='{left - 14}' y='{y + 4}' text-anchor='end' "
            f"font-size='12'>{escape(label[:21])}</text><circle cx='{left}' cy='{y}' r='{r}' fill='{fill}' stroke='#36c'/>"
            f"<text x='{left + 16}' y='{y + 4}' font-size='12'>{escape(f'[{len(ev.records)}] ' + text)}</text></g>")
    parts.append("</svg>")
    return "".join(parts)


def _claims_html(groups: list[ClaimGroup], css: str) -> str:
    out = []
    for g in groups:
        head = f"<b>{escape(g.kind)}</b>: {escape(g.subject)} — {g.sources} independent source(s), {len(g.records)} article(s)"
        reasons = "".join(f"<li>{escape(r.text)}<br>{_w(r.a)} ≠ {_w(r.b)}</li>" for r in g.reasons)
        claims = "".join(f"<li>{_w(c.wording)}</li>" for c in g.claims)
        out.append(f"<div class='{css}' id='{escape(g.id)}'><p>{head}</p>"
                   + (f"<ul class='reasons'>{reasons}</ul>" if reasons else "") + f"<ul>{claims}</ul></div>")
    return "".join(out) or "<p>None.</p>"


_TOKEN = re.compile(r"\S+")


def _highlight(text: str, spans: list[tuple[int, int, str]]) -> str:
    """displaCy span rendering of one paragraph: tokens are whitespace words, cut again at every span edge."""
    cuts = sorted({0, len(text)} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    tokens: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text):
        inner = cuts[bisect_right(cuts, m.start()) : bisect_left(cuts, m.end())]
        edges = [m.start(), *inner, m.end()]
        tokens += list(itertools.pairwise(edges))
    starts = {s: i for i, (s, _) in enumerate(tokens)}
    ends = {e: i + 1 for i, (_, e) in enumerate(tokens)}
    dspans = [{"start_token": starts[s], "end_token": ends[e], "label": label}
              for s, e, label in spans if s in starts and e in ends]
    doc = {"text": text, "tokens": [text[s:e] for s, e in tokens], "spans": dspans}
    return displacy.render(doc, style="span", manual=True, options={"colors": COLORS})


def _article_html(a: Article, names: dict[str, str]) -> str:
    r = a.record
    spans = [(m.start, m.end, e.label) for e in r.entities for m in e.mentions]
    spans += [(d.start, d.end, "DATE") for d in r.dates] + [(f.start, f.end, "FIGURE") for f in r.figures]
    paras = []
    pos = 0
    for para in r.text.split("\n"):
        start, end = pos, pos + len(para)
        pos = end + 1
        if para.strip():
            inside = [(s - start, e - start, lab) for s, e, lab in spans if start <= s and e <= end]
            paras.append(_highlight(para, inside))
    quotes = "".join(
        f"<li><q>{escape(q.text)}</q> — <b>{escape(names.get(a.story_ids.get(q.speaker or '', ''), 'speaker not named'))}"
        f"</b></li>" for q in r.quotes)
    meta = f"{escape(r.published or 'undated')} · {escape(a.id)}"
    if a.copy_group:
        meta += f" · reprint group {escape(a.copy_group)}"
    return (f"<div class='article' id='art-{escape(a.id)}'><h3>{escape(r.title or r.source.path)}</h3><p class='meta'>{meta}</p>"
            + "".join(paras) + (f"<h4>Quotes</h4><ul class='quotes'>{quotes}</ul>" if quotes else "") + "</div>")


def render_report(articles: list[Article], story: Story) -> str:
    cfg = settings()["report"]
    conflicts = [g for g in story.claims if g.status == "conflict"]
    corroborated = [g for g in story.claims if g.status == "consistent" and g.kind == "figure"][: cfg["max_corroborated"]]
    events = sorted(sorted(story.timeline, key=lambda e: (-len(e.records), e.sort_key))[: cfg["max_timeline_events"]],
                    key=lambda e: (e.sort_key, e.id))
    names = {e.id: e.name for e in story.entities}
    ent_rows = "".join(
        f"<tr><td>{escape(e.name)}</td><td>{e.label}</td><td>{len(e.records)}</td>"
        f"<td>{escape(', '.join(e.aliases[:6]))}</td></tr>" for e in story.entities[: cfg["max_entities"]])
    in_conflict = {r for g in conflicts for r in g.records}
    shown = sorted(articles, key=lambda a: (a.id not in in_conflict, a.record.published or "9999", a.id))[: cfg["max_articles"]]
    more = len(articles) - len(shown)
    copies = "".join(f"<li>{escape(g.original)}: " + ", ".join(f"{escape(m.record_id)} ({m.similarity:.2f})"
                                                             for m in g.members[1:]) + "</li>" for g in story.copies)
    body = (
        f"<h1>Story view</h1><p class='meta'>{len(story.articles)} articles · {len(story.entities)} entities · "
        f"{len(conflicts)} conflicts · {len(story.timeline)} dated events · {len(story.copies)} reprint groups · "
        f"fingerprint {story.fingerprint}</p>"
        f"<section id='timeline'><h2>Timeline</h2><p class='meta'>The {len(events)} most reported events; red: articles "
        f"disagree on the date; hollow: only relative dates.</p>{timeline_svg(events)}</section>"
        f"<section id='conflicts'><h2>Conflicts</h2>{_claims_html(conflicts, 'conflict')}</section>"
        f"<section id='corroborated'><h2>Corroborated figures</h2>{_claims_html(corroborated, 'consistent')}</section>"
        f"<section id='entities'><h2>Entities</h2><table><tr><th>Name</th><th>Label</th><th>Articles</th><th>Also written"
        f"</th></tr>{ent_rows}</table></section>"
        f"<section id='copies'><h2>Reprints</h2><ul>{copies or '<li>None.</li>'}</ul></section>"
        f"<section id='articles'><h2>Articles</h2>"
        + "".join(_article_html(a, names) for a in shown)
        + (f"<p class='meta'>{more} more articles are in story.json and story.duckdb.</p>" if more > 0 else "")
        + "</section>"
    )
    return (f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>pressfacts story</title>"
            f"<style>{CSS}</style></head><body>{body}</body></html>\n")


def write_report(path: Path, articles: list[Article], story: Story) -> None:
    path.write_text(render_report(articles, story), encoding="utf-8")
