"""Quote speakers for reported words and for pronouns with no named antecedent, on sentences written for these tests."""

from __future__ import annotations

import pytest

from quote_probes import SPK31A, check_exact_probe
from quoting import quoted, speakers


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A few quoted words deep inside what a speech verb says: the speech verb's subject.
        ("La ministre Agnès Roussel a répété devant les sénateurs qu'elle abandonnerait la réforme si elle ne trouvait "
         "pas de « solution équitable ».", {"solution équitable": "Agnès Roussel"}),
        ("Le sénateur Marc Dubreuil s'est présenté comme candidat, promettant une « transition rapide » et des "
         "« comptes publics ».", {"transition rapide": "Marc Dubreuil", "comptes publics": "Marc Dubreuil"}),
        ("Le maire Paul Gérard a annoncé que la commune poursuivrait « sans relâche » la société devant la justice.",
         {"sans relâche": "Paul Gérard"}),
        # Under a passive speech verb ("a été condamné pour « … »"): the charge, not the subject's words.
        ("Le militant Hugo Perrin a été condamné pour « outrage et rébellion » après la manifestation.", {}),
        ("Le maire Paul Gérard a été qualifié de « traître à la commune » par ses opposants.",
         {"traître à la commune": None}),
        # Inside an adjunct of the speech verb ("…, alors que Y était …"): not the speaker's words.
        ("« Nous tiendrons », a affirmé Lucie Garnier, alors que le préfet Jean Blanc restait sur place dans un "
         "« calme précaire ».", {"Nous tiendrons": "Lucie Garnier"}),
    ],
)
def test_few_words_inside_reported_speech(nlp, text, want):
    assert quoted(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "…», a-t-il ajouté, insistant que … « … »": the inverted "-il" of the incise is the subject of the gerund.
        ("Le ministre Paul Vernet a parlé longtemps. « Chacun devra rendre des comptes », a-t-il ajouté, insistant "
         "que l'État resterait « inflexible ».", ["Paul Vernet", "Paul Vernet"]),
        # "…», a déclaré X, soulignant que « … »": the gerund's quotation is X's, even far from the verb.
        ("« Le danger grandit », a déclaré dimanche sur France Inter la ministre Claire Aubry, soulignant que « la "
         "fermeté est nécessaire et je l'assume ».", ["Claire Aubry", "Claire Aubry"]),
        # "Parlant de « … », il a affirmé": the subject pronoun before the verb, not an incise.
        ("L'ambassadeur Pierre Morand a pris la parole. « Personne ne décidera à notre place », a-t-il lancé. "
         "Parlant d'une « ingérence », il a affirmé que son pays ne céderait pas.", ["Pierre Morand", "Pierre Morand"]),
    ],
)
def test_incise_and_gerund_subjects(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "il" right after an unnamed subject ("un internaute", "un policier"): that person, not someone named before.
        ("Le ministre Jean Castel a défendu son bilan. Sur un forum, un internaute se dit pourtant inquiet. « On ne "
         "nous écoute plus », écrit-il.", [None]),
        ("Le député Luc Garnier a visité le marché. Un policier barre alors l'entrée du bâtiment. « Vous ne pouvez pas "
         "entrer ici », lance-t-il aux visiteurs.", [None]),
        ("Le préfet Marc Lenoir a fait le point. « La situation est vraiment grave », lâche une manifestante. « Il faut "
         "tenir jusqu'au bout », ajoute une autre.", [None, None]),
        # A named person right before the pronoun still speaks.
        ("Un policier barre l'entrée. Le député Luc Garnier s'approche alors. « Laissez-nous passer », lance-t-il.",
         ["Luc Garnier"]),
    ],
)
def test_pronoun_after_an_unnamed_subject(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Slogans chanted by a crowd: nobody, not the last speaker.
        ("« Tout sera fait », a assuré le préfet Marc Lenoir. « Le préfet avec nous, pas contre nous », scandaient "
         "quelques dizaines de manifestants devant la préfecture.", ["Marc Lenoir", None]),
        ("« Nous restons mobilisés », a dit la syndicaliste Anne Roche. « Retrait du projet de loi ! » a aussi été "
         "scandé dans le cortège.", ["Anne Roche", None]),
    ],
)
def test_chanted_slogans(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "écrit l'agence américaine X", "résume le quotidien Y": the organization the noun introduces.
        ("Le président a perdu du terrain. « Une mauvaise passe pour l'Élysée », écrit de son côté l'agence américaine "
         "Associated Press.", ["Associated Press"]),
        ("« Un quinquennat en panne », résume le quotidien britannique The Guardian dans son éditorial.",
         ["The Guardian"]),
    ],
)
def test_organization_named_after_its_noun(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "X « … », selon lui": "lui" is the one who spoke before, not X, whom the quotation is about.
        ("« L'Europe attend beaucoup », estime le chercheur Julien Marchal. Emmanuel Macron « profitait d'une "
         "forme de bienveillance générale », selon lui.", ["Julien Marchal", "Julien Marchal"]),
        # With nobody spoken of, "lui" is the last man named.
        ("Le chercheur Julien Marchal suit le dossier. « La réforme prendra des années », selon lui.",
         ["Julien Marchal"]),
    ],
)
def test_selon_lui_is_not_the_person_spoken_of(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "le premier ministre": the person with that role, not the last ministre named.
        ("Le premier ministre Paul Arnaud a reçu les syndicats. Le ministre de l'Économie, Marc Lefort, a parlé de "
         "fiscalité. Le premier ministre comptait hier « 300 réunions » et « 2 000 contributions ».",
         ["Paul Arnaud", "Paul Arnaud"]),
        ("La ministre du Travail, Anne Vidal, a reçu les patrons. « Rien n'est décidé », a ensuite déclaré le premier "
         "ministre Luc Perrin. « Nous verrons en mars », a ajouté le premier ministre.", ["Luc Perrin", "Luc Perrin"]),
    ],
)
def test_premier_ministre_is_its_own_role(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "X, 48 ans, confie …. « … »": the parser takes the age for the subject; the person named before it speaks.
        ("Dans le cortège, Sylvie Morel, 52 ans, confie son épuisement. « Je travaille de nuit depuis vingt ans et rien "
         "ne change. »", ["Sylvie Morel"]),
        ("Devant la mairie, Karim Benali, 34 ans, explique sa présence. « Je suis venu pour mes enfants, pour leur "
         "avenir. »", ["Karim Benali"]),
    ],
)
def test_age_apposition_before_the_verb(nlp, text, want):
    assert speakers(nlp, text) == want


