"""People's roles and ages, from appositions and titles in every order, on sentences written for these tests."""

from __future__ import annotations

import pytest


def roles(nlp, text: str) -> dict[str, list[str]]:
    doc = nlp(text)
    names = {e["id"]: e["name"] for e in doc._.entities}
    return {names[k]: v["roles"] for k, v in doc._.entity_attributes.items()}


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # Title, comma, name.
        ("Le secrétaire général de FO, Thomas Morin, a claqué la porte des négociations.", "Thomas Morin",
         ["secrétaire général de FO"]),
        ("La procureure de la République de Rennes, Aude Valentin, a requis la détention.", "Aude Valentin",
         ["procureure de la République de Rennes"]),
        # Title glued to the name.
        ("Le ministre de l'Économie Roland Lescure a présenté le budget.", "Roland Lescure", ["ministre de l'Économie"]),
        ("L'ancien ministre Jean-Louis Borloo a salué l'accord.", "Jean-Louis Borloo", ["ancien ministre"]),
        # Name, comma, role.
        ("Olivier Véran, porte-parole du gouvernement, a répondu aux questions.", "Olivier Véran",
         ["porte-parole du gouvernement"]),
        ("Philippe Martinez, figure de la CGT, était dans le cortège.", "Philippe Martinez", ["figure de la CGT"]),
        # A party or union label in parentheses.
        ("Le texte a été défendu par Éric Ciotti (LR) en commission.", "Éric Ciotti", ["LR"]),
        ("Julien Bayou (EELV) a voté contre.", "Julien Bayou", ["EELV"]),
    ],
)
def test_roles_in_every_order(nlp, text, name, want):
    assert roles(nlp, text)[name] == want


def test_role_from_a_later_mention(nlp):
    text = (
        "La ministre Catherine Vautrin est arrivée à Reims. Plus tard, la ministre du Travail et de la Santé "
        "a rencontré les soignants."
    )
    assert roles(nlp, text)["Catherine Vautrin"] == ["ministre du Travail et de la Santé"]
    text2 = "Le préfet Laurent Nuñez a pris la parole. Le préfet de police de Paris a promis des renforts."
    assert roles(nlp, text2)["Laurent Nuñez"] == ["préfet de police de Paris"]


def test_two_roles_and_an_age(nlp):
    text = "Marc Lefèvre, ancien cheminot et délégué syndical de SUD-Rail, manifestait à Lille."
    assert roles(nlp, text)["Marc Lefèvre"] == ["ancien cheminot", "délégué syndical de SUD-Rail"]
    doc = nlp("Une retraitée de 67 ans, Josiane Martin, a témoigné à la barre.")
    attrs = next(iter(doc._.entity_attributes.values()))
    assert attrs == {"age": 67, "roles": ["retraitée"],  # each with the words it is read from
                     "role_mentions": [{"role": "retraitée", "start": 4, "end": 13, "text": "retraitée"}],
                     "age_mention": {"start": 17, "end": 23, "text": "67 ans"}}


def test_component_data_round_trip(nlp, tmp_path):
    pipe = nlp.get_pipe("pressfacts_people")
    pipe.to_disk(tmp_path)
    path = tmp_path / "roles.jsonl"
    path.write_text(path.read_text(encoding="utf-8") + '{"role": "funambule"}\n', encoding="utf-8")
    text = "La funambule Nathalie Cordier a traversé la Loire."
    assert roles(nlp, text)["Nathalie Cordier"] == []
    pipe.from_disk(tmp_path)
    try:
        assert roles(nlp, text)["Nathalie Cordier"] == ["funambule"]
    finally:
        from pressfacts.settings import pipelines_dir

        pipe.initialize(roles=str(pipelines_dir() / "roles.jsonl"))
    assert roles(nlp, text)["Nathalie Cordier"] == []


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # An acronym in parentheses or a civility title between the role and the name.
        ("La présidente de la Haute Autorité de santé (HAS), Dominique Le Guludec, a présenté l'avis.",
         "Dominique Le Guludec", ["présidente de la Haute Autorité de santé"]),
        ("Le texte a été attaqué par son avocate, Me Sophie Garnier, dès le lendemain.", "Sophie Garnier",
         ["avocate"]),
    ],
)
def test_roles_past_acronyms_and_titles(nlp, text, name, want):
    assert roles(nlp, text)[name] == want


