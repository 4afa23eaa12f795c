"""A generator of realistic multi-language business articles of about 600 words.

Sentences are built from templates per language with company names from the bundled registry,
so the pipeline sees the kind of text it reads in production: lists, role phrases, deals,
rivalries, plain filler. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from frenemy.knowledge.registry import default_registry

TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{A} said on Tuesday it had agreed to acquire {B} for an undisclosed sum.",
        "{A} is a customer of {B}, which also counts {C} and {D} among its clients.",
        "Analysts expect {A} to compete with {B} in {IND} as margins tighten across the sector.",
        "{P}, chief executive of {A}, told reporters the company would keep investing in {IND}.",
        "{A} and {B} announced a strategic partnership to build new services for {IND} customers.",
        "Shares of {A} rose 3 percent in early trading after quarterly revenue beat expectations.",
        "The deal, which still needs regulatory approval, would be the largest in the sector this year.",
        "{A} uses {B} to run its online stores, according to people familiar with the matter.",
        "Executives at {A} have long argued that scale matters more than price in the long run.",
        "{A} is in talks to buy {B}, two people with knowledge of the discussions said.",
    ],
    "fr": [
        "{A} a annoncé mardi le rachat de {B} pour un montant non divulgué.",
        "{A} est client de {B}, qui compte aussi {C} et {D} parmi ses clients.",
        "Selon les analystes, {A} pourrait concurrencer {B} dans {IND} dès l'an prochain.",
        "{P}, directeur général de {A}, a indiqué que le groupe continuerait d'investir.",
        "{A} et {B} ont annoncé un partenariat stratégique dans {IND}.",
        "L'action de {A} a progressé de 3 % en début de séance après la publication des résultats.",
        "L'opération doit encore recevoir le feu vert des autorités de la concurrence.",
        "{A} utilise {B} pour faire fonctionner ses services en ligne.",
    ],
    "vi": [
        "{A} cho biết đã đồng ý mua lại {B} với giá không được tiết lộ.",
        "{A} là khách hàng của {B}, cũng như {C} và {D}.",
        "Theo các nhà phân tích, {A} có thể cạnh tranh với {B} trong mảng {IND}.",
        "Ông {P}, tổng giám đốc {A}, cho biết công ty sẽ tiếp tục đầu tư.",
        "{A} và {B} đã công bố quan hệ đối tác chiến lược trong lĩnh vực {IND}.",
        "Cổ phiếu của {A} tăng 3% trong phiên giao dịch sáng nay sau khi công bố kết quả kinh doanh.",
        "Thương vụ này vẫn cần được cơ quan quản lý phê duyệt.",
    ],
    "de": [
        "{A} übernimmt {B} für einen nicht genannten Betrag.",
        "{A} ist Kunde von {B}, zu dessen Kunden auch {C} und {D} gehören.",
        "{P}, Chef von {A}, sagte, der Konzern werde weiter investieren.",
        "{A} und {B} kündigten eine strategische Partnerschaft an.",
        "Die Aktie von {A} legte im frühen Handel um drei Prozent zu.",
    ],
    "es": [
        "{A} ha comprado {B} por una cantidad no revelada.",
        "{A} es cliente de {B}, que también cuenta con {C} y {D} entre sus clientes.",
        "{P}, consejero delegado de {A}, dijo que la compañía seguirá invirtiendo.",
        "{A} y {B} anunciaron una alianza estratégica.",
        "Las acciones de {A} subieron un 3 % en la apertura tras presentar resultados.",
    ],
}
INDUSTRY = {"en": ["healthcare", "retail", "cloud computing", "financial services"],
            "fr": ["la santé", "le commerce de détail", "le cloud"],
            "vi": ["bán lẻ", "y tế", "dịch vụ tài chính"],
            "de": ["Gesundheitswesen"], "es": ["la sanidad"]}
PEOPLE = ["Anna Berg", "Marc Dupont", "Laura Rossi", "David Chen", "Nguyễn Văn An", "Sofia García"]


def articles(n: int, words: int = 600, seed: int = 7) -> Iterator[tuple[str, str]]:
    """(language, text) pairs, languages in turn."""
    rng = random.Random(seed)
    companies = sorted(e.name for e in default_registry().entries.values() if e.kind == "company")
    langs = sorted(TEMPLATES)
    for i in range(n):
        lang = langs[i % len(langs)]
        out: list[str] = []
        count = 0
        while count < words:
            a, b, c, d = rng.sample(companies, 4)
            sentence = rng.choice(TEMPLATES[lang]).format(
                A=a, B=b, C=c, D=d, P=rng.choice(PEOPLE), IND=rng.choice(INDUSTRY[lang]))
            out.append(sentence)
            count += len(sentence.split())
        yield lang, " ".join(out)
