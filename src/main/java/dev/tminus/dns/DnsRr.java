package dev.tminus.dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * One resource record as a server sent it.
 *
 * @param name  owner name, lower case, absolute
 * @param type  type mnemonic
 * @param ttl   TTL in seconds, as received (recursive resolvers count it down)
 * @param data  rdata in presentation format, normalised for comparison ({@link #normalise})
 */
public record DnsRr(String name, String type, long ttl, String data) {

    private static final Pattern ADDRESS_LIKE = Pattern.compile("[0-9a-fA-F:.]+");

    static DnsRr of(Record r) {
        String type = Type.string(r.getType());
        String data;
        if (r instanceof ARecord a) {
            data = dev.tminus.Addresses.text(a.getAddress()); // what normalise gives, without parsing text again
        } else if (r instanceof AAAARecord a) {
            data = dev.tminus.Addresses.text(a.getAddress());
        } else {
            data = normalise(type, r.rdataToString());
        }
        return new DnsRr(r.getName().toString().toLowerCase(Locale.ROOT), type, r.getTTL(), data);
    }

    /**
     * The comparable spelling of rdata: addresses in canonical form ({@code 2001:db8::7000}), names
     * in lower case, a single TXT string without quotes. Profiles' {@code expect} values go through
     * the same function, so {@code 2001:DB8:0::7000} and {@code 2001:db8::7000} are equal.
     */
    public static String normalise(String type, String data) {
        String text = data.trim();
        switch (type.toUpperCase(Locale.ROOT)) {
            case "A", "AAAA":
                return canonicalAddress(text);
            case "TXT":
                return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                        && text.indexOf('"', 1) == text.length() - 1 ? text.substring(1, text.length() - 1) : text;
            case "CAA":
                return text;
            default:
                return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        }
    }

    private static String canonicalAddress(String text) {
        if (!ADDRESS_LIKE.matcher(text).matches()) {
            return text;
        }
        try {
            byte[] raw = InetAddress.getByName(text).getAddress();
            return dev.tminus.Addresses.text(InetAddress.getByAddress(raw));
        } catch (UnknownHostException e) {
            return text;
        }
    }

    @Override
    public String toString() {
        return name + "\t" + ttl + "\tIN\t" + type + "\t" + data;
    }
}
