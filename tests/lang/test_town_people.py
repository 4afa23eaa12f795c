"""A town's people stand for the company based there: "die Lindauer", "bei den Kemptenern", "die Bocholtaner", for a town the article names
("in Kempten", "ein Kemptener Hersteller"); a town's adjective before a noun ("die Kemptener Werke") is
no town's people."""

import pytest

from tests.lang.checks import assert_sentence

RESOLVED = [
    ("de", "Valmora hat ihren Sitz in Kempten. Die Deutsche Bahn bestellt bei den Kemptenern neue Weichen.",
     ("Deutsche Bahn", "customer_of", "Valmora")),
    ("de", "Valmora legt Zahlen vor. Der Kemptener Konzern wächst kräftig. Die Deutsche Bahn bestellt bei den Kemptenern neue Weichen.",
     ("Deutsche Bahn", "customer_of", "Valmora")),
    ("de", "Ostrana hat in ihrem Werk in Bocholt die Produktion gestartet. Die Deutsche Bahn bestellt bei den "
           "Bocholtanern weitere Signale.", ("Deutsche Bahn", "customer_of", "Ostrana")),
    # the town only as an adjective, the article's main company another: the company of the clause before
    ("de", "Der Kemptener Weichenspezialist legt zu. Siemens wächst. Siemens baut Motoren. Die Chefin der Valmora AG "
           "verkündet: Die Deutsche Bahn bestellt bei den Kemptenern weitere Weichen.",
     ("Deutsche Bahn", "customer_of", "Valmora AG")),
    # another company spoke last: the town says which one
    ("de", "Ostrana hat in ihrem Werk in Bocholt die Produktion gestartet. Siemens liefert dafür die Motoren. Die "
           "Technik entwickelt Siemens mit Kelvora, mit der die Bocholtaner eine Partnerschaft verbindet.",
     ("Ostrana", "partner_of", "Kelvora")),
    ("de", "Valmora hat ihren Sitz in Kempten. Siemens liefert dafür die Motoren. Die Technik entwickelt Siemens "
           "mit Kelvora, mit der die Kemptener eine Partnerschaft verbindet.", ("Valmora", "partner_of", "Kelvora")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RESOLVED)
def test_town_people_are_the_company_based_there(lang, text, expected):
    assert_sentence(text, lang, [expected], [])

