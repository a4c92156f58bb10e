#!/usr/bin/env bash
# Writes an archive of N transcripts for the archive-scale benchmark, made of real transcripts repeated: the
# Kremlin sample (/work/shared/corpus/kremlin-sample, or VERBATIM_SAMPLE), the seed, and the k1 and w1 test
# transcripts, each copy with its .yml sidecar, its own title and its own date (so no two copies share an address).
#
# Usage: bash bench/make-archive.sh N DIR [--mix labelled|all] [--generated PERCENT]
#   --mix labelled   (default) only transcripts with speaker labels: every version of the parser reads them
#   --mix all        every page of the sample, statements with no labels and empty pages included, as an archive
#                    holds them (needs a parser that reads unlabelled statements)
#   --generated P    make P% of the archive synthetic question-and-answer transcripts, 10 to 60 questions each,
#                    of sentences drawn (deterministically) from all the real transcripts above; default 50, so
#                    that 1,000 transcripts make over 20,000 pages as an archive of long interviews does
# DIR is emptied first. Prints the number of transcripts written.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: bash bench/make-archive.sh N DIR [--mix labelled|all] [--generated PERCENT]" >&2; exit 2; }
n=$1 dir=$2
shift 2
mix=labelled generated=50
while [ $# -gt 0 ]; do
  case $1 in
    --mix) mix=$2; shift 2 ;;
    --generated) generated=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
case $mix in labelled|all) ;; *) echo "--mix is labelled or all" >&2; exit 2 ;; esac
sample=${VERBATIM_SAMPLE:-/work/shared/corpus/kremlin-sample}
[ -d "$sample" ] || { echo "$sample: no such folder (set VERBATIM_SAMPLE)" >&2; exit 1; }

# The originals: "transcript|sidecar" pairs (an empty sidecar means none).
originals=("transcripts/000_a9627bfb15e6d3a6.txt|transcripts/000_a9627bfb15e6d3a6.yml")
for t in k1_kremlin_2019-04-25_peoples-daily_written w1_whitehouse_2023-01-19_gaggle-dalton-criswell; do
  originals+=("src/test/resources/corpus/$t.txt|src/test/resources/corpus/$t.yml")
done
for f in "$sample"/*.txt; do
  # A labelled transcript has a line starting with 'Name: ' after its title and lead.
  if [ "$mix" = all ] || tail -n +3 "$f" | grep -qE '^[A-Z][^:.?!]{0,80}: '; then
    originals+=("$f|${f%.txt}.yml")
  fi
done

rm -rf "$dir"
mkdir -p "$dir"
gen_every=0
[ "$generated" -gt 0 ] && gen_every=$(( 100 / generated ))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The sentence pool of the synthetic transcripts: every body sentence of the originals, labels taken off.
for pair in "${originals[@]}"; do
  tail -n +3 "${pair%%|*}"
done | grep -vE '^(---|[a-z_]+:)' | sed -E 's/^[A-Z][^:.?!]{0,80}: //' \
  | awk '{ n = split($0, s, /[.?!] /); for (i = 1; i <= n; i++) if (length(s[i]) > 40 && s[i] !~ /:/) print s[i] (s[i] ~ /[.?!…”"]$/ ? "" : ".") }' \
  > "$work/sentences.txt"
# A synthetic interview: title, lead, then Q questions each answered in 2 to 5 paragraphs of 2 to 4 sentences.
synthetic() {
  awk -v k="$1" -v q="$2" '
    { pool[NR] = $0 }
    function next_sentence() { r = (r * 1103515245 + 12345) % 2147483648; return pool[1 + r % NR] }
    END {
      r = k * 7919
      printf "Synthetic interview %d\n\nAn interview made of sentences of real transcripts, for the benchmark.\n\n", k
      for (i = 1; i <= q; i++) {
        printf "Question: Question %d. %s What do you think?\n", i, next_sentence()
        paragraphs = 2 + r % 4
        for (p = 0; p < paragraphs; p++) {
          line = (p == 0 ? "Vladimir Putin: " : "")
          sentences = 2 + (r + p) % 3
          for (j = 0; j < sentences; j++) line = line (j ? " " : "") next_sentence()
          print line
        }
      }
    }' "$work/sentences.txt"
}

# One line of YAML: a double-quoted string with backslashes and quotes escaped.
quoted() { local s=${1//\\/\\\\}; printf '"%s"' "${s//\"/\\\"}"; }

for k in $(seq 1 "$n"); do
  # Every copy gets a date of its own, one day apart from 1990-01-01: with the title this makes its address.
  date=$(date -u -d "1990-01-01 + $(( k - 1 )) days" +%F)
  name=$(printf 'a%05d' "$k")
  if [ "$gen_every" -gt 0 ] && [ $(( k % gen_every )) -eq 0 ]; then
    questions=$(( 10 + (k * 7) % 51 ))
    synthetic "$k" "$questions" > "$dir/$name-generated.txt"
    { echo "title: $(quoted "Synthetic interview $k, $questions questions")"; echo "date: $date"; } > "$dir/$name-generated.yml"
    continue
  fi
  pair=${originals[$(( (k - 1) % ${#originals[@]} ))]}
  txt=${pair%%|*} yml=${pair#*|}
  base=$(basename "$txt" .txt)
  title=$(head -n 1 "$txt" | tr -d '\r')
  # Markdown with front matter (w1) has no title line; its front matter's title is overridden by the sidecar.
  [ "$title" = "---" ] && title=${base//_/ }
  [ -n "$title" ] || title=$base
  cp "$txt" "$dir/$name-$base.txt"
  {
    if [ -f "$yml" ]; then grep -vE '^(title|date|slug):' "$yml" || true; fi
    echo "title: $(quoted "$title (archive copy $k)")"
    echo "date: $date"
  } > "$dir/$name-$base.yml"
done
echo "$n transcripts in $dir (mix: $mix, generated: $generated%)"
