"""Shared fixtures: the real pipeline loaded once per session, and the shared corpus (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def nlp():
    from pressfacts.nlp import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (it sits beside the repository in CI)")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_records(corpus_dir, nlp):
    """Records of the five shared articles, by file-name prefix ("000" ... "004")."""
    from pressfacts.extract import process
    from pressfacts.ingest import find_inputs, read_articles

    items = [a for f in find_inputs(corpus_dir) for a in read_articles(f, f.name)]
    out = {}
    for res in process(items, nlp):
        assert res.record is not None, f"{res.key}: {res.reason}"
        out[res.key[:3]] = res.record
    return out
