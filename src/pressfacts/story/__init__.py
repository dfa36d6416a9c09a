"""The story view: one case followed across many articles (merged entities, corroborated and conflicting facts,
timeline, wire copies, a report to read), derived from the records of an output folder alone.

    from pressfacts.story import build_story
    result = build_story(Path("data/extracted"))   # writes data/extracted/story/
"""

from __future__ import annotations

from .build import STORY_DIR, StoryResult, build_story, compute_story
from .models import Story

__all__ = ["STORY_DIR", "Story", "StoryResult", "build_story", "compute_story"]
