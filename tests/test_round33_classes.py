"""Round 33 classes, found on the organization and date keys of the 205 non-test articles (work sets; the test
split stays unseen) and checked on sentences written for these tests:
- one organization written two ways is one entity: an acronym of a name opening with an accented capital
  ("l'Établissement français du sang" ... "l'EFS"); a bare name after the one longer name it opens ("l'Assemblée
  régionale corse" ... "cette Assemblée"), even beside a place the longer name does not hold when that place acts
  ("Lisbonne enverra ses chiffres à la Commission"); a name written again without some lowercase words ("le ministère
  grec de la Culture" ... "le ministère de la Culture"); an acronym that leaves out one lowercase word ("ANSR"); a
  name with and without its article, when a party's acronym took the articled form ("des Républicains" ... "(LR)
  ... les Républicains"); a short name glossed in parentheses by the organization's name ("la Fenab (Fédération
  nationale belge des artisans boulangers)"), without the capitalized article of a sentence start ("La Fenab
  attend");
- and not: a channel and its company ("Disney Channel" ... "Disney"), a union and its regional branch ("FGTB" ...
  "FGTB wallonne"), a party and the European party named after it, a bare name two longer names open ("Parlement
  européen", "Parlement français" ... "le Parlement");
- "le surlendemain" after "le lendemain" counts from the same day, and "l'avant-veille" after "la veille"."""

from __future__ import annotations

import pytest

import pressfacts


def organizations(text: str) -> list[tuple[str, set[str]]]:
    record = pressfacts.extract(text, published="2019-02-12")
    return [(e.name, {m.text for m in e.mentions}) for e in record.entities if e.label == "ORG"]


@pytest.mark.parametrize(("text", "name", "forms"), [
    ("Selon l'Établissement français du sang, les réserves baissent avant les vacances. L'EFS lance un appel aux "
     "donneurs.", "Établissement français du sang", {"Établissement français du sang", "EFS"}),
    ("L'École nationale de la magistrature forme les juges à Bordeaux. Un rapport critique l'ENM pour ses "
     "méthodes.", "École nationale de la magistrature", {"École nationale de la magistrature", "ENM"}),
    ("L'Assemblée régionale corse a adopté son budget jeudi. Cette Assemblée compte soixante-trois élus depuis la "
     "réforme.", "Assemblée régionale corse", {"Assemblée régionale corse", "Assemblée"}),
    ("La Commission européenne a validé le plan portugais jeudi. Lisbonne enverra ses chiffres détaillés à la "
     "Commission en octobre.", "Commission européenne", {"Commission européenne", "Commission"}),
    ("Le ministère grec de la Culture a rouvert deux musées lundi. Le ministère de la Culture promet d'autres "
     "chantiers en automne.", "ministère grec de la Culture",
     {"ministère grec de la Culture", "ministère de la Culture"}),
    ("Le Syndicat autonome des infirmiers appelle à cesser le travail lundi. Le Syndicat des infirmiers réclame "
     "quarante postes.", "Syndicat autonome des infirmiers",
     {"Syndicat autonome des infirmiers", "Syndicat des infirmiers"}),
    ("La Fédération nationale des chasseurs conteste l'arrêté préfectoral. La Fédération des chasseurs portera "
     "l'affaire devant le juge.", "Fédération nationale des chasseurs",
     {"Fédération nationale des chasseurs", "Fédération des chasseurs"}),
    ("L'Agence nationale française de sécurité routière publie son bilan annuel. D'après l'ANSR, les accidents "
     "mortels reculent en ville.", "Agence nationale française de sécurité routière",
     {"Agence nationale française de sécurité routière", "ANSR"}),
    ("Les élus des Républicains quitteront l'hémicycle mardi, a prévenu Paul Fontaine (LR). Au Sénat, les "
     "Républicains gardent la majorité.", "Républicains", {"Républicains", "LR", "les Républicains"}),
    ("Hier soir, la Fenab (Fédération nationale belge des artisans boulangers) a écrit au ministre. La Fenab attend "
     "une réponse avant Noël.", "Fenab", {"Fenab", "Fédération nationale belge des artisans boulangers"}),
    ("La Fnaut (Fédération nationale des associations d'usagers des transports) dénonce la hausse des tarifs.",
     "Fnaut", {"Fnaut", "Fédération nationale des associations d'usagers des transports"}),
])
def test_one_organization_written_two_ways_is_one_entity(text, name, forms):
    got = organizations(text)
    assert (name, forms) in got, got


