package io.tidings.delivery;

import io.tidings.audience.Endpoint;
import java.util.Map;

/** Where the sending engine reads the endpoints it sends to: the audience, in the workspace's own use. */
@FunctionalInterface
public interface EndpointLookup {

    /** The endpoints with these row keys that are still in the workspace, by key. */
    Map<Long, Endpoint> endpointsByKey(long[] keys);
}
