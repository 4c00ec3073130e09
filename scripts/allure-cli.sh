#!/usr/bin/env bash
# Prints the path of the Allure 2 commandline, installing it first from Maven Central
# (allure-maven's install goal: io.qameta.allure:allure-commandline, the version the pom names).
set -euo pipefail
cd "$(dirname "$0")/.."
find_cli() { ls -d target/allure-commandline/allure-*/bin/allure 2>/dev/null | sort -V | tail -1 || true; }
cli=$(find_cli)
if [ -z "$cli" ]; then
  mvn -B -ntp -q allure:install >&2
  cli=$(find_cli)
fi
if [ -z "$cli" ]; then
  echo "report: the Allure commandline could not be installed from Maven Central (mvn allure:install)" >&2
  exit 3
fi
chmod +x "$cli"
echo "$PWD/$cli"
