package dev.tminus.report;

import dev.tminus.profile.Secrets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * The console without secrets: {@link #install()} puts a masking stream in front of
 * {@code System.out} and {@code System.err}, so every line any code prints (the checklist, its
 * libraries' loggers, stack traces) is masked ({@link Secrets#mask}) before it reaches the terminal
 * or the build's capture. Text is masked a line at a time (a secret is never split between two
 * writes of one line); a line not ended yet is written when the JVM exits.
 */
public final class MaskingConsole {

    private MaskingConsole() {
    }

    public static synchronized void install() {
        if (!(System.out instanceof Masking)) {
            System.setOut(new Masking(System.out));
        }
        if (!(System.err instanceof Masking)) {
            System.setErr(new Masking(System.err));
        }
    }

    /** A print stream that masks each line before passing it on. */
    static final class Masking extends PrintStream {
        Masking(OutputStream target) {
            this(new Lines(target, Charset.defaultCharset()));
        }

        private Masking(Lines lines) {
            super(lines, true, lines.charset);
            Runtime.getRuntime().addShutdownHook(new Thread(lines::emitQuietly, "masking-console-flush"));
        }
    }

    /** Collects bytes up to a line end, then writes the line masked. */
    static final class Lines extends OutputStream {
        private static final int LONGEST = 1 << 16;
        private final OutputStream target;
        private final Charset charset;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Lines(OutputStream target, Charset charset) {
            this.target = target;
            this.charset = charset;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            line.write(b);
            if (b == '\n' || b == '\r' || line.size() >= LONGEST) {
                emit();
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            // a run of bytes up to a line end (or the longest line) at a time: the same lines as byte by byte
            int i = offset;
            int end = offset + length;
            while (i < end) {
                int stop = i;
                int room = LONGEST - line.size();
                while (stop < end && stop - i < room && bytes[stop] != '\n' && bytes[stop] != '\r') {
                    stop++;
                }
                if (stop < end && stop - i < room) {
                    stop++; // the line end itself
                }
                line.write(bytes, i, stop - i);
                i = stop;
                byte last = bytes[stop - 1];
                if (last == '\n' || last == '\r' || line.size() >= LONGEST) {
                    emit();
                }
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            target.flush();
        }

        @Override
        public synchronized void close() throws IOException {
            emit();
            target.close();
        }

        private synchronized void emit() throws IOException {
            if (line.size() > 0) {
                target.write(Secrets.mask(line.toString(charset)).getBytes(charset));
                line.reset();
                target.flush();
            }
        }

        synchronized void emitQuietly() {
            try {
                emit();
            } catch (IOException e) {
                // the console is gone: nothing left to protect
            }
        }
    }
}
