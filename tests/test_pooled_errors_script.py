"""scripts/pooled_errors.py lists what a record misses and adds as `pressfacts eval` counts it, and keeps the words
that come back across articles and outlets."""

from __future__ import annotations

from types import SimpleNamespace

from fake_records import date, entity
from pressfacts.evaluation import pressfacts_prediction, score_text
from script_module import load_script

pooled = load_script("pooled_errors")



RECORD = SimpleNamespace(
    entities=[entity("e1", "ORG", "CGT"), entity("e2", "ORG", "Noël"), entity("e3", "LOC", "Bercy")],
    dates=[date("samedi", "2018-12-08"), date("jeudi", "2018-12-06"), date("en mai", None)],
    figures=[], quotes=[],
)
GOLD = {
    "file": "press/lefigaro/2018-12-10_x.txt",
    "organizations": [{"name": "Confédération générale du travail", "aliases": ["CGT"]},
                      {"name": "Bercy", "aliases": []}],
    "dates": [{"text": "samedi", "value": "2018-12-08"}, {"text": "jeudi", "value": "2018-12-13"},
              {"text": "Noël", "value": "2018-12-25"}],
}


def test_errors_add_up_to_the_evaluation() -> None:
    errors = pooled.article_errors(GOLD, RECORD, {"ORG", "dates"})
    assert sorted((e.kind, e.words, e.value) for e in errors) == [
        ("ORG false", "Noël", None), ("ORG missed", "Bercy", None),
        ("date false", "jeudi", "2018-12-06"), ("date missed", "Noël", "2018-12-25"),
        ("date missed", "jeudi", "2018-12-13")]
    s = score_text(GOLD, pressfacts_prediction(RECORD))
    assert (s["ORG"].fp, s["ORG"].fn, s["dates"].fp, s["dates"].fn) == (1, 1, 1, 2)


def test_only_the_fields_a_key_holds() -> None:
    assert {e.kind for e in pooled.article_errors(GOLD, RECORD, {"dates"})} == {"date false", "date missed"}


def test_words_fold_and_drop_stop_words_and_numbers() -> None:
    assert pooled.content_words("le 25 décembre, à Noël") == {"decembre", "noel"}
    assert pooled.content_words("l'Assemblée nationale") == {"l'assemblee", "nationale"}


def test_a_word_recurs_over_articles_of_two_outlets() -> None:
    errors = [pooled.PooledError("date missed", "press/humanite/a.txt", "fêtent Noël", "2018-12-25"),
              pooled.PooledError("date missed", "press/lefigaro/b.txt", "Noël", "2018-12-25"),
              pooled.PooledError("ORG false", "press/lefigaro/b.txt", "Noël"),  # the same article counts once
              pooled.PooledError("date missed", "press/lefigaro/c.txt", "la veille", "2018-12-07"),
              pooled.PooledError("date missed", "press/lefigaro/d.txt", "la veille", "2018-12-14")]
    rows = pooled.recurring(errors, min_articles=2)
    assert rows == [("noel", 2, 2, {"date missed": 2, "ORG false": 1})]  # "veille": one outlet only
