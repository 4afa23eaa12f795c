"""Memory and time of a real ingest into SQLite as the corpus grows (the pipeline must stream).

    python benchmarks/bench_ingest.py [--sizes 1000 10000]

For each size N, writes N generated ~600-word articles (benchmarks/articles.py, five languages) as
text files in a temporary folder, then runs `frenemy.api.ingest` on the folder into a fresh SQLite
file in a child process, and prints a table: wall time, articles/s, peak RSS of the child, database
size, and the ratio of peak RSS to the smallest size's (flat ≈ 1.0x means memory does not grow with
the corpus; the database grows, the process must not).
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
report = ingest([sys.argv[1]], sys.argv[2])
assert report.new == int(sys.argv[3]) and not report.rejected, (report.new, report.rejected[:3])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def measure(n: int, workdir: Path) -> tuple[float, float, float]:
    folder = workdir / f"corpus_{n}"
    folder.mkdir()
    for i, (_, text) in enumerate(articles(n, seed=23)):
        # A serial number makes every article distinct (ingest skips exact duplicates).
        (folder / f"{i:06d}.txt").write_text(f"Dépêche n° {i}.\n\n{text}", "utf-8")
    db = workdir / f"corpus_{n}.db"
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(db), str(n)],
                         capture_output=True, text=True, check=True).stdout
    return time.perf_counter() - t0, float(out.split()[-1]), db.stat().st_size / 2**20


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sorted(args.sizes):
            rows.append((n, *measure(n, Path(tmp))))
    base_rss = rows[0][2]
    print(f"{'articles':>9} {'wall s':>8} {'articles/s':>11} {'peak RSS':>10} {'db size':>9}  RSS ratio")
    for n, wall, rss, size in rows:
        print(f"{n:>9} {wall:>8.1f} {n / wall:>11.1f} {rss:>7.0f} MB {size:>6.0f} MB  {rss / base_rss:.2f}x"
              f"{'' if n == rows[0][0] else ' (flat = streams)'}")


if __name__ == "__main__":
    main()
