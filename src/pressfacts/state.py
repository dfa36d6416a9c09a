"""Old import path of pressfacts.run.state (the run machinery now lives in pressfacts/run/); the same module object,
so `pressfacts.state.X` and `pressfacts.run.state.X` are one name."""

import sys

from .run import state as _module

sys.modules[__name__] = _module
