"""Audits that need no answer key: what the records of a folder leave out around words that usually carry a fact.

    python scripts/audit.py RECORDS_DIR [dates|numbers|roles|quotes ...]

For each article of a folder written by `pressfacts extract`, prints one line per suspect place with its context:
- dates: a month, weekday or relative day word that no extracted date covers;
- numbers: a number (digits or words) that no figure or date covers (clock times, years and ordinals left out);
- roles: a person with no role whose mention stands next to a role word of pipelines/roles.jsonl;
- quotes: a quotation of four words or more with no speaker.
Most lines are right (a verb "été", vague "des centaines", an unnamed speaker); read them for the wrong ones and write
a sentence of your own for each class before a rule. Run it on the non-test articles only: the test split stays unseen.
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROLES = Path(__file__).resolve().parents[1] / "pipelines" / "roles.jsonl"
AUDITS = ("dates", "numbers", "roles", "quotes")

DATE_WORD = re.compile(
    r"\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi"
    r"|jeudi|vendredi|samedi|dimanche|hier|demain|avant-hier|après-demain|veille|lendemain|week-end)\b",
    re.IGNORECASE,
)
NUMBER = re.compile(
    r"(?<![\w.,])\d[\d\u00a0\u202f .,']*\d|(?<![\w.,])\d\b|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze"
    r"|quinze|vingt|trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?)\b",
    re.IGNORECASE,
)
NOT_A_COUNT_AFTER = re.compile(r"\s?(?:h\b|h\d|e\b|er\b|ème\b)")  # clock times and ordinals
YEAR = re.compile(r"(?:19|20)\d\d")


def covered(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def context(text: str, start: int, end: int, before: int = 90, after: int = 60) -> str:
    return (text[max(0, start - before) : start] + "【" + text[start:end] + "】" + text[end : end + after]).replace("\n", " ⏎ ")


def uncovered_dates(record: dict[str, Any]) -> Iterator[tuple[int, int]]:
    """Date words that no extracted date covers."""
    spans = [(d["start"], d["end"]) for d in record["dates"]]
    for m in DATE_WORD.finditer(record["text"]):
        if not covered(m.start(), spans):
            yield m.start(), m.end()


def uncovered_numbers(record: dict[str, Any]) -> Iterator[tuple[int, int]]:
    """Numbers that no figure or date covers, less clock times, ordinals and years."""
    text = record["text"]
    spans = [(f["start"], f["end"]) for f in record["figures"]] + [(d["start"], d["end"]) for d in record["dates"]]
    for m in NUMBER.finditer(text):
        word = m.group(0).strip()
        if covered(m.start(), spans) or YEAR.fullmatch(word) or NOT_A_COUNT_AFTER.match(text, m.end()):
            continue
        yield m.start(), m.end()


def role_words(path: Path = ROLES) -> frozenset[str]:
    """The one-word roles of roles.jsonl, lowercased."""
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return frozenset(r["role"].lower() for r in rows if "role" in r and " " not in r["role"])


def roleless_people(record: dict[str, Any], roles: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The first mention of a person with no role that stands within three words of a role word."""
    text = record["text"]
    for e in record["entities"]:
        if e["label"] != "PER" or e["attributes"]["roles"]:
            continue
        for m in e["mentions"]:
            near = re.findall(r"[\w'’-]+", text[max(0, m["start"] - 45) : m["start"]].lower())[-3:]
            near += re.findall(r"[\w'’-]+", text[m["end"] : m["end"] + 45].lower())[:3]
            if any(w in roles for w in near):
                yield m["start"], m["end"]
                break


def unattributed_quotes(record: dict[str, Any]) -> Iterator[tuple[int, int]]:
    """Quotations of four words or more with no speaker."""
    for q in record["quotes"]:
        if not q.get("speaker") and len(q["text"].split()) >= 4:
            yield q["start"], q["end"]


def audit(record: dict[str, Any], kind: str, roles: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
    if kind == "dates":
        return uncovered_dates(record)
    if kind == "numbers":
        return uncovered_numbers(record)
    if kind == "roles":
        return roleless_people(record, roles)
    return unattributed_quotes(record)


def main(argv: list[str]) -> int:
    if not argv or not Path(argv[0]).is_dir():
        print(__doc__, file=sys.stderr)
        return 2
    kinds = [k for k in argv[1:] if k in AUDITS] or list(AUDITS)
    roles = role_words()
    counts = dict.fromkeys(kinds, 0)
    for path in sorted(Path(argv[0]).glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(record, dict) or "text" not in record:
            continue  # state files and logs
        for kind in kinds:
            for start, end in audit(record, kind, roles):
                counts[kind] += 1
                print(f"{kind}\t{path.stem[:40]}\t{context(record['text'], start, end)}")
    print("total: " + ", ".join(f"{k} {n}" for k, n in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
