"""Files a user opens: story.json, story.duckdb (one table per kind) and the same tables as Parquet files.

The tables are built in one pass from the records and the story already in memory (NumPy object columns that
DuckDB scans directly: no pandas, no pyarrow); the Parquet files are copied from the DuckDB tables.
Every table has a fixed schema (TABLES), so a week of nightly Parquet files reads with one `read_parquet('*.parquet')`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import numpy as np

from .load import Article
from .models import Story

TABLES: dict[str, dict[str, str]] = {
    "articles": {"record_id": "VARCHAR", "title": "VARCHAR", "published": "VARCHAR", "path": "VARCHAR", "url": "VARCHAR",
                 "sitename": "VARCHAR", "chars": "INTEGER", "copy_group": "VARCHAR", "source_key": "VARCHAR"},
    "entities": {"record_id": "VARCHAR", "entity_id": "VARCHAR", "story_entity_id": "VARCHAR", "label": "VARCHAR",
                 "name": "VARCHAR", "mentions": "INTEGER", "age": "INTEGER", "roles": "VARCHAR[]"},
    "mentions": {"record_id": "VARCHAR", "entity_id": "VARCHAR", "story_entity_id": "VARCHAR", "start": "INTEGER",
                 "end": "INTEGER", "text": "VARCHAR"},
    "dates": {"record_id": "VARCHAR", "start": "INTEGER", "end": "INTEGER", "text": "VARCHAR", "value": "VARCHAR",
              "granularity": "VARCHAR", "relative": "BOOLEAN", "event_id": "VARCHAR"},
    "figures": {"record_id": "VARCHAR", "start": "INTEGER", "end": "INTEGER", "text": "VARCHAR", "value": "DOUBLE",
                "value_max": "DOUBLE", "unit": "VARCHAR", "qualifier": "VARCHAR", "claim_id": "VARCHAR"},
    "quotes": {"record_id": "VARCHAR", "start": "INTEGER", "end": "INTEGER", "text": "VARCHAR", "speaker": "VARCHAR",
               "speaker_story_entity_id": "VARCHAR", "speaker_name": "VARCHAR"},
    "story_entities": {"id": "VARCHAR", "label": "VARCHAR", "name": "VARCHAR", "aliases": "VARCHAR[]",
                       "articles": "INTEGER", "records": "VARCHAR[]", "mentions": "INTEGER", "ages": "INTEGER[]",
                       "roles": "VARCHAR[]"},
    "claims": {"claim_id": "VARCHAR", "kind": "VARCHAR", "subject": "VARCHAR", "status": "VARCHAR", "sources": "INTEGER",
               "entity_id": "VARCHAR", "event_id": "VARCHAR", "record_id": "VARCHAR", "source_key": "VARCHAR",
               "start": "INTEGER", "end": "INTEGER", "text": "VARCHAR", "value": "VARCHAR", "value_max": "DOUBLE",
               "qualifier": "VARCHAR", "unit": "VARCHAR", "low": "DOUBLE", "high": "DOUBLE", "reasons": "VARCHAR[]"},
    "timeline": {"event_id": "VARCHAR", "value": "VARCHAR", "values": "VARCHAR[]", "granularity": "VARCHAR",
                 "sort_key": "VARCHAR", "sentence": "VARCHAR", "entities": "VARCHAR[]", "records": "VARCHAR[]",
                 "articles": "INTEGER", "relative": "BOOLEAN", "inferred": "BOOLEAN", "disputed": "BOOLEAN"},
    "copies": {"group_id": "VARCHAR", "original": "VARCHAR", "record_id": "VARCHAR", "similarity": "DOUBLE"},
}


def _story_rows(story: Story) -> dict[str, Iterator[dict[str, Any]]]:
    def claims() -> Iterator[dict[str, Any]]:
        for g in story.claims:
            reasons = [r.text for r in g.reasons]
            for c in g.claims:
                yield {"claim_id": g.id, "kind": g.kind, "subject": g.subject, "status": g.status, "sources": g.sources,
                       "entity_id": g.entity_id, "event_id": g.event_id, "record_id": c.record_id,
                       "source_key": c.source_key, "start": c.wording.start, "end": c.wording.end, "text": c.wording.text,
                       "value": str(c.value), "value_max": c.value_max, "qualifier": c.qualifier, "unit": c.unit,
                       "low": c.low, "high": c.high, "reasons": reasons}

    return {
        "articles": ({"record_id": a.id, **a.model_dump(exclude={"id"})} for a in story.articles),
        "story_entities": ({"id": e.id, "label": e.label, "name": e.name, "aliases": e.aliases, "articles": len(e.records),
                            "records": e.records, "mentions": len(e.mentions), "ages": [int(v.value) for v in e.ages],
                            "roles": [str(v.value) for v in e.roles]} for e in story.entities),
        "claims": claims(),
        "timeline": ({"event_id": e.id, **e.model_dump(exclude={"id", "dates"}), "articles": len(e.records)}
                     for e in story.timeline),
        "copies": ({"group_id": g.id, "original": g.original, "record_id": m.record_id, "similarity": m.similarity}
                   for g in story.copies for m in g.members),
    }


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _record_rows(articles: list[Article], story: Story, date_events: dict[tuple[str, int], str],
                 figure_claims: dict[tuple[str, int], str]) -> dict[str, list[tuple]]:
    """Rows of the per-record tables, from the records already in memory (one pass, no file read twice)."""
    names = {e.id: e.name for e in story.entities}
    rows: dict[str, list[tuple]] = {"entities": [], "mentions": [], "dates": [], "figures": [], "quotes": []}
    for a in articles:
        rid, sids = a.id, a.story_ids
        for e in a.record.entities:
            sid = sids.get(e.id)
            rows["entities"].append((rid, e.id, sid, e.label, e.name, len(e.mentions), e.attributes.age,
                                     list(e.attributes.roles)))
            rows["mentions"] += [(rid, e.id, sid, m.start, m.end, m.text) for m in e.mentions]
        rows["dates"] += [(rid, d.start, d.end, d.text, d.value, d.granularity, d.relative, date_events.get((rid, d.start)))
                          for d in a.record.dates]
        rows["figures"] += [(rid, f.start, f.end, f.text, f.value, f.value_max, f.unit, f.qualifier,
                             figure_claims.get((rid, f.start))) for f in a.record.figures]
        for q in a.record.quotes:
            sid = sids.get(q.speaker) if q.speaker is not None else None
            rows["quotes"].append((rid, q.start, q.end, q.text, q.speaker, sid, names.get(sid) if sid else None))
    return rows


# Row order of the per-record tables (ORDER BY columns), whatever order the rows were made in.
_ORDER = {"entities": "1, 2", "mentions": "1, 4, 2", "dates": "1, 2", "figures": "1, 2", "quotes": "1, 2"}


def _arrays(table: str, rows: list[tuple]) -> dict[str, np.ndarray]:
    """Columns as NumPy object arrays, which DuckDB scans directly (no pandas, no pyarrow)."""
    out: dict[str, np.ndarray] = {}
    for i, (name, sql_type) in enumerate(TABLES[table].items()):
        values: Iterator[Any] = (r[i] for r in rows)
        if sql_type == "DOUBLE":  # ints and floats in one column: all floats, as DuckDB read them from JSON before
            values = (None if v is None else float(v) for v in values)
        out[name] = np.fromiter(values, dtype=object, count=len(rows))
    return out


def write_tables(folder: Path, articles: list[Article], story: Story, date_events: dict[tuple[str, int], str],
                 figure_claims: dict[tuple[str, int], str]) -> None:
    """story.duckdb and parquet/<table>.parquet in `folder`, built from the records and story already in memory."""
    (folder / "parquet").mkdir(exist_ok=True)
    story_rows = _story_rows(story)
    rows = {t: [tuple(r.get(k) for k in TABLES[t]) for r in story_rows[t]] for t in story_rows}
    rows |= _record_rows(articles, story, date_events, figure_claims)
    con = duckdb.connect(str(folder / "story.duckdb"))
    try:
        # Object columns are typed from a sample: look at every value, so a column starting with NULLs is typed right.
        con.execute(f"SET pandas_analyze_sample = {max(1000, *(len(r) + 1 for r in rows.values()))}")
        for table in TABLES:
            _create(con, table, rows[table], _ORDER.get(table))
        for table in TABLES:
            con.execute(f"COPY {table} TO '{_sql_path(folder / 'parquet' / f'{table}.parquet')}' (FORMAT PARQUET)")
    finally:
        con.close()


def _create(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple], order: str | None) -> None:
    """CREATE TABLE with the fixed column types of TABLES, whatever the Python types of the values."""
    cols = ", ".join(f'CAST("{k}" AS {v}) AS "{k}"' for k, v in TABLES[table].items())
    if not rows:  # NumPy columns without a value have no type: an empty select with the same columns
        nulls = ", ".join(f'NULL AS "{k}"' for k in TABLES[table])
        con.execute(f"CREATE TABLE {table} AS SELECT {cols} FROM (SELECT {nulls} WHERE false)")
        return
    staged = f"_rows_{table}"
    con.register(staged, _arrays(table, rows))
    try:
        con.execute(f"CREATE TABLE {table} AS SELECT {cols} FROM {staged}" + (f" ORDER BY {order}" if order else ""))
    finally:
        con.unregister(staged)