def test_role_before_another_name_is_not_this_persons(nlp):
    text = ("Entourée de la ministre de la Culture Claire Dumas, la directrice du Louvre, Hélène Vasseur, "
            "a inauguré la salle.")
    got = roles(nlp, text)
    assert got["Claire Dumas"] == ["ministre de la Culture"]
    assert got["Hélène Vasseur"] == ["directrice du Louvre"]


def test_later_mention_with_another_complement_or_a_name(nlp):
    # "la ministre de la Justice" is someone else than the ministre des Sports introduced before.
    text = ("La ministre des Sports, Hélène Carval, s'est exprimée mardi. La ministre de la Justice a annoncé "
            "une réforme des prisons.")
    assert roles(nlp, text)["Hélène Carval"] == ["ministre des Sports"]
    # "le délégué général de la FNSEA Paul Rivière": the role runs into a name, it is Rivière's only.
    text2 = ("Le délégué régional Yann Kervella a ouvert la séance. Le délégué général de la FNSEA Paul "
             "Rivière lui a succédé au micro.")
    got = roles(nlp, text2)
    assert got["Yann Kervella"] == ["délégué régional"]
    assert got["Paul Rivière"] == ["délégué général de la FNSEA"]
    # The same role said two ways still completes it.
    text3 = ("Le bourgmestre de la commune de Durbuy, Marc Stassen, a ouvert la foire. Le bourgmestre de Durbuy a "
             "remercié les forains.")
    assert roles(nlp, text3)["Marc Stassen"] == ["bourgmestre de la commune de Durbuy", "bourgmestre de Durbuy"]


def test_roles_of_people_in_the_street(nlp):
    # Everyday occupations and a protester's role, after the name or before it.
    text = ("« On ne lâchera pas », prévient Jean-Marc Perrot, 52 ans, garagiste à Alès. La contre-manifestante "
            "Julie Baron a brandi une pancarte.")
    got = roles(nlp, text)
    assert got["Jean-Marc Perrot"] == ["garagiste à Alès"]
    assert got["Julie Baron"] == ["contre-manifestante"]


def test_party_member_noun_as_role(nlp):
    # "l'ancien socialiste" names a role the article gives, before a name or in apposition.
    text = ("L'ancien socialiste Marc Delorme a quitté la salle. Julie Carrel, insoumise de la première heure, "
            "l'a suivi.")
    got = roles(nlp, text)
    assert got["Marc Delorme"] == ["ancien socialiste"]
    assert got["Julie Carrel"] == ["insoumise de la première heure"]


def test_office_named_by_a_later_mention(nlp):
    # "le chef de l'État", "le président russe", "l'ex-Premier ministre" with no name: the one person of the
    # article who held that office (pipelines/office_holders.jsonl).
    got = roles(nlp, "Emmanuel Macron a reçu les maires à l'Élysée. Le chef de l'État a promis une loi au printemps.")
    assert got["Emmanuel Macron"] == ["chef de l'État"]
    got = roles(nlp, "Vladimir Poutine a parlé pendant trois heures. Le président russe a vanté la natalité du pays.")
    assert got["Vladimir Poutine"] == ["président russe"]
    got = roles(nlp, "Alain Juppé a voté tôt à Bordeaux. L'ex-Premier ministre n'a fait aucun commentaire.")
    assert got["Alain Juppé"] == ["ex-Premier ministre"]


