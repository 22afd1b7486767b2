package io.tidings.audience;

import java.util.List;
import java.util.Map;

/** Pinpoint's EndpointUser: the person an endpoint belongs to, and what is known about them. */
public record EndpointUser(String userId, Map<String, List<String>> userAttributes) {

    public static final EndpointUser NONE = new EndpointUser(null, Map.of());

    public EndpointUser {
        userAttributes = userAttributes == null ? Map.of() : Map.copyOf(userAttributes);
    }
}
