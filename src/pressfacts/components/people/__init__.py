"""People's attributes: age and roles, from appositions and titles around a person's mentions.

    "Philippe, 22 ans"                              -> age 22
    "Philippe Coopman, âgé de 22 ans"               -> age 22
    "Eric Henry, délégué national Alliance Police"  -> role "délégué national Alliance Police"
    "l'avocate Caty Richard"                        -> role "avocate"
    "Jeanne Verdier, une infirmière de 42 ans"      -> role "infirmière", age 42
Roles and titles are listed in pipelines/roles.jsonl.

The package, in the order the component (component.py) runs: appositions (age and roles at each mention), offices
(the office holders' record), text_roles (lists, fuller roles, sentence subjects), anaphora (titles that stand for
the person named last); patterns (the role list compiled, and how two roles compare) serves them all.
"""

from __future__ import annotations

from .component import PeopleAttributes, make_people

__all__ = ["PeopleAttributes", "make_people"]
