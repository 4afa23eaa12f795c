"""A titled person named with no company of her own: a speaker after a quotation that opens a new
paragraph speaks for the company the paragraph before was about, not for the last company that
paragraph happened to name; a title opening the sentence, before the verb, is not the title of
the companies named after the verb. Invented texts, several languages."""

import pytest

from tests.lang.checks import assert_sentence

PARAGRAPH_QUOTE = [
    ("nl", "Ahold Delhaize heeft een recordomzet geboekt. Tot de leveranciers behoren Unilever en Nestlé.\n\n"
           "'We groeien in alle markten,' zei topman Frans Muller donderdag.",
     ("Frans Muller", "executive_of", "Ahold Delhaize"), ("Frans Muller", "executive_of", "Nestlé")),
    ("en", "Ahold Delhaize reported record sales on Thursday. Its suppliers include Unilever and Nestlé.\n\n"
           "\"We are growing in every market,\" chief executive Frans Muller said.",
     ("Frans Muller", "executive_of", "Ahold Delhaize"), ("Frans Muller", "executive_of", "Nestlé")),
    ("it", "Ahold Delhaize ha registrato vendite record. Tra i fornitori figurano Unilever e Nestlé.\n\n"
           "«Cresciamo in tutti i mercati», ha detto l'amministratore delegato Frans Muller.",
     ("Frans Muller", "executive_of", "Ahold Delhaize"), ("Frans Muller", "executive_of", "Nestlé")),
    ("de", "Ahold Delhaize hat einen Rekordumsatz erzielt. Zu den Lieferanten zählen Unilever und Nestlé.\n\n"
           "„Wir wachsen in allen Märkten“, sagte Vorstandschef Frans Muller.",
     ("Frans Muller", "executive_of", "Ahold Delhaize"), ("Frans Muller", "executive_of", "Nestlé")),
]


@pytest.mark.parametrize("lang,text,present,absent", PARAGRAPH_QUOTE)
def test_speaker_opening_a_paragraph_speaks_for_the_paragraph_before(lang, text, present, absent):
    assert_sentence(text, lang, [present], [absent])


SAME_PARAGRAPH_QUOTE = [
    ("en", "Ahold Delhaize reported record sales. Unilever, one of its suppliers, raised prices. "
           "\"We had no choice,\" chief executive Hein Schumacher said.",
     ("Hein Schumacher", "executive_of", "Unilever")),
]


@pytest.mark.parametrize("lang,text,present", SAME_PARAGRAPH_QUOTE)
def test_speaker_inside_a_paragraph_speaks_for_the_sentence_before(lang, text, present):
    assert_sentence(text, lang, [present], [])


TITLE_OPENER = [
    ("en", "For Global Payments, the loss hurts. Chief executive Cameron Bready has promised that combining "
           "Worldpay with its own business would save money.",
     ("Cameron Bready", "executive_of", "Global Payments"), ("Cameron Bready", "executive_of", "Worldpay")),
    ("fr", "Pour Global Payments, la perte fait mal. Le directeur général Cameron Bready a promis que "
           "l'intégration de Worldpay ferait économiser de l'argent.",
     ("Cameron Bready", "executive_of", "Global Payments"), ("Cameron Bready", "executive_of", "Worldpay")),
]


@pytest.mark.parametrize("lang,text,present,absent", TITLE_OPENER)
def test_title_opening_the_sentence_is_the_last_subjects(lang, text, present, absent):
    assert_sentence(text, lang, [present], [absent])
