package io.tidings.audience;

import io.tidings.store.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes batches of import rows inside the caller's transaction: creates new endpoints, updates
 * existing ones (matched by Id), selects users' endpoints, and adds each touched endpoint to the
 * imported segment. Checks what needs the workspace: Pinpoint's 250 attribute names and 15
 * endpoints per user. Existing ids and user counts are looked up once per batch, not per row.
 *
 * <p>Update semantics: a field the row gives overwrites the stored one; an absent field (empty
 * cell, missing column or JSON key) leaves it unchanged; an attribute the row gives replaces all
 * of that attribute's values; other attributes stay; a metric the row gives is set.
 */
final class EndpointBatchWriter implements AutoCloseable {

    private static final int LOOKUP_CHUNK = 500;

    private final EndpointRules rules;
    private final RejectionLog rejections;
    private final ErrorPolicy policy;
    private final String segmentName;
    private final Instant now;

    private EndpointRows rows;
    private AttributeNames names;
    private PreparedStatement addMember;
    private PreparedStatement userEndpoints;
    private long segmentId = -1;
    /** Set when the whole import is one transaction that began on an empty audience: then only ids it wrote exist. */
    private SeenBefore seenIds;
    /** Set when the import loads into an empty audience: indexes are built once, at the end. */
    private EmptyAudienceLoad bulkLoad;
    private long rowsHandled;
    private long pendingCreated;
    private long pendingUpdated;
    private long pendingUnchanged;
    private long created;
    private long updated;
    private long unchanged;

    EndpointBatchWriter(EndpointRules rules, RejectionLog rejections, ErrorPolicy policy, String segmentName,
            Instant now) {
        this.rules = rules;
        this.rejections = rejections;
        this.policy = policy;
        this.segmentName = segmentName;
        this.now = now;
    }

    /** Thrown at the first bad row under {@link ErrorPolicy#STOP_AT_FIRST_ERROR}, to roll the import back. */
    static final class StopAtError extends RuntimeException {
        StopAtError() {
            super("Stopped at the first rejected row", null, false, false);
        }
    }

    /** An endpoint as stored: its key and standard fields. */
    record Stored(long key, Endpoint endpoint) {
    }

    void write(Connection connection, List<ImportedRow> batch) throws SQLException {
        prepare(connection);
        if (bulkLoad != null && batch.stream().anyMatch(ImportedRow::selectsUser)) {
            // Selecting a user's endpoints needs the user index: build it now and go on row by row.
            endBulkLoad(connection);
        }
        long nextKey = EndpointRows.lastKey(connection);
        Map<String, Stored> stored = lookUp(connection, idsOf(batch, seenIds), batch.size());
        // Loading into an empty audience, the users' endpoints are counted once at the end (finish).
        Map<String, Integer> endpointsPerUser = bulkLoad != null ? null
                : countEndpoints(connection, usersJoined(batch, stored));
        for (ImportedRow row : batch) {
            rowsHandled++;
            if (!row.problems().isEmpty()) {
                reject(row.line(), row.problems());
            } else if (row.selectsUser()) {
                selectUser(row);
            } else {
                Stored existing = row.endpoint().id() == null ? null : stored.get(row.endpoint().id());
                Endpoint overlaid = existing == null ? null : overlay(existing.endpoint(), row.endpoint());
                if (overlaid != null && overlaid.equals(existing.endpoint())) {
                    // A row that gives what is stored (a list imported again): what is stored was checked
                    // when it was written, and its user and names are the same, so nothing to check or write.
                    pendingUnchanged++;
                    addMember(existing.key());
                    continue;
                }
                Endpoint merged;
                List<FieldProblem> problems;
                if (existing == null) {
                    // The reader checked the row's fields already; a new endpoint only adds what it must have.
                    merged = newEndpoint(row.endpoint());
                    problems = new ArrayList<>(EndpointRules.missing(merged));
                } else {
                    EndpointRules.Checked checked = rules.inspect(overlaid);
                    merged = checked.endpoint();
                    problems = new ArrayList<>(checked.problems());
                }
                addWorkspaceProblems(merged, existing, endpointsPerUser, problems);
                if (!problems.isEmpty()) {
                    reject(row.line(), problems);
                    continue;
                }
                long key = existing == null ? ++nextKey : existing.key();
                if (existing == null) {
                    rows.insert(key, merged);
                    pendingCreated++;
                    if (bulkLoad != null) {
                        bulkLoad.created(key, row.line());
                    }
                } else if (merged.equals(existing.endpoint())) {
                    // A row that gives what is stored (a list imported again) costs no write.
                    pendingUnchanged++;
                } else {
                    rows.update(key, merged);
                    pendingUpdated++;
                }
                stored.put(merged.id(), new Stored(key, merged));
                if (seenIds != null) {
                    seenIds.add(merged.id());
                }
                moveUser(existing, merged, endpointsPerUser);
                addMember(key);
            }
        }
        if (bulkLoad != null) {
            rows.flush();
        } else {
            rows.finish();
        }
        if (addMember != null) {
            addMember.executeBatch();
        }
    }

