"""What the optional statistical NER step costs and brings (needs `pip install 'frenemy[ner]'`).

    python benchmarks/bench_ner.py [--gold /work/shared/eval/dev] [--articles 150]

Prints one table:
- quality on the annotated articles, scored by the referee (shared/eval/score.py): relations F1
  and company recall, default pipeline vs the pipeline with NER;
- speed on generated ~600-word articles (benchmarks/articles.py), one core, CPU time
  (time.process_time): articles/s of the default pipeline, of the pipeline with NER, and of the
  NER model alone on the same texts, per language the NER step serves and overall, with the
  ratio with-NER time / NER-model-alone time (target ≤ 1.3x).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import articles  # noqa: E402

from frenemy.ingest import Rejected, iter_sources  # noqa: E402
from frenemy.model import Document  # noqa: E402
from frenemy.nlp import ner  # noqa: E402
from frenemy.nlp.sentences import split_sentences  # noqa: E402
from frenemy.nlp.text import normalise  # noqa: E402
from frenemy.output import prediction  # noqa: E402
from frenemy.pipeline import Pipeline  # noqa: E402

RATIO_TARGET = 1.3
DEFAULT_GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def score(pipeline: Pipeline, gold: Path, scorer: Path) -> tuple[float, float, int]:
    docs = [d for d in iter_sources([gold]) if not isinstance(d, Rejected)]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(prediction(pipeline.analyse(d)), ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred", f.name],
                         capture_output=True, text=True, check=True).stdout
    Path(f.name).unlink()
    f1 = float(re.search(r"relations F1 ([\d.]+)", out).group(1))
    recall = float(re.search(r"company recall ([\d.]+)", out).group(1))
    return f1, recall, len(docs)


def timed(fn, items) -> float:
    t0 = time.process_time()
    for item in items:
        fn(item)
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD / "dev")
    ap.add_argument("--scorer", type=Path, default=None, help="score.py (default: beside --gold)")
    ap.add_argument("--articles", type=int, default=150, help="generated articles (languages in turn)")
    args = ap.parse_args()
    scorer = args.scorer or args.gold.parent / "score.py"

    base = Pipeline.default()
    with_ner = ner.with_ner(base)
    warm = Document("Amazon acquires Whole Foods.", lang="en")
    base.analyse(warm)
    t0 = time.process_time()
    for lang, text in (("en", "Zorblax buys Quintara."), ("fr", "Zorblax rachète Quintara."),
                       ("vi", "Công ty Vinasun mua lại Công ty Minh Long.")):
        with_ner.analyse(Document(text, lang=lang))
    load = time.process_time() - t0

    rows: list[tuple[str, str, str, str]] = []
    if args.gold.is_dir() and scorer.is_file():
        f1_a, rec_a, n = score(base, args.gold, scorer)
        f1_b, rec_b, _ = score(with_ner, args.gold, scorer)
        where = f"{n} docs in {args.gold.name}"
        rows.append((f"relations F1 ({where})", f"{f1_a:.3f}", f"{f1_b:.3f}", f"{f1_b - f1_a:+.3f}"))
        rows.append((f"company recall ({where})", f"{rec_a:.3f}", f"{rec_b:.3f}", f"{rec_b - rec_a:+.3f}"))
    else:
        print(f"(no gold at {args.gold}: quality rows left out)", file=sys.stderr)

    docs = [Document(text, lang=lang) for lang, text in articles(args.articles)]
    words = sum(len(d.text.split()) for d in docs) / len(docs)
    # The model alone gets what the step gives it: the normalised text (and sentences for vi).
    inputs = [(normalise(d.full_text), d.lang) for d in docs]
    inputs = [(t, lang, [(s.start, s.end) for s in split_sentences(t)] if lang == "vi" else None)
              for t, lang in inputs]
    langs = sorted({d.lang for d in docs}, key=lambda x: (x not in ner.LANGUAGES, x))
    for lang in langs:  # lexicons and models load before the clock starts
        first = next(d for d in docs if d.lang == lang)
        base.analyse(first)
        with_ner.analyse(first)
    total = {"base": 0.0, "ner": 0.0, "model": 0.0, "n": 0}
    speed: list[tuple[str, str, str, str]] = []
    for lang in langs:
        mine = [d for d in docs if d.lang == lang]
        mine_in = [i for i in inputs if i[1] == lang]
        t_base = timed(base.analyse, mine)
        t_ner = timed(with_ner.analyse, mine)
        t_model = timed(lambda i: ner.model_spans(*i), mine_in)
        n = len(mine)
        served = lang in ner.LANGUAGES
        if served:
            total["base"] += t_base
            total["ner"] += t_ner
            total["model"] += t_model
            total["n"] += n
        model = f"{n / t_model:.0f}" if served and t_model > 0 else "no model"
        ratio = f"{t_ner / t_model:.2f}x" if served and t_model > 0 else ""
        speed.append((f"articles/s {lang} (default | +NER | model alone)", f"{n / t_base:.0f}",
                      f"{n / t_ner:.0f} | {model}", ratio))
    n = total["n"]
    overall_ratio = total["ner"] / total["model"]
    speed.append(("articles/s en+fr+vi (default | +NER | model alone)", f"{n / total['base']:.0f}",
                  f"{n / total['ner']:.0f} | {n / total['model']:.0f}",
                  f"{overall_ratio:.2f}x ({'within' if overall_ratio <= RATIO_TARGET else 'over'} "
                  f"{RATIO_TARGET}x target)"))
    speed.append(("slowdown of the pipeline with NER (en+fr+vi)", "1.00x",
                  f"{total['ner'] / total['base']:.1f}x", ""))
    rows += speed
    rows.append(("model load (en + fr + vi, once)", "", f"{load * 1000:.0f} ms", ""))
    rows.append(("article length", f"{words:.0f} words", "", ""))

    width = max(len(r[0]) for r in rows)
    print(f"{'measure':{width}}  {'default':>9}  {'with NER':>18}  delta / ratio")
    for name, a, b, c in rows:
        print(f"{name:{width}}  {a:>9}  {b:>18}  {c}")


if __name__ == "__main__":
    main()
