package io.tidings.audience;

import io.tidings.segment.ImportedSegments;
import io.tidings.store.SqlText;
import io.tidings.store.Statements;
import io.tidings.work.Quote;
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
 * existing ones (matched by Id, or for a row without one by channel and address: {@link AddressMatches}),
 * selects users' endpoints, and adds each touched endpoint to the
 * imported segment. Checks what needs the workspace: Pinpoint's 250 attribute names and 15
 * endpoints per user. Existing ids and user counts are looked up once per batch, not per row.
 * An update lays the row over the stored endpoint ({@link EndpointOverlay}).
 */
final class EndpointBatchWriter implements AutoCloseable {

    private final EndpointRules rules;
    private final RejectionLog rejections;
    private final ErrorPolicy policy;
    private final String segmentName;
    private final Instant now;

    private EndpointRows rows;
    private AttributeNames names;
    /** How many attribute names the workspace had before the import. */
    private int namesBefore;
    private final ImportedSegments importedSegments;
    private ImportedSegments.Members segmentMembers;
    private PreparedStatement userEndpoints;
    /** Set when the whole import is one transaction that began on an empty audience: then only ids it wrote exist. */
    private SeenBefore seenIds;
    /** Set while the import loads into an empty audience: indexes are built once, at the end. */
    private EmptyAudienceLoad bulkLoad;
    private final AddressMatches addressMatches = new AddressMatches();
    private long rowsHandled;
    private long pendingCreated;
    private long pendingUpdated;
    private long pendingUnchanged;
    private long created;
    private long updated;
    private long unchanged;

