"""scripts/audit.py: the key-free audits find what a record leaves out next to words that usually carry a fact, on a
record built from a sentence of our own (no model needed)."""

from __future__ import annotations

from typing import Any

from script_module import load_script

audit = load_script("audit")

TEXT = ("Samedi, 4 200 manifestants ont défilé, et deux cents autres lundi. Le maire Paul Roche a parlé. "
        "« Nous reviendrons tous les jours jusqu'à Noël », a lancé une manifestante.")


def record(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"text": TEXT, "dates": [], "figures": [], "quotes": [], "entities": []}
    return {**base, **fields}


def spans(found: Any) -> list[str]:
    return [TEXT[s:e] for s, e in found]


def test_date_words_no_date_covers():
    samedi = TEXT.index("Samedi")
    rec = record(dates=[{"start": samedi, "end": samedi + 6}])
    assert spans(audit.uncovered_dates(rec)) == ["lundi"]


def test_numbers_no_figure_covers():
    n = TEXT.index("4 200")
    rec = record(figures=[{"start": n, "end": n + len("4 200 manifestants")}])
    assert spans(audit.uncovered_numbers(rec)) == ["deux", "cents"]


def test_person_without_a_role_next_to_a_role_word():
    start = TEXT.index("Paul Roche")
    person = {"label": "PER", "attributes": {"roles": []}, "mentions": [{"start": start, "end": start + 10}]}
    assert spans(audit.roleless_people(record(entities=[person]), frozenset({"maire"}))) == ["Paul Roche"]
    person["attributes"]["roles"] = ["maire"]
    assert spans(audit.roleless_people(record(entities=[person]), frozenset({"maire"}))) == []


def test_long_quotation_without_a_speaker():
    start = TEXT.index("Nous")
    end = TEXT.index(" »")
    quote = {"start": start, "end": end, "text": TEXT[start:end], "speaker": None}
    assert spans(audit.unattributed_quotes(record(quotes=[quote]))) == [TEXT[start:end]]
    assert spans(audit.unattributed_quotes(record(quotes=[{**quote, "speaker": "e1"}]))) == []


def test_role_words_are_the_one_word_rows():
    words = audit.role_words()
    assert "maire" in words and "porte-parole" in words and not any(" " in w for w in words)