def test_glued_inverted_pronoun(nlp):
    # "souligne-t-il.«…»": no space before the next quotation, the tokenizer cuts "-t-il" into pieces.
    text = ("Non, répond Marc Duval, directeur du centre. «Le pays change vite, très vite», souligne-t-il.«Les réformes "
            "suivront», ajoute-t-il.")
    assert speakers(nlp, text) == ["Marc Duval", "Marc Duval"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "…, glisse-t-on à la préfecture": the institution the "on" speaks from.
        ("Le tracé reste à confirmer, « la discussion continue avec les syndicats », glisse-t-on à la "
         "préfecture de police.", ["préfecture de police"]),
        # Nowhere named: nobody.
        ("Le parcours n'est pas validé, « les échanges se poursuivent avec les organisateurs », glisse-t-on "
         "discrètement.", [None]),
    ],
)
def test_impersonal_on_at_an_institution(nlp, text, want):
    assert speakers(nlp, text) == want


def test_words_quoted_ahead_of_the_same_words_attributed(nlp):
    # A lede quoting, with no speaker, the words the body attributes later.
    text = ("Le gouvernement cherche à « recoudre le pays » après les violences.\n\n"
            "Le premier ministre Paul Arnaud a pris la parole samedi. Il faut « recoudre le pays », a-t-il dit.")
    assert speakers(nlp, text) == ["Paul Arnaud", "Paul Arnaud"]


def test_ellipsis_ends_a_sentence(nlp):
    # "« … »… Pourront-ils …": after a closing ellipsis, a new sentence: the previous speaker does not carry over.
    text = ("Le ministre Paul Arnaud comptait hier « 300 condamnations »… Pourront-ils bientôt invoquer la loi dite "
            "« anti-bandes » votée au Sénat ?")
    assert speakers(nlp, text) == ["Paul Arnaud"]


