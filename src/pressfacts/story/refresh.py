"""Keeping the story current: `pressfacts extract` calls refresh_after_run at the end of a run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


def refresh_after_run(out: Path, report: dict[str, Any], say: Callable[[str], None]) -> None:
    """Rebuild OUT/story/ when the run wrote or removed a record; the outcome goes into the run report.

    A story that cannot be built never fails the extraction (the records are written): the reason is reported."""
    if not report or not (report.get("written") or report.get("deleted_removed")):
        return
    from .build import build_story

    try:
        result = build_story(out)
    except Exception as exc:  # any failure is reported with its reason; the records stay valid
        report["story"] = {"error": f"{type(exc).__name__}: {exc}"}
        say(f"story not refreshed: {type(exc).__name__}: {exc}")
        return
    report["story"] = result.summary()
    say(f"story refreshed in {result.seconds['total']:.1f}s -> {result.folder}")
