package io.tidings.audience;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The endpoint a row without an Id updates: the one with the same channel type and address (and the
 * same user id, when the row names one), the oldest when several have them. So a list imported again
 * without Ids updates the endpoints it created instead of adding them a second time. One instance
 * serves one import; the stored endpoints are looked up a batch at a time by the address index.
 *
 * <p>An import into an empty audience goes without that index until its end ({@link EmptyAudienceLoad}):
 * then only what the import itself wrote can match, and a Bloom filter of the channels and addresses it
 * wrote says which rows need looking up at all; the index is built early the first time one does.
 */
final class AddressMatches {

    /** Set while the import loads into an empty audience without the address index. */
    private SeenBefore written;
    private EmptyAudienceLoad load;
    /** This batch's stored endpoints by channel and address, oldest first; null when no row needs them. */
    private Map<String, List<StoredEndpoint>> batch;

    /** Begins an import into an empty audience: see the class comment. */
    void loadingIntoEmptyAudience(EmptyAudienceLoad emptyAudienceLoad) {
        load = emptyAudienceLoad;
        written = new SeenBefore();
    }

    /** Ends the load into an empty audience: the address index is there again. */
    void loaded() {
        load = null;
        written = null;
    }

    /** Looks up the stored endpoints the batch's rows without an Id may update. */
    void startBatch(Connection connection, List<ImportedRow> rows) throws SQLException {
        batch = null;
        Set<String> addresses = new LinkedHashSet<>();
        boolean anyWithoutId = false;
        for (ImportedRow row : rows) {
            Endpoint endpoint = row.endpoint();
            if (endpoint.id() == null && row.problems().isEmpty() && endpoint.channelType() != null
                    && endpoint.address() != null) {
                anyWithoutId = true;
                if (written == null || written.mightContain(hash(endpoint.channelType(), endpoint.address()))) {
                    addresses.add(endpoint.address());
                }
            }
        }
        if (!anyWithoutId) {
            return;
        }
        batch = new HashMap<>();
        if (addresses.isEmpty()) {
            return;
        }
        if (load != null) {
            load.buildAddressIndexEarly(connection);
        }
        for (StoredEndpoint stored : StoredEndpoint.byAddress(connection, new ArrayList<>(addresses))) {
            add(stored);
        }
    }

    /** The stored endpoint the row updates, or null when it creates one; for a row without an Id. */
    StoredEndpoint match(Endpoint row) {
        if (batch == null || row.channelType() == null || row.address() == null) {
            return null;
        }
        List<StoredEndpoint> candidates = batch.get(key(row.channelType(), row.address()));
        if (candidates == null) {
            return null;
        }
        String userId = row.user().userId();
        for (StoredEndpoint candidate : candidates) {
            if (userId == null || userId.equals(candidate.endpoint().user().userId())) {
                return candidate;
            }
        }
        return null;
    }

    /** Notes what a row wrote ({@code before} null for a new endpoint), so that later rows match it as it is now. */
    void written(StoredEndpoint before, StoredEndpoint after) {
        Endpoint endpoint = after.endpoint();
        if (written != null) {
            written.add(hash(endpoint.channelType(), endpoint.address()));
        }
        if (batch == null) {
            return;
        }
        if (before != null) {
            List<StoredEndpoint> was = batch.get(key(before.endpoint().channelType(), before.endpoint().address()));
            if (was != null) {
                was.removeIf(stored -> stored.key() == before.key());
            }
        }
        add(after);
    }

    private void add(StoredEndpoint stored) {
        Endpoint endpoint = stored.endpoint();
        List<StoredEndpoint> same = batch.computeIfAbsent(key(endpoint.channelType(), endpoint.address()),
                key -> new ArrayList<>(1));
        int at = 0;
        while (at < same.size() && same.get(at).key() < stored.key()) {
            at++;
        }
        same.add(at, stored);
    }

    private static String key(ChannelType channel, String address) {
        return channel.name() + '\u0000' + address;
    }

    private static int hash(ChannelType channel, String address) {
        return 31 * address.hashCode() + channel.ordinal();
    }
}