def test_office_mention_that_fits_nobody(nlp):
    # Someone else's office ("le président malien"), or a name right after the title: nothing added.
    got = roles(nlp, "Emmanuel Macron est arrivé à Bamako. Le président malien l'a accueilli sur le tarmac.")
    assert got["Emmanuel Macron"] == []
    got = roles(nlp, "Nadia Ferrand a signé. Le président de la région Paul Aubert a refusé de commenter.")
    assert got["Nadia Ferrand"] == []


def test_later_role_stops_at_a_verb(nlp):
    # "le Premier ministre devrait …": "de" inside "devrait" is no complement.
    got = roles(nlp, "Le cabinet d'Édouard Philippe a consulté les syndicats. Demain, le Premier ministre devrait "
                     "recevoir les lycéens.")
    assert got["Édouard Philippe"] == ["Premier ministre"]
    got = roles(nlp, "Xi Jinping s'est exprimé à Pékin. Les propos du président chinois depuis la tribune ont tourné en boucle.")
    assert got["Xi Jinping"] == ["président chinois"]


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # A role in quote marks, before the name or inside an apposition.
        ("Il marchait avec un autre « gilet jaune », Bastien Leroux, depuis Auxerre.", "Bastien Leroux",
         ["gilet jaune"]),
        ('Pour le "gilet jaune" Karine Piquet, la journée était réussie.', "Karine Piquet", ["gilet jaune"]),
        ('Yannick Morel, figure locale des "motards en colère", a pris la parole à Rodez.', "Yannick Morel",
         ['figure locale des "motards en colère"']),
        ("Sandrine Lavaud, l'une des porte-parole des «stylos rouges», a écrit au rectorat.", "Sandrine Lavaud",
         ["porte-parole des «stylos rouges»"]),
        # "l'un des fondateurs", "une des figures": one role in the singular.
        ("L'une des figures du collectif, Nadia Sebti, appelle à une pause.", "Nadia Sebti", ["figure du collectif"]),
        ("Hugo Pellerin, un des fondateurs du collectif à Vierzon, refuse la trêve.", "Hugo Pellerin",
         ["fondateur du collectif à Vierzon"]),
        # The apposition stops before its clause's verb; an age inside it is the age.
        ("Un tracteur bloquait la route, raconte Gilles Aubry, un éleveur de Salers de 58 ans habitant à Mauriac "
         "depuis toujours.", "Gilles Aubry", ["éleveur de Salers"]),
        # A lawyer named with Me and no other role.
        ("« Nous ferons appel », a annoncé Me Claire Fontanel à la sortie du tribunal.", "Claire Fontanel",
         ["avocat"]),
        # A party label in parentheses after a bare title.
        ("Le député (LFI) Paul Vannier a interpellé le ministre.", "Paul Vannier", ["député", "LFI"]),
    ],
)
def test_roles_in_quotes_plurals_and_clauses(nlp, text, name, want):
    assert roles(nlp, text)[name] == want


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The name is the complement of someone else's role.
        ("Il a dîné avec Léa Serrano, ancienne conseillère de Marc Vidal, à Nîmes.", "Marc Vidal"),
        # A participle after an auxiliary is a verb, not a role.
        ("Ce sont ces électeurs qui ont élu Marc Vidal en 2020.", "Marc Vidal"),
        # A prepositional phrase, a comma, then the subject: the title is not the subject's.
        ("Répondant au président sénégalais, Emmanuel Macron a défendu sa politique.", "Emmanuel Macron"),
    ],
)
def test_no_role_from_a_neighbouring_phrase(nlp, text, name):
    assert roles(nlp, text)[name] == []


def test_age_in_an_apposition_without_role(nlp):
    doc = nlp("Odette Brun, une Lyonnaise de 83 ans, a été blessée samedi.")
    assert next(iter(doc._.entity_attributes.values()))["age"] == 83


def test_bare_title_and_fuller_title_both_given_at_the_name(nlp):
    text = ("Le président Emmanuel Macron a parlé lundi. Le président français Emmanuel Macron a répété ses "
            "annonces mardi.")
    assert roles(nlp, text)["Emmanuel Macron"] == ["président", "président français"]


