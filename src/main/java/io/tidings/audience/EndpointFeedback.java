package io.tidings.audience;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * What sending learns about endpoints and must write in its own transaction, beside the message outcome that
 * taught it: a provider that rejects a push token for good, a recipient who texts STOP or START. The audience owns
 * the endpoint rows; sending calls this port, which the composition root hands over.
 */
public interface EndpointFeedback {

    /** Marks the endpoint INACTIVE, so no later job sends to it. */
    void deactivate(Connection connection, long endpointKey) throws SQLException;

    /** Sets the opt-out of every SMS endpoint with this address; returns their keys. */
    List<Long> setSmsOptOut(Connection connection, String address, OptOut optOut, Instant now) throws SQLException;
}
