package dev.tminus.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** An instant written either absolutely ({@code 2026-12-01T09:45:00Z}) or relative to T0 ({@code T0-15m}). */
public sealed interface InstantExpr {

    /** The instant, given T0. Relative expressions need T0; the loader guarantees it is set. */
    Instant resolve(Optional<Instant> t0);

    record Absolute(Instant instant) implements InstantExpr {
        @Override
        public Instant resolve(Optional<Instant> t0) {
            return instant;
        }

        @Override
        public String toString() {
            return instant.toString();
        }
    }

    record RelativeToT0(Duration offset) implements InstantExpr {
        @Override
        public Instant resolve(Optional<Instant> t0) {
            return t0.orElseThrow(() -> new IllegalStateException("T0 (launch.at) is not set")).plus(offset);
        }

        @Override
        public String toString() {
            return offset.isNegative() ? "T0-" + Durations.format(offset.negated()) : "T0+" + Durations.format(offset);
        }
    }
}
