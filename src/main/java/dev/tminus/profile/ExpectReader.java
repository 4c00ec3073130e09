package dev.tminus.profile;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code dns.records}: names, types and the planned answer set, checked per record type. */
final class ExpectReader {

    private ExpectReader() {
    }

    static DnsRecord record(Node node) {
        if (!node.isMap(Set.of("name", "type", "expect"), Set.of("ttl", "regions"))) {
            return null;
        }
        String name = Literals.absoluteName(node.get("name"));
        String type = node.get("type").oneOf(DnsReader.types(), null);
        List<String> expect = expectations(node.get("expect"), type);
        Optional<Duration> ttl = node.get("ttl").present() ? Optional.ofNullable(DnsReader.ttl(node.get("ttl")))
                : Optional.empty();
        List<DnsRecord.Region> regions = node.get("regions").nonEmptyList("region", r -> region(r, type));
        if (name == null || type == null || expect == null || node.get("ttl").present() && ttl.isEmpty()) {
            return null;
        }
        return new DnsRecord(name, type, expect, ttl, regions);
    }

    private static DnsRecord.Region region(Node node, String type) {
        if (!node.isMap(Set.of("subnet", "expect"), Set.of())) {
            return null;
        }
        String subnet = Literals.subnet(node.get("subnet"));
        List<String> expect = expectations(node.get("expect"), type);
        return subnet == null || expect == null ? null : new DnsRecord.Region(subnet, expect);
    }

    /** The planned answer set: non-empty, no value twice, each value in the record type's format. */
    private static List<String> expectations(Node node, String type) {
        if (!node.present()) {
            node.problem("expected the planned answer set like [192.0.2.1], got nothing");
            return null;
        }
        int before = node.isList() ? node.items().size() : -1;
        List<String> values = node.nonEmptyList("planned value", item -> value(item, type));
        if (values.size() != before) {
            return null;
        }
        if ("CNAME".equals(type) && values.size() > 1) {
            node.problem("expected one target for a CNAME record (a name has at most one CNAME), got "
                    + values.size());
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (!seen.add(v)) {
                node.problem("expected each planned value once (the answer set is compared as a set), got "
                        + Node.quote(v) + " twice");
                return null;
            }
        }
        return values;
    }

    private static String value(Node item, String type) {
        if (type == null) {
            return item.requiredText("the record data");
        }
        switch (type) {
            case "A", "AAAA" -> {
                String a = Literals.address(item);
                if (a != null && "A".equals(type) == a.contains(":")) {
                    item.problem("expected an " + ("A".equals(type) ? "IPv4" : "IPv6") + " address for an " + type
                            + " record, got " + Node.quote(a));
                    return null;
                }
                return a;
            }
            case "CNAME", "NS" -> {
                return Literals.absoluteName(item);
            }
            case "SRV" -> {
                return shaped(item, "\\d{1,5} \\d{1,5} \\d{1,5} \\S+", 3,
                        "priority weight port target like \"10 50 7000 matcher.game.example.com.\"");
            }
            case "MX" -> {
                return shaped(item, "\\d{1,5} \\S+", 1, "preference exchange like \"10 mail.game.example.com.\"");
            }
            case "CAA" -> {
                String text = item.requiredText("flags tag value like '0 issue \"letsencrypt.org\"'");
                if (text != null && !text.matches("\\d{1,3} [A-Za-z0-9]+ \".*\"")) {
                    item.problem("expected a CAA value as flags tag \"value\" like '0 issue \"letsencrypt.org\"', got "
                            + Node.quote(text));
                    return null;
                }
                return text;
            }
            default -> {
                return item.requiredText("the record data as a zone file writes it");
            }
        }
    }

    /** Numbers then an absolute name, single spaces, numbers at most 65535. */
    private static String shaped(Node item, String regex, int numbers, String expected) {
        String text = item.requiredText(expected);
        if (text == null) {
            return null;
        }
        String[] parts = text.split(" ");
        boolean ok = text.matches(regex) && Literals.isAbsoluteName(parts[numbers]);
        for (int i = 0; ok && i < numbers; i++) {
            ok = Integer.parseInt(parts[i]) <= 65535;
        }
        if (!ok) {
            item.problem("expected " + expected + ", got " + Node.quote(text));
            return null;
        }
        return text;
    }
}
