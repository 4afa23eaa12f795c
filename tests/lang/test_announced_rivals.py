"""A rivalry cue whose object is a plural noun for a market's players ("competes with larger
rivals", "in het vaarwater van de grote leveranciers") announces rivals that the next sentence
names at its start. Invented texts, seven languages."""

import pytest

from tests.lang.checks import assert_sentence

R = "competes_with"

CASES = [
    ("en", "The contract pits Zalando against deep-pocketed rivals. Amazon and Otto dominate online fashion in Germany.",
     [("Zalando", R, "Amazon"), ("Zalando", R, "Otto")], []),
    ("fr", "Avec ce lancement, Free s'attaque aux grands opérateurs. Orange et SFR contrôlent l'essentiel du marché.",
     [("Free Mobile", R, "Orange"), ("Free Mobile", R, "SFR")], []),
    ("es", "Con esta compra, Glovo compite con rivales mucho más grandes. Uber y Just Eat dominan el reparto a domicilio.",
     [("Glovo", R, "Uber"), ("Glovo", R, "Just Eat Takeaway.com")], []),
    ("it", "Con questo accordo Fastweb sfida i grandi operatori. TIM e Vodafone controllano gran parte del mercato.",
     [("Fastweb", R, "Telecom Italia"), ("Fastweb", R, "Vodafone")], []),
    ("de", "Mit dem Angebot konkurriert Zalando mit etablierten Anbietern. Amazon und Otto teilen sich den Markt.",
     [("Zalando", R, "Amazon"), ("Zalando", R, "Otto")], []),
    ("nl", "Met de stap komt Coolblue in het vaarwater van de drie grote leveranciers. Vattenfall en Eneco beheersen de markt.",
     [("Coolblue", R, "Vattenfall"), ("Coolblue", R, "Eneco")], []),
    ("vi", "Với thương vụ này, Masan bước vào cuộc đua với những đối thủ lớn. Long Châu hiện có hơn 2.000 nhà thuốc.",
     [("Masan Group", R, "Long Châu")], []),
    # the rivals named in the same sentence, or a company's own partners, announce nothing
    ("en", "Zalando competes with larger rivals such as Amazon. Otto said its sales grew.",
     [("Zalando", R, "Amazon")], [("Zalando", R, "Otto")]),
    ("en", "Delivery apps try to poach Zalando's suppliers and its retailers. Otto said its sales grew.",
     [], [("Zalando", R, "Otto")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_rivals_announced_then_named(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
