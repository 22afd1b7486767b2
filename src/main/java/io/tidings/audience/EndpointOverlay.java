package io.tidings.audience;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An update in Pinpoint's terms: the fields a row gives laid over the stored endpoint. A field the
 * row gives overwrites the stored one; an absent field (empty cell, missing column or JSON key)
 * leaves it unchanged; an attribute the row gives replaces all of that attribute's values; other
 * attributes stay; a metric the row gives is set.
 */
final class EndpointOverlay {

    private EndpointOverlay() {
    }

    /** The stored endpoint with the fields the row gives laid over it. */
    static Endpoint of(Endpoint stored, Endpoint row) {
        EndpointDemographic was = stored.demographic();
        EndpointDemographic given = row.demographic();
        EndpointLocation wasAt = stored.location();
        EndpointLocation givenAt = row.location();
        return new Endpoint(stored.id(), either(row.channelType(), stored.channelType()),
                either(row.address(), stored.address()), either(row.endpointStatus(), stored.endpointStatus()),
                either(row.optOut(), stored.optOut()), either(row.effectiveDate(), stored.effectiveDate()),
                either(row.creationDate(), stored.creationDate()),
                row.cohortId() >= 0 ? row.cohortId() : stored.cohortId(),
                merge(stored.attributes(), row.attributes()), merge(stored.metrics(), row.metrics()),
                new EndpointDemographic(either(given.appVersion(), was.appVersion()), either(given.locale(), was.locale()),
                        either(given.make(), was.make()), either(given.model(), was.model()),
                        either(given.modelVersion(), was.modelVersion()), either(given.platform(), was.platform()),
                        either(given.platformVersion(), was.platformVersion()), either(given.timezone(), was.timezone())),
                new EndpointLocation(either(givenAt.city(), wasAt.city()), either(givenAt.country(), wasAt.country()),
                        either(givenAt.latitude(), wasAt.latitude()), either(givenAt.longitude(), wasAt.longitude()),
                        either(givenAt.postalCode(), wasAt.postalCode()), either(givenAt.region(), wasAt.region())),
                new EndpointUser(either(row.user().userId(), stored.user().userId()),
                        merge(stored.user().userAttributes(), row.user().userAttributes())));
    }

    /** The stored names with the row's laid over them: a name the row gives replaces all its values. */
    private static <V> Map<String, V> merge(Map<String, V> stored, Map<String, V> given) {
        if (givesNothingNew(stored, given)) {
            // The same map, not an equal copy: comparing the overlaid endpoint with the stored one is then quick.
            return stored;
        }
        Map<String, V> merged = new LinkedHashMap<>(stored);
        merged.putAll(given);
        return merged;
    }

    private static <V> boolean givesNothingNew(Map<String, V> stored, Map<String, V> given) {
        for (Map.Entry<String, V> entry : given.entrySet()) {
            if (!entry.getValue().equals(stored.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static <T> T either(T given, T stored) {
        return given != null ? given : stored;
    }
}
