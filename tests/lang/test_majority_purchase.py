"""A purchase of a majority of a company's shares ("mua lại 80% cổ phần của X", "a 70% stake in X")
acquires it, even when the cue is a longer phrase and the share noun is a stake word; a minority
stake, or a negated purchase, is no acquisition."""

import pytest

from tests.lang.checks import assert_sentence

MAJORITY = [
    ("vi", "Trước đó, Orbelia cũng đã hoàn tất thương vụ mua lại 80% cổ phần của Kestrova, một công ty nhỏ."),
    ("vi", "Đáng chú ý, Orbelia đã hoàn tất việc mua lại 51% cổ phần Kestrova vào tháng trước."),
    ("en", "The carmaker Orbelia bought a 70% stake in Kestrova last year."),
]


@pytest.mark.parametrize("lang,text", MAJORITY)
def test_majority_share_bought_is_an_acquisition(lang, text):
    assert_sentence(text, lang, [("Orbelia", "acquires", "Kestrova")], [])


NOT_BOUGHT = [
    ("en", "The carmaker Orbelia bought a 20% stake in Kestrova last year."),
    ("vi", "Tập đoàn Orbelia không mua lại 80% cổ phần của Kestrova."),
]


@pytest.mark.parametrize("lang,text", NOT_BOUGHT)
def test_minority_or_negated_purchase_is_none(lang, text):
    assert_sentence(text, lang, [], [("Orbelia", "acquires", "Kestrova")])


def test_vietnamese_serial_passive_takes_the_opening_subject():
    # the agent of "do ... sáng lập" founded it; the later "được ... mua lại" speaks of the sentence's subject
    assert_sentence("Công ty Voltaria là startup do Orbelia sáng lập, sau đó đã được Kestrova mua lại.", "vi",
                    [("Kestrova", "acquires", "Voltaria")], [("Kestrova", "acquires", "Orbelia")])
