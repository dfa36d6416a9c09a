"""Explicit dates read by dateparser, pinned to French, one parser for the process."""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache
from typing import Any

from .partial import PartialDate


# ---------------------------------------------------------------- explicit forms (dateparser)
@cache
def _date_parser() -> Any:
    """One French-only dateparser, settings fixed once (without `languages` it is ~37x slower and
    reads other languages' words as dates)."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["fr"],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False},
    )


def parse_explicit(text: str) -> PartialDate | None:
    """An explicit date span ("12/03/21", "3 févr.", "1er mai 2024", "2021-6") -> date at the precision
    dateparser reports; without a written year the year is dateparser's guess (callers resolve it)."""
    return _parse_explicit(text, dt.date.today())


@lru_cache(maxsize=4096)
def _parse_explicit(text: str, today: dt.date) -> PartialDate | None:
    # Cached (dateparser takes milliseconds a call and articles repeat their dates); keyed by today's date
    # too, as dateparser's guess of a missing year depends on it.
    try:
        data = _date_parser().get_date_data(text)
    except (ValueError, OverflowError):
        return None
    when = data.date_obj if data else None
    if when is None:
        return None
    if data.period == "year":
        return PartialDate(when.year)
    if data.period == "month":
        return PartialDate(when.year, when.month)
    return PartialDate(when.year, when.month, when.day)
