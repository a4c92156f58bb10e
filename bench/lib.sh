# Shared by the benchmark scripts (sourced, not run): a work folder with a private copy of the jar, whole-process
# timing with /usr/bin/time -v, and min / median / max summaries. Expects to be sourced from the project root.

# bench_setup: builds the jar if missing, installs GNU time if missing, makes $work (removed on exit, with any
# `serve` whose pid is in $serve_pid) and copies the jar into it: rebuilding the project during a long run must not
# pull classes from under the timed process.
bench_setup() {
  jar=${VERBATIM_JAR:-target/verbatim.jar}
  [ -f "$jar" ] || mvn -q -B package -DskipTests
  [ -x /usr/bin/time ] || apt-get install -y time >/dev/null
  work=$(mktemp -d)
  serve_pid=
  trap bench_cleanup EXIT
  cp "$jar" "$work/verbatim.jar"
}

bench_cleanup() {
  if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | sed -n 1p)," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
}

# timed LABEL COMMAND...: one run; appends "wall-seconds peak-MB" to $work/r-LABEL; fails loudly on a failed run.
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

# ratios A B: per-pair ratio of the wall seconds of runs A and B, as "min / median / max".
ratios() {
  paste -d" " "$work/r-$1" "$work/r-$2" | awk '{ print $1 / $3 }' > "$work/ratio"
  stats "$work/ratio" 1
}

# serving LOG SECONDS: waits until the `serve` whose pid is $serve_pid prints its address to LOG, and sets $url.
serving() {
  local log=$1 seconds=$2
  for _ in $(seq $((seconds * 10))); do
    grep -q '^Serving http' "$log" && break
    kill -0 "$serve_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  url=$(sed -n 's/^Serving \(http[^ ]*\) .*/\1/p' "$log")
  [ -n "$url" ] || { echo "serve did not start in $seconds s" >&2; cat "$log" >&2; exit 1; }
}
