"""Developer aid: write src/frenemy/lang/common/LANG.txt, the language's frequent words with their
Zipf frequency (log10 of occurrences per billion words), from the wordfreq package (its data is
CC BY-SA 4.0: see the header it writes). Name finding reads the list where capitals say nothing
(German capitalises every noun): a capitalised word this frequent is a word, not a company.
Usage: pip install wordfreq && python scripts/build_common_words.py de"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

FLOOR = 3.5  # about the 17,000 most frequent German words: "Triebwerk" (3.2) is left to the noun endings
OUT = Path(__file__).resolve().parent.parent / "src" / "frenemy" / "lang" / "common"


def build(lang: str) -> int:
    lines = []
    for word in top_n_list(lang, 60000):
        zipf = zipf_frequency(word, lang)
        if zipf < FLOOR:
            break
        if word.isalpha():
            # an English word frequent in German text ("on", "see") may be a name there ("Puma verliert
            # an On"): marked, so that only a compound's last part ("Siliziumkarbid-Module") reads it
            english = lang != "en" and zipf_frequency(word, "en") >= zipf
            lines.append(f"{word}\t{zipf:.1f}" + ("\ten" if english else ""))
    header = (f"# The most frequent words of '{lang}' and their Zipf frequency, from wordfreq "
              "(https://github.com/rspeer/wordfreq,\n# data CC BY-SA 4.0, Robyn Speer et al.). "
              "Written by scripts/build_common_words.py.\n")
    (OUT / f"{lang}.txt").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


if __name__ == "__main__":
    for code in sys.argv[1:] or ["de"]:
        print(code, build(code))
