"""Round 41 classes (dates), found with four batteries of invented press paragraphs (two read, two held out) and
checked on sentences written for these tests:
- the tense of a month's clause: an imparfait the tagger reads as a present ("manifestaient", "étions"), a passé
  composé with être the parser reads as a present passive ("est né", "sont arrivés"), and a participle after a verb
  like rester ("restera perturbé", "demeurait fermée"), which has that verb's tense;
- "l'hiver dernier" and "l'hiver prochain" span two years, as "cet hiver" does;
- "il y a un an, jour pour jour" with its comma is that very day; "de cette fin d'année" the year, "dès la fin du
  mois" the month; "au lendemain de Noël" the 26th;
- a day written with its weekday takes, among publication's year and its neighbours, the year where it falls on that
  weekday, when a year told near it gave it another one;
- a holiday after "d'ici" is a deadline, not read back by the promise's past tense;
- from the fresh dev keys: "de ce jour" is the publication day ("à ce jour", so far, is none)."""

from __future__ import annotations

import pytest

from extracting import date_values as dates


@pytest.mark.parametrize(("text", "published", "value"), [
    # imparfait the tagger calls a present
    ("Les aides-soignantes manifestaient en janvier devant l'hôpital de Vierzon.", "2019-09-27", "2019-01"),
    ("Les chauffeurs bloquaient en février l'accès au dépôt de Saint-Priest.", "2019-10-02", "2019-02"),
    # passé composé with être
    ("Le collectif est né en février sur un parking de Montluçon.", "2019-09-27", "2019-02"),
    ("Les premiers renforts sont arrivés en juin dans la vallée.", "2019-03-10", "2018-06"),
    ("Le collectif était né en février, après la fermeture de la maternité.", "2019-10-15", "2019-02"),
])
def test_a_month_of_a_past_clause_is_the_last_one(text, published, value):
    assert dates(text, published) == [value]


@pytest.mark.parametrize(("text", "published", "value"), [
    # the near-misses: the future, and a present passive of a verb that takes avoir
    ("Les aides-soignantes manifesteront en janvier devant l'hôpital de Vierzon.", "2019-09-27", "2020-01"),
    ("Les premiers renforts arriveront en juin dans la vallée.", "2019-03-10", "2019-06"),
    ("Le budget est voté en juin par le conseil départemental.", "2019-03-10", "2019-06"),
])
def test_a_month_of_a_future_or_present_clause_stays_the_nearest_or_next(text, published, value):
    assert dates(text, published) == [value]


@pytest.mark.parametrize(("text", "published", "value"), [
    ("La ligne B restera fermée en début de semaine, prévient l'exploitant.", "2018-12-16", "2018-12-17/2018-12-23"),
    ("La départementale demeurait coupée lundi à hauteur du pont.", "2018-12-13", "2018-12-10"),
    ("Le périphérique restera saturé jeudi, selon le préfet.", "2018-12-11", "2018-12-13"),
])
def test_a_participle_after_rester_has_that_verbs_tense(text, published, value):
    assert dates(text, published) == [value]


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Faute de neige l'hiver dernier, la station a fermé ses pistes en février.", "2019-02-26", "2017/2018"),
    ("Faute de neige l'hiver dernier, la station a perdu un tiers de ses skieurs.", "2018-05-10", "2017/2018"),
    ("La mairie promet des navettes gratuites l'hiver prochain.", "2018-06-20", "2018/2019"),
    # from October on, "cet hiver" is the one starting that year: "l'hiver prochain" is the one after it
    ("Le refuge rouvrira ses portes l'hiver prochain, promet la commune.", "2018-12-27", "2019/2020"),
    ("Depuis l'hiver dernier, les loyers de la station ont grimpé de 8 %.", "2019-05-14", "2018/2019"),
    ("La mairie promet des navettes gratuites l'hiver prochain.", "2019-02-05", "2019/2020"),
    ("Le refuge a accueilli deux cents randonneurs l'hiver passé.", "2019-10-08", "2018/2019"),
])
def test_last_and_next_winter_span_two_years(text, published, value):
    assert value in dates(text, published)


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Il y a deux ans, jour pour jour, la digue cédait sous la pression de la crue.", "2019-01-24", "2017-01-24"),
    ("Il y a un an jour pour jour, l'usine fermait ses portes.", "2019-03-05", "2018-03-05"),
    ("Les querelles de cette fin d'année ont fragilisé la majorité municipale.", "2019-12-18", "2019"),
    ("Le jury rendra son avis dès la fin du mois, assure la rectrice.", "2019-03-05", "2019-03"),
    ("Au lendemain de Noël, les bénévoles ont servi quatre cents repas chauds.", "2018-12-28", "2018-12-26"),
    ("Les ventes ont repris au lendemain de Noël, selon la fédération.", "2019-01-03", "2018-12-26"),
])
def test_wordy_points_in_time(text, published, value):
    assert dates(text, published) == [value]