    /**
     * Ends an import that is one transaction: when it loaded into an empty audience, builds the
     * indexes it went without and checks the endpoints per user, rejecting the first row that
     * went past Pinpoint's limit.
     */
    void finish(Connection connection) throws SQLException {
        if (bulkLoad != null && rows != null) {
            endBulkLoad(connection);
        }
    }

    private void endBulkLoad(Connection connection) throws SQLException {
        rows.flush();
        bulkLoad.buildIndexes(connection);
        rows.names().segmentIndexRebuilt();
        EmptyAudienceLoad.UserOverLimit over = bulkLoad.firstUserOverLimit(connection);
        bulkLoad = null;
        if (over != null) {
            reject(over.line(), List.of(tooManyEndpoints(over.userId())));
        }
    }

    /** Counts what the last transaction wrote as landed; call after it commits. */
    void committed() {
        created += pendingCreated;
        updated += pendingUpdated;
        unchanged += pendingUnchanged;
        pendingCreated = 0;
        pendingUpdated = 0;
        pendingUnchanged = 0;
    }

    /** Rows taken from the file so far, up to and including a row that stopped the import. */
    long rowsHandled() {
        return rowsHandled;
    }

    long created() {
        return created;
    }

    long updated() {
        return updated;
    }

    /** Rows that matched a stored endpoint and gave nothing it did not already hold. */
    long unchanged() {
        return unchanged;
    }

    private void prepare(Connection connection) throws SQLException {
        if (rows != null) {
            return;
        }
        names = AttributeNames.load(connection);
        rows = new EndpointRows(connection, names);
        if (policy == ErrorPolicy.STOP_AT_FIRST_ERROR && EndpointRows.lastKey(connection) == 0) {
            seenIds = new SeenBefore();
            bulkLoad = EmptyAudienceLoad.begin(connection);
        }
        userEndpoints = connection.prepareStatement("SELECT key FROM endpoint WHERE user_id = ?");
        if (segmentName != null) {
            segmentId = ImportedSegment.refresh(connection, segmentName, now);
            addMember = connection.prepareStatement(
                    "INSERT OR IGNORE INTO segment_member (segment_id, endpoint_key) VALUES (?, ?)");
        }
    }

    private void reject(long line, List<FieldProblem> problems) {
        rejections.reject(line, problems);
        if (policy == ErrorPolicy.STOP_AT_FIRST_ERROR) {
            throw new StopAtError();
        }
    }

    private void selectUser(ImportedRow row) throws SQLException {
        String userId = row.endpoint().user().userId();
        rows.flush();
        userEndpoints.setString(1, userId);
        boolean any = false;
        try (var keys = userEndpoints.executeQuery()) {
            while (keys.next()) {
                any = true;
                addMember(keys.getLong(1));
            }
        }
        if (!any) {
            reject(row.line(), List.of(new FieldProblem(StandardField.USER_ID.path(),
                    "no endpoint in this workspace belongs to user \"" + userId + "\"")));
        }
    }

    private void addMember(long key) throws SQLException {
        if (addMember != null) {
            addMember.setLong(1, segmentId);
            addMember.setLong(2, key);
            addMember.addBatch();
        }
    }

    private void addWorkspaceProblems(Endpoint merged, Stored existing, Map<String, Integer> endpointsPerUser,
            List<FieldProblem> problems) {
        String userId = merged.user().userId();
        boolean joinsUser = userId != null && (existing == null || !userId.equals(existing.endpoint().user().userId()));
        if (joinsUser && endpointsPerUser != null
                && endpointsPerUser.getOrDefault(userId, 0) >= EndpointRules.MAX_ENDPOINTS_PER_USER) {
            problems.add(tooManyEndpoints(userId));
        }
        checkNameLimit(merged, problems);
    }

    private static FieldProblem tooManyEndpoints(String userId) {
        return new FieldProblem(StandardField.USER_ID.path(), "user \"" + userId + "\" already has "
                + EndpointRules.MAX_ENDPOINTS_PER_USER + " endpoints, Pinpoint's limit per user");
    }

    private void checkNameLimit(Endpoint endpoint, List<FieldProblem> problems) {
        if (!names.lacksAny(endpoint)) {
            return;
        }
        Set<String> newNames = new LinkedHashSet<>();
        collectNew(AttributeScope.ATTRIBUTE, endpoint.attributes().keySet(), newNames);
        collectNew(AttributeScope.USER_ATTRIBUTE, endpoint.user().userAttributes().keySet(), newNames);
        collectNew(AttributeScope.METRIC, endpoint.metrics().keySet(), newNames);
        if (!newNames.isEmpty() && names.count() + newNames.size() > EndpointRules.MAX_ATTRIBUTE_NAMES) {
            problems.add(new FieldProblem(newNames.iterator().next(), "the workspace already has " + names.count()
                    + " attribute names; Pinpoint allows at most " + EndpointRules.MAX_ATTRIBUTE_NAMES
                    + " across Attributes, User.UserAttributes and Metrics"));
        }
    }

