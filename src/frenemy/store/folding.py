"""Search keys for names: "Société Générale", "SOCIETE generale" and "société  générale" meet."""

from __future__ import annotations

import unicodedata


def fold(name: str) -> str:
    """Casefolded, accent-free, single-spaced form of a name."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())
