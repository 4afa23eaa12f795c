"""Character-level text helpers whose output keeps the input's offsets.

Every matcher works on a lower-cased and an accent-folded copy of the text that have exactly the
same length as the original, so a match found in a copy is a span of the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = {"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'", "\u00a0": " "}

# Vietnamese letters whose diacritics carry meaning ("mua" buy vs "mùa" season): a key holding
# one of them must match with its accents.
_VI_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ") | {chr(c) for c in range(0x1EA0, 0x1EFA)}


def normalise(text: str) -> str:
    """NFC, one kind of apostrophe and space; the analysed text of every document goes through this."""
    text = unicodedata.normalize("NFC", text)
    for char, plain in _APOSTROPHES.items():  # str.replace per character: str.translate is slow past ASCII
        if char in text:
            text = text.replace(char, plain)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def lower(text: str) -> str:
    """Lower case with the same length as the input (str.lower grows 'İ')."""
    out = text.lower()
    if len(out) == len(text):
        return out
    return "".join(c.lower()[0] if len(c.lower()) != 1 else c.lower() for c in text)


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord("đ"): "d", ord("Đ"): "D", ord("ø"): "o", ord("Ø"): "O", ord("ł"): "l"}
    for code in range(0xC0, 0x2000):
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if len(base) == 1 and base != ch:
            table[code] = base
    return table


def fold(text: str) -> str:
    """Lower case without accents, same length as the input."""
    low = lower(text)
    if low.isascii():
        return low
    table = _fold_table()
    letters = set(low)
    if not letters.isdisjoint(_chained()):
        return low.translate(table)  # "ǿ" folds to "ø", not further: one mapping per character
    # one str.replace per distinct accented letter: str.translate goes char by char past ASCII
    for char in letters:
        if char > "\x7f":
            plain = table.get(ord(char))
            if plain is not None:
                low = low.replace(char, plain)
    return low


@lru_cache(maxsize=1)
def _chained() -> frozenset[str]:
    """Letters folding to a letter that itself folds ("ǿ" → "ø")."""
    table = _fold_table()
    return frozenset(chr(code) for code, plain in table.items() if ord(plain) in table)


# The word-edge copy of a folded text (word_edges): every character that is not str.isalnum()
# becomes EDGE, a non-ASCII letter or digit becomes WORD, ASCII letters and digits stay.
EDGE, WORD = "\x00", "\x01"
_ASCII_EDGES = {c: chr(c) if chr(c).isalnum() or chr(c) == WORD else EDGE for c in range(128)}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class _Edges(dict):
    """The word-edge mapping of any character, for str.translate (the slow, general path)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = out = (char if char.isascii() else WORD) if char.isalnum() else EDGE
        return out


_EDGES = _Edges()


def word_edges(text: str) -> str:
    """Same length as `text`; an automaton of keys in this form, with an EDGE before and after,
    finds only keys standing as whole words (the alias pass). A plain ASCII text takes one
    str.translate on its fast path; a few kinds of other characters are replaced first."""
    if WORD not in text:
        if text.isascii():
            return text.translate(_ASCII_EDGES)
        chars = set(_NON_ASCII.findall(text))
        if len(chars) <= 64:
            for char in chars:
                text = text.replace(char, WORD if char.isalnum() else EDGE)
            return text.translate(_ASCII_EDGES)
    return text.translate(_EDGES)


def edge_form(key: str) -> str:
    """word_edges by the general path: for keys, built once."""
    return key.translate(_EDGES)


def has_vietnamese_letters(text: str) -> bool:
    return any(c in _VI_LETTERS for c in text)


_LEGAL_SUFFIXES = re.compile(
    r"[\s,]+(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|sa|s\.a|sas|sarl|se|ag|gmbh|nv|n\.v|bv|b\.v|spa|s\.p\.a"
    r"|srl|s\.r\.l|sl|s\.l|jsc|kgaa|ab|asa|oyj|holdings?|group|groupe|gruppe|groep|gruppo|grupo)\.?$",
    re.IGNORECASE,
)
_PREFIX_PHRASES = ("công ty cổ phần", "công ty tnhh", "công ty", "tập đoàn", "ngân hàng tmcp", "the", "groupe",
                   "grupo", "gruppo", "le groupe")
_LEGAL_PREFIXES = re.compile(rf"^({'|'.join(_PREFIX_PHRASES)})\s+", re.IGNORECASE)
# a word of one of them may be stripped from the front of a name
_PREFIX_WORDS = frozenset(w for phrase in _PREFIX_PHRASES for w in phrase.split())


_KEY_PUNCT = re.compile(r"[.,'\"()]")
_KEY_SPACES = re.compile(r"[\s\-_]+")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Fold a company name for comparison: accents, case, punctuation and legal suffixes go."""
    key = normalise(name).strip()
    for _ in range(2):
        key = _LEGAL_SUFFIXES.sub("", key)
        key = _LEGAL_PREFIXES.sub("", key)
    key = fold(key)
    key = _KEY_PUNCT.sub("", key)
    return _KEY_SPACES.sub(" ", key).strip()


def key_tail(name: str, words: int = 1) -> str | None:
    """The last `words` words of name_key(name) when they show without computing the key, else None.

    Words of plain ASCII letters come through name_key as they stand, lower-cased (normalising,
    folding and dropping punctuation leave them alone, the whitespace between them becomes single
    spaces), unless the last is a legal suffix or one is a word of a legal prefix: those are
    stripped."""
    tokens = name.rsplit(None, words)
    if len(tokens) < words:
        return None
    out = [_plain_word(token, False) for token in tokens[-words:-1]]
    out.append(_plain_word(tokens[-1], True))
    return None if None in out else " ".join(out)


def key_head(name: str) -> str | None:
    """The first word of name_key(name) when it shows without computing the key, else None:
    a first word of plain ASCII letters that is no word of a legal prefix (a legal suffix is
    stripped only after a space, so never from the front)."""
    tokens = name.split(None, 1)
    return _plain_word(tokens[0], False) if tokens else None


@lru_cache(maxsize=65536)
def _plain_word(token: str, last: bool) -> str | None:
    if not (token.isascii() and token.isalpha()) or token.lower() in _PREFIX_WORDS or (
            last and _LEGAL_SUFFIXES.search(" " + token)):
        return None
    return token.lower()


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name_key(name)).strip("_") or "x"
