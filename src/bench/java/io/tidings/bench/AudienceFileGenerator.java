package io.tidings.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Writes a Pinpoint-format audience CSV: 18 columns, of which Attributes.Interests repeats three
 * times, with email, SMS and push endpoints, two per user, in believable places.
 */
final class AudienceFileGenerator {

    static final String HEADER = "Id,ChannelType,Address,EndpointStatus,OptOut,EffectiveDate,Location.Country,"
            + "Location.City,Demographic.Platform,Demographic.Timezone,User.UserId,User.UserAttributes.FirstName,"
            + "User.UserAttributes.LastName,Attributes.Interests,Attributes.Interests,Attributes.Interests,"
            + "Attributes.Tier,Metrics.Purchases";

    private record Place(String country, String city, String timezone, String phonePrefix) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("US", "Seattle", "America/Los_Angeles", "+1206555"),
            new Place("US", "New York", "America/New_York", "+1212555"),
            new Place("US", "Austin", "America/Chicago", "+1512555"),
            new Place("GB", "London", "Europe/London", "+44740012"),
            new Place("DE", "Berlin", "Europe/Berlin", "+491511234"),
            new Place("FR", "Paris", "Europe/Paris", "+3361234"));
    private static final List<String> FIRST = List.of("Olivia", "Liam", "Emma", "Noah", "Zoë", "Jonas", "Léa", "Hugo");
    private static final List<String> LAST = List.of("Smith", "Müller", "Dubois", "García", "O'Brien", "Sato");
    private static final List<String> INTERESTS = List.of("running", "hiking", "cycling", "yoga", "travel", "photography");
    private static final List<String> TIERS = List.of("Bronze", "Silver", "Gold", "Platinum");
    private static final List<String> PLATFORMS = List.of("ios", "android", "web");

    private AudienceFileGenerator() {
    }

    static void write(Path file, int rows) throws IOException {
        Random random = new Random(42);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(256);
            for (int row = 0; row < rows; row++) {
                Place place = PLACES.get(random.nextInt(PLACES.size()));
                int kind = random.nextInt(10);
                line.setLength(0);
                line.append("ep-").append(row).append(',');
                if (kind < 7) {
                    line.append("EMAIL,person").append(row).append("@example.com,");
                } else if (kind < 9) {
                    line.append("SMS,").append(place.phonePrefix()).append(String.format("%04d", 100 + random.nextInt(99)))
                            .append(',');
                } else {
                    line.append("GCM,token-").append(Long.toHexString(random.nextLong())).append(',');
                }
                line.append(random.nextInt(20) == 0 ? "INACTIVE" : "ACTIVE").append(',')
                        .append(random.nextInt(25) == 0 ? "ALL" : "NONE").append(',')
                        .append(base.plusSeconds(random.nextInt(30_000_000))).append(',')
                        .append(place.country()).append(',').append(place.city()).append(',')
                        .append(PLATFORMS.get(random.nextInt(PLATFORMS.size()))).append(',')
                        .append(place.timezone()).append(',')
                        .append("user-").append(row / 2).append(',')
                        .append(FIRST.get(random.nextInt(FIRST.size()))).append(',')
                        .append(LAST.get(random.nextInt(LAST.size()))).append(',');
                int interests = random.nextInt(4);
                for (int slot = 0; slot < 3; slot++) {
                    if (slot < interests) {
                        line.append(INTERESTS.get((row + slot * 2) % INTERESTS.size()));
                    }
                    line.append(',');
                }
                line.append(TIERS.get(random.nextInt(TIERS.size()))).append(',')
                        .append(random.nextInt(40)).append('\n');
                out.append(line);
            }
        }
    }
}
