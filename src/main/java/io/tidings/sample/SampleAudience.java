package io.tidings.sample;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointDemographic;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.OptOut;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Makes a believable audience: people in real cities with email addresses, valid mobile numbers
 * and app installs, interests, loyalty tiers and purchase counts. The same seed makes the same
 * audience, so screenshots and tests see the same people.
 */
final class SampleAudience {

    private static final List<SampleCity> CITIES = List.of(
            new SampleCity("US", "New York", "NY", "10001", 40.7128, -74.0060, "America/New_York", "en_US"),
            new SampleCity("US", "Seattle", "WA", "98101", 47.6062, -122.3321, "America/Los_Angeles", "en_US"),
            new SampleCity("US", "Austin", "TX", "73301", 30.2672, -97.7431, "America/Chicago", "en_US"),
            new SampleCity("US", "Denver", "CO", "80202", 39.7392, -104.9903, "America/Denver", "en_US"),
            new SampleCity("CA", "Toronto", "ON", "M5H 2N2", 43.6532, -79.3832, "America/Toronto", "en_CA"),
            new SampleCity("CA", "Montréal", "QC", "H2Y 1C6", 45.5017, -73.5673, "America/Toronto", "fr_CA"),
            new SampleCity("GB", "London", "England", "EC1A 1BB", 51.5074, -0.1278, "Europe/London", "en_GB"),
            new SampleCity("GB", "Manchester", "England", "M1 1AE", 53.4808, -2.2426, "Europe/London", "en_GB"),
            new SampleCity("DE", "Berlin", "Berlin", "10115", 52.5200, 13.4050, "Europe/Berlin", "de_DE"),
            new SampleCity("DE", "München", "Bayern", "80331", 48.1351, 11.5820, "Europe/Berlin", "de_DE"),
            new SampleCity("FR", "Paris", "Île-de-France", "75001", 48.8566, 2.3522, "Europe/Paris", "fr_FR"),
            new SampleCity("ES", "Madrid", "Madrid", "28013", 40.4168, -3.7038, "Europe/Madrid", "es_ES"),
            new SampleCity("BR", "São Paulo", "SP", "01000-000", -23.5505, -46.6333, "America/Sao_Paulo", "pt_BR"),
            new SampleCity("JP", "Tokyo", "Tokyo", "100-0001", 35.6762, 139.6503, "Asia/Tokyo", "ja_JP"),
            new SampleCity("AU", "Sydney", "NSW", "2000", -33.8688, 151.2093, "Australia/Sydney", "en_AU"),
            new SampleCity("IN", "Bengaluru", "Karnataka", "560001", 12.9716, 77.5946, "Asia/Kolkata", "en_IN"));

    private static final List<String> FIRST_NAMES = List.of(
            "Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Sophia", "Elijah", "Mia", "Lucas",
            "Charlotte", "Mateo", "Ava", "Leo", "Isabella", "Hugo", "Chloé", "Lena", "Jonas", "Sofía",
            "Yuki", "Haruto", "Priya", "Arjun", "Ana", "João", "Zoë", "Maël", "Siobhán", "Aarav");
    private static final List<String> LAST_NAMES = List.of(
            "Smith", "Johnson", "Garcia", "Brown", "Miller", "Davis", "Martin", "Wilson", "Anderson", "Taylor",
            "Thomas", "Moore", "Müller", "Schmidt", "Dubois", "Lefèvre", "García", "Fernández", "Silva", "Santos",
            "Sato", "Suzuki", "Sharma", "Patel", "O'Brien", "Nguyen", "Kowalski", "Rossi", "Novak", "Cohen");
    private static final List<String> INTERESTS = List.of(
            "running", "hiking", "cycling", "climbing", "yoga", "camping", "skiing", "swimming", "travel", "photography");
    private static final List<String> TIERS = List.of("Bronze", "Silver", "Gold", "Platinum");
    private static final List<String> SOURCES = List.of("web", "ios-app", "android-app", "store", "referral");
    private static final List<String> MAIL_DOMAINS = List.of("example.com", "example.org", "example.net");

    private final Random random;
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final Instant now;
    private int endpointSequence;

    SampleAudience(long seed, Instant now) {
        this(seed, now, 0);
    }

    /** @param endpointsBefore how many endpoints earlier audiences numbered, so that ids stay unique */
    SampleAudience(long seed, Instant now, int endpointsBefore) {
        this.random = new Random(seed);
        this.now = now;
        this.endpointSequence = endpointsBefore;
    }

