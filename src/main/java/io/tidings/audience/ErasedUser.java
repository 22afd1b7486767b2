package io.tidings.audience;

import java.util.List;

/**
 * A user being erased, as other records refer to them.
 *
 * @param endpointKeys the keys of the user's endpoint rows, as the send ledger and events hold them
 * @param addresses the user's addresses, as test sends and the sandbox hold them
 */
public record ErasedUser(String userId, List<Long> endpointKeys, List<String> addresses) {

    public ErasedUser {
        endpointKeys = List.copyOf(endpointKeys);
        addresses = List.copyOf(addresses);
    }
}
