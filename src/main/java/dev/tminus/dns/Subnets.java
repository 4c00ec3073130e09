package dev.tminus.dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.xbill.DNS.ClientSubnetOption;

/** CIDR text ({@code 203.0.113.0/24}) to an EDNS Client Subnet option, and membership tests. */
public final class Subnets {

    private Subnets() {
    }

    public static ClientSubnetOption option(String cidr) {
        return new ClientSubnetOption(prefix(cidr), address(cidr));
    }

    /** Whether the address lies in the CIDR block (same family only). */
    public static boolean contains(String cidr, InetAddress address) {
        byte[] net = address(cidr).getAddress();
        byte[] a = address.getAddress();
        if (net.length != a.length) {
            return false;
        }
        int bits = prefix(cidr);
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((net[i / 8] & mask) != (a[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    public static int prefix(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return address(cidr).getAddress().length * 8;
        }
        return Integer.parseInt(cidr.substring(slash + 1));
    }

    public static InetAddress address(String cidr) {
        int slash = cidr.indexOf('/');
        String literal = slash < 0 ? cidr : cidr.substring(0, slash);
        if (!literal.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not an address literal: " + literal);
        }
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + literal, e);
        }
    }
}
