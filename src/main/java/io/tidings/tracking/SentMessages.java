package io.tidings.tracking;

import java.util.Optional;

/** Finds a sent message in the sending ledger; the sending feature implements it (tracking does not depend on it). */
@FunctionalInterface
public interface SentMessages {

    /** The message with this ledger id, or empty when it is no longer in the ledger (its user was erased). */
    Optional<SentMessage> find(long messageId);
}
