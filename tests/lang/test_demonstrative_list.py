"""A plural demonstrative right after a cue, before a noun ("competes with these giants", "concurreert
met die Amerikaanse hyperscalers") stands for the list of companies the sentence before named.
Invented texts, seven languages."""

import pytest

from tests.lang.checks import assert_sentence

R = "competes_with"

CASES = [
    ("en", "Amazon, Microsoft and Google dominate cloud computing. OVHcloud competes with these giants in Europe.",
     [("OVHcloud", R, "Amazon"), ("OVHcloud", R, "Google")], []),
    ("fr", "Amazon, Microsoft et Google dominent le marché du cloud. OVHcloud concurrence ces géants en Europe.",
     [("OVHcloud", R, "Amazon"), ("OVHcloud", R, "Microsoft")], []),
    ("es", "Amazon, Microsoft y Google dominan la nube. Telefónica compite con estos gigantes en España.",
     [("Telefónica", R, "Amazon"), ("Telefónica", R, "Google")], []),
    ("it", "Amazon, Microsoft e Google dominano il cloud. Aruba compete con questi colossi in Italia.",
     [("Aruba", R, "Amazon"), ("Aruba", R, "Google")], []),
    ("de", "Amazon, Microsoft und Google beherrschen den Cloud-Markt. Ionos konkurriert mit diesen Riesen in Europa.",
     [("Ionos", R, "Amazon"), ("Ionos", R, "Google")], []),
    ("nl", "Amazon, Microsoft en Google domineren de cloudmarkt. Polderwolk concurreert met die Amerikaanse hyperscalers.",
     [("Polderwolk", R, "Amazon"), ("Polderwolk", R, "Google")], []),
    ("vi", "Viettel và VNPT thống trị thị trường viễn thông. FPT cạnh tranh với các tập đoàn này.",
     [("FPT", R, "Viettel"), ("FPT", R, "VNPT")], []),
    # the names follow the noun: they are the rivals, not the list before
    ("en", "Amazon, Microsoft and Google dominate cloud computing. OVHcloud competes with these rivals such as Scaleway.",
     [("OVHcloud", R, "Scaleway")], [("OVHcloud", R, "Amazon")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_demonstrative_stands_for_the_last_list(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
