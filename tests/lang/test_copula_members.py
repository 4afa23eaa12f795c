"""A relation noun whose member follows a copula past a short place or time phrase ("Tesla's main
rival in China is BYD"), in seven languages; and a capitalised cue word opening a sentence is no name."""

import pytest

from tests.lang.checks import assert_sentence

R, P = "competes_with", "partner_of"

CASES = [
    ("en", "Tesla's main rival in China is BYD.", [("Tesla", R, "BYD")], []),
    ("en", "The main rival of Tesla in China is BYD.", [("Tesla", R, "BYD")], []),
    ("en", "Tesla's main rival in China, Xiaomi said, is BYD.", [], [("Tesla", R, "Xiaomi")]),
    ("es", "El principal rival de Tesla en China es BYD.", [("Tesla", R, "BYD")], []),
    ("fr", "Le principal concurrent de Tesla en Chine est BYD.", [("Tesla", R, "BYD")], []),
    ("it", "Il principale concorrente di Tesla in Cina è BYD.", [("Tesla", R, "BYD")], []),
    ("de", "Der größte Konkurrent von Tesla in China ist BYD.", [("Tesla", R, "BYD")], []),
    ("nl", "De grootste concurrent van Tesla in China is BYD.", [("Tesla", R, "BYD")], []),
    ("vi", "Đối thủ lớn nhất của Tesla tại Trung Quốc là BYD.", [("Tesla", R, "BYD")], []),
    # a copula of two words, and the member's short form in brackets
    ("vi", "Đối thủ lớn nhất của Vietjet vẫn là Tổng Công ty Hàng không Việt Nam (Vietnam Airlines), hãng bay quốc gia.",
     [("Vietjet", R, "Vietnam Airlines")], []),
    # no member after the copula: a verb's object is not the noun's member
    ("fr", "Le principal concurrent de Tesla en Chine a racheté BYD.", [], [("Tesla", R, "BYD")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_member_after_copula(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


def test_capitalised_cue_word_opening_a_sentence_is_no_name():
    # "Grootste" opens the cue "grootste rivaal": an adjective, not a company rivalling Picnic
    from frenemy.api import analyse_text

    names = {e.name for e in analyse_text("Grootste rivaal is Picnic, dat samenwerkt met Edeka.", lang="nl").entities.values()}
    assert "Grootste" not in names and {"Picnic", "Edeka"} <= names


@pytest.mark.parametrize("lang,text,client", [
    # the reason a company picks a supplier: "because Amazon is its biggest rival" ("its" is the
    # clause's company, not the supplier the verb took as object)
    ("en", "Walmart chose Microsoft's cloud because Amazon is its biggest rival.", "Walmart"),
    ("fr", "Carrefour a choisi le cloud de Google, car Amazon est son principal concurrent.", "Carrefour"),
    ("es", "Walmart eligió la nube de Microsoft porque Amazon es su mayor rival.", "Walmart"),
])
def test_the_rival_named_as_a_reason(lang, text, client):
    assert_sentence(text, lang, [("Amazon", "competes_with", client)], [("Amazon", "competes_with", "Microsoft")])