def test_the_day_after_an_event_stays_unknown_without_a_day():
    assert dates("Au lendemain du vote, le maire a reçu les pêcheurs.", "2019-03-05") == [None]


@pytest.mark.parametrize(("text", "published", "values"), [
    ("Les éleveurs, subventionnés en 2014, défileront le samedi 9 décembre à Charleville.", "2017-11-30",
     ["2014", "2017-12-09"]),
    ("Le lundi 3 février, la cour d'appel de Douai examinera le dossier.", "2020-01-20", ["2020-02-03"]),
])
def test_a_day_takes_the_year_its_weekday_fits(text, published, values):
    assert dates(text, published) == values


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Le préfet a promis la réouverture du col « d'ici Noël ».", "2020-10-10", "2020-12-25"),
    ("La ministre s'était engagée à livrer les vaccins d'ici Noël.", "2021-01-12", "2020-12-25"),
])
def test_a_deadline_holiday_is_not_read_back_by_the_promise(text, published, value):
    assert dates(text, published) == [value]


@pytest.mark.parametrize(("text", "published", "values"), [
    # that day's (the fresh36 dev key); "à ce jour" (so far) is no date (the dates33 key's note); "ce jour-là" stays a
    # day told before
    ("À ce jour, aucune plainte n'a été déposée à la gendarmerie de Lannion.", "2018-12-12", []),
    ("Le succès de la collecte de ce jour rassure les bénévoles.", "2018-12-12", ["2018-12-12"]),
    ("Ce jour-là, la sous-préfète avait interdit la marche.", "2018-12-12", [None]),
    # "la trêve de Noël" names a thing, as round 31 settled ("Une trêve de Noël est réclamée"), though the fresh35 dev
    # key dates one
    ("Les piquets de grève tiendront pendant la trêve de Noël, jurent les dockers.", "2018-12-12", []),
])
def test_the_day_itself(text, published, values):
    assert dates(text, published) == values


# Near-misses from the round's review (sentences of our own in the classes it found): none of these may move.
@pytest.mark.parametrize(("text", "published", "values"), [
    # conditionals and presents in -aient are no imparfaits
    ("Selon l'étude, les riverains choisiraient en juin un nouveau tracé.", "2019-03-12", ["2019-06"]),
    ("Les associations garantiraient en juillet l'ouverture de la halte-garderie.", "2019-03-12", ["2019-07"]),
    ("Les ménages paient en juin le solde de la taxe foncière.", "2019-03-12", ["2019-06"]),
    # (an imparfait in -traient stays one)
    ("Les saisonniers rentraient en février dans leur région d'origine.", "2019-10-12", ["2019-02"]),
    # a present passive whose participle only starts like an être verb, or has its agent
    ("Les subventions sont allouées en juin aux clubs de la commune.", "2019-03-12", ["2019-06"]),
    ("Le musée de la Marine est restauré en juin, annonce la mairie.", "2019-03-12", ["2019-06"]),
    ("Chaque année, les brebis sont montées en juin vers l'estive par les bergers.", "2019-03-12", ["2019-06"]),
    # "jour pour jour" after weeks or days counts the days
    ("Il y a deux semaines, jour pour jour, le maire démissionnait.", "2019-03-12", ["2019-02-26"]),
    ("Il y a trois jours, jour pour jour, la crue atteignait son pic.", "2019-03-12", ["2019-03-09"]),
    # an old promise in the plus-que-parfait keeps its past Christmas
    ("Les élus avaient juré un accord d'ici Noël, qui n'est jamais venu.", "2019-09-20", ["2018-12-25"]),
    # a past clause keeps the year told, whatever the weekday written
    ("En 2011, le maire avait été élu le dimanche 2 juin, au second tour.", "2019-03-12", ["2011", "2011-06-02"]),
    # the year's end of a season or a holiday is no date
    ("Les fêtes de cette fin d'année seront moroses pour les commerçants.", "2019-12-05", []),
    ("Le calendrier de cette fin d'année universitaire est chargé.", "2019-05-20", []),
])
def test_review_near_misses(text, published, values):
    assert dates(text, published) == values
