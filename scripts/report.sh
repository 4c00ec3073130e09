#!/usr/bin/env bash
# make report [RESULTS=dir]: the Allure HTML report of the last run into reports/allure, plus a
# single-file copy to attach to an e-mail (reports/allure-report.html). Carries the history of
# earlier runs over (trend graphs). Uses only Maven Central artifacts: the Allure 2 commandline
# (io.qameta.allure:allure-commandline, a zip) is fetched by allure-maven's install goal and unpacked
# under target/allure-commandline; after that it works offline.
set -euo pipefail
cd "$(dirname "$0")/.."
results=${1:-target/allure-results}
if [ ! -d "$results" ] || ! ls "$results"/*-result.json >/dev/null 2>&1; then
  echo "report: no results in $results; run 'make verify' first" >&2
  exit 2
fi
allure=$(scripts/allure-cli.sh)

# History: the previous report's history/ goes into the results before generating (Allure 2).
if [ -d reports/allure/history ]; then
  rm -rf "$results/history" && cp -r reports/allure/history "$results/history"
fi
mkdir -p reports
"$allure" generate --clean -o reports/allure "$results" >/dev/null
"$allure" generate --clean --single-file -o target/allure-single "$results" >/dev/null
cp target/allure-single/index.html reports/allure-report.html
echo "report: reports/allure/index.html (make open-report serves it), single file: reports/allure-report.html"
