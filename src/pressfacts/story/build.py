"""Building the story of an output folder: load -> copies -> entities -> timeline -> claims -> files.

The story is derived from the records alone: same records, same story (ids come from content, never run order).
It is written into a temporary folder and swapped in, so readers never see half a story."""

from __future__ import annotations

import gc
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .claims import build_claims
from .copies import find_copies
from .entities import merge_entities
from .export import write_tables
from .load import Article, fingerprint, load_articles
from .models import Story, StoryArticle
from .report import write_report
from .timeline import build_timeline

STORY_DIR = "story"


@dataclass
class StoryResult:
    story: Story
    folder: Path
    seconds: dict[str, float] = field(default_factory=dict)  # wall seconds per step
    cpu_seconds: dict[str, float] = field(default_factory=dict)  # CPU seconds of this process per step

    def summary(self) -> dict[str, object]:
        s = self.story
        return {
            "folder": str(self.folder), "articles": len(s.articles), "entities": len(s.entities),
            "claims": len(s.claims), "conflicts": sum(g.status == "conflict" for g in s.claims),
            "consistent": sum(g.status == "consistent" for g in s.claims), "events": len(s.timeline),
            "copy_groups": len(s.copies), "skipped": len(s.skipped), "seconds": self.seconds,
            "cpu_seconds": self.cpu_seconds,
        }


def compute_story(articles: list[Article], skipped: list[str] | None = None,
                  clock: Callable[[str], None] | None = None) -> tuple[Story, dict, dict]:
    """The Story of loaded articles, plus the event id of each record date and the claim id of each record figure."""
    tick = clock or (lambda _step: None)
    copies = find_copies(articles)
    tick("copies")
    entities = merge_entities(articles)
    tick("entities")
    timeline, date_events = build_timeline(articles)
    tick("timeline")
    claims, figure_claims = build_claims(articles, entities, timeline)
    tick("claims")
    story = Story(
        fingerprint=fingerprint(articles),
        articles=[StoryArticle(id=a.id, title=a.record.title, published=a.record.published, path=a.record.source.path,
                               url=a.record.source.url, sitename=a.record.sitename, chars=len(a.record.text),
                               copy_group=a.copy_group, source_key=a.source_key) for a in articles],
        entities=entities, claims=claims, timeline=timeline, copies=copies, skipped=skipped or [],
    )
    return story, date_events, figure_claims


def build_story(out_dir: Path) -> StoryResult:
    """Read every record in out_dir and (re)write out_dir/story/: story.json, story.duckdb, parquet/, report.html."""
    # Millions of small objects (10 000 records, their spans, the story models) stay alive for the whole build: the
    # cyclic garbage collector would walk them all again and again (half the time of a 10 000-record rebuild). They
    # form no reference cycles, so reference counting frees them; the collector is back on when the build ends.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_story(out_dir)
    finally:
        if enabled:
            gc.enable()


def _build_story(out_dir: Path) -> StoryResult:
    seconds: dict[str, float] = {}
    cpu: dict[str, float] = {}
    t0 = last = time.perf_counter()
    c0 = last_cpu = time.process_time()

    def tick(step: str) -> None:
        nonlocal last, last_cpu
        now, now_cpu = time.perf_counter(), time.process_time()
        seconds[step], cpu[step] = round(now - last, 3), round(now_cpu - last_cpu, 3)
        last, last_cpu = now, now_cpu

    articles, skipped = load_articles(out_dir)
    tick("load")
    story, date_events, figure_claims = compute_story(articles, skipped, tick)
    final = out_dir / STORY_DIR
    tmp = out_dir / f".{STORY_DIR}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    (tmp / "story.json").write_text(story.model_dump_json(indent=1) + "\n", encoding="utf-8")
    tick("json")
    write_tables(tmp, articles, story, date_events, figure_claims)
    tick("tables")
    write_report(tmp / "report.html", articles, story)
    tick("report")
    old = out_dir / f".{STORY_DIR}.old"
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    tmp.rename(final)
    shutil.rmtree(old, ignore_errors=True)
    seconds["total"] = round(time.perf_counter() - t0, 3)
    cpu["total"] = round(time.process_time() - c0, 3)
    return StoryResult(story, final, seconds, cpu)
