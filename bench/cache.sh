#!/usr/bin/env bash
# The build cache and serve's rebuild, whole processes timed from outside with /usr/bin/time -v.
#
#   bash bench/cache.sh seed [RUNS]   the shipped seed
#   bash bench/cache.sh N [RUNS]      an archive of N transcripts (bench/make-archive.sh N DIR --mix all)
#
# Each run, in turn: a first build (no site, empty cache), a second build with nothing changed (skipped by the
# cache), and a build after one word of one transcript changed. Then `serve` on the same input: one word changed
# RUNS times, each timed until the served page shows it and until the whole rebuild after it has ended, with how
# many files of the site were rewritten.
# Prints min / median / max of wall seconds and peak RSS, and second / first per run. VERBATIM_JAR names another jar;
# SERVE_ONLY=1 skips the timed builds.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?usage: bash bench/cache.sh seed|N [RUNS]}
runs=${2:-3}
source bench/lib.sh
bench_setup
java=(java ${VERBATIM_JAVA_OPTS:-} -jar "$work/verbatim.jar")

if [ "$mode" = seed ]; then
  mkdir "$work/in"
  cp transcripts/000_a9627bfb15e6d3a6.* "$work/in/"
  edited="$work/in/000_a9627bfb15e6d3a6.txt"
else
  [[ $mode =~ ^[0-9]+$ ]] || { echo "usage: bash bench/cache.sh seed|N [RUNS]" >&2; exit 2; }
  bash bench/make-archive.sh "$mode" "$work/in" --mix all >/dev/null
  edited=$(find "$work/in" -name '*.txt' | sort | head -1)
fi
# One untimed build first: it writes the anchor registries beside the transcripts, as a project keeps them.
"${java[@]}" build -q --no-cache --input "$work/in" --out "$work/site"

row() { printf '%-40s %-24s %s\n' "$1" "$(stats "$work/r-$2" 1)" "$(stats "$work/r-$2" 2)"; }

machine
echo "input: $mode ($(find "$work/in" -name '*.txt' | wc -l) transcripts), edited: $(basename "$edited")"
# SERVE_ONLY=1: one first build, untimed, then the serve part alone.
[ -z "${SERVE_ONLY:-}" ] || { sed -i -E "\$ s/\$/ cacheedit$runs/" "$edited"
  "${java[@]}" build -q --cache "$work/cache" --input "$work/in" --out "$work/site"; }
for i in $(seq "$([ -z "${SERVE_ONLY:-}" ] && echo "$runs" || echo 0)"); do
  rm -rf "$work/site" "$work/cache"
  timed first "${java[@]}" build --cache "$work/cache" --input "$work/in" --out "$work/site"
  timed second "${java[@]}" build --cache "$work/cache" --input "$work/in" --out "$work/site"
  grep -q '^Unchanged' "$work/out-second.txt" || { echo "the second build was not skipped" >&2; exit 1; }
  sed -i -E "\$ s/( cacheedit[0-9]+)?\$/ cacheedit$i/" "$edited"
  timed changed "${java[@]}" build --cache "$work/cache" --input "$work/in" --out "$work/site"
done
if [ -z "${SERVE_ONLY:-}" ]; then
  pages=$(find "$work/site" -type f | wc -l)
  printf '%-40s %-24s %s\n' "" "wall s min / med / max" "peak RSS MB min / med / max"
  row "first build ($pages files)" first
  row "second build, nothing changed" second
  row "build after one word changed" changed
  echo "second / first, per run: $(ratios second first)"
fi

# serve: one word changed, timed until the served page shows it (a quick pass over the edited transcript), and
# until the whole rebuild that follows has ended. The page is the one of the last changed build that holds the
# last marker: the edit is always on the transcript's last line.
page=$(cd "$work/site" && grep -rl "cacheedit$runs" --include='*.html' . | grep -v '/q[0-9]' | sort | head -1 \
  | sed 's|^\./||')
[ -n "$page" ] || { echo "no page of the site shows the last edit" >&2; exit 1; }
"${java[@]}" serve --cache "$work/cache" --input "$work/in" --out "$work/site" --port 0 > "$work/serve.txt" 2>&1 &
serve_pid=$!
serving "$work/serve.txt" 600
# A serve that starts from the cache's record builds once at once, to have the model a quick pass needs.
for _ in $(seq 6000); do grep -q '^Built' "$work/serve.txt" && break; sleep 0.1; done
grep -q '^Built' "$work/serve.txt" || { echo "serve's first whole build did not end in 600 s" >&2; exit 1; }
echo "serve: started, then $(grep '^Built' "$work/serve.txt" | head -1)"
: > "$work/reload"; : > "$work/whole"
for i in $(seq "$runs"); do
  sleep 2  # let the watcher settle after the previous rebuild
  marker="serveedit$i"
  before=$(grep -c '^Built' "$work/serve.txt" || true)
  start=$(date +%s.%N)
  sed -i -E "\$ s/( (cacheedit|serveedit)[0-9]+)?\$/ $marker/" "$edited"
  ok=
  for _ in $(seq 60000); do
    if curl -fsS "$url$page" 2>/dev/null | grep -q "$marker"; then ok=1; break; fi
    sleep 0.01
  done
  shown=$(date +%s.%N)
  [ -n "$ok" ] || { echo "the edit never showed (600 s)" >&2; tail "$work/serve.txt" >&2; exit 1; }
  for _ in $(seq 60000); do
    [ "$(grep -c '^Built' "$work/serve.txt" || true)" -gt "$before" ] && break
    sleep 0.05
  done
  end=$(date +%s.%N)
  echo "$shown - $start" | bc -l >> "$work/reload"
  echo "$end - $start" | bc -l >> "$work/whole"
done
# Once more while a whole build runs: an edit 15 s after the one before, timed until the served page shows it (the
# running build gives way to it), then until the whole build after it has ended.
sed -i -E "\$ s/( (cacheedit|serveedit)[0-9]+)?\$/ serveedit98/" "$edited"
sleep 15
before=$(grep -c '^Built' "$work/serve.txt" || true)
start=$(date +%s.%N)
sed -i -E "\$ s/( (cacheedit|serveedit)[0-9]+)?\$/ serveedit99/" "$edited"
for _ in $(seq 60000); do curl -fsS "$url$page" 2>/dev/null | grep -q serveedit99 && break; sleep 0.01; done
shown=$(date +%s.%N)
for _ in $(seq 60000); do [ "$(grep -c '^Built' "$work/serve.txt" || true)" -gt "$before" ] && break; sleep 0.05; done
end=$(date +%s.%N)
echo "serve: edit during a whole build: to served page $(echo "$shown - $start" | bc -l | cut -c1-5) s, to whole rebuild" \
  "ended $(echo "$end - $start" | bc -l | cut -c1-6) s"
echo "serve: the page is $page"
printf '%-40s %s\n' "serve: edit to served page, s" "$(stats "$work/reload" 1)"
printf '%-40s %s\n' "serve: edit to whole rebuild ended, s" "$(stats "$work/whole" 1)"
grep -E '^(Showing|Built)' "$work/serve.txt" | tail -$((2 * runs)) | sed 's/^/  serve: /'
# Where the last rebuild's time went: the stage lines it printed.
awk '/^Changed:/ { n = 0; delete l } { l[++n] = $0 } END { for (i = 1; i <= n; i++) print "  last rebuild: " l[i] }' \
  "$work/serve.txt"
kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true; serve_pid=
