# T-Minus: the go-live checklist as executable JUnit 5 tests.
#   make verify                       the checklist against the built-in sandbox
#   make verify ENV=staging CHECKS=dns|tls
#   make test                         the project's own tests (self-tests, faults, meta-tests)
ENV    ?= sandbox
CHECKS ?=
FAULTS ?=
VANTAGE ?=
MVN    ?= mvn -B -ntp
SETUP_STAMP := target/.setup-done

.PHONY: setup verify test report open-report bench clean plan golden-hour merge-reports

setup:
	@scripts/setup.sh

# The sandbox needs local services; a real environment needs nothing installed here.
verify: $(if $(filter sandbox,$(ENV)),setup)
	$(MVN) verify -Denv=$(ENV) -Dchecks='$(CHECKS)' -Dsandbox.faults='$(FAULTS)' -Dvantage='$(VANTAGE)'

test: setup
	$(MVN) -Pall-selftests test

report:
	@scripts/report.sh

# Watches the golden hour: the golden-hour checks every step until T0 + window, one line per round;
# exit 3 at the first L3 breach (roll back recommended). ARGS='--rounds 5 --round-timeout 10m'
golden-hour: $(if $(filter sandbox,$(ENV)),setup)
	$(MVN) -q compile exec:java -Dexec.mainClass=dev.tminus.golden.Watch -Dexec.args='--env $(ENV) $(ARGS)'

bench: setup
	$(MVN) -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.tminus.bench.Bench \
	  -Dexec.args='$(ARGS)'

clean:
	$(MVN) -q clean
	find reports -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
