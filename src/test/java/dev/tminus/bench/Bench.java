package dev.tminus.bench;

/**
 * {@code make bench}: the benchmarks of the suite. Arguments go to the benchmark named first
 * ({@code dns}, {@code tls}, {@code db}, {@code scale}); without a name, all four run with their
 * defaults, one after the other, so one run gives every figure beside its reference tool's.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        try {
            if (args.length == 0) {
                DnsBench.main(args);
                TlsBench.main(args);
                DbBench.main(args);
                ScaleBench.main(args);
            } else if ("dns".equals(args[0])) {
                DnsBench.main(args);
            } else if ("tls".equals(args[0])) {
                TlsBench.main(args);
            } else if ("db".equals(args[0])) {
                DbBench.main(args);
            } else if ("scale".equals(args[0])) {
                ScaleBench.main(args);
            } else {
                throw new IllegalArgumentException("unknown benchmark " + args[0] + "; available: dns, tls, db, scale");
            }
        } finally {
            // exec:java stops leftover threads after main; dnsjava's exit hook would then wait forever
            // for its stopped selector thread. Closing it here lets the JVM exit.
            org.xbill.DNS.NioClient.close();
        }
    }
}
