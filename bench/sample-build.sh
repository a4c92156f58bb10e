#!/usr/bin/env bash
# The Kremlin archive sample (src/test/resources/corpus/kremlin-sample, 50 pages) built by the packaged jar from an
# empty folder with no project, RUNS times in fresh JVMs: files published and skipped, pages, kinds, and the whole
# build's seconds as the build reports them, with min / median / max.
# Usage: bash bench/sample-build.sh [RUNS]   (default 3; needs target/verbatim.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/verbatim.jar ] || mvn -q -B package -DskipTests
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp target/verbatim.jar "$work/verbatim.jar"
mkdir "$work/in" "$work/empty"
cp src/test/resources/corpus/kremlin-sample/*.txt src/test/resources/corpus/kremlin-sample/*.yml "$work/in/"
for i in $(seq "$runs"); do
  rm -rf "$work/anchors"
  (cd "$work/empty" && java -jar "$work/verbatim.jar" build --input "$work/in" --anchors "$work/anchors" \
      --out "$work/site" > "$work/out.txt" 2> "$work/err.txt")
  grep '^Built ' "$work/out.txt" | awk '{ print $(NF-1) }' >> "$work/seconds.txt"
done
cat "$work/err.txt"
grep '^Built ' "$work/out.txt"
echo "kinds (home page):"
grep -o '<p class="meta">[A-Z][a-z ]*' "$work/site/index.html" | sed 's/.*>//' | sort | uniq -c
sort -n "$work/seconds.txt" | awk '{ v[NR] = $1 } END { printf "whole build, s: min %s median %s max %s (%d runs)\n",
    v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[NR], NR }'