def test_unnamed_role_in_apposition_is_the_named_person(nlp):
    # "Patrick, un militant syndical, …": the indefinite role describes the person just named, who speaks.
    text = ("Bernard Costa, un militant syndical, observe le cortège avec intérêt. « Ce mouvement dit quelque chose de vrai », "
            "raconte-t-il.")
    assert speakers(nlp, text) == ["Bernard Costa"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "X demande « … », a rapporté Y": Y passes on X's words.
        ("La présidente Claire Aubry demande « aux partenaires sociaux de reprendre le dialogue sans attendre », a "
         "rapporté la porte-parole Anne Vidal.", ["Claire Aubry"]),
        # With nobody named before, whoever relays is the source.
        ("« Les négociations reprendront lundi matin à Paris », a rapporté la porte-parole Anne Vidal.", ["Anne Vidal"]),
    ],
)
def test_relayed_words_keep_their_speaker(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "…», tentait de rassurer X", "…», a tenu à préciser X": the verb only leads to the speech verb.
        ("« Nous ne toucherons pas aux retraites des plus modestes », tentait hier de rassurer Paul Arnaud devant les "
         "députés.", ["Paul Arnaud"]),
        ("« Rien n'est encore tranché sur ce dossier », a tenu à préciser la ministre Claire Aubry.", ["Claire Aubry"]),
    ],
)
def test_incise_through_a_leading_verb(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "a mis en garde contre « … »": what the person warns against is in their words.
        ("La ministre Claire Aubry a mis en garde contre « le désordre » dans les universités.", ["Claire Aubry"]),
        ("Le maire Paul Gérard s'est insurgé contre « une décision absurde » du préfet.", ["Paul Gérard"]),
    ],
)
def test_words_after_contre(nlp, text, want):
    assert speakers(nlp, text) == want


def test_sentence_glued_after_an_ellipsis(nlp):
    # "… X évoquait « … »… Reste que l'exécutif, qui …, à « … »": the second sentence is not about X.
    text = ("Le ministre Paul Arnaud évoquait « un moment démocratique très fort pour le pays »… Reste que le "
            "gouvernement, qui s'était engagé à « bâtir un nouveau contrat social et écologique », n'a rien publié.")
    assert speakers(nlp, text) == ["Paul Arnaud", None]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A body of a named organization speaks for it.
        ("Le secrétariat général de l'Organisation mondiale de la santé a demandé aux États de « renforcer les contrôles "
         "aux frontières sans délai ».", ["Organisation mondiale de la santé"]),
        # A party's leading body named by adjective and owner is an organization of its own (GUIDELINES): it speaks.
        ("Le bureau national du Parti socialiste a réclamé « une enquête indépendante et rapide ».",
         ["bureau national du Parti socialiste"]),
    ],
)
def test_body_of_an_organization(nlp, text, want):
    assert speakers(nlp, text) == want


def test_plural_relative_is_not_the_singular_noun(nlp):
    # "… les militantes sur la page Facebook qui précisent : « … »": the relative is plural, Facebook is not its antecedent.
    text = ("« Rendez-vous samedi devant la mairie », annoncent les militantes sur la page Facebook qui précisent : "
            "« Nous voulons être entendues par le gouvernement ».")
    assert speakers(nlp, text) == [None, None]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "…, croit-il. « … »": reported speech closed by an incise, then the same person's words.
        ("L'expert Marc Duval, ancien agent du renseignement, partage cette analyse. Les menaces sont plus dures à "
         "suivre qu'avant, croit-il. « Aujourd'hui, les suspects peuvent agir à tout moment et de partout. »",
         ["Marc Duval"]),
        ("La chercheuse Anne Vidal a travaillé dix ans sur ces données. Le phénomène va durer, estime-t-elle. « Rien "
         "dans les chiffres ne montre un retournement de tendance. »", ["Anne Vidal"]),
    ],
)
def test_quotation_after_a_closing_incise(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "…, dit cette avocate de Brooklyn": a demonstrative gives a new description of the person just named.
        ("« Je suis venue pour soutenir ce mouvement », a indiqué une manifestante, Julie Martin, 45 ans. « Ce serait "
         "bien que ça dure encore longtemps », lance en riant cette enseignante de Québec.", ["Julie Martin", "Julie Martin"]),
        ("« Nous marcherons jusqu'au bout de la route », a déclaré Paul Lenoir, venu de Lyon. « Personne ne nous "
         "arrêtera désormais », a ajouté ce partisan de la première heure.", ["Paul Lenoir", "Paul Lenoir"]),
    ],
)
def test_demonstrative_description(nlp, text, want):
    assert speakers(nlp, text) == want


