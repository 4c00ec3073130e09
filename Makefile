# T-Minus: the go-live checklist as executable JUnit 5 tests.
#   make verify                       the checklist against the built-in sandbox
#   make verify ENV=staging CHECKS='dns|tls'
#   make test                         the project's own tests (self-tests, faults, meta-tests)
ENV    ?= sandbox
CHECKS ?=
FAULTS ?=
VANTAGE ?=
MVN    ?= mvn -B -ntp
# The sandbox binds fixed loopback ports: runs that start it wait for each other instead of colliding.
SANDBOX_LOCK := $(shell command -v flock >/dev/null 2>&1 && echo flock /tmp/tminus-sandbox.lock)

.PHONY: setup verify test report open-report bench clean plan golden-hour merge-reports real-servers real-gateway warm-up

setup:
	@scripts/setup.sh

# The sandbox needs local services; a real environment needs nothing installed here.
verify: $(if $(filter sandbox,$(ENV)),setup)
	$(if $(filter sandbox,$(ENV)),$(SANDBOX_LOCK)) $(MVN) verify -Denv=$(ENV) -Dchecks='$(CHECKS)' -Dsandbox.faults='$(FAULTS)' -Dvantage='$(VANTAGE)'

# The self-tests, then the user's own command end to end (mvn verify and its gate) on the healthy sandbox.
test: setup
	$(SANDBOX_LOCK) $(MVN) -Pall-selftests test
	$(MAKE) --no-print-directory verify ENV=sandbox CHECKS= FAULTS= VANTAGE=

# What a run would check, resolved from the profile, without contacting anything.
plan:
	@$(MVN) -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.tminus.checklist.Plan -Dexec.cleanupDaemonThreads=false \
	  -Dexec.args="'$(ENV)' '$(CHECKS)'" -Dtminus.basedir='$(CURDIR)'

# Allure HTML report of the last run (history carried over) + a single-file copy; RESULTS= another folder.
report:
	@scripts/report.sh $(RESULTS)

open-report:
	@test -f reports/allure/index.html || scripts/report.sh
	@echo "open-report: serving reports/allure on http://127.0.0.1:$(or $(PORT),8080)/ (Ctrl-C stops)"
	@"$$(scripts/allure-cli.sh)" open -h 127.0.0.1 -p $(or $(PORT),8080) reports/allure

# Several results folders (one per vantage) into one Allure report and one verdict; exits 0 only when READY.
merge-reports:
	@test -n "$(DIRS)" || { echo 'usage: make merge-reports DIRS="results-eu-west results-us-east"' >&2; exit 2; }
	@$(MVN) -q compile exec:java -Dexec.mainClass=dev.tminus.report.MergeReports \
	  -Dexec.args="target/merged-results $(DIRS)" -Dtminus.basedir='$(CURDIR)'
	@scripts/report.sh target/merged-results
	@$(MVN) -q exec:java -Dexec.mainClass=dev.tminus.report.Gate -Dexec.args=gate -Dtminus.basedir='$(CURDIR)'

# Watches the golden hour: the golden-hour checks every step until T0 + window, one line per round;
# exit 3 at the first L3 breach (roll back recommended). ARGS='--rounds 5 --round-timeout 10m'
golden-hour: $(if $(filter sandbox,$(ENV)),setup)
	$(MVN) -q compile exec:java -Dexec.mainClass=dev.tminus.golden.Watch -Dexec.args='--env $(ENV) $(ARGS)'

# The DNS warm-up (seed ch. 2): every record and its CNAME/SRV targets on every recursive resolver, the
# before/after table printed and written to reports/warm-up.md and .json. Only sends queries.
# ARGS='--until T0' keeps the caches warm until launch (Ctrl-C ends with the table so far);
# '--rate 50' bounds queries/s; '--textfile DIR' writes DIR/tminus_dns_warmup.prom for node_exporter.
# Exit 0 warmed, 1 some record did not resolve, 2 a resolver could not be warmed, 64 wrong arguments.
warm-up:
	@$(MVN) -q compile exec:java -Dexec.mainClass=dev.tminus.dns.warmup.WarmUp -Dexec.cleanupDaemonThreads=false \
	  -Dexec.args="--env '$(ENV)' $(ARGS)" -Dtminus.basedir='$(CURDIR)'

# Benchmarks (docs/bench.md): ARGS=dns|tls|db|scale, on real servers started on loopback when installed.
bench: setup
	@MVN='$(MVN)' scripts/bench.sh $(ARGS)

# Opt-in, not part of make test: dns, tls and db checks against real BIND, Unbound, nginx/OpenSSL
# started on loopback under target/real-servers/, and the machine's PostgreSQL read as it is.
real-servers:
	@MVN='$(MVN)' scripts/real-servers.sh

# Opt-in, not part of make test: the gateway checks against python3-websockets backends with defects on
# loopback, direct (ws) and behind nginx terminating TLS (wss); each item's outcome compared with the plan.
real-gateway:
	@MVN='$(MVN)' scripts/real-gateway.sh

clean:
	$(MVN) -q clean
	find reports -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
