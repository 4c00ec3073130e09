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
 * @param custom   a team's own settings per area ({@code custom: {app: {…}}}), read by the team's checks
 *                 through {@link #custom(String)}
 *
 * <p>Code that builds a profile (tests, the sandbox) starts from {@link #builder} or {@link #toBuilder}
 * instead of the positional constructor, so a new key is added here, in its reader and in the docs only.
 */
public record Profile(
        String name,
        Path file,
        Launch launch,
        Optional<DnsSection> dns,
        Optional<TlsSection> tls,
        List<Database> databases,
        List<Cache> caches,
        List<Gateway> gateways,
        Optional<Alerting> alerting,
        Optional<GoldenHour> goldenHour,
        List<Waiver> waivers,
        Map<String, String> owners,
        Map<String, CustomSettings> custom) {

    public Profile {
        databases = List.copyOf(databases);
        caches = List.copyOf(caches);
        gateways = List.copyOf(gateways);
        waivers = List.copyOf(waivers);
        owners = Map.copyOf(owners);
        custom = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(custom));
    }

    /** A profile with only its name, file and launch plan: no area configured, no waiver, no owner. */
    public static Builder builder(String name, Path file, Launch launch) {
        return new Builder(name, file, launch);
    }

    /** A copy to change: {@code profile.toBuilder().dns(other).build()}. */
    public Builder toBuilder() {
        return new Builder(name, file, launch).dns(dns).tls(tls).databases(databases).caches(caches).gateways(gateways).alerting(alerting)
                .goldenHour(goldenHour).waivers(waivers).owners(owners).custom(custom);
    }

    /**
     * The team's settings under {@code custom.AREA}; when the profile does not write the area, every
     * value asked for is reported missing in the profile's file.
     */
    public CustomSettings custom(String area) {
        CustomSettings settings = custom.get(area);
        return settings != null ? settings : CustomSettings.absent(area, file.toString().replace('\\', '/'));
    }

    /** The owner named for a tag, if the profile names one. */
    public Optional<String> owner(String tag) {
        return Optional.ofNullable(owners.get(tag));
    }

    /** Builds a {@link Profile}; every key not set has the value a profile that leaves it out loads with. */
    public static final class Builder {
        private String name;
        private Path file;
        private Launch launch;
        private Optional<DnsSection> dns = Optional.empty();
        private Optional<TlsSection> tls = Optional.empty();
        private List<Database> databases = List.of();
        private List<Cache> caches = List.of();
        private List<Gateway> gateways = List.of();
        private Optional<Alerting> alerting = Optional.empty();
        private Optional<GoldenHour> goldenHour = Optional.empty();
        private List<Waiver> waivers = List.of();
        private Map<String, String> owners = Map.of();
        private Map<String, CustomSettings> custom = Map.of();

        private Builder(String name, Path file, Launch launch) {
            this.name = name;
            this.file = file;
            this.launch = launch;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder launch(Launch launch) {
            this.launch = launch;
            return this;
        }

        public Builder dns(Optional<DnsSection> dns) {
            this.dns = dns;
            return this;
        }

        public Builder dns(DnsSection dns) {
            return dns(Optional.of(dns));
        }

        public Builder tls(Optional<TlsSection> tls) {
            this.tls = tls;
            return this;
        }

        public Builder tls(TlsSection tls) {
            return tls(Optional.of(tls));
        }

        public Builder databases(List<Database> databases) {
            this.databases = databases;
            return this;
        }

        public Builder caches(List<Cache> caches) {
            this.caches = caches;
            return this;
        }

        public Builder gateways(List<Gateway> gateways) {
            this.gateways = gateways;
            return this;
        }

        public Builder alerting(Optional<Alerting> alerting) {
            this.alerting = alerting;
            return this;
        }

        public Builder alerting(Alerting alerting) {
            return alerting(Optional.of(alerting));
        }

        public Builder goldenHour(Optional<GoldenHour> goldenHour) {
            this.goldenHour = goldenHour;
            return this;
        }

        public Builder goldenHour(GoldenHour goldenHour) {
            return goldenHour(Optional.of(goldenHour));
        }

        public Builder waivers(List<Waiver> waivers) {
            this.waivers = waivers;
            return this;
        }

        public Builder owners(Map<String, String> owners) {
            this.owners = owners;
            return this;
        }

        public Builder custom(Map<String, CustomSettings> custom) {
            this.custom = custom;
            return this;
        }

        public Profile build() {
            return new Profile(name, file, launch, dns, tls, databases, caches, gateways, alerting, goldenHour, waivers, owners, custom);
        }
    }
}
