package io.tidings.audience;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The endpoint a row without an Id updates: the one with the same channel type and address (and the
 * same user id, when the row names one), the oldest when several have them. So a list imported again
 * without Ids updates the endpoints it created instead of adding them a second time. One instance
 * serves one import; the stored endpoints are looked up a batch at a time ({@link OldestMatches}),
 * and what the batch itself writes is remembered, so that a later row of the batch matches it.
 *
 * <p>An import into an empty audience goes without the address and user indexes until its end
 * ({@link EmptyAudienceLoad}). Then only what the import itself wrote can match: from its first row
 * without an Id, a Bloom filter of the channels, addresses and users it writes says which rows need
 * looking up at all, and the index they are looked up by is built early the first time one does. A file whose rows all
 * have Ids never pays for the filter; one that wrote endpoints before its first row without an Id
 * builds the indexes then and looks every such row up.
 */
final class AddressMatches {

    /** Set while the import loads into an empty audience without the address and user indexes. */
    private EmptyAudienceLoad load;
    /** During such a load, from its first row without an Id: what the import has written since. */
    private SeenBefore written;
    /** For this batch's rows without an Id: the stored endpoint each matched before the batch. */
    private Map<ImportedRow, StoredEndpoint> stored;
    /** What this batch wrote, by channel and address, oldest first; null when no row of the batch needs it. */
    private Map<String, List<StoredEndpoint>> batch;
    /** The keys this batch wrote: their stored version before it no longer counts. */
    private Set<Long> rewritten;

    /** Begins an import into an empty audience: see the class comment. */
    void loadingIntoEmptyAudience(EmptyAudienceLoad emptyAudienceLoad) {
        load = emptyAudienceLoad;
    }

    /** Ends the load into an empty audience: the address index is there again. */
    void loaded() {
        load = null;
        written = null;
    }

    /**
     * Looks up the stored endpoints the batch's rows without an Id may update.
     *
     * @param anyStored whether the workspace holds endpoints (the import's own) as the batch starts
     */
    void startBatch(Connection connection, List<ImportedRow> rows, boolean anyStored) throws SQLException {
        batch = null;
        List<ImportedRow> lookUp = new ArrayList<>();
        for (ImportedRow row : rows) {
            Endpoint endpoint = row.endpoint();
            if (endpoint.id() == null && row.problems().isEmpty() && endpoint.channelType() != null
                    && endpoint.address() != null) {
                if (batch == null) {
                    startNoting(anyStored);
                }
                if (written == null || written.mightContain(matchHash(endpoint))) {
                    lookUp.add(row);
                }
            }
        }
        if (lookUp.isEmpty()) {
            return;
        }
        if (load != null) {
            for (ImportedRow row : lookUp) {
                load.buildLookupIndexEarly(connection, row.endpoint().user().userId() != null);
            }
        }
        stored.putAll(OldestMatches.of(connection, lookUp));
    }

    private void startNoting(boolean anyStored) {
        batch = new HashMap<>();
        rewritten = new HashSet<>();
        stored = new IdentityHashMap<>();
        if (load != null && written == null && !anyStored) {
            // Nothing is stored yet: the filter will see every endpoint there is to match.
            written = new SeenBefore();
        }
    }

    /** The stored endpoint the row updates, or null when it creates one; for a row without an Id. */
    StoredEndpoint match(ImportedRow row) {
        Endpoint endpoint = row.endpoint();
        if (batch == null || endpoint.channelType() == null || endpoint.address() == null) {
            return null;
        }
        StoredEndpoint before = stored.get(row);
        StoredEndpoint oldest = before == null || rewritten.contains(before.key()) ? null : before;
        String userId = endpoint.user().userId();
        for (StoredEndpoint candidate : batch.getOrDefault(key(endpoint.channelType(), endpoint.address()), List.of())) {
            if ((userId == null || userId.equals(candidate.endpoint().user().userId()))
                    && (oldest == null || candidate.key() < oldest.key())) {
                oldest = candidate;
            }
        }
        return oldest;
    }

    /** Notes what a row wrote ({@code before} null for a new endpoint), so that later rows match it as it is now. */
    void written(StoredEndpoint before, StoredEndpoint after) {
        Endpoint endpoint = after.endpoint();
        if (written != null) {
            written.add(hash(endpoint.channelType(), endpoint.address()));
            if (endpoint.user().userId() != null) {
                written.add(matchHash(endpoint));
            }
        }
        if (batch == null) {
            return;
        }
        if (before != null) {
            rewritten.add(before.key());
            List<StoredEndpoint> was = batch.get(key(before.endpoint().channelType(), before.endpoint().address()));
            if (was != null) {
                was.removeIf(endpointBefore -> endpointBefore.key() == before.key());
            }
        }
        batch.computeIfAbsent(key(endpoint.channelType(), endpoint.address()), key -> new ArrayList<>(1)).add(after);
    }

    private static String key(ChannelType channel, String address) {
        return channel.name() + '\u0000' + address;
    }

    private static int hash(ChannelType channel, String address) {
        return 31 * address.hashCode() + channel.ordinal();
    }

    /** The hash of what a row must share with an endpoint to match it: channel and address, and its user when it names one. */
    private static int matchHash(Endpoint endpoint) {
        int hash = hash(endpoint.channelType(), endpoint.address());
        String userId = endpoint.user().userId();
        return userId == null ? hash : 31 * hash + userId.hashCode();
    }
}
