#!/usr/bin/env bash
# Preprocessing benchmark: the real CLI builds seed + k1 + w1 in fresh JVMs; prints each stage's seconds as the
# build reports them (read = parse and structure, cross-reference, write Markdown) and the median of each.
# Usage: bash bench/preprocess.sh [RUNS]   (default 7; needs target/verbatim.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/verbatim.jar ] || mvn -q -B package -DskipTests
runs=${1:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp target/verbatim.jar "$work/verbatim.jar"
mkdir "$work/in"
cp transcripts/000_a9627bfb15e6d3a6.* "$work/in/"
for t in k1_kremlin_2019-04-25_peoples-daily_written w1_whitehouse_2023-01-19_gaggle-dalton-criswell; do
  cp src/test/resources/corpus/$t.txt src/test/resources/corpus/$t.yml src/test/resources/corpus/$t.anchors.yml "$work/in/"
done
printf '%-4s %-7s %-9s %-7s %-7s %-7s %s\n' run read crossref write pre bake whole
for i in $(seq "$runs"); do
  java -jar "$work/verbatim.jar" build --input "$work/in" --out "$work/site" > "$work/out.txt"
  awk -v run="$i" '
    /^  read /            { read = $(NF-1) }
    /^  cross-referenced/ { cross = $(NF-1) }
    /^  wrote /           { write = $(NF-1) }
    /^  baked /           { bake = $(NF-1) }
    /^Built /             { whole = $(NF-1) }
    END { printf "%-4s %-7s %-9s %-7s %-7.2f %-7s %s\n", run, read, cross, write, read + cross + write, bake, whole }
  ' "$work/out.txt"
done | tee "$work/table.txt"
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%-7.2f ", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
printf '%-4s ' med
for c in 2 3 4 5 6 7; do awk -v c="$c" '{ print $c }' "$work/table.txt" | median; done
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | sed -n 1p), load average $(cut -d' ' -f1-3 /proc/loadavg)"
