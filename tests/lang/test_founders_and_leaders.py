"""Who founded or runs a company, named after a passive cue: past a description of the person's
earlier career ("founded by former Amazon engineer X"), past a profession noun ("von der Ingenieurin
X gegründet"), in a relative clause ("X, dat in 2015 werd opgericht door Y") and in the gap of a
Vietnamese agent phrase ("công ty do ông X điều hành")."""

import pytest

from tests.lang.checks import assert_sentence

E = "executive_of"

CASES = [
    ("en", "The startup Brightloop, founded in 2016 by former Amazon engineer Mark Ellis, counts Tesco among its customers.",
     [("Mark Ellis", E, "Brightloop")], [("Mark Ellis", E, "Amazon")]),
    ("en", "Brightloop, run by former Google executive Mark Ellis, counts Tesco among its customers.",
     [("Mark Ellis", E, "Brightloop")], []),
    # the person's own past is read past, not the company's: a former chief is still not a current one
    ("en", "Brightloop was formerly run by Mark Ellis.", [], [("Mark Ellis", E, "Brightloop")]),
    ("de", "Das Start-up Brightloop wurde 2019 von der Luftfahrtingenieurin Lena Vogt gegründet.",
     [("Lena Vogt", E, "Brightloop")], []),
    ("de", "Das Start-up Brightloop, gegründet von der Informatikerin Lena Vogt, beliefert Siemens.",
     [("Lena Vogt", E, "Brightloop")], []),
    ("nl", "De start-up Brightloop, dat in 2015 werd opgericht door Sanne Visser, telt ASML onder zijn klanten.",
     [("Sanne Visser", E, "Brightloop")], [("Sanne Visser", E, "ASML")]),
    ("nl", "ASML werkt samen met Brightloop, dat sinds 2020 wordt geleid door Sanne Visser.",
     [("Sanne Visser", E, "Brightloop")], [("Sanne Visser", E, "ASML")]),
    ("fr", "Carrefour travaille avec Brightloop, qui est dirigée par Julie Martin.",
     [("Julie Martin", E, "Brightloop")], [("Julie Martin", E, "Carrefour")]),
    ("es", "Mercadona trabaja con Brightloop, que fue fundada por Julia Martín.",
     [("Julia Martín", E, "Brightloop")], [("Julia Martín", E, "Mercadona")]),
    ("vi", "Brightloop, công ty do ông Ngô Văn Vinh điều hành, đã được bán cho FPT.",
     [("Ngô Văn Vinh", E, "Brightloop")], [("Ngô Văn Vinh", E, "FPT")]),
    ("vi", "FPT mua lại Brightloop, một startup do ông Ngô Văn Vinh điều hành.",
     [("Ngô Văn Vinh", E, "Brightloop")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_founder_or_leader_after_a_passive_cue(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


MORE = [
    # a described name opening the sentence leads a passive title's clause
    ("it", "La start-up Frenotech continuerà a essere guidata dalla cofondatrice Giulia Ferraris.",
     [("Giulia Ferraris", E, "Frenotech")], []),
    ("it", "La banca guidata da Carlo Messina ha lanciato un'offerta su Ubi.", [], [("Carlo Messina", E, "Ubi")]),
    # a Spanish surname with "de los"
    ("es", "«Es una operación clara», defendió el consejero delegado de Indra, José Vicente de los Mozos, ante los analistas.",
     [("José Vicente de los Mozos", E, "Indra")], []),
    # a company's representative, with the company named right after the word; none named, none taken
    ("vi", "Đại diện Vinamilk, ông Nguyễn Văn Hải, từ chối bình luận.", [("Nguyễn Văn Hải", E, "Vinamilk")], []),
    ("vi", "Vinamilk mở rộng. Đại diện doanh nghiệp, ông Nguyễn Văn Hải, cho biết kế hoạch vẫn giữ nguyên.",
     [("Nguyễn Văn Hải", E, "Vinamilk")], []),
    ("vi", "Vinamilk mở rộng. Đại diện, ông Nguyễn Văn Hải, cho biết kế hoạch vẫn giữ nguyên.",
     [], [("Nguyễn Văn Hải", E, "Vinamilk")]),
]


@pytest.mark.parametrize("lang,text,present,absent", MORE)
def test_leader_named_with_a_described_company(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


YOUNG = [
    ("fr", "Les bornes seront fournies par ABB, tandis que le logiciel a été confié à Solvéa, une start-up lyonnaise. "
           "« C'est un contrat qui change notre dimension », se réjouit son cofondateur, Julien Marc.",
     [("Julien Marc", E, "Solvéa")], [("Julien Marc", E, "ABB")]),
    ("it", "Italo ha firmato con Trainly, startup napoletana di venti persone. Con Trenitalia, invece, non c'è "
           "ancora nessun accordo, ha spiegato il fondatore Marco Russo.",
     [("Marco Russo", E, "Trainly")], [("Marco Russo", E, "Trenitalia")]),
    ("es", "La gestión correrá a cargo de Hidrax, una joven empresa navarra. Moeve ha firmado con ella un contrato. "
           "«Trabajábamos en un garaje», recuerda su fundadora, Lucía Pérez.",
     [("Lucía Pérez", E, "Hidrax")], [("Lucía Pérez", E, "Moeve")]),
    # a chief executive is not taken for the start-up's founder
    ("en", "Tesco signed a deal with Brightloop, a London startup. \"This is big,\" said its chief executive Ken Murphy.",
     [], [("Ken Murphy", E, "Brightloop")]),
]


@pytest.mark.parametrize("lang,text,present,absent", YOUNG)
def test_founder_speaks_for_the_start_up_just_described(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


OWNERS = [
    ("nl", "Zorgsoft, in handen van oprichter Gerrit Mulder, bevestigde dinsdag de gesprekken.",
     [("Gerrit Mulder", E, "Zorgsoft")]),
    ("en", "Zorgsoft, owned by founder Gerrit Mulder, confirmed the talks.", [("Gerrit Mulder", E, "Zorgsoft")]),
    ("it", "Zorgsoft, controllata dal fondatore Marco Rossi, ha confermato le trattative.", [("Marco Rossi", E, "Zorgsoft")]),
    # an analyst's firm named with its legal form after "of"
    ("vi", "Chuyên gia Trần Văn Đức của Công ty Chứng khoán SSI nhận định hợp đồng có lợi cho VinFast.",
     [("Trần Văn Đức", E, "SSI Securities")]),
]


@pytest.mark.parametrize("lang,text,present", OWNERS)
def test_titled_owner_after_an_ownership_cue(lang, text, present):
    assert_sentence(text, lang, present, [])
