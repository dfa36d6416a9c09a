"""Entities, people's attributes and quotes on French sentences written for these tests."""

import pytest

import pressfacts


def entities(record):
    return {(e.label, e.name): e for e in record.entities}


@pytest.mark.parametrize(
    ("sentence", "label", "name"),
    [
        ("Le parquet de Paris a ouvert une enquête.", "ORG", "parquet de Paris"),
        ("Le tribunal correctionnel de Lyon rendra son jugement.", "ORG", "tribunal correctionnel de Lyon"),
        ("Une bannière de la gendarmerie nationale apparaît.", "ORG", "gendarmerie nationale"),
        ("Le dossier a été confié à la JUNALCO.", "ORG", "JUNALCO"),
        ("L'association SOS Homophobie a porté plainte.", "ORG", "SOS Homophobie"),
        ("Innocence en danger avait lancé une pétition.", "ORG", "Innocence en danger"),
        ("Nos confrères de Franceinfo ont joint le parquet.", "ORG", "Franceinfo"),
        ("Il s'est confié à Europe 1 mardi.", "ORG", "Europe 1"),
        ("Selon Le Monde, le site appartient à une société bulgare.", "ORG", "Le Monde"),
        ("La société Vinci SA est domiciliée à Sofia.", "ORG", "Vinci SA"),
        ("Le Crous de Toulouse promet des chambres.", "ORG", "Crous de Toulouse"),
        ("Le drame s'est produit à Grande-Synthe, dans le Nord.", "LOC", "Grande-Synthe"),
        ("Il a été appréhendé en Bulgarie.", "LOC", "Bulgarie"),
    ],
)
def test_entity_labels(sentence, label, name):
    assert (label, name) in entities(pressfacts.extract(sentence))


def test_parquet_de_paris_is_one_org_not_a_place():
    rec = pressfacts.extract("Le parquet de Paris a annoncé la fermeture du site.")
    assert [(e.label, e.name) for e in rec.entities] == [("ORG", "parquet de Paris")]


def test_site_spellings_are_one_entity():
    text = (
        "Coco a fermé. Le site Coco.gg, anciennement coco.fr, était connu de la police. "
        "La plateforme coco n'avait aucune modération."
    )
    rec = pressfacts.extract(text)
    sites = [e for e in rec.entities if e.name == "Coco.gg"]
    assert len(sites) == 1 and sites[0].label == "ORG"
    assert [m.text for m in sites[0].mentions] == ["Coco", "Coco.gg", "coco.fr", "coco"]


def test_first_name_joins_full_name_and_age():
    rec = pressfacts.extract(
        "Philippe Coopman, âgé de 22 ans, a été tué à Grande-Synthe. Philippe avait rendez-vous avec un mineur."
    )
    (per,) = [e for e in rec.entities if e.label == "PER"]
    assert per.name == "Philippe Coopman"
    assert [m.text for m in per.mentions] == ["Philippe Coopman", "Philippe"]
    assert per.attributes.age == 22


@pytest.mark.parametrize(
    ("sentence", "name", "age", "role"),
    [
        ("Philippe, 22 ans, est mort à Grande-Synthe.", "Philippe", 22, None),
        ("« C'est grave », explique Eric Henry, délégué national Alliance Police.", "Eric Henry", None,
         "délégué national Alliance Police"),
        ("Sur RMC, l'avocate Caty Richard dénonçait un repaire de prédateurs.", "Caty Richard", None, "avocate"),
        ("Quatre individus, dont Isaac Steidl, le fondateur, sont interrogés.", "Isaac Steidl", None, "fondateur"),
        ("En 2018, Michel Sollossi, un comptable de 55 ans, était tué.", "Michel Sollossi", 55, "comptable"),
        ("La maire d'Armentières, Sophie Delattre, réclame de l'aide.", "Sophie Delattre", None, "maire d'Armentières"),
        ("Le préfet Bertrand Gaudin, 58 ans, s'est rendu sur place.", "Bertrand Gaudin", 58, "préfet"),
    ],
)
def test_people_attributes(sentence, name, age, role):
    rec = pressfacts.extract(sentence)
    per = next(e for e in rec.entities if e.label == "PER" and e.name == name)
    assert per.attributes.age == age
    if role:
        assert role in per.attributes.roles


def speakers(record):
    names = {e.id: e.name for e in record.entities}
    return [(q.text, names.get(q.speaker) if q.speaker else None) for q in record.quotes]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("« Le site est fermé depuis ce matin », explique Eric Henry.", "Le site est fermé depuis ce matin", "Eric Henry"),
        ('"Ce site permet des discussions sans modération", indique à Europe 1 Eric Henry, délégué syndical.',
         "Ce site permet des discussions sans modération", "Eric Henry"),
        ("« Il ne s'agit pas d'une fermeture administrative », explique nos confrères de Franceinfo.",
         "Il ne s'agit pas d'une fermeture administrative", "Franceinfo"),
        ("Selon Franceinfo, « les serveurs étaient hébergés en Belgique depuis des années ».",
         "les serveurs étaient hébergés en Belgique depuis des années", "Franceinfo"),
        ("« Quatre personnes ont été entendues en Bulgarie », a précisé une source.",
         "Quatre personnes ont été entendues en Bulgarie", None),
        ("“Nous avons évacué plus de 340 personnes”, a-t-il déclaré après la visite du préfet Bertrand Gaudin.",
         "Nous avons évacué plus de 340 personnes", None),
    ],
)
def test_quote_speakers(text, quote, speaker):
    assert (quote, speaker) in speakers(pressfacts.extract(text))


def test_pronoun_speaker_is_the_previous_one():
    text = (
        "Le préfet Bertrand Gaudin s'est rendu à Armentières. « Nous avons évacué 340 personnes en une nuit », "
        "a-t-il déclaré. « Aucune victime n'est à déplorer à cette heure », a-t-il ajouté."
    )
    assert [s for _q, s in speakers(pressfacts.extract(text))] == ["Bertrand Gaudin", "Bertrand Gaudin"]


def test_scare_quotes_are_not_quotes():
    rec = pressfacts.extract('Deux mineurs ont été mis en examen pour "assassinat" après avoir voulu le "punir".')
    assert rec.quotes == []
