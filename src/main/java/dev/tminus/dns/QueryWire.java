package dev.tminus.dns;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.xbill.DNS.ClientSubnetOption;
import org.xbill.DNS.DClass;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * The probe's questions as they go on the wire and its answers as the checks read them: a query
 * message with RD and EDNS (and the client subnet when the query has one), built once per question
 * and reused by the rounds that ask it again; a response turned into a {@link DnsAnswer} whose
 * {@code dig} text is rendered only when a report asks for it.
 */
final class QueryWire {

    /** The EDNS buffer size we advertise (DNS flag day 2020). */
    static final int UDP_PAYLOAD = 1232;

    /** Questions asked again (the warm-up's rounds) reuse their wire form; never more than this many kept. */
    private static final int TEMPLATES = 65_536;

    /** A query as it goes on the wire (id 0: each attempt gets its own), built once per question. */
    record Template(Message message, Record question, byte[] wire) {
    }

    private final Map<DnsQuery, Template> templates = new ConcurrentHashMap<>();

    Template template(DnsQuery query) {
        Template t = templates.get(query);
        if (t == null) {
            Message m = message(query);
            t = new Template(m, m.getQuestion(), m.toWire());
            if (templates.size() < TEMPLATES) {
                templates.put(query, t);
            }
        }
        return t;
    }

    static Message message(DnsQuery query) {
        int type = Type.value(query.type());
        if (type < 0) {
            throw new IllegalArgumentException("unknown record type " + query.type());
        }
        Name name;
        try {
            name = Name.fromString(query.name(), Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a DNS name: " + query.name(), e);
        }
        // Message.newQuery draws an id from SecureRandom; the UDP exchanger sets its own id anyway
        Message message = new Message(0);
        message.getHeader().setOpcode(Opcode.QUERY);
        message.getHeader().setFlag(Flags.RD);
        message.addRecord(Record.newRecord(name, type, DClass.IN), Section.QUESTION);
        List<EDNSOption> options = query.subnet().map(s -> List.<EDNSOption>of(Subnets.option(s))).orElse(List.of());
        message.addRecord(new OPTRecord(UDP_PAYLOAD, 0, 0, 0, options), Section.ADDITIONAL);
        return message;
    }

    static DnsAnswer answer(DnsQuery query, Message m, boolean overTcp, Duration latency) {
        Instant when = Instant.now();
        return new DnsAnswer(query, Rcode.string(m.getRcode()), m.getHeader().getFlag(Flags.AA), overTcp,
                m.getSection(Section.ANSWER).stream().map(DnsRr::of).toList(),
                m.getSection(Section.AUTHORITY).stream().map(DnsRr::of).toList(),
                latency, DnsAnswer.Evidence.lazy(() -> DigText.render(query, m, latency, overTcp, when)),
                subnetScope(m));
    }

    private static OptionalInt subnetScope(Message m) {
        OPTRecord opt = m.getOPT();
        if (opt == null) {
            return OptionalInt.empty();
        }
        return opt.getOptions(EDNSOption.Code.CLIENT_SUBNET).stream()
                .filter(ClientSubnetOption.class::isInstance)
                .mapToInt(o -> ((ClientSubnetOption) o).getScopePrefixLength()).findFirst();
    }
}
