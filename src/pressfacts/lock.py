"""Old import path of pressfacts.run.lock (the run machinery now lives in pressfacts/run/); the same module object,
so `pressfacts.lock.X` and `pressfacts.run.lock.X` are one name."""

import sys

from .run import lock as _module

sys.modules[__name__] = _module
