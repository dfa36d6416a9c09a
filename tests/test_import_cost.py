"""A nightly re-run over an unchanged folder never needs the model: importing the package and its command line must not
load the pipeline's components, whose import alone builds spaCy's French tokenizer exceptions (about 2 s)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pressfacts.nlp", "pressfacts.components", "spacy.lang.fr")


def _loaded_after(statement: str) -> list[str]:
    code = f"import sys\n{statement}\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_importing_the_package_loads_no_pipeline():
    assert _loaded_after("import pressfacts") == []


def test_the_command_line_and_the_run_machinery_load_no_pipeline():
    assert _loaded_after("import pressfacts.cli, pressfacts.run.runner, pressfacts.story.refresh") == []


def test_the_pipeline_is_loaded_when_asked_for():
    assert _loaded_after("from pressfacts.nlp import get_pipeline") == list(HEAVY)
