package dev.tminus.db;

import dev.tminus.ProbeException;
import dev.tminus.db.ServerFacts.Scope;
import dev.tminus.profile.Database;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The connection slots an account can really get, and the fleet's demand on them, with the
 * arithmetic in words so messages can show it: usable slots are {@code max_connections} minus the
 * reserved ones (a PostgreSQL superuser may use those), each account/database limit in force caps
 * them further. With the fleet's own account ({@code databases[].fleetUsername}) its limit and its
 * open connections replace those of the checks' account; what of it could not be read makes the
 * budget COULD NOT CHECK, never "no limit".
 *
 * @param fleet the fleet's account when it is not the checks' own
 */
public record SlotBudget(ServerFacts facts, Optional<FleetAccount> fleet) {

    /** The budget of the checks' own account (the burst of DB-04 uses it). */
    public SlotBudget(ServerFacts facts) {
        this(facts, Optional.empty());
    }

    /** The account whose slots these are: the fleet's when the profile names it, else the checks' own. */
    public String account() {
        return fleet.map(FleetAccount::name).orElse(facts.account());
    }

    private boolean superuser() {
        return fleet.map(FleetAccount::superuser).orElse(facts.superuser());
    }

    /** The limits that cap the account: the fleet's own in place of the checks' account's. */
    private List<ServerFacts.Limit> limits() {
        if (fleet.isEmpty()) {
            return facts.limits();
        }
        FleetAccount f = fleet.get();
        f.limitUnseen().ifPresent(u -> {
            throw new ProbeException("Cannot tell how many connections the fleet may open on this server: " + u.what()
                    + ".\nGrant it (" + u.grant() + "), or leave fleetUsername out if the fleet uses account "
                    + facts.account() + ".");
        });
        List<ServerFacts.Limit> all = new ArrayList<>(facts.limits().stream().filter(l -> l.scope() != Scope.ACCOUNT).toList());
        f.refused().ifPresent(why -> all.add(new ServerFacts.Limit(why + " (fleetUsername): the fleet cannot log in",
                0, Scope.ACCOUNT)));
        f.limit().ifPresent(all::add);
        return all;
    }

    /** Connections counted by a cap now, without the check's own; the fleet's account holds none of the check's. */
    private int inUse(Ceiling c) {
        if (c.scope() == Scope.ACCOUNT && fleet.isPresent()) {
            FleetAccount f = fleet.get();
            if (f.inUse().isEmpty()) {
                FleetAccount.Unseen u = f.inUseUnseen().orElseThrow();
                throw new ProbeException("Cannot tell how much room " + c.label() + " leaves: " + u.what()
                        + ".\nGrant it (" + u.grant() + ").");
            }
            return f.inUse().getAsInt();
        }
        return Math.max(0, facts.inUse().in(c.scope()) - 1);
    }

    /** One cap on the account's connections and whose connections count against it. */
    public record Ceiling(int value, String label, Scope scope) {
    }

    /**
     * Room for the fleet under one cap, right now.
     *
     * @param inUse connections counted by the cap now, without the check's own
     * @param fleet {@code instances × maxSize}
     */
    public record Headroom(Ceiling ceiling, int inUse, int fleet) {

        public int needed() {
            return inUse + fleet;
        }

        public int spare() {
            return ceiling.value() - needed();
        }
    }

    /** {@code 100 max_connections − 3 superuser_reserved_connections = 97}. */
    public String usableArithmetic() {
        if (superuser() || facts.reserved().stream().allMatch(s -> s.count() == 0)) {
            return facts.maxConnections() + " max_connections" + (superuser() ? " (superuser)" : "");
        }
        var text = new StringBuilder().append(facts.maxConnections()).append(" max_connections");
        facts.reserved().stream().filter(s -> s.count() > 0)
                .forEach(s -> text.append(" − ").append(s.count()).append(' ').append(s.setting()));
        return text.append(" = ").append(usable()).toString();
    }

    public int usable() {
        return superuser() ? facts.maxConnections()
                : facts.maxConnections() - facts.reserved().stream().mapToInt(ServerFacts.Slots::count).sum();
    }

    /** The server's usable slots first, then every limit in force (none for a PostgreSQL superuser). */
    public List<Ceiling> ceilings() {
        List<Ceiling> all = new ArrayList<>();
        all.add(new Ceiling(usable(), usableArithmetic(), Scope.SERVER));
        if (!superuser()) {
            limits().forEach(l -> all.add(new Ceiling(l.value(), l.label(), l.scope())));
        }
        return all;
    }

    /** The lowest cap: what the account can really get. */
    public Ceiling binding() {
        return ceilings().stream().min(Comparator.comparingInt(Ceiling::value)).orElseThrow();
    }

    public int slots() {
        return binding().value();
    }

    /** {@code min(100 max_connections − 3 superuser_reserved_connections = 97, connection limit 60 of role x) = 60}. */
    public String slotsArithmetic() {
        List<Ceiling> all = ceilings();
        if (all.size() == 1) {
            return all.get(0).label();
        }
        return "min(" + String.join(", ", all.stream().map(Ceiling::label).toList()) + ") = " + slots();
    }

    /** {@code instances × maxSize + otherClients}. */
    public static int planned(Database db) {
        return fleet(db) + db.otherClients();
    }

    /** {@code instances × maxSize}. */
    public static int fleet(Database db) {
        return db.pool().instances() * db.pool().maxSize();
    }

    /** {@code 4 instances × 10 maxSize + 10 otherClients = 50}. */
    public static String plannedArithmetic(Database db) {
        return db.pool().instances() + " instances × " + db.pool().maxSize() + " maxSize + " + db.otherClients()
                + " otherClients = " + planned(db);
    }

    /** The cap with the least room for the fleet next to what is connected now (own connection not counted). */
    public Headroom tightest(Database db) {
        return ceilings().stream()
                .map(c -> new Headroom(c, inUse(c), fleet(db)))
                .min(Comparator.comparingInt(Headroom::spare)).orElseThrow();
    }
}
