"""The repository's scripts (scripts/*.py) imported as modules, for their tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def load_script(stem: str, module_name: str | None = None) -> ModuleType:
    """scripts/<stem>.py as a module, registered in sys.modules (its dataclasses look their module up there)."""
    name = module_name or stem
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{stem}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
