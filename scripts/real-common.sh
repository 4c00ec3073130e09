# Shared by the opt-in real-server scripts (real-servers.sh, real-gateway.sh): messages, root, ports,
# Debian packages, and stopping every server a script started. Source it after setting NAME and DIR.
say() { printf '%s: %s\n' "$NAME" "$*"; }
die() { say "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  die "need root to run: $*"; fi; }
listening_tcp() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# install_missing PACKAGE...: installs the Debian packages given, if any.
install_missing() {
  [ $# -gt 0 ] || return 0
  say "installing $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

# ports_free PORT...: dies naming the first loopback port something already listens on.
ports_free() {
  for p in "$@"; do
    listening_tcp 127.0.0.1 "$p" && die "127.0.0.1:$p is already in use; stop what listens there first"
  done
  return 0
}

# Every server started here goes into pids; all of them are stopped on exit, whatever happens.
pids=()
stop_all() {
  local rc=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  [ ${#pids[@]} -eq 0 ] || say "stopped the servers started here (pids ${pids[*]})"
  exit "$rc"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

wait_for() { # wait_for WHAT COMMAND...: up to 15 s
  for _ in $(seq 1 75); do "${@:2}" >/dev/null 2>&1 && return 0; sleep 0.2; done
  die "$1 did not come up within 15s; see $DIR"
}
