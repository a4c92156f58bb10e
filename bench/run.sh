#!/usr/bin/env bash
# Speed benchmark of the shipped jar, whole processes timed from outside with /usr/bin/time -v.
#
#   bash bench/run.sh N [RUNS]     archive scale: an archive of N transcripts (bench/make-archive.sh; MIX and
#                                  GENERATED pass --mix and --generated), built by Verbatim with every feature on
#                                  (`java -jar`, and bin/verbatim with its JVM options), against Hugo rendering the same question pages (the Markdown Verbatim writes,
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
source bench/lib.sh
bench_setup
# Its build cache (a skipped build when nothing changed) stays in the work folder; every timed build is cold.
java=(env XDG_CACHE_HOME="$work/cache" java ${VERBATIM_JAVA_OPTS:-} -jar "$work/verbatim.jar")
if [ -n "${BASELINE_JAR:-}" ]; then
  cp "$BASELINE_JAR" "$work/baseline.jar"
fi
baseline=(env XDG_CACHE_HOME="$work/cache" java ${VERBATIM_JAVA_OPTS:-} -jar "$work/baseline.jar")

row() {
  printf '%-34s %-24s %s\n' "$1" "$(stats "$work/r-$2" 1)" "$(stats "$work/r-$2" 2)"
}

header() {
  printf '%-34s %-24s %s\n' "" "wall s min / med / max" "peak RSS MB min / med / max"
}

launcher=(env XDG_CACHE_HOME="$work/cache" VERBATIM_JAR="$work/verbatim.jar" bin/verbatim)
if [ "$mode" = seed ]; then
  machine
  # Both first runs make their class archives (plain java -jar builds small inputs in a child JVM with its own).
  "${launcher[@]}" build -q --out "$work/seed-site"
  rm -rf "$work/seed-site"
  "${java[@]}" build -q --out "$work/seed-site"
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
  serving "$work/serve.txt" 120
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
# One build first, not timed: it writes the anchor registries beside the transcripts, as a project keeps them, and
# bin/verbatim's class-data-sharing archive.
"${launcher[@]}" build -q --input "$work/archive" --out "$work/site"
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
# Each timed build writes into a folder that does not exist, and the last build's output is moved aside, not
# removed, until the end: on a file system without a journal (this machine's ext4) the kernel will not reuse an
# inode freed in the last 60-300 s and scans past every such inode for each file it makes, so a build right after
# the removal of tens of thousands of files is charged for it. Removing them between runs charged whichever tool
# came next (docs/speed.md, "Files freed just before a build").
retire() {
  if [ -e "$1" ]; then mv "$1" "$work/retired/$(date +%s%N)"; fi
}
mkdir -p "$work/retired"
for i in $(seq "$runs"); do
  retire "$work/site"
  retire "$work/hugo/public"
  timed verbatim "${java[@]}" build --input "$work/archive" --out "$work/site"
  retire "$work/site"
  timed launcher "${launcher[@]}" build --input "$work/archive" --out "$work/site"
  if [ -n "${BASELINE_JAR:-}" ]; then
    retire "$work/site"
    timed baseline "${baseline[@]}" build --input "$work/archive" --out "$work/site"
  fi
  timed hugo hugo --quiet --source "$work/hugo" --destination "$work/hugo/public" --cacheDir "$work/hugo-cache"
done
header
row "verbatim build ($pages pages)" verbatim
row "bin/verbatim build (same)" launcher
row "hugo ($questions question pages)" hugo
echo "verbatim / hugo, per pair: $(ratios verbatim hugo)"
echo "bin/verbatim / hugo, per pair: $(ratios launcher hugo)"
grep -E '^  (read|cross|wrote|baked|checked)' "$work/out-verbatim.txt" | sed 's/^/  last build: /'
if [ -n "${BASELINE_JAR:-}" ]; then
  row "baseline build ($BASELINE_JAR)" baseline
  echo "verbatim / baseline, per pair: $(ratios verbatim baseline)"
  grep -E '^  (read|cross|wrote|baked|checked)' "$work/out-baseline.txt" | sed 's/^/  last baseline build: /'
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