def test_sloppy_plural_relative_keeps_its_antecedent(nlp):
    # "alarment la chambre régionale des comptes qui jugent": no plural noun beside it, the organization is still the
    # antecedent of the plural verb.
    text = ("Les nouvelles dépenses alarment la Chambre régionale des comptes qui jugent possible de tenir le budget "
            "« sans sacrifier les investissements prévus ».")
    assert speakers(nlp, text) == ["Chambre régionale des comptes"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "À ses yeux, X qui « … »": the one spoken of before, not X.
        ("La sénatrice Laure Bastien a interpellé le gouvernement. À ses yeux, le ministre Paul Arnaud, qui « refuse "
         "tout compromis sur ce texte », doit revenir devant le Sénat.", ["Laure Bastien"]),
        ("Le tribunal administratif de Nantes a rejeté la requête. Dans ses attendus, il estime que l'arrêté est « "
         "proportionné aux risques de troubles ».", ["tribunal administratif de Nantes"]),
    ],
)
def test_own_view_phrases(nlp, text, want):
    assert speakers(nlp, text) == want


def test_incise_inside_the_sentence_before_the_quotation(nlp):
    # "Ce référendum, a-t-il déclaré, peut être « … »": the inverted pronoun of the inner incise speaks.
    text = ("Le ministre Paul Arnaud s'est dit favorable au principe. Ce scrutin local, a-t-il déclaré, peut être « un "
            "levier utile pour les communes ».")
    assert speakers(nlp, text) == ["Paul Arnaud"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "le défenseur des droits X a exigé … leur « … »": the NER took the title for an organization; the person
        # in apposition is the subject who speaks.
        ("Ailleurs en France, le défenseur des droits Claire Hédon avait également exigé le retrait des caméras en "
         "raison de leur «coût».", ["Claire Hédon"]),
        ("Au même moment, le défenseur des droits Claire Hédon avait exigé l'abandon du fichier en raison de sa "
         "«dangerosité».", ["Claire Hédon"]),
        ("Ailleurs en Europe, le défenseur des droits Claire Hédon a également exigé le retrait des drones en raison "
         "de leur «intrusion».", ["Claire Hédon"]),
        # A person after "de" is not the subject: the few words stay a label.
        ("Ailleurs en France, l'avocat de Claire Hédon avait également exigé le retrait des caméras en raison de leur "
         "«coût».", []),
    ],
)
def test_person_in_apposition_to_a_title_tagged_org(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Déterminé à …, le ministre X avait prévenu qu'il n'y aurait « … »": the parser may make the opening
        # participle the verb's subject; the person after its comma speaks.
        ("Décidée à en finir avec ces exemptions accordées depuis trois ans dans certaines communes faute de contrôles "
         "suffisamment fréquents, la ministre du Travail Élisabeth Borne avait prévenu lundi qu'il n'y aurait «plus de "
         "dérogations pour les entreprises dès le 1er mai».", ["Élisabeth Borne"]),
        ("Déterminé à en finir avec cette habitude prise depuis quelques années dans certains lycées faute de "
         "surveillants suffisamment nombreux, le ministre de l'Éducation Gabriel Attal avait prévenu lundi qu'il n'y "
         "aurait «plus de portable dans les classes dès la rentrée».", ["Gabriel Attal"]),
        # A person inside the participle phrase is not the subject.
        ("Déterminé à soutenir le maire Paul Arnaud dans ce dossier vieux de dix ans, le gouvernement a prévenu lundi "
         "qu'il n'y aurait «plus aucun report du chantier dès cette année».", [None]),
        ("Interpellé par Paul Arnaud sur ce dossier vieux de dix ans, le ministère a prévenu lundi qu'il n'y aurait "
         "«plus aucun report du chantier dès cette année».", [None]),
    ],
)
def test_opening_participle_taken_for_the_subject(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "selon l'expression de X", "selon les termes de X": X's words.
        ("Ces «héroïnes ordinaires», selon l'expression de Michelle Perrot, ont tenu les barricades.",
         ["Michelle Perrot"]),
        ("Le pays compte «trop de fonctionnaires» selon les termes d'Éric Ciotti, mais le chiffre reste stable.",
         ["Éric Ciotti"]),
        ("Ce «peuple de râleurs», selon la formule de Jacques Chirac, a encore manifesté samedi.", ["Jacques Chirac"]),
        # Nobody named: no speaker, no quotation.
        ("Le texte a été adopté «sans modification», selon les termes de la Constitution.", []),
        ("Ces «héroïnes ordinaires», selon l'expression consacrée, ont tenu les barricades.", []),
    ],
)
def test_selon_l_expression_de(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "selon la même source" after "selon X" / "d'après X" in the sentence before: X.
        ("Trois véhicules ont été incendiés dans la nuit, selon la préfecture de police. Un agent a été « légèrement "
         "blessé à la main », selon la même source.", ["préfecture de police"]),
        ("Quelque 4 000 personnes ont défilé à Lille, d'après la CGT. La manifestation s'est « achevée sans heurts vers "
         "17 heures », d'après la même source.", ["CGT"]),
        ("Quelque 4 000 personnes ont défilé à Lille, d’après la CGT. La manifestation s'est « achevée sans heurts vers "
         "17 heures », d’après la même source.", ["CGT"]),
    ],
)
def test_same_source_after_selon(nlp, text, want):
    assert speakers(nlp, text) == want


