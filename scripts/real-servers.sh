#!/usr/bin/env bash
# Runs the dns, tls and db checks against real servers on this machine: BIND (authoritative),
# Unbound (recursive, stub zone to BIND) and nginx with OpenSSL, started here on loopback and on
# non-default ports with configs and data under target/real-servers/, plus the machine's own
# PostgreSQL (127.0.0.1:5432, user postgres), read as it is. Installs the Debian packages if missing.
# Opt-in (make real-servers); not part of make test. Stops every server it started on exit; the
# machine's own services are left untouched.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DIR=$ROOT/target/real-servers
NS_PORT=25353 REC_PORT=25354 TLS_PORT=28443
MVN=${MVN:-mvn -B -ntp}

NAME=real-servers
. scripts/real-common.sh

# 1. Packages ------------------------------------------------------------------------------------
missing=()
[ -x /usr/sbin/named ] || missing+=(bind9)
[ -x /usr/sbin/unbound ] || missing+=(unbound)
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v openssl >/dev/null || missing+=(openssl)
command -v dig >/dev/null || missing+=(bind9-dnsutils)
install_missing "${missing[@]}"
listening_tcp 127.0.0.1 5432 || die "no PostgreSQL on 127.0.0.1:5432 (the db checks read it as user postgres); start it first"
ports_free $NS_PORT $REC_PORT $TLS_PORT

rm -rf "$DIR"
mkdir -p "$DIR"/{bind,unbound,nginx/logs,nginx/tmp,pki}

# 3. PKI: root CA -> intermediate -> leaf for gw.launch.test -------------------------------------
PKI=$DIR/pki
ossl() { openssl "$@" 2>>"$PKI/openssl.log"; }
ossl req -x509 -new -newkey rsa:3072 -nodes -sha256 -days 3650 -subj "/O=T-Minus Real Servers/CN=T-Minus Real Servers Root CA" \
  -keyout "$PKI/root.key" -out "$PKI/root-ca.pem" \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
ossl req -new -newkey rsa:2048 -nodes -subj "/O=T-Minus Real Servers/CN=T-Minus Real Servers Issuing CA" \
  -keyout "$PKI/intermediate.key" -out "$PKI/intermediate.csr"
printf 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n' >"$PKI/intermediate.ext"
ossl x509 -req -sha256 -days 1825 -in "$PKI/intermediate.csr" -CA "$PKI/root-ca.pem" -CAkey "$PKI/root.key" \
  -CAcreateserial -extfile "$PKI/intermediate.ext" -out "$PKI/intermediate.pem"
ossl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=gw.launch.test" \
  -keyout "$PKI/leaf.key" -out "$PKI/leaf.csr"
printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:gw.launch.test\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n' >"$PKI/leaf.ext"
ossl x509 -req -sha256 -days 90 -in "$PKI/leaf.csr" -CA "$PKI/intermediate.pem" -CAkey "$PKI/intermediate.key" \
  -CAcreateserial -extfile "$PKI/leaf.ext" -out "$PKI/leaf.pem"
cat "$PKI/leaf.pem" "$PKI/intermediate.pem" >"$PKI/fullchain.pem"
say "generated root CA -> intermediate -> gw.launch.test in $PKI (no OCSP responder)"

# 4. BIND, authoritative for launch.test. on 127.0.0.1:$NS_PORT --------------------------------------
cat >"$DIR/bind/launch.test.db" <<ZONE
\$TTL 60
@        IN SOA  ns1.launch.test. hostmaster.launch.test. ( 2026113001 3600 600 604800 60 )
         IN NS   ns1.launch.test.
         IN TXT  "release=v1.2.0-3a7f1b2"
ns1      IN A    127.0.0.1
gw       IN A    127.0.0.1
login    IN A    192.0.2.101
login    IN A    192.0.2.102
login    IN AAAA 2001:db8::101
www      IN CNAME gw.launch.test.
_matcher._tcp IN SRV 10 50 7000 gw.launch.test.
ZONE
cat >"$DIR/bind/named.conf" <<CONF
options {
  directory "$DIR/bind";
  pid-file "$DIR/bind/named.pid";
  session-keyfile "$DIR/bind/session.key";
  managed-keys-directory "$DIR/bind";
  listen-on port $NS_PORT { 127.0.0.1; };
  listen-on-v6 { none; };
  recursion no;
  allow-query { 127.0.0.0/8; };
  notify no;
  dnssec-validation no;
};
controls { };
zone "launch.test." { type primary; file "$DIR/bind/launch.test.db"; };
CONF
named-checkconf "$DIR/bind/named.conf"
named-checkzone -q launch.test. "$DIR/bind/launch.test.db" || die "zone file rejected by named-checkzone"
/usr/sbin/named -g -c "$DIR/bind/named.conf" >"$DIR/bind/named.log" 2>&1 &
pids+=($!)
wait_for "BIND on 127.0.0.1:$NS_PORT" dig +time=1 +tries=1 +short @127.0.0.1 -p $NS_PORT launch.test. SOA
say "BIND $(/usr/sbin/named -v | awk '{print $2}') authoritative for launch.test. on 127.0.0.1:$NS_PORT"

