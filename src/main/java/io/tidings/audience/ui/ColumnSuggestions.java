package io.tidings.audience.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses where a column of a non-Pinpoint CSV goes, from its header: {@code email} to Address,
 * {@code first_name} to User.UserAttributes.FirstName, anything unknown to an attribute of the
 * same name. The user can change every guess.
 */
final class ColumnSuggestions {

    private static final List<String> PINPOINT_PREFIXES = List.of("Attributes.", "Metrics.", "User.UserAttributes.");

    private static final Set<String> PHONE_HEADERS = Set.of("phone", "phonenumber", "mobile", "msisdn");

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("email", "Address"),
            Map.entry("emailaddress", "Address"),
            Map.entry("mail", "Address"),
            Map.entry("phone", "Address"),
            Map.entry("phonenumber", "Address"),
            Map.entry("mobile", "Address"),
            Map.entry("msisdn", "Address"),
            Map.entry("address", "Address"),
            Map.entry("channel", "ChannelType"),
            Map.entry("channeltype", "ChannelType"),
            Map.entry("id", "Id"),
            Map.entry("endpointid", "Id"),
            Map.entry("userid", "User.UserId"),
            Map.entry("customerid", "User.UserId"),
            Map.entry("firstname", "User.UserAttributes.FirstName"),
            Map.entry("givenname", "User.UserAttributes.FirstName"),
            Map.entry("lastname", "User.UserAttributes.LastName"),
            Map.entry("surname", "User.UserAttributes.LastName"),
            Map.entry("familyname", "User.UserAttributes.LastName"),
            Map.entry("city", "Location.City"),
            Map.entry("country", "Location.Country"),
            Map.entry("countrycode", "Location.Country"),
            Map.entry("region", "Location.Region"),
            Map.entry("state", "Location.Region"),
            Map.entry("postalcode", "Location.PostalCode"),
            Map.entry("zip", "Location.PostalCode"),
            Map.entry("zipcode", "Location.PostalCode"),
            Map.entry("latitude", "Location.Latitude"),
            Map.entry("longitude", "Location.Longitude"),
            Map.entry("timezone", "Demographic.Timezone"),
            Map.entry("locale", "Demographic.Locale"),
            Map.entry("language", "Demographic.Locale"),
            Map.entry("platform", "Demographic.Platform"),
            Map.entry("optout", "OptOut"),
            Map.entry("status", "EndpointStatus"));

    private ColumnSuggestions() {
    }

    /** Whether a header is already a Pinpoint field path that the import understands. */
    static boolean isPinpointHeader(String header, List<String> standardPaths) {
        String trimmed = header.strip();
        return standardPaths.contains(trimmed)
                || PINPOINT_PREFIXES.stream().anyMatch(prefix -> trimmed.startsWith(prefix) && trimmed.length() > prefix.length());
    }

    /**
     * A guess for every column of a header row. A field that holds one value (Address, Location.City)
     * goes to the first column that wants it; a later one (a CRM file's phone after its email) keeps
     * its data as an attribute of its own name, rather than a mapping the import would refuse.
     */
    static List<String> suggestAll(List<String> headers, List<String> standardPaths) {
        List<String> suggestions = new ArrayList<>(headers.size());
        Set<String> taken = new HashSet<>();
        for (String header : headers) {
            String suggestion = suggest(header, standardPaths);
            boolean repeatable = suggestion.equals(ColumnChoice.LEAVE_OUT)
                    || PINPOINT_PREFIXES.stream().anyMatch(suggestion::startsWith);
            if (!repeatable && !taken.add(suggestion)) {
                String name = attributeName(header);
                suggestion = name.isEmpty() ? ColumnChoice.LEAVE_OUT : "Attributes." + name;
            }
            suggestions.add(suggestion);
        }
        return suggestions;
    }

    /** Whether the column a header names holds phone numbers, so that its rows are most likely SMS. */
    static boolean isPhoneHeader(String header) {
        return PHONE_HEADERS.contains(header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }

    static String suggest(String header, List<String> standardPaths) {
        if (isPinpointHeader(header, standardPaths)) {
            return header.strip();
        }
        String key = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String known = KNOWN.get(key);
        if (known != null) {
            return known;
        }
        String name = attributeName(header);
        return name.isEmpty() ? ColumnChoice.LEAVE_OUT : "Attributes." + name;
    }

    /** "loyalty tier" or "loyalty_tier" becomes "LoyaltyTier". */
    static String attributeName(String header) {
        StringBuilder name = new StringBuilder();
        for (String word : header.strip().split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.length() > 50 ? name.substring(0, 50) : name.toString();
    }
}