# spk31a: a few quoted words asked for through "à X de" + infinitive, or named as the wording someone used.
_SPK31A_KNOWN = {"askneg01": "a speech verb as the infinitive under a verb of allowing (the lead's cue, before this round)"}


@pytest.mark.parametrize("probe_id", [
    pytest.param(pid, marks=pytest.mark.xfail(reason=_SPK31A_KNOWN[pid], strict=True)) if pid in _SPK31A_KNOWN
    else pid for pid in SPK31A])
def test_spk31a_probes(nlp, probe_id):
    check_exact_probe(nlp, SPK31A, probe_id)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The infinitive hung on the addressee ("aux élus de lancer"): still what the verb of asking asks for.
        ("Le maire de Lyon Gérard Collomb a demandé vendredi aux commerçants de signer une « charte de bon voisinage ».",
         {"charte de bon voisinage": "Gérard Collomb"}),
        ("La préfète Fabienne Buccio a conseillé aux automobilistes d'éviter la « rocade nord » dimanche.",
         {"rocade nord": "Fabienne Buccio"}),
        # A verb of allowing is no verb of asking; a passive names nobody.
        ("Le règlement a permis aux communes de créer une « zone bleue » en centre-ville.", {}),
        ("Il a été conseillé aux automobilistes d'éviter la « rocade nord » dimanche.", {}),
        # The wording someone used, through a participle that opens the sentence or a verb of use.
        ("Le député Éric Coquerel a lâché le mot « mascarade » en sortant de l'hémicycle.",
         {"mascarade": "Éric Coquerel"}),
        ("Reprenant le terme de « casse sociale », la sénatrice Laurence Cohen a interpellé la ministre.",
         {"casse sociale": "Laurence Cohen"}),
        # Avoided or denied, or said by nobody named: no speaker.
        ("Le ministre Gérald Darmanin se refuse à employer le mot « rigueur » pour parler du budget.", {}),
        ("Le terme « ruralité » est apparu dans le dictionnaire bien plus tard.", {}),
    ],
)
def test_few_words_asked_for_or_used(nlp, text, want):
    assert {k: v for k, v in quoted(nlp, text).items() if v is not None or k in want} == want
