"""The probe sentences of the quote tests (tests/probes/spk26.jsonl, spk27.jsonl, spk28.jsonl) and the check run on each."""

from __future__ import annotations

import json
from pathlib import Path

from quoting import quoted_speakers

PROBES = {p["id"]: p for p in map(json.loads, (Path(__file__).parent / "probes" / "spk26.jsonl").read_text().splitlines())}
_PROBES = {p["id"]: p for p in map(json.loads, (Path(__file__).parent / "probes" / "spk27.jsonl").open(encoding="utf-8"))}
SPK28 = {p["id"]: p for p in map(json.loads, (Path(__file__).parent / "probes" / "spk28.jsonl").open(encoding="utf-8"))}


def check_spk26_probe(nlp, pid):
    """Each expected quotation of the spk26 probe (by its start) has the expected speaker (None: none or no quotation)."""
    probe = PROBES[pid]
    got = quoted_speakers(nlp, probe["text"])
    for want in probe["quotes"]:
        found = [speaker for text, speaker in got if text.startswith(want["start"])]
        if want["speaker"] is None:
            assert found in ([], [None]), (pid, got)  # a slogan or an unnamed speaker: nobody
        else:
            assert found == [want["speaker"]], (pid, got)


def _norm(s: str) -> str:
    return s.replace("’", "'")


def check_spk27_probe(nlp, probe_id):
    """Each expected quotation of the spk27 probe (by its start, apostrophes folded) exists with the expected speaker."""
    probe = _PROBES[probe_id]
    got = [(_norm(text), speaker) for text, speaker in quoted_speakers(nlp, probe["text"])]
    for want in probe["quotes"]:
        found = [speaker for text, speaker in got if text.startswith(_norm(want["start"]))]
        assert found, f"no quotation starting {want['start']!r}"
        assert found[0] == want["speaker"]


def check_spk28_probe(nlp, probe_id):
    """The spk28 probe's expected quotations have exactly the expected speaker; a near-miss (no quotation expected)
    gives no quotation a speaker."""
    probe = SPK28[probe_id]
    got = quoted_speakers(nlp, probe["text"])
    for want in probe["quotes"]:
        assert [speaker for text, speaker in got if text.startswith(want["start"])] == [want["speaker"]], got
    if not probe["quotes"]:
        assert [speaker for _, speaker in got if speaker is not None] == [], got
