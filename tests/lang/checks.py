"""What every lexicon test asks of a sentence, written once for the seven languages."""

from __future__ import annotations

import pytest

from frenemy.api import analyse_text, relation_triples
from frenemy.model import SYMMETRIC_RELATIONS


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(subject name, relation, object name) claimed at the default cut-off; a symmetric relation
    (partner_of, competes_with) in both orders, as the referee reads it."""
    got = relation_triples(analyse_text(text, lang=lang))
    return got | {(o, r, s) for s, r, o in got if r in SYMMETRIC_RELATIONS}


def xfail(text, present=(), absent=(), reason=""):
    return pytest.param(text, present, absent, marks=pytest.mark.xfail(reason=reason, strict=False))


def assert_sentence(text: str, lang: str, present, absent) -> None:
    got = triples(text, lang)
    for t in present:
        assert t in got, f"missing {t}; got {sorted(got)}"
    for t in absent:
        assert t not in got, f"unexpected {t}; got {sorted(got)}"


def assert_no_relation(text: str, lang: str, a: str, b: str) -> None:
    between = {t for t in triples(text, lang) if {t[0], t[2]} == {a, b}}
    assert not between, f"unexpected {sorted(between)}"


def claims_by_name(text: str, lang: str) -> dict[tuple[str, str, str], list]:
    """Every claim at any confidence by (subject name, relation, object name); symmetric ones both ways."""
    ad = analyse_text(text, lang=lang)
    names = {e.id: e.name for e in ad.entities.values()}
    out: dict[tuple[str, str, str], list] = {}
    for c in ad.claims:
        key = (names[c.subject], c.relation, names[c.object])
        out.setdefault(key, []).append(c)
        if c.relation in SYMMETRIC_RELATIONS:
            out.setdefault((key[2], key[1], key[0]), []).append(c)
    return out


def assert_claims(text: str, lang: str, present, absent) -> None:
    """`present` triples at the cut-off, or a 4-tuple with the claim's modality; `absent` never claimed."""
    claims = claims_by_name(text, lang)
    for triple in present:
        found = claims.get(tuple(triple[:3]), [])
        if len(triple) == 4:
            assert any(c.modality == triple[3] for c in found), (triple, sorted(claims))
        else:
            assert any(c.confidence >= 0.5 for c in found), (triple, sorted(claims))
    for triple in absent:
        assert triple not in claims, (triple, sorted(claims))
