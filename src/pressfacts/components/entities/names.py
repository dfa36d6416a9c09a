"""First names from knowledge: gender-guesser's dictionary of first names by country (Jörg Michael's
nam_dict), kept for the countries this press writes about or from.

Used by pressfacts_entities to tell a person from a place or an organization when the NER hesitates
("Joachim, 19 ans" tagged as a place; "comme Sarah" missed). The list is built once when the component
is initialized and saved with the pipeline (first_names.jsonl by to_disk).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

# Columns of nam_dict.txt (gender_guesser.detector.Detector.COUNTRIES order) whose names French-language
# articles use: France, Belgium, Luxembourg, Switzerland, and the Arabic-speaking countries (Maghreb).
COUNTRIES = ("france", "belgium", "luxembourg", "swiss", "arabia")
# Frequency class 1 (rare) to 13 (very common) in nam_dict; below this, a name is mostly noise for us.
MIN_FREQUENCY = 2


def first_name_rows(min_frequency: int = MIN_FREQUENCY) -> list[dict[str, Any]]:
    """Every first name common enough in one of COUNTRIES, one row each ({"name": "Joachim"})."""
    from gender_guesser.detector import Detector

    columns = [Detector.COUNTRIES.index(c) for c in COUNTRIES]
    path = Path(__import__("gender_guesser").__file__).parent / "data" / "nam_dict.txt"
    common = set("123456789ABCD"[min_frequency - 1 :])  # frequency classes, in nam_dict's hex digits
    names: set[str] = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line[0] in "#=" or len(line) < 31:
                continue
            values = line[30:-1]
            if any(c < len(values) and values[c] in common for c in columns):
                name = line[3:29].strip().split("+")[0]
                if name and " " not in name:
                    names.add(name)
    return [{"name": n} for n in sorted(names)]


__all__ = ["first_name_rows"]