# 5. Unbound, recursive with a stub zone to BIND, on 127.0.0.1:$REC_PORT -------------------------------
cat >"$DIR/unbound/unbound.conf" <<CONF
server:
  interface: 127.0.0.1
  port: $REC_PORT
  do-ip6: no
  access-control: 127.0.0.0/8 allow
  username: ""
  chroot: ""
  directory: "$DIR/unbound"
  pidfile: "$DIR/unbound/unbound.pid"
  logfile: ""
  use-syslog: no
  module-config: "iterator"
  do-not-query-localhost: no
  local-zone: "test." nodefault
  domain-insecure: "test."
stub-zone:
  name: "launch.test."
  stub-addr: 127.0.0.1@$NS_PORT
remote-control:
  control-enable: no
CONF
/usr/sbin/unbound-checkconf "$DIR/unbound/unbound.conf" >/dev/null
/usr/sbin/unbound -d -c "$DIR/unbound/unbound.conf" >"$DIR/unbound/unbound.log" 2>&1 &
pids+=($!)
wait_for "Unbound on 127.0.0.1:$REC_PORT" dig +time=1 +tries=1 @127.0.0.1 -p $REC_PORT version.server CH TXT
say "$(/usr/sbin/unbound -V | head -1) recursive on 127.0.0.1:$REC_PORT, stub zone launch.test. -> BIND"

# 6. nginx with OpenSSL on 127.0.0.1:$TLS_PORT ------------------------------------------------------
http2=""
/usr/sbin/nginx -V 2>&1 | grep -q -- --with-http_v2_module && http2=" http2"
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
    listen 127.0.0.1:$TLS_PORT ssl$http2;
    server_name gw.launch.test;
    ssl_certificate $PKI/fullchain.pem;
    ssl_certificate_key $PKI/leaf.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_tickets on;
    ssl_session_cache shared:realservers:1m;
    location / { return 200 "ok\n"; }
  }
}
CONF
/usr/sbin/nginx -t -q -p "$DIR/nginx" -e "$DIR/nginx/logs/error.log" -c "$DIR/nginx/nginx.conf"
/usr/sbin/nginx -p "$DIR/nginx" -e "$DIR/nginx/logs/error.log" -c "$DIR/nginx/nginx.conf" &
pids+=($!)
wait_for "nginx on 127.0.0.1:$TLS_PORT" listening_tcp 127.0.0.1 $TLS_PORT
say "$(/usr/sbin/nginx -v 2>&1 | sed 's/.*: //') with $(openssl version | awk '{print $1, $2}') on 127.0.0.1:$TLS_PORT (TLS 1.2+1.3${http2:+, ALPN h2})"

# 7. The profile and the run ----------------------------------------------------------------------
cp environments/realservers.example.yaml environments/realservers.yaml
# Warm-up (seed 2.2): prime Unbound's cache a couple of seconds before the checks, as before a launch,
# with the product's own warm-up (make warm-up ENV=realservers): every record of the profile and its
# CNAME/SRV targets, table in reports/warm-up.md, which DNS-08 then attaches. A record that did not
# resolve (exit 1) or a resolver that could not be warmed (exit 2) is left for the checks to report.
say "warming up: make warm-up ENV=realservers"
warm_rc=0
$MVN -q compile exec:java -Dexec.mainClass=dev.tminus.dns.warmup.WarmUp -Dexec.cleanupDaemonThreads=false \
  -Dexec.args="--env realservers" -Dtminus.basedir="$ROOT" || warm_rc=$?
[ "$warm_rc" -eq 0 ] || say "warm-up ended with exit $warm_rc; the dns checks say which record or resolver"
sleep 2
say "running: $MVN verify -Denv=realservers -Dchecks='dns|tls|db'"
set +e
$MVN verify -Denv=realservers -Dchecks='dns|tls|db' | tail -n 60
rc=${PIPESTATUS[0]}
set -e
[ -f reports/readiness.md ] && say "readiness report: reports/readiness.md (json: reports/readiness.json)"
exit "$rc"
