"""Bytes → text, or a reason why these bytes are not an article.

UTF-8 first because nearly all news on disk is UTF-8 today; a legacy code page is
accepted only when charset-normalizer is sure and the result reads as text, since a
wrong guess silently garbles every company name in the document.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from frenemy.ingest.errors import SourceError

# Share of control/unassigned characters above which decoded "text" is really binary.
MAX_CONTROL_RATIO = 0.05
# Legacy encodings in order of how common they are for news; breaks ties between
# candidates that decode the bytes equally well (short texts often fit several).
PREFERRED_ENCODINGS = (
    "cp1252",
    "latin_1",
    "cp1250",
    "cp1251",
    "cp1258",
    "iso8859_15",
    "iso8859_2",
    "cp932",
    "shift_jis",
    "euc_jp",
    "gb18030",
    "gb2312",
    "big5",
    "euc_kr",
    "koi8_r",
)
# C0/C1 controls except tab, newlines and form feed, private use and lone surrogates:
# a regex rather than unicodedata per character because files can be megabytes long.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ud800-\udfff]")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode_text(data: bytes) -> str:
    """Decode an article's bytes; raise SourceError with the reason when they are not text."""
    if data.startswith(_UTF16_BOMS):
        # UTF-16 is full of NUL bytes, so it must be recognised before the binary check.
        text = _decode_utf16(data)
    elif b"\x00" in data:
        raise SourceError("looks binary: contains NUL bytes")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            text = _decode_legacy(data, exc)
    _check_textual(text)
    # One newline convention keeps title detection and character offsets simple; NFC
    # makes the same article hash the same whether its accents were composed or not.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _decode_utf16(data: bytes) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise SourceError(f"not valid UTF-16 despite its byte-order mark ({exc.reason})") from None


def _decode_legacy(data: bytes, utf8_error: UnicodeDecodeError) -> str:
    best: tuple[tuple[float, int, int], str] | None = None
    for match in from_bytes(data):
        text = str(match)
        if _control_ratio(text) > MAX_CONTROL_RATIO:
            continue
        rank = (round(match.chaos, 2), _odd_symbols(text), _preference(match.encoding))
        if best is None or rank < best[0]:
            best = (rank, text)
    if best is None:
        bad = data[utf8_error.start]
        raise SourceError(
            f"not valid UTF-8 (byte 0x{bad:02x} at offset {utf8_error.start}) "
            "and no legacy encoding could be detected"
        )
    return best[1]


def _preference(encoding: str) -> int:
    try:
        return PREFERRED_ENCODINGS.index(encoding)
    except ValueError:
        return len(PREFERRED_ENCODINGS)


def _odd_symbols(text: str) -> int:
    """Symbols glued to letters, the usual sign of a wrong code page ("Spó³ka" for "Spółka")."""
    count = 0
    for i in range(1, len(text) - 1):
        category = unicodedata.category(text[i])
        if category in ("No", "Sk", "So", "Sm", "Co") and (text[i - 1].isalpha() or text[i + 1].isalpha()):
            count += 1
    return count


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    return _CONTROL_CHARS.subn("", text)[1] / len(text)


def _check_textual(text: str) -> None:
    ratio = _control_ratio(text)
    if ratio > MAX_CONTROL_RATIO:
        raise SourceError(f"looks binary: {ratio:.0%} of the characters are control codes")
