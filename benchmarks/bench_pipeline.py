"""Articles per second per core, and memory over a long stream.

    python benchmarks/bench_pipeline.py [--articles 600] [--stream 2000]

Prints a table: throughput of the default pipeline on ~600-word articles in five languages
(one process, one core, CPU time, so other work on the machine disturbs it little) against the
300 articles/s target; peak memory (RSS) after 10% of the stream and after the whole stream
(flat means the pipeline streams).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import articles  # noqa: E402

from frenemy.model import Document  # noqa: E402
from frenemy.pipeline import Pipeline  # noqa: E402

TARGET = 300.0


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--stream", type=int, default=2000)
    args = ap.parse_args()
    t0 = time.process_time()
    pipeline = Pipeline.default()
    pipeline.analyse(Document("Amazon acquires Whole Foods.", lang="en"))  # load registry, lexicons
    warm = time.process_time() - t0
    docs = [Document(text, lang=lang) for lang, text in articles(args.articles)]
    words = sum(len(d.text.split()) for d in docs) / len(docs)
    t0 = time.process_time()
    claims = 0
    for d in docs:
        claims += len(pipeline.analyse(d).claims)
    elapsed = time.process_time() - t0
    rate = len(docs) / elapsed
    t0 = time.process_time()
    for d in docs:
        pipeline.analyse(Document(d.text, lang=""))
    rate_detect = len(docs) / (time.process_time() - t0)
    early = None
    for i, (lang, text) in enumerate(articles(args.stream, seed=11)):
        pipeline.analyse(Document(text, lang=lang))
        if i == args.stream // 10:
            early = rss_mb()
    late = rss_mb()
    rows = [
        ("start-up (registry + lexicons)", f"{warm * 1000:.0f} ms", ""),
        ("article length", f"{words:.0f} words", ""),
        ("articles/s/core, language given", f"{rate:.0f}", f"{rate / TARGET:.2f}x of {TARGET:.0f}/s target"),
        ("articles/s/core, language detected", f"{rate_detect:.0f}", f"{rate_detect / TARGET:.2f}x of target"),
        ("claims per article", f"{claims / len(docs):.1f}", ""),
        (f"peak RSS after {args.stream // 10} articles", f"{early:.0f} MB", ""),
        (f"peak RSS after {args.stream} articles", f"{late:.0f} MB", f"{late / early:.2f}x (flat = streams)"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':{width}}  {'value':>12}  ratio")
    for name, value, ratio in rows:
        print(f"{name:{width}}  {value:>12}  {ratio}")


if __name__ == "__main__":
    main()
