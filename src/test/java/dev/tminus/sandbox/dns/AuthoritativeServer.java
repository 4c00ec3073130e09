package dev.tminus.sandbox.dns;

import dev.tminus.dns.Subnets;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.ClientSubnetOption;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SetResponse;
import org.xbill.DNS.Type;
import org.xbill.DNS.Zone;

/**
 * An authoritative server for one zone, as BIND or NSD would answer: AA set, CNAME chains followed
 * inside the zone, SOA in the authority section of negative answers (TTL = min(SOA TTL, minimum)),
 * SRV targets' addresses in the additional section, and EDNS Client Subnet routing: a query whose
 * client subnet lies in a region gets that region's records and the subnet echoed with its scope.
 */
public final class AuthoritativeServer implements DnsListener.Handler {

    /** What the server serves right now; swapped whole when faults change. */
    public record Setup(Zone zone, boolean aa, List<RegionAnswer> regions, long delayMillis, boolean garbled) {
        public Setup {
            regions = List.copyOf(regions);
        }

        Setup garbling() {
            return new Setup(zone, aa, regions, delayMillis, true);
        }
    }

    /** A region's answer: for clients in {@code subnet}, {@code records} replace the RRset. */
    record RegionAnswer(String subnet, Name name, int type, List<Record> records) {
        RegionAnswer {
            records = List.copyOf(records);
        }
    }

    private volatile Setup setup;

    public AuthoritativeServer(Setup setup) {
        this.setup = setup;
    }

    /** Serves this setup from now on; {@code null} makes the server silent. */
    void serve(Setup next) {
        this.setup = next;
    }

    @Override
    public DnsListener.Reply answer(Message query, InetAddress client) {
        Setup s = setup;
        if (s == null) {
            return null; // a server that reads queries and never answers
        }
        Message reply = new Message(query.getHeader().getID());
        reply.getHeader().setFlag(Flags.QR);
        if (query.getHeader().getFlag(Flags.RD)) {
            reply.getHeader().setFlag(Flags.RD);
        }
        Record question = query.getQuestion();
        if (question == null) {
            reply.getHeader().setRcode(Rcode.FORMERR);
            return DnsListener.Reply.now(reply);
        }
        reply.addRecord(question, Section.QUESTION);
        Name name = question.getName();
        if (!name.subdomain(s.zone().getOrigin())) {
            reply.getHeader().setRcode(Rcode.REFUSED);
            return DnsListener.Reply.now(reply);
        }
        if (s.aa()) {
            reply.getHeader().setFlag(Flags.AA);
        }
        Optional<ClientSubnetOption> ecs = clientSubnet(query);
        Optional<RegionAnswer> region = ecs.flatMap(o -> s.regions().stream()
                .filter(r -> r.name().equals(name) && r.type() == question.getType()
                        && Subnets.contains(r.subnet(), o.getAddress()))
                .findFirst());
        if (region.isPresent()) {
            region.get().records().forEach(r -> reply.addRecord(r, Section.ANSWER));
        } else {
            lookup(s.zone(), name, question.getType(), reply, 0);
        }
        if (query.getOPT() != null) {
            List<EDNSOption> echo = ecs.map(o -> List.<EDNSOption>of(new ClientSubnetOption(o.getSourcePrefixLength(),
                    region.isPresent() ? o.getSourcePrefixLength() : 0, o.getAddress()))).orElse(List.of());
            reply.addRecord(new OPTRecord(1232, 0, 0, 0, echo), Section.ADDITIONAL);
        }
        return new DnsListener.Reply(reply, s.delayMillis(), s.garbled());
    }

    private static void lookup(Zone zone, Name name, int type, Message reply, int depth) {
        SetResponse found = zone.findRecords(name, type);
        if (found.isSuccessful()) {
            for (RRset set : found.answers()) {
                set.rrs().forEach(r -> reply.addRecord(r, Section.ANSWER));
                set.rrs().forEach(r -> additional(zone, r, reply));
            }
        } else if (found.isCNAME()) {
            CNAMERecord cname = found.getCNAME();
            reply.addRecord(cname, Section.ANSWER);
            if (depth < 8 && cname.getTarget().subdomain(zone.getOrigin())) {
                lookup(zone, cname.getTarget(), type, reply, depth + 1);
            }
        } else if (found.isNXDOMAIN() || found.isNXRRSET()) {
            if (found.isNXDOMAIN() && depth == 0) {
                reply.getHeader().setRcode(Rcode.NXDOMAIN);
            }
            SOARecord soa = zone.getSOA();
            long negative = Math.min(soa.getTTL(), soa.getMinimum());
            reply.addRecord(new SOARecord(soa.getName(), soa.getDClass(), negative, soa.getHost(), soa.getAdmin(),
                    soa.getSerial(), soa.getRefresh(), soa.getRetry(), soa.getExpire(), soa.getMinimum()), Section.AUTHORITY);
        } else if (found.isDelegation()) {
            reply.getHeader().unsetFlag(Flags.AA);
            found.getNS().rrs().forEach(r -> reply.addRecord(r, Section.AUTHORITY));
        }
    }

    /** Real servers add the addresses of SRV targets they know: clients must not rely on it. */
    private static void additional(Zone zone, Record record, Message reply) {
        if (record instanceof SRVRecord srv) {
            for (int t : new int[] {Type.A, Type.AAAA}) {
                RRset set = zone.findExactMatch(srv.getTarget(), t);
                if (set != null) {
                    set.rrs().forEach(r -> reply.addRecord(r, Section.ADDITIONAL));
                }
            }
        }
    }

    static Optional<ClientSubnetOption> clientSubnet(Message query) {
        OPTRecord opt = query.getOPT();
        if (opt == null) {
            return Optional.empty();
        }
        return opt.getOptions(EDNSOption.Code.CLIENT_SUBNET).stream()
                .filter(ClientSubnetOption.class::isInstance).map(ClientSubnetOption.class::cast).findFirst();
    }
}
