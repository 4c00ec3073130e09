#!/usr/bin/env bash
# make bench: installs the real servers and reference tools the benchmarks run beside (BIND, nginx with
# OpenSSL, Prometheus, dnsperf, testssl.sh; Debian packages, when missing), then runs dev.tminus.bench.Bench
# with ARGS. The benchmarks start their own servers on loopback under target/bench/ and stop them at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=${MVN:-mvn -B -ntp}
NAME=bench
DIR=$PWD/target/bench
. scripts/real-common.sh

missing=()
[ -x /usr/sbin/named ] || missing+=(bind9)
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v openssl >/dev/null || missing+=(openssl)
command -v dnsperf >/dev/null || missing+=(dnsperf)
command -v testssl >/dev/null || command -v testssl.sh >/dev/null || missing+=(testssl.sh)
if [ ${#missing[@]} -gt 0 ]; then
  ( install_missing "${missing[@]}" ) || say "could not install ${missing[*]}; benchmarks run on what is here"
fi
$MVN -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.tminus.bench.Bench -Dexec.args="$*"
