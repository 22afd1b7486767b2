package io.tidings.template;

import io.tidings.audience.Endpoint;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The endpoints the template editor previews with, and the variables they offer. A port: the app
 * supplies it from the audience feature's service, tests supply their own.
 */
public interface PreviewEndpoints {

    /** Up to {@code limit} endpoints whose address, user id or endpoint id starts with {@code text}, or whose person's name does. */
    List<EndpointChoice> search(String text, int limit);

    Optional<Endpoint> endpoint(String id);

    /**
     * Every custom variable some endpoint of the workspace has, as a template writes it:
     * {@code Attributes.City}, {@code User.UserAttributes.FirstName}, {@code Metrics.Points}.
     */
    Set<String> knownFieldPaths();
}