    EndpointBatchWriter(EndpointRules rules, RejectionLog rejections, ErrorPolicy policy,
            ImportedSegments importedSegments, String segmentName, Instant now) {
        this.rules = rules;
        this.importedSegments = importedSegments;
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

    void write(Connection connection, List<ImportedRow> batch) throws SQLException {
        prepare(connection);
        if (bulkLoad != null && bulkLoad.countsUsersAtEnd() && batch.stream().anyMatch(ImportedRow::selectsUser)) {
            // Selecting a user's endpoints needs the user index: build it now and go on row by row.
            endBulkLoad(connection);
        }
        long nextKey = EndpointRows.lastKey(connection);
        Map<String, StoredEndpoint> stored = StoredEndpoint.byId(connection, idsOf(batch, seenIds), batch.size());
        addressMatches.startBatch(connection, batch, nextKey > 0);
        // Loading into an empty audience in one transaction, the users' endpoints are counted once at the end (finish).
        Map<String, Integer> endpointsPerUser = bulkLoad != null && bulkLoad.countsUsersAtEnd() ? null
                : countEndpoints(connection, usersJoined(batch, stored, addressMatches));
        for (ImportedRow row : batch) {
            rowsHandled++;
            if (!row.problems().isEmpty()) {
                reject(row.line(), everyProblem(row, stored), row.original());
            } else if (row.selectsUser()) {
                selectUser(row);
            } else {
                StoredEndpoint existing = existing(row, stored, addressMatches);
                Endpoint overlaid = existing == null ? null : EndpointOverlay.of(existing.endpoint(), row.endpoint());
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
                    reject(row.line(), problems, row.original());
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
                    rows.update(key, existing.endpoint(), merged);
                    pendingUpdated++;
                }
                StoredEndpoint now = new StoredEndpoint(key, merged);
                stored.put(merged.id(), now);
                addressMatches.written(existing, now);
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
        if (segmentMembers != null) {
            segmentMembers.flush();
        }
    }

    /**
     * Ends an import that loaded into an empty audience: builds the indexes it went without and,
     * when it is one transaction, checks the endpoints per user, rejecting the first row that went
     * past Pinpoint's limit. Call in the import's last transaction, whatever stopped it.
     */
    void finish(Connection connection) throws SQLException {
        if (bulkLoad != null && rows != null) {
            endBulkLoad(connection);
        }
    }

    /** Whether the import loads into an empty audience and builds its indexes when it finishes. */
    boolean buildsIndexesAtEnd() {
        return bulkLoad != null;
    }

    /**
     * Ends an import that committed as it went: when it loaded into an empty audience, builds the
     * indexes it went without over what was committed. Rows queued by a write that failed are not
     * written.
     */
    void finishCommitted(Connection connection) throws SQLException {
        if (bulkLoad != null) {
            bulkLoad.buildIndexes(connection);
            names.segmentIndexRebuilt();
            bulkLoad = null;
            addressMatches.loaded();
        }
    }

    private void endBulkLoad(Connection connection) throws SQLException {
        rows.flush();
        bulkLoad.buildIndexes(connection);
        rows.names().segmentIndexRebuilt();
        EmptyAudienceLoad.UserOverLimit over = bulkLoad.countsUsersAtEnd() ? bulkLoad.firstUserOverLimit(connection)
                : null;
        bulkLoad = null;
        addressMatches.loaded();
        if (over != null) {
            reject(over.line(), List.of(tooManyEndpoints(over.userId())), null);
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
        namesBefore = names.count();
        rows = new EndpointRows(connection, names);
        if (EndpointRows.lastKey(connection) == 0) {
            if (policy == ErrorPolicy.STOP_AT_FIRST_ERROR) {
                seenIds = new SeenBefore();
                bulkLoad = EmptyAudienceLoad.inOneTransaction(connection);
            } else {
                bulkLoad = EmptyAudienceLoad.committingAsItGoes(connection);
            }
            addressMatches.loadingIntoEmptyAudience(bulkLoad);
        }
        userEndpoints = connection.prepareStatement("SELECT key FROM endpoint WHERE user_id = ?");
        if (segmentName != null) {
            segmentMembers = importedSegments.refresh(connection, segmentName, now);
        }
    }

    private void reject(long line, List<FieldProblem> problems, OriginalRow original) {
        rejections.reject(line, problems, original);
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
                    "no endpoint in this workspace belongs to user " + Quote.of(userId))), row.original());
        }
    }

    /**
     * A bad row's problems and, when its Id is not stored (it would create an endpoint), what a new
     * endpoint lacks, so that the row is corrected at once. The reader did this for rows without an Id.
     */
    private static List<FieldProblem> everyProblem(ImportedRow row, Map<String, StoredEndpoint> stored) {
        String id = row.endpoint().id();
        if (id == null || stored.containsKey(id)) {
            return row.problems();
        }
        List<FieldProblem> problems = new ArrayList<>(row.problems());
        for (FieldProblem lack : EndpointRules.missing(row.endpoint())) {
            if (problems.stream().noneMatch(problem -> problem.field().endsWith(lack.field()))) {
                problems.add(lack);
            }
        }
        return problems;
    }

    private void addMember(long key) throws SQLException {
        if (segmentMembers != null) {
            segmentMembers.add(key);
        }
    }

    private void addWorkspaceProblems(Endpoint merged, StoredEndpoint existing, Map<String, Integer> endpointsPerUser,
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
        return new FieldProblem(StandardField.USER_ID.path(), "user " + Quote.of(userId) + " already has "
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
        FieldProblem overLimit = NameLimit.check(List.copyOf(newNames), names.count(), namesBefore);
        if (overLimit != null) {
            problems.add(overLimit);
        }
    }

    private void collectNew(AttributeScope scope, Set<String> candidates, Set<String> newNames) {
        for (String name : candidates) {
            if (!names.has(scope, name)) {
                newNames.add(FieldPath.custom(scope, name).toString());
            }
        }
    }

    private static void moveUser(StoredEndpoint existing, Endpoint merged, Map<String, Integer> endpointsPerUser) {
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
        return newEndpoint(row, row.id() != null ? row.id() : newId(), now);
    }

    /** A new endpoint of the row's fields under {@code id}, with Pinpoint's defaults for those it lacks. */
    static Endpoint newEndpoint(Endpoint row, String id, Instant now) {
        return new Endpoint(id, row.channelType(), row.address(),
                row.endpointStatus() != null ? row.endpointStatus() : EndpointStatus.ACTIVE,
                row.optOut() != null ? row.optOut() : OptOut.NONE,
                row.effectiveDate() != null ? row.effectiveDate() : now,
                row.creationDate() != null ? row.creationDate() : now,
                row.cohortId() >= 0 ? row.cohortId() : Endpoint.cohortOf(id),
                row.attributes(), row.metrics(), row.demographic(), row.location(), row.user());
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
            // A bad row's id too: whether it exists says whether the row lacks what a new endpoint needs.
            if (id != null && (seen == null || seen.mightContain(id))) {
                ids.add(row.endpoint().id());
            }
        }
        return ids;
    }

    /** The stored endpoint a row updates: the one with its Id or, for a row without, with its channel and address. */
    private static StoredEndpoint existing(ImportedRow row, Map<String, StoredEndpoint> stored,
            AddressMatches addressMatches) {
        String id = row.endpoint().id();
        return id != null ? stored.get(id) : addressMatches.match(row);
    }

    /**
     * The users the batch's rows may add an endpoint to: those of new endpoints and those an
     * endpoint moves to. Only their endpoints need counting against Pinpoint's limit.
     */
    private static List<String> usersJoined(List<ImportedRow> batch, Map<String, StoredEndpoint> stored,
            AddressMatches addressMatches) {
        Set<String> ids = new LinkedHashSet<>();
        for (ImportedRow row : batch) {
            String userId = row.endpoint().user().userId();
            if (userId == null || !row.problems().isEmpty()) {
                continue;
            }
            StoredEndpoint existing = existing(row, stored, addressMatches);
            if (existing == null || !userId.equals(existing.endpoint().user().userId())) {
                ids.add(userId);
            }
        }
        return new ArrayList<>(ids);
    }

    private static Map<String, Integer> countEndpoints(Connection connection, List<String> userIds) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        for (int from = 0; from < userIds.size(); from += StoredEndpoint.IDS_PER_QUERY) {
            List<String> chunk = userIds.subList(from, Math.min(userIds.size(), from + StoredEndpoint.IDS_PER_QUERY));
            try (PreparedStatement query = connection.prepareStatement("SELECT user_id, count(*) FROM endpoint"
                    + " WHERE user_id IN (" + SqlText.placeholders(chunk.size()) + ") GROUP BY user_id")) {
                StoredEndpoint.bindIds(query, chunk);
                try (var result = query.executeQuery()) {
                    while (result.next()) {
                        counts.put(result.getString(1), result.getInt(2));
                    }
                }
            }
        }
        return counts;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (rows != null) {
                rows.close();
            }
        } finally {
            try {
                Statements.closeAll(userEndpoints);
            } finally {
                if (segmentMembers != null) {
                    segmentMembers.close();
                }
            }
        }
    }
}
