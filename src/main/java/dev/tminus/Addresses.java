package dev.tminus;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How every address is printed: IPv4 dotted quad, IPv6 in RFC 5952 form ({@code ::1},
 * {@code 2001:db8::1}; never {@code 0:0:0:0:0:0:0:1}), so one address reads the same in every
 * result name, message, evidence and report.
 */
public final class Addresses {

    private Addresses() {
    }

    /** The address in its canonical text form (an IPv6 scope, if any, kept as {@code %scope}). */
    public static String text(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            String scope = v6.getScopeId() != 0 ? "%" + v6.getScopeId()
                    : v6.getScopedInterface() != null ? "%" + v6.getScopedInterface().getName() : "";
            return ipv6(v6.getAddress()) + scope;
        }
        return address.getHostAddress();
    }

    /**
     * A literal as written in a profile, in canonical form; anything that is not an address literal
     * (a host name) is returned unchanged and never looked up.
     */
    public static String text(String literal) {
        if (literal == null || !literal.matches("[0-9a-fA-F:.]+") || !(literal.contains(":")
                || literal.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return literal;
        }
        try {
            return text(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return literal;
        }
    }

    /** RFC 5952 §4: lower case, leading zeros dropped, the first longest run of two or more zero groups as {@code ::}. */
    public static String ipv6(byte[] raw) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((raw[2 * i] & 0xff) << 8) | (raw[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
