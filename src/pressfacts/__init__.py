"""pressfacts: French press articles in, verifiable fact records out."""

from __future__ import annotations

__version__ = "0.1.0"

from .extract import extract, process
from .records import Record

__all__ = ["Record", "__version__", "extract", "process"]