def test_office_holders_of_2018_and_2024(nlp):
    # Dated offices (pipelines/office_holders.jsonl): the bare "le ministre" and "en tant que" mentions.
    got = roles(nlp, "Muriel Pénicaud a reçu les syndicats. Le ministre a écouté leurs demandes.")
    assert got["Muriel Pénicaud"] == ["ministre"]
    got = roles(nlp, "Il a parlé de Castaner. En tant que ministre de l'Intérieur, Christophe Castaner répond.")
    assert "ministre de l'Intérieur" in got["Christophe Castaner"]
    got = roles(nlp, "Charles Michel était à Marrakech. Le Premier ministre belge a signé le pacte.")
    assert got["Charles Michel"] == ["Premier ministre belge"]


def test_role_naming_someone_else_and_later_mention_after_another_role(nlp):
    # A role may name another person; the apposition stops at "et un des ...".
    text = ("Le meeting a accueilli Tom Keller, ancien conseiller de Marc Vidal et un des penseurs du mouvement "
            "populiste.")
    assert roles(nlp, text)["Tom Keller"] == ["ancien conseiller de Marc Vidal"]
    # "le dirigeant syndical" comes right after the union leader: not the earlier party leader's.
    text2 = ("Julien Morel, dirigeant du parti, a parlé. Nadia Ferrat, secrétaire générale de la CGT, a répondu. "
             "Les salaires doivent monter, selon le dirigeant syndical.")
    assert roles(nlp, text2)["Julien Morel"] == ["dirigeant du parti"]


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # The clause after the apposition ("s'est rendue", "lui-même blessé") is cut off.
        ("Prévenue par les gendarmes, Annick Rousseau, la maire de Vouziers s'est rendue au rond-point.",
         "Annick Rousseau", ["maire de Vouziers"]),
        ("« Nous restons calmes », a dit Karim, un des organisateurs du cortège et lui-même blessé au bras.",
         "Karim", ["organisateur du cortège"]),
        # A role noun the tagger may read as a verb does not cut the apposition.
        ("Pour Nadir Belkacem, analyste et consultant pour la filière laitière, le plan arrive tard.",
         "Nadir Belkacem", ["analyste", "consultant pour la filière laitière"]),
    ],
)
def test_apposition_cut_before_its_clause(nlp, text, name, want):
    assert roles(nlp, text)[name] == want


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # A title coordinated inside its own complement; "Grand Est" is no verb.
        ("Hier, a expliqué le ministre de l'Agriculture et de la Pêche Marc Fesneau, rien n'est signé.",
         "Marc Fesneau", ["ministre de l'Agriculture et de la Pêche"]),
        ("Samedi, le président PS de la région Occitanie, Paul Garnier, a visité l'usine.", "Paul Garnier",
         ["président PS de la région Occitanie"]),
        ("La réunion était présidée par le chef d'état-major par intérim, M. Durand, selon la presse.", "Durand",
         ["chef d'état-major par intérim"]),
        # A role noun used as a verb before a determiner: the title is the one after it.
        ("« Rien ne bouge », juge le sénateur PS du Gers Franck Montaugé devant la presse.", "Franck Montaugé",
         ["sénateur PS du Gers"]),
        # A quoted word inside a title before the name.
        ("Dimanche, l'une des figures des « stylos rouges », Sophie Carrel, a quitté le collectif.", "Sophie Carrel",
         ["figure des « stylos rouges »"]),
        # An adverbial phrase ends the apposition.
        ("Paul Mercier, fondateur du collectif malgré les réserves de ses amis, a pris la parole.", "Paul Mercier",
         ["fondateur du collectif"]),
    ],
)
def test_titles_with_inner_words(nlp, text, name, want):
    assert roles(nlp, text)[name] == want


