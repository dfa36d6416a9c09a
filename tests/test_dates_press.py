"""Press relatives read against the day told before, the sentence and the publication day: "ce jour-là", "au lendemain
de l'incendie ... mardi", "la nuit dernière", ranked weekdays ("le troisième samedi"), "samedi dernier" in a paper
written the day before it came out."""

import pytest

from dating import pipeline_dates
from pressfacts.components.dates import extract_dates

WED = "2024-06-26"  # a Wednesday
SUN = "2024-06-23"  # a Sunday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 4 mai, la digue a cédé. Ce jour-là, trois maisons ont été inondées.",
         [("Le 4 mai", "2024-05-04"), ("Ce jour-là", "2024-05-04")]),
        ("Les éboueurs ont cessé le travail lundi. Le même jour, les cantines ont fermé.",
         [("lundi", "2024-06-24"), ("Le même jour", "2024-06-24")]),
        ("La mairie a reçu la pétition le 12 juin et l'a transmise au préfet le jour même.",
         [("le 12 juin", "2024-06-12"), ("le jour même", "2024-06-12")]),
        # No day told before: the same day as what, nobody can say.
        ("Le même jour, un second colis suspect a été signalé.", [("Le même jour", None)]),
        # "le jour même de son investiture" is the day of an event the text does not place: no date.
        ("Il a signé le décret le jour même de son investiture.", []),
    ],
)
def test_same_day_repeats_the_day_told_before(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sentence's own day is that day after, not one counted from the Saturday told before.
        ("Le festival doit se tenir samedi. Au lendemain de l'incendie du hangar, les organisateurs se sont réunis "
         "mardi en urgence.", [("samedi", "2024-06-29"), ("Au lendemain", "2024-06-25"), ("mardi", "2024-06-25")]),
        ("Lundi, au lendemain du second tour, le maire a présenté son équipe.",
         [("Lundi", "2024-06-24"), ("au lendemain", "2024-06-24")]),
        # Two days in the sentence: the first after the event's words.
        ("Au lendemain des orages, les routes restaient coupées mardi et la préfecture promet leur réouverture "
         "jeudi.", [("Au lendemain", "2024-06-25"), ("mardi", "2024-06-25"), ("jeudi", "2024-06-27")]),
    ],
)
def test_au_lendemain_de_takes_the_day_of_its_sentence(nlp, text, expected):
    assert pipeline_dates(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day told before is a forecast: a past "la veille" steps back from publication.
        ("Les routiers reprendront leurs blocages jeudi. La veille, près de 3 000 camions avaient été immobilisés.",
         [("jeudi", "2024-06-27"), ("La veille", "2024-06-25")]),
        ("« Nous bloquerons le port demain », prévient un docker. La veille, les grévistes avaient occupé la gare.",
         [("demain", "2024-06-27"), ("La veille", "2024-06-25")]),
        # A future "la veille" still counts from the day told before.
        ("Le conseil municipal examinera le budget vendredi. La veille, les élus se réuniront en commission.",
         [("vendredi", "2024-06-28"), ("La veille", "2024-06-27")]),
    ],
)
def test_past_eve_of_a_forecast_counts_from_publication(nlp, text, expected):
    assert pipeline_dates(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La nuit dernière, des rafales ont arraché plusieurs toitures.",
         [("La nuit dernière", "2024-06-25/2024-06-26")]),
        ("Cette nuit, deux voitures ont été incendiées dans le quartier.", [("Cette nuit", "2024-06-25/2024-06-26")]),
        ("De nouveaux incidents pourraient éclater cette nuit.", [("cette nuit", "2024-06-26/2024-06-27")]),
        # "la nuit précédente" counts from a day the sentence does not give: unknown.
        ("Il avait neigé la nuit précédente.", [("la nuit précédente", None)]),
    ],
)
def test_nights_span_two_days(nlp, text, expected):
    assert pipeline_dates(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thursday's paper: the coming Saturday is the fourth, so the first was three weeks before.
        ("Le premier samedi, les vitrines avaient été protégées. Le quatrième samedi de défilés aura lieu "
         "après-demain.", [("samedi", "2024-06-08"), ("samedi", "2024-06-29"), ("après-demain", "2024-06-29")]),
        ("Lors du deuxième dimanche de marche, les randonneurs étaient 300. Le 5e dimanche aura lieu demain.",
         [("dimanche", "2024-06-09"), ("dimanche", "2024-06-30"), ("demain", "2024-06-28")]),
    ],
)
def test_ranked_weekdays_count_back_from_the_latest(nlp, text, expected):
    assert pipeline_dates(nlp, text, "2024-06-27") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sunday's paper written on the Saturday: "samedi" is the day before, "samedi dernier" the week before.
        ("Samedi, les agriculteurs ont bloqué la rocade. Samedi dernier, ils avaient déversé du fumier devant la "
         "préfecture.", [("Samedi", "2024-06-22"), ("Samedi dernier", "2024-06-15")]),
        ("Hier, les taxis ont ralenti la circulation, comme samedi dernier.",
         [("Hier", "2024-06-22"), ("samedi dernier", "2024-06-15")]),
        # Alone, "samedi dernier" in a Sunday paper stays the day before.
        ("Samedi dernier, les taxis ont ralenti la circulation.", [("Samedi dernier", "2024-06-22")]),
    ],
)
def test_last_weekday_beside_the_same_day_told_plainly(nlp, text, expected):
    assert pipeline_dates(nlp, text, SUN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "précédente"/"suivante" count from the day told just before, as "le samedi précédent" does.
        ("Dimanche dernier, 4 000 cyclistes ont roulé, contre 2 500 la semaine précédente.",
         [("Dimanche dernier", "2024-06-23"), ("la semaine précédente", "2024-06-10/2024-06-16")]),
        ("Le contrat a été signé le 6 mai. La semaine suivante, les premiers bus sont arrivés.",
         [("le 6 mai", "2024-05-06"), ("La semaine suivante", "2024-05-13/2024-05-19")]),
        ("Le tournoi s'est achevé le 8 juin ; le week-end suivant, le club a fêté son titre.",
         [("le 8 juin", "2024-06-08"), ("le week-end suivant", "2024-06-15/2024-06-16")]),
    ],
)
def test_previous_and_next_week_count_from_the_day_told_before(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le projet de loi sera débattu la semaine du 8 juillet.", [("semaine du 8 juillet", "2024-07-08/2024-07-14")]),
        ("Les fouilles reprendront le week-end du 13 juillet.", [("week-end du 13 juillet", "2024-07-13/2024-07-14")]),
        # In Quebec "la fin de semaine" is the weekend: the day stays as written.
        ("Les inscriptions ouvriront la fin de semaine du 13 juillet.", [("du 13 juillet", "2024-07-13")]),
    ],
)
def test_week_of_a_day_is_that_week(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "à partir de"/"à compter de" a weekday is the start of the announced event, not "la grève de jeudi".
        ("Les cheminots ont appelé à une grève reconductible à partir de lundi.", [("lundi", "2024-07-01")]),
        ("Les enseignants appelaient à une journée d'action à compter de vendredi.", [("vendredi", "2024-06-28")]),
        ("La mairie a annoncé mardi la fermeture des piscines, dimanche, en raison des orages.",
         [("mardi", "2024-06-25"), ("dimanche", "2024-06-30")]),
        # Without an announcement, "de samedi" names a day the event had.
        ("Les dégâts de la tempête de samedi ont été chiffrés à deux millions d'euros.", [("samedi", "2024-06-22")]),
    ],
)
def test_announced_event_starting_from_a_weekday_is_to_come(nlp, text, expected):
    assert pipeline_dates(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The tagger reads some futures as a participle or an infinitive: their ending still tells the future.
        ("Le conseil votera le budget vendredi.", [("vendredi", "2024-06-28")]),
        ("Le préfet signera lundi l'arrêté.", [("lundi", "2024-07-01")]),
    ],
)
def test_future_read_from_its_ending_when_mistagged(nlp, text, expected):
    assert pipeline_dates(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No tense to read (an infinitive after a noun, a participle): the day after publication is tomorrow.
        ("« Ce n'est pas le moment de défiler jeudi », juge le préfet.", [("jeudi", "2024-06-27")]),
        ("Le gouvernement a accéléré le calendrier, permettant aux sénateurs d'examiner le texte dès jeudi.",
         [("jeudi", "2024-06-27")]),
        ("Le cortège attendra jusqu'à ce que les urnes soient scellées jeudi.", [("jeudi", "2024-06-27")]),
        # A past clause keeps the last one, and other untensed days stay on or before publication.
        ("Les pompiers ont éteint l'incendie jeudi.", [("jeudi", "2024-06-20")]),
        ("« Ce n'est pas le moment de défiler lundi », juge le préfet.", [("lundi", "2024-06-24")]),
    ],
)
def test_untensed_weekday_after_publication_is_tomorrow(nlp, text, expected):
    assert pipeline_dates(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "du week-end" is that weekend, read as "ce week-end"; a direction after it still decides.
        ("Le bilan des accidents du week-end s'alourdit.", SUN, [("du week-end", "2024-06-22/2024-06-23")]),
        ("La mairie prépare la sécurité des concerts du week-end.", "2024-06-27",
         [("du week-end", "2024-06-29/2024-06-30")]),
        ("Les images des heurts du week-end dernier ont circulé.", WED, [("week-end dernier", "2024-06-22/2024-06-23")]),
        ("Les embouteillages du week-end de Pentecôte ont battu un record.", WED, []),
    ],
)
def test_du_week_end_is_that_weekend(nlp, text, published, expected):
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le quartier a connu ses plus belles heures dans les années 1950 et 1960.",
         [("les années 1950", "1950/1959"), ("1960", "1960/1969")]),
        ("Ces usines ont fermé à la fin des années 1980 et 1990, selon les régions.",
         [("années 1980", "1980/1989"), ("1990", "1990/1999")]),
        # A year that is not round, or not joined to the decade, keeps its own value.
        ("Elle a grandi dans les années 1970 et 1985 fut l'année de son départ.",
         [("les années 1970", "1970/1979"), ("1985", "1985")]),
        ("La ville a prospéré dans les années 1960. En 1970, la mine a fermé.",
         [("les années 1960", "1960/1969"), ("1970", "1970")]),
    ],
)
def test_round_year_joined_to_a_decade_is_a_decade(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Written on a Wednesday: the span still runs, to the coming Saturday, whatever verb the parser picks.
        ("Depuis Berlin, où elle est en visite jusqu'à samedi, la ministre a répondu aux critiques.", WED,
         [("samedi", "2024-06-29")]),
        ("Le juge a prolongé la garde à vue du suspect jusqu'à vendredi.", WED, [("vendredi", "2024-06-28")]),
        # Written on a Sunday, "jusqu'à dimanche" is that very day.
        ("Le festival a ouvert ses portes jeudi et se tient jusqu'à dimanche.", SUN,
         [("jeudi", "2024-06-20"), ("dimanche", "2024-06-23")]),
        # An imparfait tells a span that is over.
        ("Le suspect était retenu au commissariat jusqu'à lundi, selon son avocat.", WED, [("lundi", "2024-06-24")]),
    ],
)
def test_a_weekday_ending_a_span_is_still_to_come(nlp, text, published, expected):
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Written in January: what they could not do after the summer is last summer's.
        ("Les brasseurs n'ont pas pu relever leurs prix après l'été, quand la demande a chuté.", [("l'été", "2023")]),
        ("Il a fallu attendre l'automne pour voir les chantiers reprendre.", [("l'automne", "2023")]),
        # Under a future, the coming one.
        ("Les brasseurs pourront relever leurs prix après l'été.", [("l'été", "2024")]),
    ],
)
def test_infinitive_under_a_past_modal_is_past(nlp, text, expected):
    assert pipeline_dates(nlp, text, "2024-01-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The week told last, not a day mentioned earlier, is what "la semaine suivante" follows.
        ("Les fleuristes vendent le plus à la Saint-Valentin. La semaine du 3 au 9 juin, leurs ventes ont baissé. "
         "La semaine suivante a été pire.",
         [("du 3 au 9 juin", "2024-06-03/2024-06-09"), ("La semaine suivante", "2024-06-10/2024-06-16")]),
        ("Le trafic a chuté du 10 au 16 juin. La semaine précédente, il avait déjà reculé.",
         [("du 10 au 16 juin", "2024-06-10/2024-06-16"), ("La semaine précédente", "2024-06-03/2024-06-09")]),
        # A span longer than a week is no week to follow: publication counts.
        ("La foire a duré du 1er au 31 mai. La semaine suivante, les stands ont été démontés.",
         [("du 1er au 31 mai", "2024-05-01/2024-05-31"), ("La semaine suivante", "2024-07-01/2024-07-07")]),
    ],
)
def test_following_week_counts_from_the_week_told_last(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found if d.granularity != "day"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plan reported by a passé composé: the coming day, even when the tagger reads the conditional as past.
        ("La maire a annoncé qu'elle se rendrait jeudi à la préfecture.", [("jeudi", "2024-06-27")]),
        ("Le syndicat a indiqué qu'il reprendrait les négociations lundi.", [("lundi", "2024-07-01")]),
        # A narrated past keeps its past: the days told there are gone.
        ("« On nous a laissé croire qu'ils viendraient mardi, mais personne n'est venu », raconte-t-il.",
         [("mardi", "2024-06-25")]),
    ],
)
def test_conditional_reported_by_a_passe_compose_is_a_plan(nlp, text, expected):
    assert pipeline_dates(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two days named in a row are two dates, as any two days ("les 4 et 11 mai"): the committed keys count
        # "les 2 et 3 janvier" as two points; only "du ... au ..." is an interval.
        ("Le tournoi de Vernac se jouera les 14 et 15 septembre.",
         [("les 14", "2024-09-14"), ("15 septembre", "2024-09-15")]),
        ("Les portes ouvertes du lycée Brévanne ont eu lieu le 31 mai et le 1er juin.",
         [("le 31 mai", "2024-05-31"), ("le 1er juin", "2024-06-01")]),
        ("Les Rencontres d'Orlan auront lieu le 5 et le 6 octobre 2024 au port.",
         [("le 5", "2024-10-05"), ("le 6 octobre 2024", "2024-10-06")]),
        ("Les marchés des 4 et 11 mai ont été annulés.", [("4", "2024-05-04"), ("11 mai", "2024-05-11")]),
        ("Le sondage a été réalisé les 27 et 28 février auprès de 900 personnes.",
         [("les 27", "2024-02-27"), ("28 février", "2024-02-28")]),
        # A range stays one interval.
        ("Le festival se tiendra du 14 au 16 septembre.", [("du 14 au 16 septembre", "2024-09-14/2024-09-16")]),
    ],
)
def test_two_days_named_in_a_row_are_two_dates(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year with no cue word: a subject, or after a common noun.
        ("2025 s'annonce difficile pour les viticulteurs de Vernac.", [("2025", "2025")]),
        ("Les mutuelles ont promis de geler leurs cotisations 2025.", [("2025", "2025")]),
        ("Le bilan 2023 de la coopérative Lemarin est sorti.", [("2023", "2023")]),
        # Not a count, not the edition in a name, not a piece of a path, not a round hundred.
        ("Ils étaient 1987 à défiler, et les 1954 inscrits ont voté.", []),
        ("La salle a accueilli 1995 spectateurs.", []),
        ("Lina Morvan a été élue Reine de Vernac 2024.", []),
        ("Voir https://exemple.org/archives/2023/05/programme pour le détail.", []),
        ("Le club a réuni 2000 supporteurs.", []),
    ],
)
def test_year_with_no_cue_word(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


def test_this_year_with_its_number_is_one_date():
    found, _ref, _inferred = extract_dates("Le chantier s'achèvera cette année 2024, selon Paul Ardan.", WED)
    assert [(d.text, d.value) for d in found] == [("2024", "2024")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day told just before already is the Saturday before the story's Saturday: "précédent" names it again.
        ("Samedi, 900 personnes ont défilé à Orlan. Les heurts du 15 juin avaient choqué la ville. "
         "Après les dégâts du samedi précédent, la mairie avait fermé le marché.",
         [("Samedi", "2024-06-22"), ("du 15 juin", "2024-06-15"), ("samedi précédent", "2024-06-15")]),
        ("Samedi, la foire de Vernac a attiré la foule. Samedi dernier, il pleuvait. "
         "La fréquentation dépasse celle de la semaine précédente.",
         [("Samedi", "2024-06-22"), ("Samedi dernier", "2024-06-15"), ("la semaine précédente", "2024-06-10/2024-06-16")]),
        # The story's Saturday told just before: the one before it.
        ("Samedi, 900 personnes ont défilé à Orlan, contre 1 200 le samedi précédent.",
         [("Samedi", "2024-06-22"), ("samedi précédent", "2024-06-15")]),
    ],
)
def test_previous_names_the_day_told_again_when_it_already_is_the_previous(text, expected):
    found, _ref, _inferred = extract_dates(text, SUN)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 20 juin, 4 000 marcheurs étaient à Vernac, contre 6 000 une semaine plus tôt.",
         [("Le 20 juin", "2024-06-20"), ("une semaine plus tôt", "2024-06-13")]),
        ("Paul Ardan a quitté Orlan le 2 juin. Trois jours après, il était élu à Brévanne.",
         [("le 2 juin", "2024-06-02"), ("Trois jours après", "2024-06-05")]),
        ("Le 10 juin, la digue a cédé. Deux jours auparavant, les pompiers avaient donné l'alerte.",
         [("Le 10 juin", "2024-06-10"), ("Deux jours auparavant", "2024-06-08")]),
        # Counted from an event, not a day, or with no day told before: no date (the count stays a figure).
        ("Trois jours après le début de la grève, Lina Morvan a cédé.", []),
        ("Cinq jours après ces annonces, rien n'a changé.", []),
        ("Deux jours plus tard, la préfecture a cédé.", []),
    ],
)
def test_offset_counts_from_the_day_told_before(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A noun or adjective predicate takes the tense of its copula.
        ("Les cheminots de Brévanne seront en grève mardi.", "2024-06-27", [("mardi", "2024-07-02")]),
        ("Les cheminots de Brévanne étaient en grève mardi.", "2024-06-27", [("mardi", "2024-06-25")]),
        ("Une pièce de Lou Varenne sera au programme du festival d'Orlan cet été.", "2024-12-28", [("cet été", "2025")]),
    ],
)
def test_copula_tells_the_tense(nlp, text, published, expected):
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les frais d'inscription passeront à 900 euros à partir de la rentrée 2025.",
         [("la rentrée 2025", "2025-09")]),
        ("Dès la rentrée scolaire 2023, le lycée de Vernac a ouvert deux classes.",
         [("Dès la rentrée scolaire 2023", "2023-09")]),
        # Without a year, the rentrée is still read against publication and the tense.
        ("Le collège de Brévanne rouvrira à la rentrée.", [("à la rentrée", "2024-09")]),
    ],
)
def test_rentree_with_its_year_is_that_september(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Élue au conseil municipal de Brévanne en 2014, Lina Morvan en est devenue maire quatre ans plus tard.",
         [("2014", "2014"), ("quatre ans plus tard", "2018")]),
        ("Le 3 mars, les militants se sont réunis à Orlan, où ils avaient déjà défilé deux ans plus tôt.",
         [("Le 3 mars", "2024-03-03"), ("deux ans plus tôt", "2022")]),
        # Nothing told before to count from: no date (the count stays a figure).
        ("Trois ans plus tard, la préfecture a cédé.", []),
    ],
)
def test_years_offset_counts_from_the_date_told_before(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Sunday report on Saturday's events narrates them in the future tense: still that Saturday.
        ("Les gendarmes ont été déployés samedi à Vernac. Au total, ils procéderont à 40 interpellations samedi.",
         [("samedi", "2024-06-22"), ("samedi", "2024-06-22")]),
        ("Lina Morvan a défilé samedi matin à Orlan. Douze manifestants seront blessés samedi dans la ville.",
         [("samedi", "2024-06-22"), ("samedi", "2024-06-22")]),
        # Coming back next week, or no Saturday told before: the coming one.
        ("Les agriculteurs ont bloqué Orlan samedi. Ils reviendront samedi devant la préfecture.",
         [("samedi", "2024-06-22"), ("samedi", "2024-06-29")]),
        ("Le préfet de Vernac recevra les maires samedi.", [("samedi", "2024-06-29")]),
    ],
)
def test_historic_future_of_the_day_just_told(nlp, text, expected):
    assert pipeline_dates(nlp, text, SUN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The eve or the day after a day of a month the text does not give: unknown, not counted from another day.
        ("Le maire a parlé lundi. L'octogénaire est morte début mai à Vernac, après une chute la veille.",
         [("lundi", "2024-06-24"), ("début mai", "2024-05"), ("la veille", None)]),
        ("Lina Morvan est arrivée à Orlan mi-mai et a signé le contrat le lendemain.",
         [("mi-mai", "2024-05"), ("le lendemain", None)]),
        # A day told after the month: counted from that day.
        ("En mai, Lina Morvan a quitté Orlan le 3 mai et a signé à Vernac le lendemain.",
         [("mai", "2024-05"), ("le 3 mai", "2024-05-03"), ("le lendemain", "2024-05-04")]),
    ],
)
def test_eve_after_a_month_is_unknown(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A deadline at the end of the week is that week, as "en fin de semaine" (GUIDELINES.md).
        ("Le conseil de Vernac pourrait adopter le budget d'ici à la fin de la semaine.",
         [("d'ici à la fin de la semaine", "2024-06-24/2024-06-30")]),
        ("Lina Morvan espère signer avant la fin de la semaine.",
         [("avant la fin de la semaine", "2024-06-24/2024-06-30")]),
        # Next week's end is next week.
        ("Le maire tranchera à la fin de la semaine prochaine.", [("la semaine prochaine", "2024-07-01/2024-07-07")]),
    ],
)
def test_deadline_at_the_end_of_the_week_is_that_week(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year or decade joined by "ou" to another is one too, as with "et".
        ("Vernac a connu des crues en 1910 ou 1955, selon les archives.", [("1910", "1910"), ("1955", "1955")]),
        ("Les grèves étaient plus dures dans les années 1960 ou 1980.",
         [("les années 1960", "1960/1969"), ("1980", "1980/1989")]),
        # A count is no year.
        ("Ils étaient 1500 ou 2000 manifestants à Orlan.", []),
    ],
)
def test_years_joined_by_ou(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French counts a fortnight as "quinze jours" and a week as "huit jours": 14 and 7 days, not 15 and 8; a
        # fortnight back is that rough week, as "il y a deux semaines" (dates33, dates36 keys), ahead the day (dates30).
        ("Il y a quinze jours, une crue a coupé la route de Vernac.", [("Il y a quinze jours", "2024-06-10/2024-06-16")]),
        ("Il y a 15 jours à peine, Noé Farel tenait encore le barrage.", [("Il y a 15 jours", "2024-06-10/2024-06-16")]),
        ("Le maire d'Orlan rendra sa décision dans quinze jours.", [("dans quinze jours", "2024-07-10")]),
        ("Il y a huit jours, Lina Morvan signait encore à Vernac.", [("Il y a huit jours", "2024-06-19")]),
        ("Le 3 mai, la digue a cédé. Quinze jours plus tard, le préfet est venu.",
         [("Le 3 mai", "2024-05-03"), ("Quinze jours plus tard", "2024-05-17")]),
        # Other counts stay as written.
        ("Il y a dix jours, la mairie a fermé.", [("Il y a dix jours", "2024-06-16")]),
    ],
)
def test_fortnight_and_week_counted_in_days(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two years compared: each a date, not the span between them.
        ("Le point commun entre 1995 et 2023 tient à la colère des cheminots d'Orlan.",
         [("1995", "1995"), ("2023", "2023")]),
        ("La différence entre 2010 et 2022 saute aux yeux des retraités de Vernac.",
         [("2010", "2010"), ("2022", "2022")]),
        # A span stays a span.
        ("Les salaires ont stagné entre 2009 et 2015 à Vernac.", [("entre 2009 et 2015", "2009/2015")]),
        ("La guerre entre 1954 et 1962 a marqué la famille Morvan.", [("entre 1954 et 1962", "1954/1962")]),
    ],
)
def test_years_compared_are_two_dates(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Compared with the story's own day: no day told, publication; not a day told sentences before.
        ("À Orlan, le défilé comptait moins de marcheurs qu'une semaine plus tôt.", [("une semaine plus tôt", "2024-06-19")]),
        ("Depuis le 17 mai, la grève dure. Le cortège de mardi à Vernac était pourtant plus fourni "
         "qu'une semaine plus tôt.",
         [("Depuis le 17 mai", "2024-05-17"), ("mardi", "2024-06-25"), ("une semaine plus tôt", "2024-06-18")]),
        ("Depuis le 17 mai, la grève dure à Vernac. Le piquet rassemblait moins de grévistes qu'une semaine plus tôt.",
         [("Depuis le 17 mai", "2024-05-17"), ("une semaine plus tôt", "2024-06-19")]),
        ("La commune d'Orlan comptait moins d'habitants qu'un an plus tôt.", [("un an plus tôt", "2023")]),
    ],
)
def test_offset_after_que_counts_from_the_story_day(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


def test_comparing_word_of_another_sentence_keeps_the_span():
    # "le droit commun" ends the sentence before: the span that opens the next one stays a span.
    text = "Les mesures entrent dans le droit commun. Entre novembre 2015 et mai 2017, Vernac a fermé trois écoles."
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == [("Entre novembre 2015 et mai 2017", "2015-11/2017-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part of the publication day is that day, as "hier soir" is the day before.
        ("Les routiers ont levé le barrage de Vernac ce matin.", [("ce matin", WED)]),
        ("Le maire d'Orlan s'exprimera ce soir devant le conseil.", [("ce soir", WED)]),
        ("Lina Morvan signera cet après-midi à Vernac.", [("cet après-midi", WED)]),
        # "ce matin-là" is the morning of a day told before, not today.
        ("Le 3 juin, la digue a cédé. Ce matin-là, trois maisons ont été inondées.", [("Le 3 juin", "2024-06-03")]),
    ],
)
def test_part_of_the_publication_day(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "à partir de" is one preposition: the month or day hangs on the future verb, so it is the coming one.
        ("Les tarifs du port de Vernac augmenteront à partir de mars.", [("mars", "2025-03")]),
        ("Le festival d'Orlan se tiendra à partir du 2 avril.", [("du 2 avril", "2025-04-02")]),
        # In a past clause it stays the last one.
        ("Les tarifs du port de Vernac ont augmenté à partir de mars.", [("mars", "2024-03")]),
    ],
)
def test_starting_point_of_a_future_verb_is_coming(nlp, text, expected):
    assert pipeline_dates(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A feast that moves with Easter takes the year of the date it is set beside in the same sentence.
        ("La digue de Port-Méran a cédé le 21 avril 2014, soit le lundi de Pâques.",
         [("le 21 avril 2014", "2014-04-21"), ("le lundi de Pâques", "2014-04-21")]),
        ("En 2016, la braderie de Vallonne avait été annulée la veille de Pâques.",
         [("2016", "2016"), ("veille de Pâques", "2016-03-26")]),
        # The year written after it.
        ("Le festival de Kerlouan reviendra à la Pentecôte 2027.", [("à la Pentecôte 2027", "2027-05-16")]),
        # Otherwise the last one in a past clause, the next one in a future clause (Easter 2024: 31 March).
        ("La fanfare de Quimperlé avait défilé à Pâques devant la mairie.", [("à Pâques", "2024-03-31")]),
        ("Le chantier de la médiathèque sera achevé pour la Pentecôte, a promis le maire Hervé Dambrun.",
         [("pour la Pentecôte", "2025-06-08")]),
        # No cue nor article, or no capital: no day ("des œufs de Pâques", "l'ascension sociale", "l'île de Pâques").
        ("Des œufs de Pâques ont été vendus, et l'ascension sociale reste un mythe sur l'île de Pâques.", []),
    ],
)
def test_feasts_that_move_with_easter(nlp, text, expected):
    assert pipeline_dates(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A month with a year in two digits at the end of a clause: the last such year up to publication.
        ("Le gouvernement voulait célébrer Mai 68, mais la rue en a décidé autrement.", [("Mai 68", "1968-05")]),
        ("« Ce sera notre mai 68 », a lancé Léonie Garrec devant la mairie de Kerlouan.", [("mai 68", "1968-05")]),
        ("Le club de Vallonne a connu sa pire saison en février 09.", [("février 09", "2009-02")]),
        # Before a counted noun or a percent sign the number counts: no year.
        ("En décembre 72 % des sondés soutenaient la grève des dockers de Kerlouan.", [("décembre", "2024-12")]),
    ],
)
def test_month_with_a_two_digit_year(text, expected):
    found, _ref, _inferred = extract_dates(text, WED)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Commemorations written with a hyphen and feasts with a fixed day are holidays ...
        ("Les anciens combattants de Vallonne se sont réunis pour le 11-Novembre devant le monument.",
         [("pour le 11-Novembre", "2023-11-11")]),
        ("Les commerces de Kerlouan fermeront pour l'Assomption.", [("pour l'Assomption", "2024-08-15")]),
        # ... read by the tense: the next one in a future clause, the last one in a past clause.
        ("La marche des cheminots aura lieu après le 1er-Mai, a annoncé Maëlle Kerbrat.",
         [("après le 1er-Mai", "2025-05-01")]),
        ("Le feu de la plage de Kerlouan sera allumé à la Saint-Jean.", [("à la Saint-Jean", "2025-06-24")]),
        ("Les vitrines de Vallonne avaient été décorées avant Noël.", [("avant Noël", "2023-12-25")]),
        # A street or a district named after a saint is no day.
        ("Le quartier Saint-Jean de Vallonne a voté, et la rue Saint-Jean aussi.", []),
    ],
)
def test_holidays_by_tense(nlp, text, expected):
    assert pipeline_dates(nlp, text, WED) == expected


