"""Stand-ins for a record's entities and dates, for the tests of scripts that read records (error_classes,
pooled_errors): only the attributes those scripts and `pressfacts_prediction` read."""

from __future__ import annotations

from types import SimpleNamespace


def entity(id_: str, label: str, name: str) -> SimpleNamespace:
    return SimpleNamespace(id=id_, label=label, name=name, mentions=[SimpleNamespace(text=name)],
                           attributes=SimpleNamespace(roles=[], age=None))


def date(text: str, value: str | None) -> SimpleNamespace:
    return SimpleNamespace(text=text, value=value)


def quote(text: str, speaker: str | None, reach: str | None, start: int, end: int) -> SimpleNamespace:
    return SimpleNamespace(text=text, speaker=speaker, speaker_reach=reach, start=start, end=end)
