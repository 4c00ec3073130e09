package dev.tminus.dns;

import java.time.Duration;
import java.time.Instant;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;

/** Renders a query and its answer the way {@code dig} prints them, for the report. */
final class DigText {

    private DigText() {
    }

    static String render(DnsQuery query, Message response, Duration latency, boolean overTcp, Instant when) {
        StringBuilder out = new StringBuilder();
        out.append("; <<>> T-Minus <<>> @").append(query.resolver().address()).append(" -p ")
                .append(query.resolver().port()).append(' ').append(query.name()).append(' ').append(query.type())
                .append(query.subnet().map(s -> " +subnet=" + s).orElse("")).append('\n');
        if (overTcp) {
            out.append(";; Truncated, retrying in TCP mode.\n");
        }
        var header = response.getHeader();
        out.append(";; ->>HEADER<<- opcode: QUERY, status: ").append(Rcode.string(response.getRcode()))
                .append(", id: ").append(header.getID()).append('\n');
        out.append(";; flags:");
        for (int flag : new int[] {Flags.QR, Flags.AA, Flags.TC, Flags.RD, Flags.RA, Flags.AD, Flags.CD}) {
            if (header.getFlag(flag)) {
                out.append(' ').append(Flags.string(flag).toLowerCase());
            }
        }
        out.append("; QUERY: ").append(header.getCount(Section.QUESTION))
                .append(", ANSWER: ").append(header.getCount(Section.ANSWER))
                .append(", AUTHORITY: ").append(header.getCount(Section.AUTHORITY))
                .append(", ADDITIONAL: ").append(header.getCount(Section.ADDITIONAL)).append("\n\n");
        OPTRecord opt = response.getOPT();
        if (opt != null) {
            out.append(";; OPT PSEUDOSECTION:\n; EDNS: version: ").append(opt.getVersion())
                    .append(", udp: ").append(opt.getPayloadSize()).append('\n');
            opt.getOptions().forEach(o -> out.append("; ").append(o).append('\n'));
            out.append('\n');
        }
        section(out, "QUESTION", response, Section.QUESTION);
        section(out, "ANSWER", response, Section.ANSWER);
        section(out, "AUTHORITY", response, Section.AUTHORITY);
        section(out, "ADDITIONAL", response, Section.ADDITIONAL);
        out.append(";; Query time: ").append(latency.toMillis()).append(" msec\n");
        out.append(";; SERVER: ").append(query.resolver().address()).append('#').append(query.resolver().port())
                .append('(').append(query.resolver().name()).append(") (").append(overTcp ? "TCP" : "UDP").append(")\n");
        out.append(";; WHEN: ").append(when).append('\n');
        return out.toString();
    }

    private static void section(StringBuilder out, String title, Message response, int section) {
        var records = response.getSection(section).stream().filter(r -> !(r instanceof OPTRecord)).toList();
        if (records.isEmpty()) {
            return;
        }
        out.append(";; ").append(title).append(" SECTION:\n");
        for (Record r : records) {
            out.append(section == Section.QUESTION ? ";" + r.getName() + "\t\tIN\t" + org.xbill.DNS.Type.string(r.getType()) : r.toString())
                    .append('\n');
        }
        out.append('\n');
    }
}
