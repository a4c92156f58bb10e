#!/usr/bin/env bash
# Bake benchmark: builds synthetic transcripts of growing size and prints wall time per build.
# Usage: bash bench/bake-scaling.sh [N ...]   (default 100 1000 10000 questions; needs target/verbatim.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/verbatim.jar ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private copy of the jar: rebuilding the project during a long run must not pull classes from under it.
cp target/verbatim.jar "$work/verbatim.jar"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000)
printf '%-10s %-8s %-10s %s\n' questions pages seconds per-page-ms
for n in "${sizes[@]}"; do
  java bench/GenerateTranscript.java "$n" "$work/bench-$n.txt"
  start=$(date +%s.%N)
  java -jar "$work/verbatim.jar" build --input "$work/bench-$n.txt" --out "$work/site-$n" > "$work/out-$n.txt"
  end=$(date +%s.%N)
  pages=$(find "$work/site-$n" -name '*.html' | wc -l)
  secs=$(echo "$end - $start" | bc -l)
  printf '%-10s %-8s %-10.1f %.2f\n' "$n" "$pages" "$secs" "$(echo "1000 * $secs / $pages" | bc -l)"
  # The build's own stage times (read, cross-reference, write, bake, checks), indented under the row.
  grep -E '^  (read|cross-referenced|wrote|baked|checked)' "$work/out-$n.txt" | sed 's/^/    /'
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | sed -n 1p)"
