"""A sentence opening with a singular possessive, its noun and a passive cue ending in the agent word
("Its catalogue is hosted by X", "Son catalogue est hébergé par X") speaks of the company the sentence
before was about, as a named owner would ("Kestrix's catalogue is hosted by X"); a possessed company
noun ("Its rival", "Its parent company") is a company of its own and gets no relation."""

import pytest

from tests.lang.checks import assert_no_relation, assert_sentence

C = "customer_of"
AWS = "Amazon Web Services"


@pytest.mark.parametrize("text,lang,present,absent", [
    ("The supplier Kestrix Ltd reported record sales on Monday. Its catalogue is hosted by Amazon Web Services.",
     "en", [("Kestrix Ltd", C, AWS)], []),
    ("The supplier Kestrix Ltd reported record sales on Monday. Its listing is underwritten by Goldman Sachs.",
     "en", [("Kestrix Ltd", C, "Goldman Sachs")], []),
    ("Le groupe Kestrix a publié lundi un chiffre d'affaires record. Son catalogue est hébergé par Amazon Web Services.",
     "fr", [("Kestrix", C, AWS)], []),
    ("El grupo Kestrix registró ventas récord. Su plataforma es suministrada por Amazon Web Services.",
     "es", [("Kestrix", C, AWS)], []),
    ("Il gruppo Kestrix ha registrato ricavi record. La sua piattaforma è fornita da Amazon Web Services.",
     "it", [("Kestrix", C, AWS)], []),
    ("Het bedrijf Kestrix boekte een recordomzet. Zijn platform wordt geleverd door Amazon Web Services.",
     "nl", [("Kestrix", C, AWS)], []),
])
def test_possessed_thing_in_a_passive(text, lang, present, absent):
    assert_sentence(text, lang, present, absent)


@pytest.mark.parametrize("text,lang,a,b", [
    ("The supplier Kestrix Ltd reported record sales on Monday. Its parent company is advised by Goldman Sachs.",
     "en", "Kestrix Ltd", "Goldman Sachs"),
    ("The supplier Kestrix Ltd reported record sales on Monday. Its rival is advised by Goldman Sachs.",
     "en", "Kestrix Ltd", "Goldman Sachs"),
    ("El grupo Kestrix registró ventas récord. Su rival es asesorada por Goldman Sachs.",
     "es", "Kestrix", "Goldman Sachs"),
])
def test_possessed_company_is_its_own_subject(text, lang, a, b):
    assert_no_relation(text, lang, a, b)
