"""A name after a title, read as a person's, that a company named before bears (alone or ending its
longer name) is that company: the person apposed to it holds the title there. A name after an
honorific stays a person's. Invented texts."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("vi", "VNPT mua lại Công ty Cáp quang Sông Lam. Giám đốc Sông Lam, ông Lê Văn Khoa, từ chối bình luận.",
     ("Lê Văn Khoa", "executive_of", "Cáp quang Sông Lam"), ("Sông Lam", "executive_of", "VNPT")),
    ("vi", "Công ty CP Năng lượng Gió Xanh đang mở rộng nhanh. \"Khách hàng cần điện sạch\", giám đốc điều hành "
           "Gió Xanh, bà Lê Thu Hà, nói.",
     ("Lê Thu Hà", "executive_of", "Năng lượng Gió Xanh"), ("Gió Xanh", "executive_of", "Năng lượng Gió Xanh")),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_company_short_name_after_a_title_is_the_company(lang, text, present, absent):
    assert_sentence(text, lang, [present], [absent])
