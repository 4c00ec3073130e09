package dev.tminus.alerting;

import dev.tminus.profile.Alerting.SilencePlan;
import dev.tminus.profile.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The planned release silence window [{@code startsBy}, {@code startsBy + duration}] and how real
 * silences measure up to it.
 *
 * <p>Alertmanager never stores a start in the past: a silence created after its requested start
 * starts when it was created ({@code updatedAt}). So once the window has begun, a silence can cover
 * it only from now on, and a silence's start is judged against {@code max(plan start, its creation)}
 * within the tolerance; its end is judged against the planned end itself.
 */
public record SilenceWindow(Instant start, Instant end, Duration tolerance, Duration maxDuration) {

    public static SilenceWindow of(SilencePlan plan, Optional<Instant> t0) {
        Instant start = plan.startsBy().resolve(t0);
        return new SilenceWindow(start, start.plus(plan.duration()), plan.tolerance(), plan.maxDuration());
    }

    /** A stretch of the window no silence covers. */
    public record Gap(Instant from, Instant until) {
        public Duration length() {
            return Duration.between(from, until);
        }

        @Override
        public String toString() {
            return from + " … " + until + " (" + Durations.format(length()) + ")";
        }
    }

    /** Whether the window is over at {@code now}: nothing left to cover. */
    public boolean over(Instant now) {
        return !now.isBefore(end);
    }

    /**
     * The first stretch of [max(start, now), end] that no live silence muting {@code labels} covers,
     * ignoring up to {@code tolerance} at either end; empty when covered.
     */
    public Optional<Gap> firstGap(Map<String, String> labels, List<Silence> silences, Instant now) {
        Instant from = start.isAfter(now) ? start : now;
        Instant mustFrom = from.plus(tolerance);
        Instant mustUntil = end.minus(tolerance);
        if (!mustFrom.isBefore(mustUntil)) {
            return Optional.empty();
        }
        List<Silence> muting = new ArrayList<>(silences.stream().filter(Silence::live).filter(s -> s.mutes(labels)).toList());
        muting.sort(Comparator.comparing(Silence::startsAt));
        Instant covered = mustFrom;
        for (Silence s : muting) {
            if (s.startsAt().isAfter(covered)) {
                break;
            }
            if (s.endsAt().isAfter(covered)) {
                covered = s.endsAt();
            }
        }
        if (!covered.isBefore(mustUntil)) {
            return Optional.empty();
        }
        Instant gapFrom = covered.equals(mustFrom) ? from : covered;
        Instant coveredUntil = covered;
        Instant gapUntil = muting.stream().map(Silence::startsAt).filter(t -> t.isAfter(coveredUntil))
                .findFirst().filter(t -> t.isBefore(end)).orElse(end);
        return Optional.of(new Gap(gapFrom, gapUntil));
    }

    /** Where a release silence deviates from the plan beyond the tolerance, in words; empty when it does not. */
    public List<String> deviations(Silence silence) {
        List<String> out = new ArrayList<>();
        if (silence.duration().compareTo(maxDuration) > 0) {
            out.add("lasts " + Durations.format(silence.duration()) + ", longer than maxDuration " + Durations.format(maxDuration));
        }
        Instant expectedStart = silence.updatedAt().isAfter(start) ? silence.updatedAt() : start;
        if (silence.startsAt().isBefore(start.minus(tolerance))) {
            out.add("starts " + Durations.format(Duration.between(silence.startsAt(), start)) + " before the plan (" + start + ")");
        } else if (silence.startsAt().isAfter(expectedStart.plus(tolerance))) {
            out.add("starts " + Durations.format(Duration.between(expectedStart, silence.startsAt()))
                    + " after the plan allows (" + expectedStart + ")");
        }
        Duration endDrift = Duration.between(end, silence.endsAt());
        if (endDrift.abs().compareTo(tolerance) > 0) {
            out.add("ends " + Durations.format(endDrift.abs()) + (endDrift.isNegative() ? " before" : " after")
                    + " the plan (" + end + ")");
        }
        return out;
    }

    /** {@code 2026-12-01T09:45:00Z … 2026-12-01T11:00:00Z (75m, tolerance 10m)}. */
    @Override
    public String toString() {
        return start + " … " + end + " (" + Durations.format(Duration.between(start, end)) + ", tolerance "
                + Durations.format(tolerance) + ")";
    }
}
