"""Memory and time of a real ingest into SQLite as the corpus grows (the pipeline must stream).

    python benchmarks/bench_ingest.py [--sizes 1000 10000]

For each size N, writes N generated ~600-word articles (benchmarks/articles.py, five languages) as
text files in a temporary folder, then runs `frenemy.api.ingest` on the folder into a fresh SQLite
file in a child process, and prints a table: wall time, articles/s, peak RSS of the child, database
size, and the ratio of peak RSS to the smallest size's: while documents are analysed and stored
(flat ≈ 1.0x: the pipeline and the store stream), and after ingest has counted the store's new
conflicts (that needs the graph's distinct edges, which grow with the corpus, never its sentences).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import articles  # noqa: E402

CHILD = """
import resource, sys
from frenemy.api import ingest
rss = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
loop = [0.0]
def on_item(source):
    loop[0] = rss()
report = ingest([sys.argv[1]], sys.argv[2], on_item=on_item)
assert report.new == int(sys.argv[3]) and not report.rejected, (report.new, report.rejected[:3])
print(loop[0], rss())
"""


def measure(n: int, workdir: Path) -> tuple[float, float, float, float]:
    folder = workdir / f"corpus_{n}"
    folder.mkdir()
    for i, (_, text) in enumerate(articles(n, seed=23)):
        # A serial number makes every article distinct (ingest skips exact duplicates).
        (folder / f"{i:06d}.txt").write_text(f"Dépêche n° {i}.\n\n{text}", "utf-8")
    db = workdir / f"corpus_{n}.db"
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(db), str(n)],
                         capture_output=True, text=True, check=True).stdout
    loop_rss, end_rss = map(float, out.split()[-2:])
    return time.perf_counter() - t0, loop_rss, end_rss, db.stat().st_size / 2**20


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sorted(args.sizes):
            rows.append((n, *measure(n, Path(tmp))))
    base_loop, base_end = rows[0][2], rows[0][3]
    print(f"{'articles':>9} {'wall s':>8} {'articles/s':>11} {'RSS docs':>10} {'RSS +conflicts':>15} {'db size':>9}"
          "  ratio docs | +conflicts")
    for n, wall, loop_rss, end_rss, size in rows:
        print(f"{n:>9} {wall:>8.1f} {n / wall:>11.1f} {loop_rss:>7.0f} MB {end_rss:>12.0f} MB {size:>6.0f} MB"
              f"  {loop_rss / base_loop:.2f}x | {end_rss / base_end:.2f}x")


if __name__ == "__main__":
    main()
