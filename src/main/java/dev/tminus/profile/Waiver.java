package dev.tminus.profile;

import java.time.LocalDate;

/**
 * An accepted, dated exception: the item is reported as waived until {@code until} (inclusive),
 * then it is red again.
 *
 * @param check a check id such as {@code TLS-07}
 * @param item  the item's name as the profile writes it (record name, endpoint host, database, ...)
 */
public record Waiver(String check, String item, String reason, LocalDate until) {

    public boolean activeOn(LocalDate day) {
        return !day.isAfter(until);
    }
}
