"""Vietnamese misreads: a sentence's first syllable before a noun's second syllable is no name, a
country word after a noun is no company, "of" and a country after a joint venture's side, a race
"with" after a comma is the subject's, and capitals after a model's number end the model's name."""

import pytest

from tests.lang.checks import assert_sentence

C, P, R, S = "customer_of", "partner_of", "competes_with", "subsidiary_of"

CASES = [
    # "Động cơ", "Máy bay": a sentence's first syllable is a word, even before "do ... cung cấp"
    ("Động cơ do Tân Phong Motors cung cấp.", [], [("Động", C, "Tân Phong Motors")]),
    ("Máy bay do Hồng Lam Aero sản xuất.", [], [("Máy", C, "Hồng Lam Aero")]),
    # ... but an aspect word ("đã") still stands between a name and its cue
    ("Orvanta đã ký hợp đồng mua lại Kestrova.", [("Orvanta", "acquires", "Kestrova")], []),
    # "doanh nghiệp Hàn": a country word after a noun says whose, it names no company
    ("FPT cạnh tranh với các doanh nghiệp Hàn và doanh nghiệp Nhật tại Việt Nam.", [],
     [("FPT", R, "Hàn"), ("FPT", R, "Nhật")]),
    ("Masan hợp tác với Taxi Sông Hàn.", [("Masan Group", P, "Taxi Sông Hàn")], []),
    # "liên doanh giữa A của Pháp và B": the country after a side is read past
    ("Máy bay do Brelio, liên doanh giữa Safran của Pháp và Hòa Phát của Việt Nam, sản xuất.",
     [("Safran", P, "Hòa Phát")], [("Máy", P, "Safran")]),
    # "X giành ... của Y, cuộc đua với A": the race is the subject's, not the possessor's
    ("Viettel IDC giành hợp đồng đám mây của Vietjet, cuộc đua với FPT và VNPT nóng lên.",
     [("Viettel IDC", R, "FPT"), ("Viettel IDC", R, "VNPT")], [("Vietjet", R, "FPT")]),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_vi_misread(text, present, absent):
    assert_sentence(text, "vi", present, absent)


def test_model_number_capitals_are_no_company():
    from frenemy.api import analyse_text

    ad = analyse_text("Vietjet đặt mua thêm 50 chiếc 737 MAX.", lang="vi")
    assert "MAX" not in {e.name for e in ad.entities.values() if e.kind == "company"}