def test_role_of_the_next_name_or_of_an_organization_is_not_given(nlp):
    # "soutiens de X, l'avocat Y": the title after X names Y.
    got = roles(nlp, "Trois amis de Valérie Pécresse, l'avocat Henri Leclerc et le juriste Marc Dupuis, ont signé.")
    assert got["Valérie Pécresse"] == []
    # "la France insoumise (LFI), X": the word and the acronym belong to the party's name.
    got = roles(nlp, "Quant à la France insoumise (LFI), Clémentine Autain dénonce un recul.")
    assert got["Clémentine Autain"] == []


def test_title_opening_the_next_sentence(nlp):
    # The one person named in the sentence before is the subject's title, with a party label.
    got = roles(nlp, "Hier soir, Marine Tondelier a jugé la réforme injuste. La dirigeante des Écologistes "
                     "demande un vote au Parlement.")
    assert got["Marine Tondelier"] == ["dirigeante des Écologistes"]
    got = roles(nlp, "« Nous verrons », a lancé lundi Gérard Larcher. Le président du Sénat (LR), qui recevra "
                     "les maires, reste prudent.")
    assert got["Gérard Larcher"] == ["président du Sénat", "LR"]
    # Not when two people were named, nor when the title receives the person (someone else), nor a place label.
    got = roles(nlp, "Marc Leroy a croisé Anne Berthier. La présidente du conseil départemental s'est tue.")
    assert got["Marc Leroy"] == [] and got["Anne Berthier"] == []
    got = roles(nlp, "Emmanuel Macron est arrivé à Dakar. Le président du Sénégal l'a accueilli à l'aéroport.")
    assert got["Emmanuel Macron"] == []


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # A title standing for the person named last: after a quote's speech verb, as a subject after an incise.
        ("Lucien Marchal a quitté la salle sous les huées. « Nous reviendrons », a lancé le député de la Creuse "
         "devant la presse.", "Lucien Marchal", ["député de la Creuse"]),
        ("Hélène Brunet était attendue mardi à Dijon. Retenue à Lyon, l'ancienne ministre de Jacques Chirac n'est "
         "finalement pas venue.", "Hélène Brunet", ["ancienne ministre de Jacques Chirac"]),
        # Past a name that is only a complement: the title is the subject's, not the complement's.
        ("Mathieu Caron, proche de Valérie Pécresse, a pris la parole. Le maire de Versailles a réclamé un vote.",
         "Mathieu Caron", ["maire de Versailles"]),
    ],
)
def test_role_from_a_title_standing_for_the_last_person(nlp, text, name, want):
    assert roles(nlp, text)[name] == want


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # In someone's words, of the other gender, coordinated with another actor: nobody named.
        ("Paul Girard a voté contre. « Le président du groupe ne nous a jamais consultés », a-t-il regretté.",
         "Paul Girard"),
        ("Jean Morel est arrivé à dix heures. La directrice de l'école a refusé de le recevoir.", "Jean Morel"),
        ("Sophie Lenoir a rejoint le cortège. Le préfet de la Gironde et ses services ont suivi la marche.",
         "Sophie Lenoir"),
        # "selon" gives the source of the words, not a speaker standing for the person named before.
        ("« Nadia Roux a été touchée à la tête », selon le procureur de la République de Nice.", "Nadia Roux"),
    ],
)
def test_no_role_from_a_title_that_is_someone_else(nlp, text, name):
    assert roles(nlp, text)[name] == []


