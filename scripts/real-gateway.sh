#!/usr/bin/env bash
# Runs the gateway checks against real WebSocket servers on this machine: Debian's python3-websockets
# (scripts/real-gateway/server.py) serving backends on 127.0.0.1-3, some with a defect, and nginx
# terminating TLS for gw.launch.test on 127.0.0.1:29443 in front of them, with a chain generated under
# target/real-gateway/pki/. Then compares each item's outcome with what environments/realgateway.example.yaml
# says to expect. Installs the Debian packages if missing. Opt-in (make real-gateway); not part of
# make test. Stops every server it started on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DIR=$ROOT/target/real-gateway
TLS_PORT=29443
PORTS="29001 29002 29003 29004 29005 29006 $TLS_PORT"
MVN=${MVN:-mvn -B -ntp}
PY=/usr/bin/python3

NAME=real-gateway
. scripts/real-common.sh

# 1. Packages ------------------------------------------------------------------------------------
missing=()
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v openssl >/dev/null || missing+=(openssl)
"$PY" -c 'import websockets' 2>/dev/null || missing+=(python3-websockets)
install_missing "${missing[@]}"
ports_free $PORTS
rm -rf "$DIR"
mkdir -p "$DIR"/{nginx/logs,nginx/tmp,pki}

# 2. PKI: root CA -> leaf for gw.launch.test --------------------------------------------------------
PKI=$DIR/pki
ossl() { openssl "$@" 2>>"$PKI/openssl.log"; }
ossl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 3650 -subj "/O=T-Minus Real Gateway/CN=T-Minus Real Gateway Root CA" \
  -keyout "$PKI/root.key" -out "$PKI/root-ca.pem" \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
ossl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=gw.launch.test" \
  -keyout "$PKI/leaf.key" -out "$PKI/leaf.csr"
printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:gw.launch.test\n' >"$PKI/leaf.ext"
ossl x509 -req -sha256 -days 90 -in "$PKI/leaf.csr" -CA "$PKI/root-ca.pem" -CAkey "$PKI/root.key" \
  -CAcreateserial -extfile "$PKI/leaf.ext" -out "$PKI/leaf.pem"

# 3. The backends (python3-websockets) -----------------------------------------------------------
"$PY" scripts/real-gateway/server.py 127.0.0.1:29001:healthy 127.0.0.2:29001:healthy 127.0.0.3:29001:old-build \
  127.0.0.1:29002:plain-http 127.0.0.1:29003:wrong-proto 127.0.0.1:29004:closes-early \
  127.0.0.1:29005:slow-beat 127.0.0.1:29006:not-found >"$DIR/backends.log" 2>&1 &
pids+=($!)
wait_for "the python3-websockets backends" listening_tcp 127.0.0.1 29006
say "python3-websockets $("$PY" -c 'import websockets; print(websockets.__version__)') backends on 127.0.0.1-3:29001..29006"

# 4. nginx terminating TLS in front of them --------------------------------------------------------
cat >"$DIR/nginx/nginx.conf" <<CONF
daemon off;
master_process on;
worker_processes 1;
user root;
pid $DIR/nginx/nginx.pid;
error_log $DIR/nginx/logs/error.log warn;
events { worker_connections 128; }
http {
  access_log $DIR/nginx/logs/access.log;
  client_body_temp_path $DIR/nginx/tmp/body;
  proxy_temp_path $DIR/nginx/tmp/proxy;
  fastcgi_temp_path $DIR/nginx/tmp/fastcgi;
  uwsgi_temp_path $DIR/nginx/tmp/uwsgi;
  scgi_temp_path $DIR/nginx/tmp/scgi;
  server {
    listen 127.0.0.1:$TLS_PORT ssl;
    server_name gw.launch.test;
    ssl_certificate $PKI/leaf.pem;
    ssl_certificate_key $PKI/leaf.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    location = /ws {                       # the route as it should be
      proxy_pass http://127.0.0.1:29001;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection "upgrade";
      proxy_read_timeout 1h;
    }
    location = /ws-no-upgrade {            # defect: the Upgrade headers are not passed on
      proxy_pass http://127.0.0.1:29001/ws;
    }
    location = /ws-idle {                  # defect: an idle timeout on the path shorter than a session
      proxy_pass http://127.0.0.1:29001/ws;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection "upgrade";
      proxy_read_timeout 2s;
    }
    location = /ws-early {                 # defect: the backend closes after 1.5s
      proxy_pass http://127.0.0.1:29004/ws;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection "upgrade";
    }
  }
}
CONF
/usr/sbin/nginx -t -q -p "$DIR/nginx" -e "$DIR/nginx/logs/error.log" -c "$DIR/nginx/nginx.conf"
/usr/sbin/nginx -p "$DIR/nginx" -e "$DIR/nginx/logs/error.log" -c "$DIR/nginx/nginx.conf" &
pids+=($!)
wait_for "nginx on 127.0.0.1:$TLS_PORT" listening_tcp 127.0.0.1 $TLS_PORT
say "$(/usr/sbin/nginx -v 2>&1 | sed 's/.*: //') terminating TLS for gw.launch.test on 127.0.0.1:$TLS_PORT"

# 5. The run, and each item's outcome against the profile's expectations -------------------------
cp environments/realgateway.example.yaml environments/realgateway.yaml
say "running: $MVN verify -Denv=realgateway -Dchecks=gateway"
set +e
$MVN verify -Denv=realgateway -Dchecks=gateway >"$DIR/verify.log" 2>&1
rc=$?
set -e
grep -E "Tests run:|VERDICT" "$DIR/verify.log" | tail -n 3
"$PY" - reports/readiness.json <<'PY'
import json, sys
# What each defect must turn red (gateway -> {check id: outcome}, or per address); everything else: not red.
expected = {
    "ws-direct": {("GW-05", "127.0.0.3"): "failed"},
    "ws-plain-http": {"GW-01": "failed"},
    "ws-not-found": {"GW-01": "failed"},
    "ws-wrong-subprotocol": {"GW-01": "failed"},
    "ws-closes-early": {"GW-04": "failed"},
    "ws-slow-heartbeat": {"GW-03": "failed"},
    "wss-nginx": {},
    "wss-nginx-no-upgrade": {"GW-01": "failed"},
    "wss-nginx-no-route": {"GW-01": "failed"},
    "wss-nginx-idle-timeout": {"GW-04": "failed"},
    "wss-nginx-closes-early": {"GW-04": "failed"},
}
items = json.load(open(sys.argv[1]))["items"]
wrong = 0
for item in items:
    gateway = item["item"].split(" (")[0]
    address = item["item"].rsplit(" · ", 1)[-1]
    want = expected[gateway]
    outcome = want.get((item["check"], address), want.get(item["check"], "not red"))
    got = item["outcome"]
    ok = got == outcome or (outcome == "not red" and got in ("passed", "skipped", "not_applicable", "not_configured"))
    wrong += not ok
    print(f"{'ok  ' if ok else 'DIFF'} {item['name']}: {got}" + ("" if ok else f" (expected {outcome})")
          + (f"\n       {item['reason'].splitlines()[0][:200]}" if item.get("reason") and got != "passed" else ""))
print(f"real-gateway: {len(items) - wrong} of {len(items)} items as expected")
sys.exit(1 if wrong else 0)
PY
