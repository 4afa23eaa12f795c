"""Language identification, restricted to the languages frenemy has lexicons for."""

from __future__ import annotations

from functools import lru_cache

from frenemy.lang import available_languages

FALLBACK = "en"


@lru_cache(maxsize=1)
def _identifier():
    # The model ships inside the py3langid wheel: nothing is downloaded.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(available_languages())
    return ident


def detect_language(text: str) -> str:
    sample = text[:600]  # a paragraph is enough for seven languages this different
    if not sample.strip():
        return FALLBACK
    lang, _ = _identifier().classify(sample)
    return lang
