#!/usr/bin/env bash
# Speed benchmark of the shipped jar, whole processes timed from outside with /usr/bin/time -v.
#
#   bash bench/run.sh N [RUNS]     archive scale: an archive of N transcripts (bench/make-archive.sh; MIX and
#                                  GENERATED pass --mix and --generated), built by Verbatim with every feature on,
#                                  against Hugo rendering the same question pages (the Markdown Verbatim writes,
#                                  bench/ExportPages.java) in a minimal site with a tiny layout of this script's.
#   bash bench/run.sh seed [RUNS]  the shipped seed: a cold build against a bare `java -jar verbatim.jar --version`,
#                                  the same build through bin/verbatim (class-data-sharing archive made by one
#                                  untimed run first, quick JIT tier only), then `serve`'s edit-to-reload time (one word changed in the transcript, until
#                                  the served page shows it).
#
# RUNS (default 3) runs of each, taken in turn (A B A B ...) so that a drift in the machine's speed hits both, and
# the ratio is taken pair by pair. Prints min / median / max of wall seconds and peak RSS. VERBATIM_JAR names
# another jar (default target/verbatim.jar). BASELINE_JAR (archive mode) names a second jar, e.g. main's before a
# change, built in turn with the first on the same archive (A B hugo A B hugo ...) with its own row and the
# per-pair ratio. Installs Debian's hugo if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?usage: bash bench/run.sh N|seed [RUNS]}
runs=${2:-3}
jar=${VERBATIM_JAR:-target/verbatim.jar}
[ -f "$jar" ] || mvn -q -B package -DskipTests
[ -x /usr/bin/time ] || apt-get install -y time >/dev/null
work=$(mktemp -d)
serve_pid=
cleanup() {
  if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# A private copy of the jar: rebuilding the project during a long run must not pull classes from under it.
cp "$jar" "$work/verbatim.jar"
# Its build cache (a skipped build when nothing changed) stays in the work folder; every timed build is cold.
java=(env XDG_CACHE_HOME="$work/cache" java ${VERBATIM_JAVA_OPTS:-} -jar "$work/verbatim.jar")
if [ -n "${BASELINE_JAR:-}" ]; then
  cp "$BASELINE_JAR" "$work/baseline.jar"
fi
baseline=(env XDG_CACHE_HOME="$work/cache" java ${VERBATIM_JAVA_OPTS:-} -jar "$work/baseline.jar")

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | sed -n 1p)," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
}

# timed LABEL COMMAND...: one run; appends "wall-seconds peak-MB" to $work/LABEL; fails loudly on a failed run.
timed() {
  local label=$1
  shift
  if ! /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/out-$label.txt" 2>&1; then
    echo "$label failed:" >&2
    tail -20 "$work/out-$label.txt" >&2
    exit 1
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
    /Maximum resident set size/ { rss = $2 / 1024 }
    END { printf "%.3f %.0f\n", s, rss }' "$work/time.txt" >> "$work/r-$label"
}

# stats FILE COLUMN: "min / median / max" of one column.
stats() {
  sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f / %.2f / %.2f", v[1], m, v[NR] }'
}

# ratios A B: per-pair ratio of wall seconds, as "min / median / max".
ratios() {
  paste -d" " "$work/r-$1" "$work/r-$2" | awk '{ print $1 / $3 }' > "$work/ratio"
  stats "$work/ratio" 1
}

row() {
  printf '%-34s %-24s %s\n' "$1" "$(stats "$work/r-$2" 1)" "$(stats "$work/r-$2" 2)"
}

header() {
  printf '%-34s %-24s %s\n' "" "wall s min / med / max" "peak RSS MB min / med / max"
}

