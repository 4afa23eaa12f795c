"""A cue binds the right pair among several names: the asset bought, not its seller; the buyer of
goods, not the supplier it buys from; the company whose clients they are, not its partners; the
subject, not the first half of a truncated compound ("Solar- und Speicherspezialisten")."""

import pytest

from tests.lang.checks import assert_sentence

A, C = "acquires", "customer_of"

CASES = [
    # "das Projekt X von Y übernommen": Y owned or sold X, Y is not bought
    ("de", "Der Konzern Kestrix hat 2021 das Offshore-Projekt Nordwind von der RWE gekauft.",
     [("Kestrix", A, "Nordwind")], [("Kestrix", A, "RWE")]),
    ("nl", "Het concern Kestrix heeft vorig jaar het windpark Nordwind van Vattenfall overgenomen.",
     [("Kestrix", A, "Nordwind")], [("Kestrix", A, "Vattenfall")]),
    # a name after a preposition inside the relative clause is no subject of its verb
    ("it", "Tra i clienti figura il gruppo Barilla, che dalla società Kestrix acquista il formaggio.",
     [], [("Kestrix", A, "Barilla")]),
    ("es", "Entre sus clientes está el grupo Mercadona, que a la empresa Kestrix compra el aceite.",
     [], [("Kestrix", A, "Mercadona")]),
    # Dutch "inkopen via": supplies bought through a supplier
    ("nl", "Het bedrijf Kestrix kocht zijn verpakkingen in via Smurfit, dat ook papier levert.",
     [("Kestrix", C, "Smurfit")], [("Kestrix", A, "Smurfit")]),
    # a model named between the maker and the goods: the buyer is the maker's customer
    ("en", "Airbus makes the A321neo. Today Kestrix Air has agreed to buy 60 Airbus A321neo jets for its fleet.",
     [("Kestrix Air", C, "Airbus")], [("Kestrix Air", A, "Airbus")]),
    # the partners after "with" are no owners of the clients the sentence names later
    ("en", "Its unit Kestrix Tech has deepened its alliances with Microsoft and Google Cloud to offer cloud "
           "services to clients such as Iberdrola, Mapfre and Banco Sabadell.",
     [("Iberdrola", C, "Kestrix Tech")], [("Iberdrola", C, "Microsoft"), ("Mapfre", C, "Google Cloud")]),
    ("fr", "Sa filiale Kestrix Tech a renforcé ses alliances avec Microsoft et Google Cloud pour proposer des "
           "services de cloud à des clients comme Iberdrola, Mapfre et Banco Sabadell.",
     [("Iberdrola", C, "Kestrix Tech")], [("Iberdrola", C, "Microsoft"), ("Mapfre", C, "Google Cloud")]),
    ("es", "En empresas, su filial Kestrix Tech ha reforzado sus alianzas con Microsoft y Google Cloud para "
           "ofrecer servicios de nube a clientes como Iberdrola, Mapfre y el Banco Sabadell.",
     [], [("Iberdrola", C, "Microsoft"), ("Mapfre", C, "Google Cloud")]),
    ("it", "La controllata Kestrix Tech ha rafforzato le alleanze con Microsoft e Google Cloud per offrire "
           "servizi cloud a clienti come Iberdrola, Mapfre e Banco Sabadell.",
     [("Iberdrola", C, "Kestrix Tech")], [("Iberdrola", C, "Microsoft"), ("Mapfre", C, "Google Cloud")]),
    ("de", "Die Tochter Kestrix Tech hat ihre Allianzen mit Microsoft und Google Cloud ausgebaut, um Kunden "
           "wie Iberdrola und Mapfre Cloud-Dienste anzubieten.",
     [], [("Iberdrola", C, "Microsoft"), ("Mapfre", C, "Google Cloud")]),
    ("nl", "De dochter Kestrix Tech heeft haar allianties met Microsoft en Google Cloud uitgebreid om klanten "
           "als Iberdrola en Mapfre clouddiensten te bieden.",
     [], [("Iberdrola", C, "Microsoft"), ("Mapfre", C, "Google Cloud")]),
    ("vi", "Công ty con Kestrix Tech đã mở rộng liên minh với Microsoft và Google Cloud để cung cấp dịch vụ "
           "đám mây cho các khách hàng như Iberdrola và Mapfre.",
     [("Iberdrola", C, "Kestrix Tech")], [("Iberdrola", C, "Microsoft")]),
    # "Solar- und Speicherspezialisten": the hyphen's "und" joins compounds, not the anaphor and the name
    ("de", "Der Mischkonzern Kestrix wächst. 2022 übernahm der Konzern den Solar- und Speicherspezialisten "
           "Quadra Energy, eine Tochter von Pure Power.",
     [("Kestrix", A, "Quadra Energy")], [("Kestrix", A, "Pure Power"), ("Quadra Energy", A, "Pure Power")]),
    ("nl", "Het concern Kestrix groeit. Vorig jaar nam het concern de zonne- en windspecialist Quadra Energy "
           "over, een dochter van Pure Power.",
     [], [("Kestrix", A, "Pure Power"), ("Quadra Energy", A, "Pure Power")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_wrong_pairs(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


# "Mirror owner Reach", "Kestrix's parent Brindle": the name before the noun is owned, the one after owns it
OWNERS = [
    "Today Kestrix owner Brindle Media agreed a deal for Lumo.",
    "Today Kestrix's owner Brindle Media agreed a deal for Lumo.",
    "Today Kestrix parent Brindle Media reported results.",
]


@pytest.mark.parametrize("text", OWNERS)
def test_owner_before_its_name(text):
    assert_sentence(text, "en", [("Kestrix", "subsidiary_of", "Brindle Media")],
                    [("Brindle Media", "subsidiary_of", "Kestrix")])


def test_fact_inside_a_denied_rumour_stays():
    # the denial takes back the rumoured interest, not the ownership stated in its relative clause
    assert_sentence("Spekulationen, Zalando sei auch an dem Onlinehändler Kestrix interessiert, der zur "
                    "Migros-Gruppe gehört, wies ein Sprecher zurück.", "de",
                    [("Kestrix", "subsidiary_of", "Migros")], [])


# a relative clause joining two verbs with "but" is still one aside: the main verb after it is the antecedent's
BUT_RELATIVES = [
    ("en", "Today Kestrix, which designs its own chips but still buys most of them from Intel and Nvidia, "
           "has overtaken Apple in Asia."),
    ("es", "El grupo Kestrix, que diseña sus propios chips pero compra el resto a Intel y Nvidia, ha superado a "
           "Apple en Asia."),
    ("fr", "Le groupe Kestrix, qui conçoit ses propres puces mais achète le reste à Intel et Nvidia, a dépassé "
           "Apple en Asie."),
    ("it", "Il gruppo Kestrix, che progetta i propri chip ma compra il resto da Intel e Nvidia, ha superato Apple "
           "in Asia."),
]


@pytest.mark.parametrize("lang,text", BUT_RELATIVES)
def test_but_inside_relative(lang, text):
    assert_sentence(text, lang, [("Kestrix", "competes_with", "Apple")],
                    [("Intel", "competes_with", "Apple"), ("Nvidia", "competes_with", "Apple")])
