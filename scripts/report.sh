#!/usr/bin/env bash
# Builds the Allure HTML report of the last run into reports/allure, carrying the history of
# earlier runs over (trend graphs). Uses only Maven Central artifacts (Allure 2 commandline).
set -euo pipefail
results=target/allure-results
if [ ! -d "$results" ] || [ -z "$(ls -A "$results" 2>/dev/null)" ]; then
  echo "report: no results in $results; run 'make verify' first" >&2
  exit 2
fi
if [ -d reports/allure/history ]; then
  rm -rf "$results/history" && cp -r reports/allure/history "$results/history"
fi
mvn -B -ntp -q allure:report
echo "report: reports/allure/index.html"
