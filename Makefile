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

bench: setup
	$(MVN) -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.tminus.bench.Bench \
	  -Dexec.args='$(ARGS)'

clean:
	$(MVN) -q clean
	find reports -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
