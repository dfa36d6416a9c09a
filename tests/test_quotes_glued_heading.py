"""Subheadings glued to the paragraphs around them (quotes._glued_heading), on sentences written for these tests."""

import pressfacts


def _speakers(text):
    rec = pressfacts.extract(text)
    names = {e.id: e.name for e in rec.entities}
    return {q.text: names.get(q.speaker) for q in rec.quotes}


def test_glued_heading_is_not_the_previous_speakers():
    got = _speakers("« Nous voulons des réponses rapides », a insisté Me Hélène Marquevaux, avocate des familles."
                    "«Tenir jusqu’au procès» Pour l’heure, les enquêteurs poursuivent leur travail. « Il faudra tenir "
                    "jusqu’au procès, quoi qu’il arrive », prévient un autre avocat.")
    assert got["Nous voulons des réponses rapides"] == "Hélène Marquevaux"
    assert got.get("Tenir jusqu’au procès") is None


def test_glued_heading_takes_the_speaker_of_the_same_words_later():
    got = _speakers("« Le bilan est lourd », a reconnu le maire Bernard Quintallet.«Reconstruire le pont» Les travaux "
                    "commenceront au printemps. « Il faut reconstruire le pont avant l’hiver », a déclaré Odile Versanne, "
                    "présidente du syndicat des riverains.")
    assert got["Le bilan est lourd"] == "Bernard Quintallet"
    assert got["Reconstruire le pont"] == "Odile Versanne"