if [ "$mode" = seed ]; then
  machine
  launcher=(env XDG_CACHE_HOME="$work/cache" VERBATIM_JAR="$work/verbatim.jar" bin/verbatim)
  "${launcher[@]}" build -q --out "$work/seed-site"
  for i in $(seq "$runs"); do
    rm -rf "$work/seed-site"
    timed start "${java[@]}" --version
    timed build "${java[@]}" build --out "$work/seed-site"
    rm -rf "$work/seed-site"
    timed launcher "${launcher[@]}" build --out "$work/seed-site"
  done
  header
  row "java -jar verbatim.jar --version" start
  row "verbatim build (seed, cold)" build
  row "bin/verbatim build (seed, cold)" launcher
  echo "build / bare start, per pair: $(ratios build start)"
  echo "bin/verbatim build / bare start, per pair: $(ratios launcher start)"
  grep -E '^  (read|cross|wrote|baked|checked)' "$work/out-build.txt" | sed 's/^/  last build: /'

  # serve: change one word of the transcript, time until the served transcript page shows it.
  mkdir "$work/serve-in"
  cp transcripts/000_a9627bfb15e6d3a6.txt transcripts/000_a9627bfb15e6d3a6.yml "$work/serve-in/"
  cp transcripts/000_a9627bfb15e6d3a6.anchors.yml "$work/serve-in/" 2>/dev/null || true
  "${java[@]}" serve --input "$work/serve-in" --out "$work/serve-site" --port 0 > "$work/serve.txt" 2>&1 &
  serve_pid=$!
  for _ in $(seq 1200); do
    grep -q '^Serving http' "$work/serve.txt" && break
    kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve.txt" >&2; exit 1; }
    sleep 0.1
  done
  url=$(sed -n 's/^Serving \(http[^ ]*\) .*/\1/p' "$work/serve.txt")
  [ -n "$url" ] || { echo "serve did not start in 120 s" >&2; cat "$work/serve.txt" >&2; exit 1; }
  page="${url}2025-08-30-putin-xinhua/transcript.html"
  : > "$work/reload"
  for i in $(seq "$runs"); do
    sleep 1  # let the watcher settle after the previous rebuild
    marker="benchmarkedit$i"
    start=$(date +%s.%N)
    sed -i -E "\$ s/( benchmarkedit[0-9]+)?\$/ $marker/" "$work/serve-in/000_a9627bfb15e6d3a6.txt"
    ok=
    for _ in $(seq 12000); do
      if curl -fsS "$page" 2>/dev/null | grep -q "$marker"; then ok=1; break; fi
      sleep 0.01
    done
    end=$(date +%s.%N)
    [ -n "$ok" ] || { echo "the edit never showed (120 s)" >&2; tail "$work/serve.txt" >&2; exit 1; }
    echo "$end - $start" | bc -l >> "$work/reload"
  done
  printf '%-34s %s\n' "serve: edit to reloaded page, s" "$(stats "$work/reload" 1)"
  kill "$serve_pid"
  wait "$serve_pid" 2>/dev/null || true
  serve_pid=
  exit 0
fi

[[ $mode =~ ^[0-9]+$ ]] || { echo "usage: bash bench/run.sh N|seed [RUNS]" >&2; exit 2; }
command -v hugo >/dev/null || apt-get install -y hugo >/dev/null
bash bench/make-archive.sh "$mode" "$work/archive" --mix "${MIX:-labelled}" --generated "${GENERATED:-50}"
# One build first, not timed: it writes the anchor registries beside the transcripts, as a project keeps them.
"${java[@]}" build -q --input "$work/archive" --out "$work/site"
pages=$(find "$work/site" -name '*.html' | wc -l)

# The Hugo site: the same question pages' Markdown, a config and a one-file layout written here.
mkdir -p "$work/hugo/layouts/_default"
questions=$(java -cp "$work/verbatim.jar" bench/ExportPages.java "$work/archive" "$work/hugo/content")
cat > "$work/hugo/config.toml" <<'EOF'
baseURL = "https://example.org/"
title = "Benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = true
[markup.goldmark.parser.attribute]
block = true
EOF
cat > "$work/hugo/layouts/_default/baseof.html" <<'EOF'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>{{ block "main" . }}{{ end }}</main></body></html>
EOF
cat > "$work/hugo/layouts/_default/single.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Date.Format "2 January 2006" }}</p>{{ .Content }}
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">previous</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">next</a>{{ end }}{{ end }}
EOF
cat > "$work/hugo/layouts/_default/list.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}
EOF

machine
echo "archive: $mode transcripts; Verbatim makes $pages pages, of which $questions question pages; Hugo renders those $questions"
for i in $(seq "$runs"); do
  rm -rf "$work/site" "$work/hugo/public"
  timed verbatim "${java[@]}" build --input "$work/archive" --out "$work/site"
  if [ -n "${BASELINE_JAR:-}" ]; then
    rm -rf "$work/site"
    timed baseline "${baseline[@]}" build --input "$work/archive" --out "$work/site"
  fi
  timed hugo hugo --quiet --source "$work/hugo" --destination "$work/hugo/public" --cacheDir "$work/hugo-cache"
done
header
row "verbatim build ($pages pages)" verbatim
row "hugo ($questions question pages)" hugo
echo "verbatim / hugo, per pair: $(ratios verbatim hugo)"
grep -E '^  (read|cross|wrote|baked|checked)' "$work/out-verbatim.txt" | sed 's/^/  last build: /'
if [ -n "${BASELINE_JAR:-}" ]; then
  row "baseline build ($BASELINE_JAR)" baseline
  echo "verbatim / baseline, per pair: $(ratios verbatim baseline)"
  grep -E '^  (read|cross|wrote|baked|checked)' "$work/out-baseline.txt" | sed 's/^/  last baseline build: /'
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
