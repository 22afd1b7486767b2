package io.tidings.audience;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.tidings.country.CountryCodes;
import io.tidings.store.AttributeColumns;
import io.tidings.work.Quote;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pinpoint's limits and validations for one endpoint: name and value lengths, values per
 * attribute, valid email addresses and E.164 phone numbers. Workspace-wide limits (250 attribute
 * names, 15 endpoints per user) are checked where the endpoint is written.
 */
public final class EndpointRules {

    static final int MAX_NAME_LENGTH = 50;
    static final int MAX_VALUE_LENGTH = 100;
    /** Up to this many values, a list finds repeats faster than a hash set. */
    private static final int SMALL_LIST = 8;
    static final int MAX_VALUES_PER_ATTRIBUTE = 50;
    static final int MAX_ATTRIBUTE_NAMES = 250;
    static final int MAX_ENDPOINTS_PER_USER = 15;

    private static final Set<String> TIME_ZONES = ZoneId.getAvailableZoneIds();
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    /** @param defaultRegion the region for phone numbers written without + and a country code */
    public EndpointRules(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /**
     * Returns the endpoint as it would be stored (the phone number normalised to E.164, names
     * and values trimmed), or throws {@link InvalidEndpointException} listing every problem.
     */
    public Endpoint check(Endpoint endpoint) {
        Checked checked = inspectWhole(endpoint);
        if (!checked.problems().isEmpty()) {
            throw new InvalidEndpointException(checked.problems());
        }
        return checked.endpoint();
    }

    /** Every problem of the endpoint; empty when it can be stored. */
    public List<FieldProblem> problems(Endpoint endpoint) {
        return inspectWhole(endpoint).problems();
    }

    /** An endpoint as it would be stored, and what stops it. */
    record Checked(Endpoint endpoint, List<FieldProblem> problems) {
    }

    /** Checks a complete endpoint: one that must have a channel and an address. */
    Checked inspectWhole(Endpoint endpoint) {
        List<FieldProblem> problems = new ArrayList<>(missing(endpoint));
        Checked fields = inspect(endpoint);
        problems.addAll(fields.problems());
        return new Checked(fields.endpoint(), problems);
    }

    /** What a new endpoint lacks: a channel type and an address. */
    static List<FieldProblem> missing(Endpoint endpoint) {
        List<FieldProblem> problems = new ArrayList<>(0);
        if (endpoint.channelType() == null) {
            problems.add(new FieldProblem("ChannelType", "a new endpoint needs a channel type, such as EMAIL or SMS"));
        }
        if (endpoint.address() == null || endpoint.address().isBlank()) {
            problems.add(new FieldProblem("Address", "a new endpoint needs an address"));
        }
        return problems;
    }

    /** Checks the fields an endpoint has; absent (null) fields are not problems here. */
    Checked inspect(Endpoint endpoint) {
        List<FieldProblem> problems = new ArrayList<>();
        String address = endpoint.address() == null ? null : endpoint.address().strip();
        if (address != null && endpoint.channelType() != null) {
            address = checkAddress(endpoint.channelType(), address, problems);
        }
        if (endpoint.id() != null && endpoint.id().isBlank()) {
            problems.add(new FieldProblem("Id", "an endpoint id cannot be blank"));
        }
        if (endpoint.cohortId() > 99) {
            problems.add(new FieldProblem("CohortId", "must be a whole number from 0 to 99"));
        }
        var attributes = checkValues(FieldPath.ATTRIBUTES, endpoint.attributes(), problems);
        var userAttributes = checkValues(FieldPath.USER_ATTRIBUTES, endpoint.user().userAttributes(), problems);
        checkMetrics(endpoint.metrics(), problems);
        checkDemographic(endpoint.demographic(), problems);
        EndpointLocation location = checkLocation(endpoint.location(), problems);
        NulCharacters.check(endpoint, problems);
        boolean asGiven = address == endpoint.address() && attributes == endpoint.attributes()
                && userAttributes == endpoint.user().userAttributes() && location == endpoint.location();
        Endpoint normalised = asGiven ? endpoint : new Endpoint(endpoint.id(), endpoint.channelType(), address,
                endpoint.endpointStatus(), endpoint.optOut(), endpoint.effectiveDate(), endpoint.creationDate(),
                endpoint.cohortId(), attributes, endpoint.metrics(), endpoint.demographic(), location,
                new EndpointUser(endpoint.user().userId(), userAttributes));
        return new Checked(normalised, problems);
    }

    private String checkAddress(ChannelType channel, String address, List<FieldProblem> problems) {
        switch (channel) {
            case EMAIL -> {
                if (!EmailAddresses.isValid(address)) {
                    problems.add(new FieldProblem("Address", Quote.of(address) + " is not a valid email address"));
                }
                return address;
            }
            case SMS, VOICE -> {
                return phoneNumber(address, problems);
            }
            default -> {
                return address;
            }
        }
    }

    private String phoneNumber(String address, List<FieldProblem> problems) {
        if (CanonicalPhoneNumbers.isValidE164(address)) {
            return address;
        }
        try {
            PhoneNumber number = PHONES.parse(address, defaultRegion);
            if (PHONES.isValidNumber(number)) {
                return PHONES.format(number, PhoneNumberFormat.E164);
            }
        } catch (NumberParseException notANumber) {
            // Reported below, in the same words as a number that parses but cannot exist.
        }
        problems.add(new FieldProblem("Address", Quote.of(address) + " is not a valid phone number; write it as "
                + "+ and the country code (E.164, such as +14155550123) or as a " + defaultRegion + " number"));
        return address;
    }

    private static Map<String, List<String>> checkValues(String prefix, Map<String, List<String>> attributes,
            List<FieldProblem> problems) {
        if (attributes.isEmpty() || isAsStored(attributes)) {
            return attributes;
        }
        Map<String, List<String>> trimmed = new LinkedHashMap<>();
        for (var attribute : attributes.entrySet()) {
            String name = attribute.getKey().strip();
            checkName(prefix, name, problems);
            List<String> given = attribute.getValue();
            // Values are a set, as the store keeps them: a value given twice is kept once.
            Collection<String> values = given.size() > SMALL_LIST ? new LinkedHashSet<>() : new ArrayList<>(given.size());
            for (String value : given) {
                String stripped = value.strip();
                if (stripped.length() > MAX_VALUE_LENGTH) {
                    problems.add(new FieldProblem(prefix + name, "a value is " + stripped.length()
                            + " characters long; Pinpoint allows at most " + MAX_VALUE_LENGTH));
                }
                if (stripped.indexOf(AttributeColumns.SEPARATOR) >= 0) {
                    problems.add(new FieldProblem(prefix + name, "a value holds the control character U+001F,"
                            + " which attribute values cannot hold"));
                }
                if (!values.contains(stripped)) {
                    values.add(stripped);
                }
            }
            if (values.size() > MAX_VALUES_PER_ATTRIBUTE) {
                problems.add(new FieldProblem(prefix + name, "has " + values.size() + " values; Pinpoint allows at most "
                        + MAX_VALUES_PER_ATTRIBUTE + " per attribute"));
            }
            trimmed.put(name, List.copyOf(values));
        }
        return trimmed;
    }

    /**
     * Whether every name and value is already as the store keeps it, within Pinpoint's limits: no
     * space to trim, no value twice, nothing too long. Most rows are; they need no trimmed copy.
     */
    private static boolean isAsStored(Map<String, List<String>> attributes) {
        for (String name : attributes.keySet()) {
            if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.strip() != name) {
                return false;
            }
            List<String> values = attributes.get(name);
            if (values.size() > SMALL_LIST) {
                return false;
            }
            for (int index = 0; index < values.size(); index++) {
                String value = values.get(index);
                // strip() gives back the very string when there is nothing to trim.
                if (value.length() > MAX_VALUE_LENGTH || value.strip() != value
                        || value.indexOf(AttributeColumns.SEPARATOR) >= 0 || values.subList(0, index).contains(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void checkMetrics(Map<String, Double> metrics, List<FieldProblem> problems) {
        for (var metric : metrics.entrySet()) {
            checkName(FieldPath.METRICS, metric.getKey(), problems);
            if (metric.getValue().isNaN() || metric.getValue().isInfinite()) {
                problems.add(new FieldProblem(FieldPath.METRICS + metric.getKey(), "must be a finite number"));
            }
        }
    }

    private static void checkName(String prefix, String name, List<FieldProblem> problems) {
        if (name.isEmpty()) {
            problems.add(new FieldProblem(prefix + name, "an attribute needs a name"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem(prefix + name, "the name is " + name.length()
                    + " characters long; Pinpoint allows at most " + MAX_NAME_LENGTH));
        }
    }

    private static void checkDemographic(EndpointDemographic demographic, List<FieldProblem> problems) {
        String timezone = demographic.timezone();
        if (timezone != null && !TIME_ZONES.contains(timezone)) {
            problems.add(new FieldProblem("Demographic.Timezone", Quote.of(timezone)
                    + " is not a time zone; use a tz database name such as America/New_York"));
        }
    }

    private static EndpointLocation checkLocation(EndpointLocation location, List<FieldProblem> problems) {
        String country = location.country();
        if (country != null) {
            // AWS's own examples and get-endpoint output write three-letter codes (USA); Pinpoint stores two (US).
            String code = CountryCodes.alpha2(country);
            if (code == null) {
                problems.add(new FieldProblem("Location.Country", Quote.of(location.country())
                        + " is not a two-letter ISO country code such as US or DE"));
                code = country.strip().toUpperCase(Locale.ROOT);
            }
            country = code;
        }
        checkRange("Location.Latitude", location.latitude(), 90, problems);
        checkRange("Location.Longitude", location.longitude(), 180, problems);
        if (country == location.country()) {
            return location;
        }
        return new EndpointLocation(location.city(), country, location.latitude(), location.longitude(),
                location.postalCode(), location.region());
    }

    private static void checkRange(String field, Double value, double limit, List<FieldProblem> problems) {
        if (value != null && !(value >= -limit && value <= limit)) {
            problems.add(new FieldProblem(field, NumberText.of(value) + " is out of range; it must be from -"
                    + (int) limit + " to " + (int) limit));
        }
    }
}