    /** The endpoints of one more person: an email address, and perhaps a phone and an app install. */
    List<Endpoint> nextUser(int userNumber) {
        String firstName = pick(FIRST_NAMES);
        String lastName = pick(LAST_NAMES);
        SampleCity city = pick(CITIES);
        String userId = "user-%05d".formatted(userNumber);
        Map<String, List<String>> userAttributes = new LinkedHashMap<>();
        userAttributes.put("FirstName", List.of(firstName));
        userAttributes.put("LastName", List.of(lastName));
        userAttributes.put("LoyaltyTier", List.of(weightedTier()));
        EndpointUser user = new EndpointUser(userId, userAttributes);

        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put("Interests", interests());
        attributes.put("SignupSource", List.of(pick(SOURCES)));
        attributes.put("LastOrderId", List.of("NW-" + (100000 + random.nextInt(900000))));
        Map<String, Double> metrics = new LinkedHashMap<>();
        int purchases = (int) Math.round(-Math.log(1 - random.nextDouble()) * 3);
        metrics.put("Purchases", (double) purchases);
        metrics.put("LifetimeValue", Math.round(purchases * (20 + random.nextDouble() * 120) * 100) / 100.0);

        Instant joined = now.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60)));
        EndpointLocation location = new EndpointLocation(city.city(), city.country(),
                jitter(city.latitude()), jitter(city.longitude()), city.postalCode(), city.region());
        EndpointDemographic plain = new EndpointDemographic(null, city.locale(), null, null, null, null, null, city.timezone());

        List<Endpoint> endpoints = new ArrayList<>();
        if (random.nextDouble() < 0.95) {
            String address = email(firstName, lastName, userNumber);
            endpoints.add(endpoint(ChannelType.EMAIL, address, joined, attributes, metrics, plain, location, user));
        }
        if (random.nextDouble() < 0.5 || endpoints.isEmpty()) {
            endpoints.add(endpoint(ChannelType.SMS, mobileNumber(city.country()), joined.plus(Duration.ofDays(random.nextInt(30))),
                    attributes, metrics, plain, location, user));
        }
        if (random.nextDouble() < 0.4) {
            boolean ios = random.nextBoolean();
            Map<String, Double> appMetrics = new LinkedHashMap<>(metrics);
            appMetrics.put("SessionCount", (double) random.nextInt(400));
            endpoints.add(endpoint(ios ? ChannelType.APNS : ChannelType.GCM, ios ? apnsToken() : fcmToken(),
                    joined.plus(Duration.ofDays(random.nextInt(60))), attributes, appMetrics,
                    device(ios, city), location, user));
        }
        return endpoints;
    }

    private Endpoint endpoint(ChannelType channel, String address, Instant created, Map<String, List<String>> attributes,
            Map<String, Double> metrics, EndpointDemographic demographic, EndpointLocation location, EndpointUser user) {
        String id = "ep-%06d".formatted(++endpointSequence);
        if (created.isAfter(now)) {
            created = now.minus(Duration.ofHours(1 + random.nextInt(48)));
        }
        Instant effective = created.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 90)));
        if (effective.isAfter(now)) {
            effective = now;
        }
        OptOut optOut = random.nextDouble() < 0.03 ? OptOut.ALL : OptOut.NONE;
        EndpointStatus status = random.nextDouble() < 0.02 ? EndpointStatus.INACTIVE : EndpointStatus.ACTIVE;
        return new Endpoint(id, channel, address, status, optOut, effective, created, Endpoint.cohortOf(id),
                attributes, metrics, demographic, location, user);
    }

    private EndpointDemographic device(boolean ios, SampleCity city) {
        String appVersion = "3." + random.nextInt(5) + "." + random.nextInt(10);
        if (ios) {
            String model = pick(List.of("iPhone 13", "iPhone 14", "iPhone 15", "iPhone 15 Pro", "iPhone 16"));
            return new EndpointDemographic(appVersion, city.locale(), "Apple", model, null, "iOS",
                    pick(List.of("17.6", "18.1", "18.3")), city.timezone());
        }
        String make = pick(List.of("Samsung", "Google", "OnePlus", "Xiaomi"));
        String model = switch (make) {
            case "Samsung" -> pick(List.of("Galaxy S23", "Galaxy S24", "Galaxy A54"));
            case "Google" -> pick(List.of("Pixel 7", "Pixel 8", "Pixel 9"));
            case "OnePlus" -> "OnePlus 12";
            default -> "Redmi Note 13";
        };
        return new EndpointDemographic(appVersion, city.locale(), make, model, null, "Android",
                pick(List.of("13", "14", "15")), city.timezone());
    }

    private List<String> interests() {
        int count = 1 + random.nextInt(3);
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            String interest = pick(INTERESTS);
            if (!chosen.contains(interest)) {
                chosen.add(interest);
            }
        }
        return chosen;
    }

    private String weightedTier() {
        double roll = random.nextDouble();
        return roll < 0.5 ? TIERS.get(0) : roll < 0.8 ? TIERS.get(1) : roll < 0.95 ? TIERS.get(2) : TIERS.get(3);
    }

    private String email(String firstName, String lastName, int userNumber) {
        String local = ascii(firstName) + "." + ascii(lastName) + userNumber;
        return local + "@" + pick(MAIL_DOMAINS);
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
    }

    /** A mobile number valid for the country, in E.164: the country's example number with new last digits. */
    private String mobileNumber(String country) {
        PhoneNumber example = phones.getExampleNumberForType(country, PhoneNumberType.MOBILE);
        String national = String.valueOf(example.getNationalNumber());
        for (int attempt = 0; attempt < 20; attempt++) {
            String digits = national.substring(0, national.length() - 4) + "%04d".formatted(random.nextInt(10_000));
            PhoneNumber candidate = new PhoneNumber()
                    .setCountryCode(example.getCountryCode())
                    .setNationalNumber(Long.parseLong(digits));
            if (phones.isValidNumber(candidate)) {
                return phones.format(candidate, PhoneNumberFormat.E164);
            }
        }
        return phones.format(example, PhoneNumberFormat.E164);
    }

    private String apnsToken() {
        byte[] token = new byte[32];
        random.nextBytes(token);
        return HexFormat.of().formatHex(token);
    }

    private String fcmToken() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 22; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        token.append(":APA91b");
        for (int i = 0; i < 134; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }

    private double jitter(double coordinate) {
        return Math.round((coordinate + (random.nextDouble() - 0.5) * 0.2) * 1_000_000) / 1_000_000.0;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