def test_holiday_close_ahead_keeps_its_year(nlp):
    # Three weeks before Christmas, a participle does not send Noël a year back.
    text = "Le jouet en bois reste le présent le plus vendu à Noël, selon la fabrique de Vallonne."
    assert pipeline_dates(nlp, text, "2024-12-04") == [("à Noël", "2024-12-25")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # In a past clause, "dans N ans" counts from the year told before it in the sentence (when it was said).
        ("En 2016, le maire de Vernac promettait un tramway dans cinq ans.", [("2016", "2016"), ("dans cinq ans", "2021")]),
        ("Le 3 mars 2020, la direction s'était engagée à rouvrir l'usine dans deux ans.",
         [("Le 3 mars 2020", "2020-03-03"), ("dans deux ans", "2022")]),
        # Said now, or told in another sentence: from publication.
        ("Le maire de Vernac promet un tramway dans cinq ans.", [("dans cinq ans", "2029")]),
        ("En 2016, le pont a été fermé et il rouvrira dans deux ans.", [("2016", "2016"), ("dans deux ans", "2026")]),
        ("Le pont a été fermé en 2016. Il rouvrira dans deux ans.", [("2016", "2016"), ("dans deux ans", "2026")]),
    ],
)
def test_years_ahead_in_a_past_clause_count_from_the_told_year(nlp, text, expected):
    assert pipeline_dates(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A numbered holiday after "du" is the day its event falls on, read by the tense as the holiday itself.
        ("La parade du 14-Juillet traversera le centre de Vallonne.", WED, [("du 14-Juillet", "2024-07-14")]),
        ("Les gerbes du 11-Novembre ont été déposées par le maire de Kerlouan.", WED, [("du 11-Novembre", "2023-11-11")]),
        ("Le rassemblement du 1er-Mai a attiré peu de monde à Vallonne.", WED, [("du 1er-Mai", "2024-05-01")]),
        ("Les cheminots préparent le cortège du 1er-Mai.", "2024-04-20", [("du 1er-Mai", "2024-05-01")]),
        # A place named after the day is no day, elided or not.
        ("Le marché se tient désormais place du 14-Juillet à Vallonne.", WED, []),
        ("Un camion a heurté un arbre sur l'avenue du 11-Novembre.", WED, []),
        ("Les professeurs du collège du 8-Mai ont fait grève.", WED, []),
        ("Le club jouera au stade du 1er-Mai de Kerlouan.", WED, []),
    ],
)
def test_event_of_a_numbered_holiday_is_that_day(nlp, text, published, expected):
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Written in January, the days of a July span lie either side of the half-year when read one by one; a span
        # ends after it starts, in the year of its start.
        ("Les Nuits de Vallonne se tiendront du 6 au 14 juillet.", "2025-01-10",
         [("du 6 au 14 juillet", "2025-07-06/2025-07-14")]),
        ("Le tournoi de Kerlouan aura lieu du 29 juin au 13 juillet.", "2025-01-10",
         [("du 29 juin au 13 juillet", "2025-06-29/2025-07-13")]),
        ("La foire s'était tenue du 4 au 12 janvier.", "2025-07-10", [("du 4 au 12 janvier", "2025-01-04/2025-01-12")]),
        ("Les fouilles ont eu lieu du 8 au 12 juillet dernier.", "2025-01-10",
         [("du 8 au 12 juillet", "2024-07-08/2024-07-12")]),
        # Spans that did not straddle it keep their reading.
        ("Le stage se déroulera du 17 au 21 février.", "2025-01-10", [("du 17 au 21 février", "2025-02-17/2025-02-21")]),
        ("Les travaux ont duré du 27 décembre au 3 janvier.", "2025-01-10",
         [("du 27 décembre au 3 janvier", "2024-12-27/2025-01-03")]),
        ("Les épreuves auront lieu du 8 au 12 juillet 2026.", "2025-01-10",
         [("du 8 au 12 juillet 2026", "2026-07-08/2026-07-12")]),
    ],
)
def test_day_span_ends_in_the_year_of_its_start(nlp, text, published, expected):
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "entre" a holiday "et" another day is one span.
        ("Les urgences de Vallonne ont été saturées entre Noël et le Nouvel An.",
         [("entre Noël et le Nouvel An", "2023-12-25/2024-01-01")]),
        ("Les vols ont augmenté entre les fêtes de Noël et le jour de l'An.",
         [("entre les fêtes de Noël et le jour de l'An", "2023-12-25/2024-01-01")]),
        ("Le chantier de Kerlouan s'est arrêté entre la Toussaint et le 11-Novembre.",
         [("entre la Toussaint et le 11-Novembre", "2023-11-01/2023-11-11")]),
        # "entre Noël et" a person or a thing: a first name, no day.
        ("Le différend entre Noël et son voisin a fini au tribunal de Vallonne.", []),
        ("Un accord entre Noël et les syndicats de Kerlouan a été signé.", []),
    ],
)
def test_span_between_two_holidays(nlp, text, expected):
    assert pipeline_dates(nlp, text, WED) == expected
