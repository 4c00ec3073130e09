package dev.tminus.sandbox.dns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Master;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Type;
import org.xbill.DNS.Zone;

/**
 * The records of one zone as a master file describes them, and the edits faults make to them.
 * Immutable: every edit returns new data.
 */
public record ZoneData(Name origin, List<Record> records) {

    public ZoneData {
        records = List.copyOf(records);
    }

    public static ZoneData read(Path masterFile) {
        List<Record> records = new ArrayList<>();
        try (Master master = new Master(masterFile.toString())) {
            for (Record r = master.nextRecord(); r != null; r = master.nextRecord()) {
                records.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read zone file " + masterFile, e);
        }
        Name origin = records.stream().filter(r -> r.getType() == Type.SOA).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(masterFile + ": no SOA record")).getName();
        return new ZoneData(origin, records);
    }

    public Zone zone() {
        try {
            return new Zone(origin, records.toArray(Record[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SOARecord soa() {
        return (SOARecord) records.stream().filter(r -> r.getType() == Type.SOA).findFirst().orElseThrow();
    }

    long ttlOf(Name name, int type) {
        return records.stream().filter(r -> r.getName().equals(name) && r.getType() == type)
                .mapToLong(Record::getTTL).findFirst().orElse(60);
    }

    ZoneData without(String name, int type) {
        Name n = Name.fromConstantString(name);
        return filter(r -> !(r.getName().equals(n) && r.getType() == type));
    }

    /** Replaces one record's rdata, keeping owner, type and TTL. */
    ZoneData replace(String name, int type, String from, String to) {
        Name n = Name.fromConstantString(name);
        return map(r -> r.getName().equals(n) && r.getType() == type && r.rdataToString().equals(from)
                ? parse(n, type, r.getTTL(), to) : r);
    }

    ZoneData withTtl(String name, int type, long ttl) {
        Name n = Name.fromConstantString(name);
        return map(r -> r.getName().equals(n) && r.getType() == type ? parse(n, type, ttl, r.rdataToString()) : r);
    }

    ZoneData withSerial(long serial) {
        SOARecord s = soa();
        return replaceSoa(new SOARecord(s.getName(), DClass.IN, s.getTTL(), s.getHost(), s.getAdmin(), serial,
                s.getRefresh(), s.getRetry(), s.getExpire(), s.getMinimum()));
    }

    /** Sets both the SOA's own TTL and its minimum field, which together bound negative caching. */
    ZoneData withNegativeTtl(long seconds) {
        SOARecord s = soa();
        return replaceSoa(new SOARecord(s.getName(), DClass.IN, seconds, s.getHost(), s.getAdmin(), s.getSerial(),
                s.getRefresh(), s.getRetry(), s.getExpire(), seconds));
    }

    ZoneData withExtraNs(String host) {
        List<Record> more = new ArrayList<>(records);
        more.add(new NSRecord(origin, DClass.IN, ttlOf(origin, Type.NS), Name.fromConstantString(host)));
        return new ZoneData(origin, more);
    }

    private ZoneData replaceSoa(SOARecord soa) {
        return map(r -> r.getType() == Type.SOA ? soa : r);
    }

    private ZoneData filter(Predicate<Record> keep) {
        return new ZoneData(origin, records.stream().filter(keep).toList());
    }

    private ZoneData map(java.util.function.UnaryOperator<Record> edit) {
        return new ZoneData(origin, records.stream().map(edit).toList());
    }

    static Record parse(Name name, int type, long ttl, String rdata) {
        try {
            return Record.fromString(name, type, DClass.IN, ttl, rdata, Name.root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
