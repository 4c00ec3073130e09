package dev.tminus.sandbox.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What servers the JDK cannot be (it will not serve NULL, RC4, 3DES, a 1024-bit DH group or TLS 1.0)
 * answer on the wire, written by hand: the sandbox plays them for hand-written probes and hangs up.
 */
final class RawAnswers {

    /** Suites only a real client (JSSE, or the protocol probe) offers: such a hello always goes to JSSE. */
    private static final Set<Integer> MODERN = Set.of(0xc02b, 0xc02c, 0xc009, 0xc00a, 0xcca9, 0xc02f, 0xc030,
            0x1301, 0x1302, 0x1303);
    private static final Set<Integer> DHE = Set.of(0x009e, 0x009f, 0xccaa, 0x0033, 0x0039, 0x0067, 0x006b, 0x0032,
            0x0038, 0x0016);

    private RawAnswers() {
    }

    /** A fatal alert record. */
    static byte[] alert(int code) {
        return new byte[] {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, (byte) code};
    }

    /** The first weak suite of the hello this server accepts, when the hello offers nothing modern; else -1. */
    static int weakChoice(ServerMode mode, List<Integer> offered) {
        if (offered.stream().anyMatch(MODERN::contains)) {
            return -1;
        }
        if (mode.dhBits() != 0 && !offered.isEmpty() && DHE.containsAll(offered)) {
            return offered.get(0);
        }
        return offered.stream().filter(mode.weakSuites()::contains).findFirst().orElse(-1);
    }

    /** Moduli by {@code dhBits}, made once (deterministic, a second or less each). */
    private static final java.util.Map<Integer, BigInteger> PRIMES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * ServerHello for {@code suite}, then for a DHE suite a ServerKeyExchange with a group of
     * {@code |dhBits|} bits (a prime modulus, or a composite one when {@code dhBits} is negative), then
     * ServerHelloDone.
     */
    static byte[] flight(int version, int suite, int dhBits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer hello = ByteBuffer.allocate(4 + 2 + 32 + 1 + 2 + 1);
        hello.put((byte) 2).put((byte) 0).putShort((short) (2 + 32 + 1 + 2 + 1));
        hello.putShort((short) version).put(new byte[32]).put((byte) 0).putShort((short) suite).put((byte) 0);
        out.writeBytes(hello.array());
        if (DHE.contains(suite) && dhBits != 0) {
            BigInteger modulus = PRIMES.computeIfAbsent(dhBits, b -> b > 0 ? BigInteger.probablePrime(b, new Random(b))
                    : BigInteger.probablePrime(-b / 2, new Random(-b)).multiply(BigInteger.probablePrime(-b - -b / 2,
                            new Random(1 - b))));
            byte[] p = modulus.toByteArray();
            p = p[0] == 0 ? java.util.Arrays.copyOfRange(p, 1, p.length) : p;
            ByteBuffer ske = ByteBuffer.allocate(4 + 2 + p.length + 3 + 2 + p.length + 4 + 64);
            ske.put((byte) 12).put((byte) 0).putShort((short) (ske.capacity() - 4));
            ske.putShort((short) p.length).put(p).putShort((short) 1).put((byte) 2).putShort((short) p.length)
                    .put(new byte[p.length]).putShort((short) 0x0401).putShort((short) 64).put(new byte[64]);
            out.writeBytes(ske.array());
        }
        out.writeBytes(new byte[] {14, 0, 0, 0});
        byte[] messages = out.toByteArray();
        ByteBuffer record = ByteBuffer.allocate(5 + messages.length);
        record.put((byte) 0x16).putShort((short) version).putShort((short) messages.length).put(messages);
        return record.array();
    }
}
