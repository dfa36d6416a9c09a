"""Round 33 classes, found on the organization and date keys of the 205 non-test articles (work sets; the test
split stays unseen) and checked on sentences written for these tests:
- one organization written two ways is one entity: an acronym of a name opening with an accented capital ("État
  islamique" ... "l'EI"); a bare name after the one longer name it opens ("l'Assemblée nationale vénézuélienne" ...
  "cette Assemblée"), even beside a place the longer name does not hold ("la Commission européenne" ... "Rome ... à
  la Commission"); a name written again without some lowercase words ("le ministère égyptien des Antiquités" ...
  "le ministère des Antiquités"); an acronym that leaves out one lowercase word of the name ("INRS"); a name with
  and without its article, when a party's acronym took the articled form ("des Républicains" ... "(LR) ... les
  Républicains"); a short name glossed in parentheses by the organization's name ("la Febed (Fédération royale
  belge des éditeurs)"), without the capitalized article of a sentence start ("La Febed attend");
- and not: a company and its product ("Apple Music" ... "Apple"), a union and its regional branch ("FGTB" ...
  "FGTB wallonne"), a party and the European party named after it,
  a bare name two longer names open ("Parlement européen", "Parlement français" ... "le Parlement");
- "le surlendemain" after "le lendemain" counts from the same day, and "l'avant-veille" after "la veille"."""

from __future__ import annotations

import pytest

import pressfacts


def organizations(text: str) -> list[tuple[str, set[str]]]:
    record = pressfacts.extract(text, published="2019-02-12")
    return [(e.name, {m.text for m in e.mentions}) for e in record.entities if e.label == "ORG"]


@pytest.mark.parametrize(("text", "name", "forms"), [
    ("Le groupe État islamique a revendiqué l'attaque de la caserne. Selon les experts, l'EI a perdu du terrain "
     "depuis l'été.", "État islamique", {"État islamique", "EI"}),
    ("L'École nationale de la magistrature forme les juges à Bordeaux. Un rapport critique l'ENM pour ses "
     "méthodes.", "École nationale de la magistrature", {"École nationale de la magistrature", "ENM"}),
    ("L'Assemblée nationale vénézuélienne a voté la motion mardi. Cette Assemblée reste dominée par "
     "l'opposition.", "Assemblée nationale vénézuélienne", {"Assemblée nationale vénézuélienne", "Assemblée"}),
    ("La Commission européenne a rejeté le budget italien mardi. Rome devra présenter un nouveau texte à la "
     "Commission avant la fin du mois.", "Commission européenne", {"Commission européenne", "Commission"}),
    ("Le ministère égyptien des Antiquités a présenté trois momies dimanche. Le ministère des Antiquités prévoit "
     "une exposition au printemps.", "ministère égyptien des Antiquités",
     {"ministère égyptien des Antiquités", "ministère des Antiquités"}),
    ("Le Syndicat autonome des infirmiers appelle à cesser le travail lundi. Le Syndicat des infirmiers réclame "
     "quarante postes.", "Syndicat autonome des infirmiers",
     {"Syndicat autonome des infirmiers", "Syndicat des infirmiers"}),
    ("Le Conseil national de l'Ordre des pharmaciens a saisi la justice. Le Conseil de l'Ordre demande une "
     "enquête administrative.", "Conseil national de l'Ordre des pharmaciens",
     {"Conseil national de l'Ordre des pharmaciens", "Conseil de l'Ordre"}),
    ("L'Institut national français de recherche et de sécurité publie une étude sur le bruit. Selon l'INRS, les "
     "open spaces fatiguent les salariés.", "Institut national français de recherche et de sécurité",
     {"Institut national français de recherche et de sécurité", "INRS"}),
    ("La proposition des Républicains a été rejetée jeudi. Le texte est passé, a regretté Sophie Marchal (LR). Sur "
     "les retraites, les Républicains promettent de revenir à la charge.", "Républicains",
     {"Républicains", "LR", "les Républicains"}),
    ("Hier soir, la Febed (Fédération royale belge des éditeurs) a écrit au ministre. La Febed attend une "
     "réponse avant Noël.", "Febed", {"Febed", "Fédération royale belge des éditeurs"}),
    ("La Fevad (Fédération du e-commerce et de la vente à distance) publie ses chiffres annuels jeudi.", "Fevad",
     {"Fevad", "Fédération du e-commerce et de la vente à distance"}),
])
def test_one_organization_written_two_ways_is_one_entity(text, name, forms):
    got = organizations(text)
    assert (name, forms) in got, got


@pytest.mark.parametrize(("text", "apart"), [
    ("Un abonné d'Apple Music a vu sa facture grimper en janvier. Apple n'a pas répondu à nos questions.",
     ["Apple Music", "Apple"]),
    ("Le Parti socialiste européen a tenu son congrès à Lisbonne. Le Parti socialiste a boudé la réunion.",
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
    ("Le 7 janvier 2015, deux hommes ont attaqué la rédaction. Un troisième a tué une policière le lendemain et "
     "quatre otages le surlendemain.", [("le lendemain", "2015-01-08"), ("le surlendemain", "2015-01-09")]),
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

    assert _initials("État islamique") == "EI"
    assert _initials("Éducation nationale") == "EN"
    assert "INRS" in _initials_forms("Institut national français de recherche et de sécurité", 4)
    assert _initials_forms("FGTB wallonne", 4) == {"FGTBW"}  # a branch: no word left out
    assert _initials_forms("Rassemblement national populaire", 2) == {"RNP"}  # two letters: too short to guess


def test_a_shortened_name_and_an_unarticled_key():
    from pressfacts.components.entities.clusters import _unarticled, _within

    assert _within(["ministere", "des", "antiquites"], ["ministere", "egyptien", "des", "antiquites"])
    assert not _within(["conseil", "d'etat"], ["cour", "d'etat"])  # another first word
    assert not _within(["parti", "socialiste"], ["parti", "socialiste"])  # the same length: no shortening
    assert _unarticled("les republicains") == "republicains"
    assert _unarticled("l'express") == "express"
    assert _unarticled("lemonde") is None
    assert _unarticled("lesaffre") is None