    private void collectNew(AttributeScope scope, Set<String> candidates, Set<String> newNames) {
        for (String name : candidates) {
            if (!names.has(scope, name)) {
                newNames.add(FieldPath.custom(scope, name).toString());
            }
        }
    }

    private static void moveUser(Stored existing, Endpoint merged, Map<String, Integer> endpointsPerUser) {
        if (endpointsPerUser == null) {
            return;
        }
        String before = existing == null ? null : existing.endpoint().user().userId();
        String after = merged.user().userId();
        if (before != null && !before.equals(after)) {
            endpointsPerUser.merge(before, -1, Integer::sum);
        }
        if (after != null && !after.equals(before)) {
            endpointsPerUser.merge(after, 1, Integer::sum);
        }
    }

    private Endpoint newEndpoint(Endpoint row) {
        String id = row.id() != null ? row.id() : newId();
        return new Endpoint(id, row.channelType(), row.address(),
                row.endpointStatus() != null ? row.endpointStatus() : EndpointStatus.ACTIVE,
                row.optOut() != null ? row.optOut() : OptOut.NONE,
                row.effectiveDate() != null ? row.effectiveDate() : now,
                row.creationDate() != null ? row.creationDate() : now,
                row.cohortId() >= 0 ? row.cohortId() : Endpoint.cohortOf(id),
                row.attributes(), row.metrics(), row.demographic(), row.location(), row.user());
    }

    /** The stored endpoint with the fields the row gives laid over it. */
    static Endpoint overlay(Endpoint stored, Endpoint row) {
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
        Map<String, V> merged = new java.util.LinkedHashMap<>(stored);
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

    /** A random id in the shape of a UUID; ThreadLocalRandom, as ids need to be unique, not secret. */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static List<String> idsOf(List<ImportedRow> batch, SeenBefore seen) {
        List<String> ids = new ArrayList<>(batch.size());
        for (ImportedRow row : batch) {
            String id = row.endpoint().id();
            if (id != null && row.problems().isEmpty() && (seen == null || seen.mightContain(id))) {
                ids.add(row.endpoint().id());
            }
        }
        return ids;
    }

    /**
     * The users the batch's rows may add an endpoint to: those of new endpoints and those an
     * endpoint moves to. Only their endpoints need counting against Pinpoint's limit.
     */
    private static List<String> usersJoined(List<ImportedRow> batch, Map<String, Stored> stored) {
        Set<String> ids = new LinkedHashSet<>();
        for (ImportedRow row : batch) {
            String userId = row.endpoint().user().userId();
            if (userId == null || !row.problems().isEmpty()) {
                continue;
            }
            Stored existing = row.endpoint().id() == null ? null : stored.get(row.endpoint().id());
            if (existing == null || !userId.equals(existing.endpoint().user().userId())) {
                ids.add(userId);
            }
        }
        return new ArrayList<>(ids);
    }

    /** The stored endpoints with these ids, by id: one query per few hundred ids. */
    static Map<String, Stored> lookUp(Connection connection, List<String> ids) throws SQLException {
        return lookUp(connection, ids, ids.size());
    }

    /** As {@link #lookUp(Connection, List)}, in a map with room for {@code expected} endpoints. */
    private static Map<String, Stored> lookUp(Connection connection, List<String> ids, int expected) throws SQLException {
        Map<String, Stored> found = new HashMap<>(expected * 2);
        if (ids.isEmpty()) {
            return found;
        }
        AttributeNames names = AttributeNames.load(connection);
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
            try (PreparedStatement query = connection.prepareStatement("SELECT key, " + EndpointColumns.list(names, "")
                    + " FROM endpoint WHERE id IN (" + SqlText.placeholders(chunk.size()) + ")")) {
                bindAll(query, chunk);
                try (var result = query.executeQuery()) {
                    while (result.next()) {
                        Endpoint endpoint = EndpointColumns.read(result, 2, names);
                        found.put(endpoint.id(), new Stored(result.getLong(1), endpoint));
                    }
                }
            }
        }
        return found;
    }

    private static Map<String, Integer> countEndpoints(Connection connection, List<String> userIds) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        for (int from = 0; from < userIds.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = userIds.subList(from, Math.min(userIds.size(), from + LOOKUP_CHUNK));
            try (PreparedStatement query = connection.prepareStatement("SELECT user_id, count(*) FROM endpoint"
                    + " WHERE user_id IN (" + SqlText.placeholders(chunk.size()) + ") GROUP BY user_id")) {
                bindAll(query, chunk);
                try (var result = query.executeQuery()) {
                    while (result.next()) {
                        counts.put(result.getString(1), result.getInt(2));
                    }
                }
            }
        }
        return counts;
    }


    private static void bindAll(PreparedStatement query, List<String> values) throws SQLException {
        for (int index = 0; index < values.size(); index++) {
            query.setString(index + 1, values.get(index));
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            if (rows != null) {
                rows.close();
            }
        } finally {
            closeAll(addMember, userEndpoints);
        }
    }

    private static void closeAll(PreparedStatement first, PreparedStatement second) throws SQLException {
        try {
            if (first != null) {
                first.close();
            }
        } finally {
            if (second != null) {
                second.close();
            }
        }
    }
}
