package io.tidings.template;

import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointDemographic;
import io.tidings.audience.EndpointLocation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a template is rendered with, under Pinpoint's variable names: {@code Address},
 * {@code Attributes.X}, {@code User.UserAttributes.X}, {@code Demographic.X}, {@code Location.X},
 * {@code Metrics.X}, and the template's default values wherever the endpoint has none.
 *
 * <p>Tidings has no recommender model yet: {@code RecommendationItems} and
 * {@code Recommendations.X} come from endpoint attributes of those names.
 */
public final class MessageVariables {

    /** The one-click unsubscribe link, under Tidings' (and Pinpoint's) name and under Amazon SES's. */
    static final String UNSUBSCRIBE_URL = "UnsubscribeUrl";
    static final String SES_UNSUBSCRIBE_URL = "amazonSESUnsubscribeUrl";

    private static final String RECOMMENDATION_ITEMS = "RecommendationItems";
    private static final String RECOMMENDATIONS = "Recommendations.";

    private MessageVariables() {
    }

    /** Only the template's default values: what a message looks like for an endpoint with no data. */
    public static Map<String, Object> ofDefaults(Map<String, String> defaults) {
        return withDefaults(new HashMap<>(), defaults);
    }

    public static Map<String, Object> of(Endpoint endpoint, Map<String, String> defaults) {
        Map<String, Object> root = new HashMap<>();
        putText(root, "Id", endpoint.id());
        putText(root, "Address", endpoint.address());
        putText(root, "ChannelType", endpoint.channelType().name());
        putText(root, "EndpointStatus", endpoint.endpointStatus() == null ? null : endpoint.endpointStatus().name());
        putText(root, "OptOut", endpoint.optOut() == null ? null : endpoint.optOut().name());
        putText(root, "EffectiveDate", endpoint.effectiveDate() == null ? null : endpoint.effectiveDate().toString());
        putText(root, "CreationDate", endpoint.creationDate() == null ? null : endpoint.creationDate().toString());
        root.put("CohortId", endpoint.cohortId());

        Map<String, Object> attributes = new HashMap<>();
        Map<String, Object> recommendations = new HashMap<>();
        endpoint.attributes().forEach((name, values) -> {
            if (name.equals(RECOMMENDATION_ITEMS)) {
                root.put(RECOMMENDATION_ITEMS, new AttributeValues(values));
            } else if (name.startsWith(RECOMMENDATIONS)) {
                recommendations.put(name.substring(RECOMMENDATIONS.length()), new AttributeValues(values));
            } else {
                attributes.put(name, new AttributeValues(values));
            }
        });
        root.put("Attributes", attributes);
        if (!recommendations.isEmpty()) {
            root.put("Recommendations", recommendations);
        }

        Map<String, Object> user = new HashMap<>();
        putText(user, "UserId", endpoint.user().userId());
        Map<String, Object> userAttributes = new HashMap<>();
        endpoint.user().userAttributes().forEach((name, values) -> userAttributes.put(name, new AttributeValues(values)));
        user.put("UserAttributes", userAttributes);
        root.put("User", user);

        Map<String, Object> metrics = new HashMap<>();
        endpoint.metrics().forEach((name, value) -> metrics.put(name, number(value)));
        root.put("Metrics", metrics);
        root.put("Demographic", demographic(endpoint.demographic()));
        root.put("Location", location(endpoint.location()));
        return withDefaults(root, defaults);
    }

    /**
     * The values with the message's own unsubscribe link under both names, in place of any default the template
     * gives; {@code values} as they are when there is no link.
     */
    public static Map<String, Object> withUnsubscribeUrl(Map<String, Object> values, String unsubscribeUrl) {
        if (unsubscribeUrl != null && !unsubscribeUrl.isBlank()) {
            values.put(UNSUBSCRIBE_URL, unsubscribeUrl);
            values.put(SES_UNSUBSCRIBE_URL, unsubscribeUrl);
        }
        return values;
    }

    private static Map<String, Object> demographic(EndpointDemographic demographic) {
        Map<String, Object> values = new HashMap<>();
        putText(values, "AppVersion", demographic.appVersion());
        putText(values, "Locale", demographic.locale());
        putText(values, "Make", demographic.make());
        putText(values, "Model", demographic.model());
        putText(values, "ModelVersion", demographic.modelVersion());
        putText(values, "Platform", demographic.platform());
        putText(values, "PlatformVersion", demographic.platformVersion());
        putText(values, "Timezone", demographic.timezone());
        return values;
    }

    private static Map<String, Object> location(EndpointLocation location) {
        Map<String, Object> values = new HashMap<>();
        putText(values, "City", location.city());
        putText(values, "Country", location.country());
        putText(values, "PostalCode", location.postalCode());
        putText(values, "Region", location.region());
        if (location.latitude() != null) {
            values.put("Latitude", number(location.latitude()));
        }
        if (location.longitude() != null) {
            values.put("Longitude", number(location.longitude()));
        }
        return values;
    }

    /**
     * Puts each default at its dotted path unless the endpoint already has a value there; then gives Amazon SES's
     * name for the unsubscribe link the same link, as templates written for SES use it.
     */
    private static Map<String, Object> withDefaults(Map<String, Object> root, Map<String, String> defaults) {
        withDefaultValues(root, defaults);
        Object unsubscribe = root.get(UNSUBSCRIBE_URL);
        if (hasValue(unsubscribe) && !hasValue(root.get(SES_UNSUBSCRIBE_URL))) {
            root.put(SES_UNSUBSCRIBE_URL, unsubscribe);
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static void withDefaultValues(Map<String, Object> root, Map<String, String> defaults) {
        defaults.forEach((path, value) -> {
            String[] names = path.split("\\.");
            Map<String, Object> parent = root;
            for (int index = 0; index < names.length - 1; index++) {
                Object child = parent.get(names[index]);
                if (!(child instanceof Map)) {
                    child = new HashMap<String, Object>();
                    parent.put(names[index], child);
                }
                parent = (Map<String, Object>) child;
            }
            String last = names[names.length - 1];
            if (!hasValue(parent.get(last))) {
                parent.put(last, value);
            }
        });
    }

    private static boolean hasValue(Object value) {
        return value != null && !(value instanceof List<?> list && list.isEmpty()) && !"".equals(value);
    }

    private static void putText(Map<String, Object> values, String name, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(name, value);
        }
    }

    /** A metric as Pinpoint prints it: 3 rather than 3.0. */
    static Object number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
