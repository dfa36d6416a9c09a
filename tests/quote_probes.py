"""The probe sentences of the quote tests (tests/probes/spk26.jsonl … spk31b.jsonl, spk19b.jsonl) and the checks run on them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoting import quoted_speakers


def load_probes(name: str) -> dict[str, dict]:
    """tests/probes/<name>.jsonl by probe id."""
    with (Path(__file__).parent / "probes" / f"{name}.jsonl").open(encoding="utf-8") as f:
        return {p["id"]: p for p in map(json.loads, f)}


PROBES = load_probes("spk26")
_PROBES = load_probes("spk27")
SPK28 = load_probes("spk28")
SPK29 = load_probes("spk29")
SPK30 = load_probes("spk30")
SPK31B = load_probes("spk31b")
SPK31A = load_probes("spk31a")
SPK33 = load_probes("spk33")
SPK20R = load_probes("spk20r")
SPK19A = load_probes("spk19a")
SPK19B = load_probes("spk19b")
SPK19C = load_probes("spk19c")
SPK37 = load_probes("spk37")
SPK21A = load_probes("spk21a")
SPK23 = load_probes("spk23")
SPK23C = load_probes("spk23c")
SPK25 = load_probes("spk25")
SPK25H = load_probes("spk25h")


def _speakers_of(got: list[tuple[str, str | None]], start: str, fold: bool = False) -> list[str | None]:
    """The speakers of the quotations found that open with `start` (apostrophes folded when `fold`)."""
    norm = _norm if fold else str
    return [speaker for text, speaker in got if norm(text).startswith(norm(start))]


def check_spk26_probe(nlp, pid):
    """Each expected quotation of the spk26 probe (by its start) has the expected speaker (None: none or no quotation)."""
    probe = PROBES[pid]
    got = quoted_speakers(nlp, probe["text"])
    for want in probe["quotes"]:
        found = _speakers_of(got, want["start"])
        if want["speaker"] is None:
            assert found in ([], [None]), (pid, got)  # a slogan or an unnamed speaker: nobody
        else:
            assert found == [want["speaker"]], (pid, got)


def _norm(s: str) -> str:
    return s.replace("’", "'")


def check_spk27_probe(nlp, probe_id):
    """Each expected quotation of the spk27 probe (by its start, apostrophes folded) exists with the expected speaker."""
    probe = _PROBES[probe_id]
    got = quoted_speakers(nlp, probe["text"])
    for want in probe["quotes"]:
        found = _speakers_of(got, want["start"], fold=True)
        assert found, f"no quotation starting {want['start']!r}"
        assert found[0] == want["speaker"]


def check_exact_probe(nlp, probes, probe_id):
    """The probe's expected quotations have exactly the expected speaker; a near-miss (no quotation expected) gives no
    quotation a speaker."""
    probe = probes[probe_id]
    got = quoted_speakers(nlp, probe["text"])
    for want in probe["quotes"]:
        assert _speakers_of(got, want["start"]) == [want["speaker"]], got
    if not probe["quotes"]:
        assert [speaker for _, speaker in got if speaker is not None] == [], got


def check_spk28_probe(nlp, probe_id):
    """check_exact_probe on the spk28 probes."""
    check_exact_probe(nlp, SPK28, probe_id)


def xfail_ids(probes: dict, misses: dict[str, str]) -> list:
    """The probe ids in order, those in `misses` as strict xfails with their reason."""
    return [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=misses[p])) if p in misses else p
            for p in sorted(probes)]
