#!/usr/bin/env bash
# Search cost on a built site, in headless Chromium: time to first results, JS heap, bytes fetched per query, and
# the index's size against the site's gzipped pages (min / median / max of several fresh page loads per query).
# Usage: bash bench/search-cost.sh SITE_DIR [RUNS]      e.g. after
#   java bench/RepeatArchive.java 1100 /tmp/archive && java -jar target/verbatim.jar build --input /tmp/archive --out /tmp/archive-site
# Report in target/search-cost.txt. Without SITE_DIR, measures the seed and corpus test sites.
set -euo pipefail
cd "$(dirname "$0")/.."
site=${1:-}
runs=${2:-5}
args=(-q -B -o test -Dtest=SearchCostMeasurement -Dsurefire.failIfNoSpecifiedTests=false -Dverbatim.measure=true
      -Dverbatim.measure.runs="$runs")
[ -n "$site" ] && args+=(-Dverbatim.measure.site="$(cd "$site" && pwd)")
mvn "${args[@]}"
cat target/search-cost.txt
