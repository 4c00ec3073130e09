package dev.tminus.checklist.gateway;

import dev.tminus.ProbeException;
import dev.tminus.check.Fact;
import dev.tminus.gateway.GatewayObservation;
import dev.tminus.gateway.Upgrade;
import dev.tminus.report.Outcome;
import org.junit.jupiter.api.Assumptions;

/**
 * What an address answered, as each check needs it. GW-01 says once per address what became of the
 * upgrade (NOT READY when the server answered something else than a WebSocket upgrade, COULD NOT
 * CHECK when it did not answer); the checks that need a WebSocket connection are then skipped with
 * a pointer to GW-01 instead of repeating it.
 */
final class Connected {

    private Connected() {
    }

    /** The upgrade, when it gave a WebSocket connection; else the check is skipped, pointing to GW-01. */
    static Upgrade upgrade(GatewayObservation seen) {
        Fact<Upgrade> upgrade = seen.upgrade();
        if (!upgrade.known()) {
            Assumptions.abort(Outcome.NOT_APPLICABLE.reason("no WebSocket connection to " + seen.target().describe()
                    + " (GW-01 says why: " + upgrade.failure().flatMap(ProbeException::summary).orElse("no upgrade") + ")"));
        }
        if (!upgrade.get().upgraded()) {
            Assumptions.abort(Outcome.NOT_APPLICABLE.reason(seen.target().describe() + " did not upgrade to WebSocket (GW-01: "
                    + String.join("; ", upgrade.get().problems()) + ")"));
        }
        return upgrade.get();
    }

    /** A fact of the open connection; COULD NOT CHECK with the re-run command when it could not be established. */
    static <T> T get(Fact<T> fact, String rerun) {
        if (fact.known()) {
            return fact.get();
        }
        ProbeException e = fact.failure().orElseThrow();
        throw e.getMessage().contains("re-run:") ? e : e.reworded(e.getMessage() + " Then re-run: " + rerun);
    }
}
