package dev.tminus.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One environment profile ({@code environments/NAME.yaml}), loaded and validated completely before
 * any check runs. An absent section means the area is not configured: its checks are skipped.
 *
 * @param name     the profile's name; equals the file name
 * @param file     the file it was loaded from, as users write it (relative to the project)
 * @param owners   optional owner per tag ({@code owners: {dns: netops}}), shown in the report
 */
public record Profile(
        String name,
        Path file,
        Launch launch,
        Optional<DnsSection> dns,
        Optional<TlsSection> tls,
        List<Database> databases,
        Optional<Alerting> alerting,
        Optional<GoldenHour> goldenHour,
        List<Waiver> waivers,
        Map<String, String> owners) {

    public Profile {
        databases = List.copyOf(databases);
        waivers = List.copyOf(waivers);
        owners = Map.copyOf(owners);
    }

    /** The owner named for a tag, if the profile names one. */
    public Optional<String> owner(String tag) {
        return Optional.ofNullable(owners.get(tag));
    }
}
