package io.tidings.audience;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A destination for messages, in Pinpoint's shape: an email address, a phone number, or a device
 * token, with what is known about it and about its user.
 *
 * @param attributes custom attributes, each name with one or more values
 * @param metrics custom numeric metrics
 * @param cohortId 0 to 99, stable for the endpoint; used to split audiences for tests
 */
public record Endpoint(
        String id,
        ChannelType channelType,
        String address,
        EndpointStatus endpointStatus,
        OptOut optOut,
        Instant effectiveDate,
        Instant creationDate,
        int cohortId,
        Map<String, List<String>> attributes,
        Map<String, Double> metrics,
        EndpointDemographic demographic,
        EndpointLocation location,
        EndpointUser user) {

    public Endpoint {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        demographic = demographic == null ? EndpointDemographic.EMPTY : demographic;
        location = location == null ? EndpointLocation.EMPTY : location;
        user = user == null ? EndpointUser.NONE : user;
    }

    /** The stable cohort of an endpoint id, as Pinpoint assigns it: 0 to 99. */
    public static int cohortOf(String endpointId) {
        return Math.floorMod(endpointId.hashCode(), 100);
    }
}