@pytest.mark.parametrize(
    ("text", "name", "want", "age"),
    [
        # An apposition between dashes, two roles joined by "et".
        ("Arrivé vers midi, Jacques Fournier - comte de Valmy et héritier du domaine - a salué la foule.",
         "Jacques Fournier",
         ["comte de Valmy", "héritier du domaine"], None),
        # A title, a party label, a colon, then the name (the label a role too, as GUIDELINES.md has it: round 49).
        ("Les militants ont soutenu le candidat du centre (UDI): Pierre Lambert.", "Pierre Lambert",
         ["candidat du centre", "UDI"], None),
        # The age opens the sentence, or follows the name with "mort à l'âge de".
        ("Décédée jeudi à l'âge de 91 ans, Odette Marchand avait fondé la coopérative.", "Odette Marchand", [], 91),
        ("Le boxeur Karim Doumbia, mort à l'âge de 47 ans, sera inhumé lundi.", "Karim Doumbia", ["boxeur"], 47),
        ("Lucienne Vidal, officiellement décédée à l'âge de 104 ans, vivait à Sète.", "Lucienne Vidal", [], 104),
    ],
)
def test_roles_between_dashes_after_a_colon_and_ages_before(nlp, text, name, want, age):
    doc = nlp(text)
    got = {e["name"]: doc._.entity_attributes[e["id"]] for e in doc._.entities if e["label"] == "PER"}
    assert {k: got[name][k] for k in ("age", "roles")} == {"age": age, "roles": want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A plural title before a list of names is each one's, in the singular.
        ("Les sénateurs Hervé Marseille et Sophie Primas ont déposé un amendement.",
         {"Hervé Marseille": ["sénateur"], "Sophie Primas": ["sénateur"]}),
        ("La marche a été organisée par les deux porte-parole du collectif : Léa Morin et Yanis Belkacem.",
         {"Léa Morin": ["porte-parole du collectif"], "Yanis Belkacem": ["porte-parole du collectif"]}),
        ("Le préfet a reçu les anciens maires socialistes Jean Dufour et Paul Garnier.",
         {"Jean Dufour": ["ancien maire socialiste"], "Paul Garnier": ["ancien maire socialiste"]}),
        # A singular title is the first name's only; "parmi les manifestants" says where, not who.
        ("Le ministre Gérald Darmanin et Marlène Schiappa sont arrivés ensemble.",
         {"Gérald Darmanin": ["ministre"], "Marlène Schiappa": []}),
        ("Parmi les manifestants, Lucas et Inès chantaient.", {"Lucas": [], "Inès": []}),
        # A plural apposition after the list.
        ("Margaux Henry et Olivier Pons, membres du bureau de Sud Santé, ont signé la lettre.",
         {"Margaux Henry": ["membre du bureau de Sud Santé"], "Olivier Pons": ["membre du bureau de Sud Santé"]}),
        ("Devant la mairie, Bernard et Nadine, deux retraités venus de Vierzon, distribuaient des tracts.",
         {"Bernard": ["retraité"], "Nadine": ["retraité"]}),
    ],
)
def test_plural_title_before_a_list_of_names(nlp, text, want):
    got = roles(nlp, text)
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # A role with its complement right after the name, the comma forgotten or after a verb of naming.
        ("Hier, Julien Carré délégué de la CFTC a quitté la table.", "Julien Carré", ["délégué de la CFTC"]),
        ("Le conseil a nommé Paul Durand directeur de cabinet.", "Paul Durand", ["directeur de cabinet"]),
        # A bare title glued after a name is not taken (a slogan, a verb's object).
        ("Ils scandaient « Macron démission » et « Bruno Lemaire président » devant la mairie.", "Bruno Lemaire", []),
    ],
)
def test_role_glued_after_the_name(nlp, text, name, want):
    assert roles(nlp, text)[name] == want


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # The organization a person speaks for, in apposition, is a label like "(LR)".
        ("« Nous irons jusqu'au bout », prévient Julie Vasseur, de la CFE-CGC.", "Julie Vasseur", ["CFE-CGC"]),
        ("Thomas Garnier, d'Oxfam, a présenté le rapport.", "Thomas Garnier", ["Oxfam"]),
        # A bare title as the next sentence's subject, when the person was just named.
        ("Le texte a été défendu par Hugo Barral. Le centriste a rappelé son vote de 2019.", "Hugo Barral",
         ["centriste"]),
        # A bare office title is most often an office holder named elsewhere; a name in a quote is no antecedent.
        ("Pour Marcel, 70 ans, le président ne comprend rien aux retraités.", "Marcel", []),
        ("« Ce jour-là, Rémi Fabre n'a rien dit », estime l'expert juridique.", "Rémi Fabre", []),
    ],
)
def test_organization_labels_and_bare_titles(nlp, text, name, want):
    assert roles(nlp, text)[name] == want


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # An office someone holds at the time, opening the sentence after a quoted passer-by: the office holder.
        ("« On tiendra tout l'hiver », prévient Karim Dali. Le ministre de l'Intérieur avait promis la fermeté.",
         "Karim Dali", []),
        # Another office than the one the person was introduced with: someone else.
        ("« Le service ne tient plus », confie Laure Messier, aide-soignante. La ministre de la Santé a annoncé "
         "des renforts.", "Laure Messier", ["aide-soignante"]),
        ("Bruno Vial, le maire de Guéret, a reçu les marcheurs. Le président du conseil départemental a préféré "
         "attendre.", "Bruno Vial", ["maire de Guéret"]),
        # A description in the next sentence is still the person's.
        ("Nina Berthet, la présidente du collectif, a lu la motion. La jeune infirmière de Brive a été applaudie.",
         "Nina Berthet", ["présidente du collectif", "jeune infirmière de Brive"]),
        # A former office is a biography: it stays the person's.
        ("Le rapport a été remis par Odile Vasseur, la présidente de l'agence. Attendue lundi, l'ancienne ministre "
         "de Jacques Chirac s'est fait excuser.", "Odile Vasseur",
         ["présidente de l'agence", "ancienne ministre de Jacques Chirac"]),
    ],
)
def test_title_opening_a_sentence_that_is_someone_else(nlp, text, name, want):
    assert roles(nlp, text)[name] == want


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # A party to the case named by a title is not the official named before, who tells the case.
        ("Le procureur de la République de Nantes, Pierre Lambert, a annoncé l'ouverture d'une enquête. "
         "Le suspect, interpellé lundi, a été placé en garde à vue.", "Pierre Lambert",
         ["procureur de la République de Nantes"]),
        ("Le commissaire Paul Garnier a reçu la plainte. La victime, une femme de 52 ans, a été hospitalisée.",
         "Paul Garnier", ["commissaire"]),
        ("L'avocate Claire Moulin a plaidé la relaxe. Le prévenu a gardé le silence pendant l'audience.",
         "Claire Moulin", ["avocate"]),
        # Near-misses: the one named before, with no other role, is that party.
        ("Jean Morel a été interpellé lundi à Cholet. Le suspect a été placé en garde à vue mardi.", "Jean Morel",
         ["suspect"]),
        ("Sophie Caron a été agressée samedi soir. La victime a porté plainte dimanche.", "Sophie Caron",
         ["victime"]),
    ],
)
def test_party_title_is_not_the_official_named_before(nlp, text, name, want):
    assert roles(nlp, text)[name] == want


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # "État" closes the title "secrétaire d'État": the name after it is the person's, the title their role.
        ("Mardi, la secrétaire d'État Schiappa a réagi à la décision.", "Schiappa", ["secrétaire d'État"]),
        ("Jeudi, le secrétaire d’État Castagnet a visité le chantier de Brest.", "Castagnet", ["secrétaire d’État"]),
        # Near-misses: a full name after the title, and a title with its complement.
        ("Le secrétaire d'État Laurent Nuñez a annoncé des renforts.", "Laurent Nuñez", ["secrétaire d'État"]),
        ("La secrétaire d'État à l'Égalité Marlène Schiappa a réagi mardi.", "Marlène Schiappa",
         ["secrétaire d'État à l'Égalité"]),
    ],
)
def test_name_after_a_title_ending_on_a_capital(nlp, text, name, want):
    assert roles(nlp, text)[name] == want
    assert not any(e["name"].startswith("État") for e in nlp(text)._.entities)
