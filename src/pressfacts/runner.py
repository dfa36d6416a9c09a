"""Old import path of pressfacts.run.runner (the run machinery now lives in pressfacts/run/); the same module object,
so `pressfacts.runner.X` and `pressfacts.run.runner.X` are one name."""

import sys

from .run import runner as _module

sys.modules[__name__] = _module
