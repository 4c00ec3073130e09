package dev.tminus.golden;

import dev.tminus.profile.Durations;
import dev.tminus.profile.GoldenHour;
import dev.tminus.profile.Launch;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The part of the golden hour that can be judged now: {@code [start, min(now, start + window)]} at
 * {@code step}, where start is {@code goldenHour.from}, else T0.
 *
 * @param start     where observation starts (T0 unless the profile says otherwise)
 * @param end       the last instant evaluated: {@code min(now, start + window)}
 * @param windowEnd {@code start + window}
 * @param step      evaluation resolution
 * @param now       the instant the run judged at
 */
public record ObservationWindow(Instant start, Instant end, Instant windowEnd, Duration step, Instant now) {

    /** Empty when neither T0 nor {@code goldenHour.from} is set. */
    public static Optional<ObservationWindow> of(Launch launch, GoldenHour goldenHour, Instant now) {
        return goldenHour.start(launch.at()).map(start -> {
            Instant windowEnd = start.plus(goldenHour.window());
            Instant end = now.isBefore(windowEnd) ? now : windowEnd;
            return new ObservationWindow(start, end, windowEnd, goldenHour.step(), now);
        });
    }

    /**
     * The first evaluation instant: the grid is anchored at {@code end}, so the newest point is always
     * evaluated (a grid anchored at the start could stop up to one step short of now, and a young
     * window would then have no point with data at all).
     */
    public Instant firstPoint() {
        long steps = Duration.between(start, end).toMillis() / step.toMillis();
        return end.minus(step.multipliedBy(steps));
    }

    /** The golden hour has not begun: nothing to judge yet. */
    public boolean notStarted() {
        return now.isBefore(start);
    }

    /** {@code 2026-12-01T10:00:00Z … 2026-12-01T10:42:05Z (step 1m)} */
    public String describe() {
        return start + " … " + end + " (step " + Durations.format(step) + ")";
    }

    /** Why nothing is judged before the start, for a skipped item. */
    public String notStartedReason() {
        return "not due yet: the golden hour starts at " + start + ", in "
                + Durations.format(Duration.between(now, start).withNanos(0)) + "; nothing to judge before then";
    }
}
