#!/usr/bin/env bash
# Installs or starts what the sandbox needs on a Debian machine: a JDK and Maven, Prometheus,
# Alertmanager and redis-server (Debian packages), and the local PostgreSQL and MariaDB it uses as sandbox
# databases. Idempotent and quick when everything is already there. Never changes a server's
# global settings.
set -euo pipefail

say() { printf 'setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  say "need root to run: $*"; return 1; fi; }
listening() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

missing=()
command -v java >/dev/null || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || missing+=(maven)
command -v prometheus >/dev/null || [ -x /usr/bin/prometheus ] || missing+=(prometheus)
[ -x /usr/bin/prometheus-alertmanager ] || missing+=(prometheus-alertmanager)
command -v redis-server >/dev/null || missing+=(redis-server)   # the sandbox runs its own on 16379
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
# The Debian packages start system services on their default ports; the sandbox runs its own
# instances on other ports and needs nothing else, so those are left as the package set them up.

if [ -z "${TMINUS_SANDBOX_POSTGRES_URL:-}" ] && ! listening 127.0.0.1 5432; then
  if [ -d /etc/postgresql ]; then
    say "starting PostgreSQL"
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  else
    say "no PostgreSQL on 127.0.0.1:5432: set TMINUS_SANDBOX_POSTGRES_URL or install postgresql"
  fi
fi
if [ -z "${TMINUS_SANDBOX_MARIADB_URL:-}" ] && ! listening 127.0.0.1 3306; then
  if [ -x /usr/sbin/mariadbd ]; then
    say "starting MariaDB"
    as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
    for _ in $(seq 1 30); do listening 127.0.0.1 3306 && break; sleep 1; done
  else
    say "no MariaDB on 127.0.0.1:3306: set TMINUS_SANDBOX_MARIADB_URL or install mariadb-server"
  fi
fi
say "ready"
