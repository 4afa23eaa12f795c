"""Tokenisation shared by lexicons and sentences, so a cue phrase and a sentence split alike."""

from __future__ import annotations

import re
from functools import lru_cache

# French/Italian elisions (l', d', qu', dell') and the English possessive 's are tokens of their
# own: "d'AWS" must leave "AWS" free to be a mention, "Microsoft's" must leave "Microsoft".
# An abbreviation of single letters keeps its last dot when a lower-case word follows ("the U.S.
# group", "U.K. lender"): there the dot ends no sentence, and a lone "." would cut the clause.
_ABBREVIATION = r"\b(?:[^\W\d_]\.)+[^\W\d_]\.(?=\s+[a-z])"
TOKEN = re.compile(
    _ABBREVIATION + "|"
    r"(?i:\b(?:qu|dell|dall|nell|sull|all|[dlnsjmtc])')"
    r"|'s\b"
    r"|\w+(?:[-.&+]\w+)*\+?"
    r"|[^\w\s]",
)


# TOKEN without its two apostrophe alternatives: on a text with no apostrophe they never match,
# and the case-blind elision test tried at every word start is most of TOKEN's time.
_WORDS = re.compile(_ABBREVIATION + r"|\w+(?:[-.&+]\w+)*\+?|[^\w\s]")
_span = re.Match.span


def tokenize(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each token of `text`, as TOKEN finds them."""
    return list(map(_span, (TOKEN if "'" in text else _WORDS).finditer(text)))


@lru_cache(maxsize=65536)
def token_key(phrase: str) -> str:
    """A phrase as the space-joined sequence of its lower-cased tokens: 'Client d’AWS' → "client d' aws"."""
    from frenemy.nlp.text import lower, normalise

    text = lower(normalise(phrase))
    return " ".join(text[a:b] for a, b in tokenize(text))
