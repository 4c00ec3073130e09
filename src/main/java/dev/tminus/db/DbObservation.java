package dev.tminus.db;

import dev.tminus.check.Fact;
import dev.tminus.profile.Database;
import java.util.Optional;

/**
 * Everything the checklist learns about one database in one pass, each fact on its own so that a
 * probe failure makes only the checks that need that fact COULD NOT CHECK.
 *
 * @param before     server facts before the burst
 * @param burst      {@code burst} connections at once, each through its own HikariCP pool
 * @param returned   whether they all went back, in the pool and on the server
 * @param roundTrips warm {@code SELECT 1} round trips
 * @param fleet      the fleet's own account before the burst, when the profile names one
 *                   ({@code fleetUsername}); empty when the fleet uses the checks' account
 */
public record DbObservation(Database db, Fact<Login> login, Fact<ServerFacts> before,
                            Fact<BurstResult> burst, Fact<ReturnResult> returned,
                            Fact<RoundTrips> roundTrips, Fact<Optional<FleetAccount>> fleet) {
}
