package dev.tminus.cache;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a node says it is: {@code ROLE} (a master with the replicas it streams to, a replica with its
 * primary and the state of its link, or a Sentinel with the masters it monitors), and, when the ACL
 * allows {@code INFO}, the {@code replication} section ({@code master_link_status},
 * {@code min_slaves_good_slaves}). {@code ROLE} alone is enough to judge the role and the link; the
 * section adds Redis's own words for them.
 *
 * @param kind        the first word of {@code ROLE}
 * @param replicas    a master's replicas that are online ({@code ip:port}); ROLE lists only those
 * @param primary     a replica's primary ({@code host:port}); empty otherwise
 * @param link        a replica's link state as ROLE says it ({@code connect}, {@code connecting},
 *                    {@code sync}, {@code connected}); empty otherwise
 * @param monitored   a Sentinel's monitored master names
 * @param answer      ROLE as redis-cli prints it, for the evidence
 * @param replication {@code INFO replication} as the node answered it; empty when not readable
 * @param infoMissing why the section is missing (the ACL refused it, ...); empty when it was read
 */
public record RoleFacts(Kind kind, List<String> replicas, String primary, String link, List<String> monitored,
                        String answer, Optional<String> replication, Optional<String> infoMissing) {

    /** The first word of a {@code ROLE} answer. */
    public enum Kind {
        MASTER("master"), REPLICA("slave"), SENTINEL("sentinel");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** As Redis answers it: {@code master}, {@code slave}, {@code sentinel}. */
        public String word() {
            return word;
        }
    }

    public RoleFacts {
        replicas = List.copyOf(replicas);
        monitored = List.copyOf(monitored);
    }

    /** The same facts with the {@code INFO replication} section, or why it could not be read. */
    RoleFacts withReplication(Optional<String> section, Optional<String> missing) {
        return new RoleFacts(kind, replicas, primary, link, monitored, answer, section, missing);
    }

    /** A field of {@code INFO replication}, when the section was read and has it. */
    public Optional<String> field(String name) {
        return replication.map(InfoSection::fields).map(f -> f.get(name));
    }

    /** {@code up} or {@code down}: INFO's {@code master_link_status}, else ROLE's state ({@code connected} = up). */
    public String masterLinkStatus() {
        return field("master_link_status").orElse("connected".equals(link) ? "up" : "down");
    }

    /** A replica whose link to its primary is up, by ROLE and (when read) by INFO. */
    public boolean linkUp() {
        return kind == Kind.REPLICA && "connected".equals(link) && masterLinkStatus().equals("up");
    }

    /**
     * A master that refuses writes now: {@code min-replicas-to-write} is set (INFO shows
     * {@code min_slaves_good_slaves} only then) and no replica is good enough, so every write answers
     * {@code NOREPLICAS}.
     */
    public boolean refusesWrites() {
        return kind == Kind.MASTER && field("min_slaves_good_slaves").map("0"::equals).orElse(false);
    }

    /** What the evidence shows: ROLE, then the replication section or why it is missing. */
    public String describe() {
        return "ROLE\n" + answer + "\n\n" + replication.map(s -> "INFO replication\n" + s.strip() + "\n")
                .orElse("INFO replication not read: " + infoMissing.orElse("-") + "; judged from ROLE alone\n");
    }

    /** Reads {@code ROLE} as Jedis returns it (strings or bytes, numbers, nested lists). */
    static RoleFacts parse(List<Object> role, String where) {
        if (role == null || role.isEmpty()) {
            throw garbage(where, "nothing");
        }
        String first = text(role.get(0));
        String answer = print(role, "");
        switch (first) {
            case "master" -> {
                List<String> replicas = new ArrayList<>();
                if (role.size() > 2 && role.get(2) instanceof List<?> list) {
                    for (Object entry : list) {
                        if (entry instanceof List<?> r && r.size() >= 2) {
                            replicas.add(text(r.get(0)) + ":" + text(r.get(1)));
                        }
                    }
                }
                return new RoleFacts(Kind.MASTER, replicas, "", "", List.of(), answer, Optional.empty(), Optional.empty());
            }
            case "slave" -> {
                if (role.size() < 4) {
                    throw garbage(where, answer);
                }
                return new RoleFacts(Kind.REPLICA, List.of(), text(role.get(1)) + ":" + text(role.get(2)),
                        text(role.get(3)), List.of(), answer, Optional.empty(), Optional.empty());
            }
            case "sentinel" -> {
                List<String> masters = new ArrayList<>();
                if (role.size() > 1 && role.get(1) instanceof List<?> list) {
                    list.forEach(m -> masters.add(text(m)));
                }
                return new RoleFacts(Kind.SENTINEL, List.of(), "", "", masters, answer, Optional.empty(), Optional.empty());
            }
            default -> throw garbage(where, answer);
        }
    }

    private static ProbeException garbage(String where, String answer) {
        return ProbeException.of(Cause.GARBAGE, where + " answered ROLE with " + answer.strip()
                + ", not master, slave or sentinel: is this a Redis node?", null, "ROLE unreadable");
    }

    private static String text(Object o) {
        return o instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(o);
    }

    /** As redis-cli prints a nested answer: {@code 1) "master"}, {@code 2) (integer) 0}, ... */
    private static String print(List<?> list, String indent) {
        StringBuilder out = new StringBuilder();
        if (list.isEmpty()) {
            return "(empty array)\n";
        }
        for (int i = 0; i < list.size(); i++) {
            Object o = list.get(i);
            String prefix = (i == 0 ? "" : indent) + (i + 1) + ") ";
            if (o instanceof List<?> nested) {
                out.append(prefix).append(print(nested, indent + " ".repeat((i + 1 + ") ").length())));
            } else if (o instanceof Long || o instanceof Integer) {
                out.append(prefix).append("(integer) ").append(o).append('\n');
            } else {
                out.append(prefix).append('"').append(text(o)).append("\"\n");
            }
        }
        return out.toString();
    }
}
