"""Rivalry and partnership cues added as lexicon data, and a counted possessed rival noun in apposition
("Kestrix and Zorvane, two of its fiercest rivals"): the list are rivals of the clause's subject, not of
each other. Invented sentences."""

import pytest

from tests.lang.checks import assert_sentence

RIVALS = [
    # the closest rival, by a superlative of 'direct'
    ("en", "Today Kestrix, Zorvane's most direct rival, cut prices."),
    ("fr", "Le groupe Kestrix, concurrent le plus direct de Zorvane, a baissé ses prix."),
    ("es", "El grupo Kestrix, el competidor más directo de Zorvane, bajó sus precios."),
    ("it", "Il gruppo Kestrix, il concorrente più diretto di Zorvane, ha tagliato i prezzi."),
    ("de", "Der Konzern Kestrix, der direkteste Konkurrent von Zorvane, senkte die Preise."),
    ("nl", "Het concern Kestrix, de meest directe concurrent van Zorvane, verlaagde de prijzen."),
    ("vi", "Tập đoàn Kestrix, đối thủ trực tiếp nhất của Zorvane, đã giảm giá."),
    # in direct competition with
    ("en", "Today Kestrix is in direct competition with Zorvane in Europe."),
    ("fr", "Le groupe Kestrix est en concurrence directe avec Zorvane en Europe."),
    ("es", "El grupo Kestrix está en competencia directa con Zorvane en Europa."),
    ("it", "Il gruppo Kestrix è in concorrenza diretta con Zorvane in Europa."),
    ("de", "Der Konzern Kestrix steht in direktem Wettbewerb mit Zorvane."),
    ("de", "Der Konzern Kestrix steht in direkter Konkurrenz zu Zorvane."),
    ("nl", "Het concern Kestrix staat in directe concurrentie met Zorvane."),
    ("vi", "Tập đoàn Kestrix cạnh tranh trực tiếp với Zorvane tại châu Âu."),
    # a contest won, a market taken
    ("en", "Today Kestrix won the engine contest against Zorvane."),
    ("en", "Today Kestrix is outselling Zorvane in narrowbodies."),
    ("en", "Today Kestrix is playing catch-up with Zorvane in chips."),
    ("fr", "Le groupe Kestrix l'a emporté sur Zorvane dans l'appel d'offres."),
    ("es", "El grupo Kestrix se impuso a Zorvane en el concurso."),
    ("it", "Il gruppo Kestrix ha avuto la meglio su Zorvane nella gara."),
    ("vi", "Tập đoàn Kestrix đã đánh bại Zorvane trong gói thầu."),
]


@pytest.mark.parametrize("lang,text", RIVALS)
def test_rival_cues(lang, text):
    assert_sentence(text, lang, [("Kestrix", "competes_with", "Zorvane")], [])


PARTNERS = [
    ("en", "Today Kestrix, Zorvane's technology partner, cut prices."),
    ("en", "Today Kestrix signed a codeshare agreement with Zorvane."),
    ("fr", "Le groupe Kestrix, partenaire technologique de Zorvane depuis 2018, a baissé ses prix."),
    ("es", "El grupo Kestrix, socio tecnológico de Zorvane desde 2018, bajó sus precios."),
    ("it", "Il gruppo Kestrix ha firmato un accordo di code sharing con Zorvane."),
    ("fr", "Le groupe Kestrix a signé un accord de partage de codes avec Zorvane."),
    ("nl", "Het concern Kestrix heeft een codeshare-overeenkomst met Zorvane gesloten."),
    ("vi", "Tập đoàn Kestrix đã ký thỏa thuận liên danh với Zorvane."),
]


@pytest.mark.parametrize("lang,text", PARTNERS)
def test_partner_cues(lang, text):
    assert_sentence(text, lang, [("Kestrix", "partner_of", "Zorvane")], [])


@pytest.mark.parametrize("lang,text", [
    ("en", "Today Lumora services jets for Kestrix and Zorvane, two of its fiercest rivals."),
    ("fr", "Le groupe Lumora entretient les avions de Kestrix et Zorvane, deux de ses plus féroces concurrents."),
])
def test_counted_possessed_rivals_in_apposition(lang, text):
    assert_sentence(text, lang, [("Kestrix", "competes_with", "Lumora"), ("Zorvane", "competes_with", "Lumora")],
                    [("Kestrix", "competes_with", "Zorvane")])
