"""A company described by its home town or region ("der Wolfsburger Konzern", "het Veldhovense
concern", "il gruppo di Maranello", "le groupe de Clichy", "la textil de Arteixo"): the registry's
`region` (ISO 3166-2, then a town code) must agree with the town's demonym or the lexicon's `towns`;
a description by another town is no reference to it."""

import pytest

from tests.lang.checks import assert_no_relation, assert_sentence

AGREEING = [
    ("de", "Volkswagen legt Zahlen vor. Der Wolfsburger Konzern kooperiert künftig mit Google.",
     ("Volkswagen Group", "partner_of", "Google")),
    ("de", "Siemens und SAP legen Zahlen vor. Der Walldorfer Konzern übernimmt den Softwareanbieter Kelvix.",
     ("SAP", "acquires", "Kelvix")),
    ("de", "Audi wächst kräftig. Der Ingolstädter Autobauer kooperiert mit Nvidia.", ("Audi", "partner_of", "Nvidia")),
    ("de", "SAP wächst kräftig. Der Konzern aus Walldorf kooperiert mit Google.", ("SAP", "partner_of", "Google")),
    ("nl", "ASML groeit hard. Het Veldhovense bedrijf werkt samen met Zeiss.", ("ASML", "partner_of", "Carl Zeiss")),
    ("nl", "Philips groeit. Het Eindhovense concern werkt samen met Google.", ("Philips", "partner_of", "Google")),
    ("nl", "ASML groeit hard. Het concern uit Veldhoven werkt samen met Google.", ("ASML", "partner_of", "Google")),
    ("fr", "Michelin et Renault publient leurs résultats. Le groupe clermontois a racheté Fennoria.",
     ("Michelin", "acquires", "Fennoria")),
    ("fr", "Renault publie ses résultats. Le constructeur de Boulogne a signé un partenariat avec Google.",
     ("Renault", "partner_of", "Google")),
    ("fr", "L'Oréal publie ses résultats. Le groupe de Clichy a racheté Lumessa.", ("L'Oréal", "acquires", "Lumessa")),
    ("it", "Ferrari cresce ancora. Il gruppo di Maranello ha firmato un accordo con Shell.", ("Ferrari", "partner_of", "Shell")),
    ("it", "Ferrari cresce ancora. Il gruppo modenese ha firmato un accordo con Shell.", ("Ferrari", "partner_of", "Shell")),
    ("es", "Inditex crece. La textil de Arteixo ha firmado una alianza con Google.", ("Inditex", "partner_of", "Google")),
    ("es", "Inditex crece. El grupo coruñés compite con H&M.", ("Inditex", "competes_with", "H&M")),
]

OTHER_TOWN = [
    ("de", "Volkswagen legt Zahlen vor. Der Stuttgarter Konzern kooperiert künftig mit Google.", "Volkswagen Group", "Google"),
    ("de", "Audi wächst kräftig. Der Münchner Autobauer kooperiert mit Nvidia.", "Audi", "Nvidia"),
    ("de", "SAP wächst kräftig. Der Konzern aus Wolfsburg kooperiert mit Google.", "SAP", "Google"),
    ("nl", "ASML groeit hard. Het Eindhovense bedrijf werkt samen met Zeiss.", "ASML", "Carl Zeiss"),
    ("nl", "ASML groeit hard. Het concern uit Eindhoven werkt samen met Google.", "ASML", "Google"),
    ("fr", "L'Oréal publie ses résultats. Le groupe de Boulogne a signé un partenariat avec Google.", "L'Oréal", "Google"),
    ("it", "Ferrari cresce ancora. Il gruppo di Torino ha firmato un accordo con Shell.", "Ferrari", "Shell"),
    ("it", "Generali cresce. Il gruppo milanese ha firmato un accordo con Google.", "Generali", "Google"),
    ("es", "Inditex crece. La textil de Bilbao ha firmado una alianza con Google.", "Inditex", "Google"),
    ("es", "Inditex crece. El grupo sevillano compite con H&M.", "Inditex", "H&M"),
]


@pytest.mark.parametrize("lang,text,triple", AGREEING)
def test_home_town_names_the_company(lang, text, triple):
    assert_sentence(text, lang, [triple], [])


@pytest.mark.parametrize("lang,text,a,b", OTHER_TOWN)
def test_other_town_is_no_reference(lang, text, a, b):
    assert_no_relation(text, lang, a, b)


def test_town_codes_agree_with_the_lexicons():
    """A registry region with a town code ("DE-BW-WAL") is one a demonym or a town of some lexicon
    uses, so that the two spell the same town the same way."""
    from frenemy.knowledge.registry import Registry
    from frenemy.lang import available_languages, load_lexicon

    known = set()
    for lang in available_languages():
        lex = load_lexicon(lang)
        known.update(lex.demonyms.values(), lex.towns.values())
    towns = {e.id: e.region for e in Registry.load().entries.values() if e.region.count("-") == 2}
    assert towns and not {i: r for i, r in towns.items() if r not in known}
