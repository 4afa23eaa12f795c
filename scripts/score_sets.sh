#!/usr/bin/env bash
# Developer aid: score the checkout's engine on the dev set and the repo's annotated sets with the
# referee (../shared/eval/score.py). Usage: scripts/score_sets.sh [SET ...] [--show-errors]
# SET is dev, gold, blind, unseen, fresh, fresh2, fresh3, fresh4, fresh5 ... fresh19 (default: all that exist). Predictions land in /tmp/frenemy-score-*.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
sets=(); extra=()
for a in "$@"; do case $a in --*) extra+=("$a");; *) sets+=("$a");; esac; done
if [ ${#sets[@]} -eq 0 ]; then
  sets=(dev)
  for s in gold blind unseen fresh fresh2 fresh3 fresh4 fresh5 fresh6 fresh7 fresh8 fresh9 fresh10 fresh11 fresh12 fresh13 fresh14 fresh15 fresh16 fresh17 fresh18 fresh19; do compgen -G "$root/tests/data/$s/*.txt" >/dev/null && sets+=("$s"); done
fi
for s in "${sets[@]}"; do
  case $s in dev) dir=$root/../shared/eval/dev;; *) dir=$root/tests/data/$s;; esac
  out=/tmp/frenemy-score-$s-$$.jsonl
  PYTHONPATH=$root/src python -m frenemy extract "$dir"/*.txt --format jsonl > "$out"
  echo "== $s"
  python "$root/../shared/eval/score.py" --gold "$dir" --pred "$out" "${extra[@]}" | grep -v '^{'
done
