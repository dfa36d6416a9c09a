"""Compare two folders of pressfacts records fact by fact (for reading what a rule change did).

    python scripts/record_diff.py BEFORE_DIR AFTER_DIR [entities|dates|figures|quotes|roles ...]

Prints, per article and field, the facts only in BEFORE (-) and only in AFTER (+), then the totals. Extract the
non-test press articles into both folders first; never diff the test split (it stays unseen)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

FIELDS = ("entities", "dates", "figures", "quotes", "roles")


def load(folder: str) -> dict[str, dict[str, Any]]:
    """Records of a folder by source path (state files and logs skipped)."""
    out: dict[str, dict[str, Any]] = {}
    for p in Path(folder).glob("*.json"):
        record = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(record, dict) and "entities" in record:
            out[record["source"]["path"]] = record
    return out


def facts(record: dict[str, Any], field: str) -> set[str]:
    """One line per fact of `field`, comparable across runs (speakers by name, not by entity id)."""
    names = {e["id"]: e["name"] for e in record["entities"]}
    if field == "entities":
        return {f'{e["label"]}:{e["name"]}' for e in record["entities"]}
    if field == "roles":
        return {f'{e["name"]}: {"; ".join(e["attributes"]["roles"])}' for e in record["entities"]
                if e["label"] == "PER" and e["attributes"].get("roles")}
    if field == "dates":
        return {f'{d["start"]} {d["text"]!r} = {d["value"]}' for d in record["dates"]}
    if field == "figures":
        return {f'{f["start"]} {f["text"]!r} = {f["value"]} {f.get("value_max")} [{f["unit"]}] {f["qualifier"]}'
                for f in record["figures"]}
    if field == "quotes":
        return {f'{q["start"]} {q["text"][:50]!r} -> {names.get(q["speaker"], q["speaker"])}' for q in record["quotes"]}
    raise SystemExit(f"unknown field {field!r}; one of {', '.join(FIELDS)}")


def main(argv: list[str]) -> None:
    before, after = load(argv[0]), load(argv[1])
    fields = argv[2:] or list(FIELDS)
    totals = {f: [0, 0] for f in fields}
    for path in sorted(set(before) | set(after)):
        if path not in before or path not in after:
            print("only in one folder:", path)
            continue
        for field in fields:
            old, new = facts(before[path], field), facts(after[path], field)
            if old != new:
                print(f"== {path} [{field}]")
                print("\n".join([f"  - {s}" for s in sorted(old - new)] + [f"  + {s}" for s in sorted(new - old)]))
                totals[field][0] += len(old - new)
                totals[field][1] += len(new - old)
    print("total (removed, added):", totals)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    main(sys.argv[1:])