@pytest.mark.parametrize(("text", "apart"), [
    ("Le catalogue de Disney Channel sera retiré en avril. Disney veut tout regrouper sur sa plateforme.",
     ["Disney Channel", "Disney"]),
    ("Le Parti socialiste européen se réunit à Madrid samedi. Le Parti socialiste n'y enverra qu'un observateur.",
     ["Parti socialiste européen", "Parti socialiste"]),
    ("La FGTB appelle à la grève lundi. À Liège, la FGTB wallonne prévoit trois piquets devant les usines.",
     ["FGTB", "FGTB wallonne"]),
    ("Le Parlement européen a voté le texte. Le Parlement français doit encore l'examiner, mais le Parlement ne "
     "siège pas avant mars.", ["Parlement européen", "Parlement français", "Parlement"]),
])
def test_different_organizations_stay_apart(text, apart):
    names = [n for n, _ in organizations(text)]
    for name in apart:
        assert name in names, names


@pytest.mark.parametrize(("text", "label", "name"), [
    ("Les patrons tiennent au CICE (Crédit d'impôt compétitivité emploi), que Bercy veut transformer.", "MISC",
     "CICE"),
    ("Selon Marc Dubois (Fédération des transporteurs), la grève coûte cher aux entreprises.", "PER",
     "Marc Dubois"),
])
def test_a_gloss_makes_no_organization_of_a_thing_or_a_person(text, label, name):
    record = pressfacts.extract(text, published="2019-02-12")
    assert (label, name) in [(e.label, e.name) for e in record.entities]


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in pressfacts.extract(text, published="2019-02-12").dates]


@pytest.mark.parametrize(("text", "want"), [
    ("Le 3 février 2017, la tempête a frappé la côte. Les pompiers sont intervenus le lendemain et les experts des "
     "assurances le surlendemain.", [("le lendemain", "2017-02-04"), ("le surlendemain", "2017-02-05")]),
    ("La grève a commencé le 12 mars 2018. Le lendemain, les trains étaient à l'arrêt ; le surlendemain, les bus "
     "aussi.", [("Le lendemain", "2018-03-13"), ("le surlendemain", "2018-03-14")]),
    ("Le vote a eu lieu le 20 juin 2018. La veille, les élus ont débattu toute la nuit ; l'avant-veille, ils "
     "avaient reçu les syndicats.", [("La veille", "2018-06-19"), ("l'avant-veille", "2018-06-18")]),
    ("L'usine a fermé le 3 mars 2016. Le surlendemain, les salariés ont manifesté devant la mairie.",
     [("Le surlendemain", "2016-03-05")]),
])
def test_the_day_after_next_counts_from_the_same_day(text, want):
    got = dates(text)
    for item in want:
        assert item in got, got


def test_initials_without_accents_and_with_one_word_left_out():
    from pressfacts.components.entities.clusters import _initials, _initials_forms

    assert _initials("Établissement français du sang") == "EFS"
    assert _initials("Éducation nationale") == "EN"
    assert "ANSR" in _initials_forms("Agence nationale française de sécurité routière", 4)
    assert _initials_forms("FGTB wallonne", 4) == {"FGTBW"}  # a branch: no word left out
    assert _initials_forms("Rassemblement national populaire", 2) == {"RNP"}  # two letters: too short to guess


def test_a_shortened_name_and_an_articleless_form():
    from pressfacts.components.entities.clusters import _within
    from pressfacts.components.entities.conventions import _articleless

    assert _within(["ministere", "de", "la", "culture"], ["ministere", "grec", "de", "la", "culture"])
    assert not _within(["conseil", "d'etat"], ["cour", "d'etat"])  # another first word
    assert not _within(["parti", "socialiste"], ["parti", "socialiste"])  # the same length: no shortening
    assert _articleless("les Républicains") == "republicains"
    assert _articleless("l'Express") == "express"
    assert _articleless("Lemonde") == "lemonde"
    assert _articleless("Lesaffre") == "lesaffre"
