package io.tidings.audience;

import io.tidings.store.Database;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Supplier;

/** The audience of one workspace: its endpoints and users. */
public final class AudienceService {

    private final Database database;
    private final Supplier<String> defaultRegion;
    private final List<UserRecords> otherRecords;
    private final AudienceRepository repository = new AudienceRepository();
    private final EndpointQueries queries = new EndpointQueries();
    private final EndpointChanges changes = new EndpointChanges();
    private final PeopleQueries people = new PeopleQueries();

    public AudienceService(Database database) {
        this(database, () -> "US");
    }

    /** @param defaultRegion the workspace's region for phone numbers written without a country code */
    public AudienceService(Database database, Supplier<String> defaultRegion) {
        this(database, defaultRegion, List.of());
    }

    /** @param otherRecords what the rest of the workspace keeps about endpoints, erased with their user */
    public AudienceService(Database database, Supplier<String> defaultRegion, List<UserRecords> otherRecords) {
        this.database = database;
        this.defaultRegion = defaultRegion;
        this.otherRecords = List.copyOf(otherRecords);
    }

    /** Adds endpoints that are not yet in the workspace, all or none. */
    public void addEndpoints(List<Endpoint> endpoints) {
        database.write(connection -> {
            repository.insert(connection, endpoints);
            return null;
        });
    }

    /**
     * Every custom field some endpoint has, as Pinpoint paths: {@code Attributes.City},
     * {@code User.UserAttributes.FirstName}, {@code Metrics.Points}; sorted.
     */
    public SortedSet<String> customFieldPaths() {
        return database.read(repository::customFieldPaths);
    }

    public AudienceSummary summary() {
        return database.read(repository::summary);
    }

    /** How many endpoints match. */
    public long count(AudienceFilter filter) {
        return database.read(connection -> queries.count(connection, filter));
    }

    /**
     * How many endpoints match, and where each page of {@code pageSize} starts. This reads the
     * key of every match: about half a second at a million endpoints.
     */
    public PageIndex pageIndex(AudienceFilter filter, int pageSize) {
        return database.read(connection -> queries.pageIndex(connection, filter, pageSize));
    }

    /** Up to {@code limit} matching endpoints from {@code fromKey} on, in key order. */
    public List<EndpointRow> page(AudienceFilter filter, long fromKey, int limit) {
        return database.read(connection -> queries.page(connection, filter, fromKey, limit));
    }

    /**
     * Up to {@code limit} endpoints, in key order, whose address, user id or id starts with {@code text}, or whose
     * person's first or last name does ("ada", "Ada Lov"): finding someone to preview a message for.
     */
    public List<EndpointRow> findByAddressOrName(String text, int limit) {
        return database.read(connection -> queries.byAddressOrName(connection, text, limit));
    }

    /** How many people (distinct user ids) have an endpoint that matches. */
    public long countPeople(AudienceFilter filter) {
        return database.read(connection -> people.count(connection, filter));
    }

    /** How many people match, and the user id each page of {@code pageSize} people starts with. */
    public PeopleIndex peopleIndex(AudienceFilter filter, int pageSize) {
        return database.read(connection -> people.index(connection, filter, pageSize));
    }

    /** Up to {@code limit} matching people from user id {@code fromUserId} on ("" for the first), in user id order. */
    public List<PersonRow> people(AudienceFilter filter, String fromUserId, int limit) {
        return database.read(connection -> people.page(connection, filter, fromUserId, limit));
    }

    /** Whether the endpoint is among those the filter matches. */
    public boolean matches(AudienceFilter filter, String endpointId) {
        return database.read(connection -> queries.matches(connection, filter, endpointId));
    }

    /** Whether some endpoint of the user is among those the filter matches. */
    public boolean personMatches(AudienceFilter filter, String userId) {
        return database.read(connection -> people.matches(connection, filter, userId));
    }

    /** What Pinpoint's rules find wrong with an endpoint, field by field; empty when it can be stored. */
    public List<FieldProblem> problemsOf(Endpoint endpoint) {
        return new EndpointRules(defaultRegion.get()).problems(endpoint);
    }

    /**
     * Adds an endpoint written in the editor, after checking it against Pinpoint's rules (an email or an E.164
     * phone number for those channels); returns it as stored.
     *
     * @throws InvalidEndpointException naming each field at fault
     */
    public Endpoint addEndpoint(Endpoint written) {
        Endpoint checked = new EndpointRules(defaultRegion.get()).check(written);
        database.write(connection -> {
            changes.add(connection, checked);
            return null;
        });
        return endpoint(checked.id()).orElseThrow();
    }

    /**
     * Creates or updates endpoints as Pinpoint's PutEvents does with each batch item's {@code Endpoint} (as
     * UpdateEndpoint): the fields given are laid over the stored endpoint, the others stay; a new endpoint needs a
     * channel type and an address, and one given neither is left out of the audience. Each update is checked
     * against Pinpoint's rules on its own; a refused one writes nothing. All are written in one transaction.
     */
    public List<EndpointUpdateOutcome> updateEndpoints(List<EndpointUpdate> updates, Instant now) {
        EndpointRules rules = new EndpointRules(defaultRegion.get());
        EndpointJsonFields fields = new EndpointJsonFields();
        List<Endpoint> given = new java.util.ArrayList<>(updates.size());
        List<EndpointUpdateOutcome> outcomes = new java.util.ArrayList<>(updates.size());
        for (EndpointUpdate update : updates) {
            EndpointDraft draft = new EndpointDraft();
            if (update.fields() == null || !update.fields().isObject()) {
                draft.reject("", "is not an endpoint object");
            } else {
                fields.addEndpoint(update.fields(), draft);
            }
            ImportedRow row = draft.toRow(0, rules, null);
            // The batch item's key is the endpoint's id, whatever an Id field inside says.
            List<FieldProblem> problems = row.problems().stream().filter(problem -> !problem.field().equals("Id"))
                    .filter(problem -> !EndpointRules.missing(row.endpoint()).contains(problem)).toList();
            given.add(problems.isEmpty() ? row.endpoint() : null);
            outcomes.add(problems.isEmpty() ? null : new EndpointUpdateOutcome(EndpointUpdateOutcome.Result.REFUSED,
                    problems));
        }
        // Most apps send an endpoint that only names its user, and most such endpoints are not in the audience: a
        // read (which does not wait for the writer) settles those, and the write is taken only for the others.
        boolean anyToWrite = database.read(connection -> {
            boolean any = false;
            for (int index = 0; index < updates.size(); index++) {
                Endpoint endpoint = given.get(index);
                if (endpoint == null) {
                    continue;
                }
                if (endpoint.channelType() == null && endpoint.address() == null
                        && !queries.exists(connection, updates.get(index).id())) {
                    outcomes.set(index, EndpointUpdateOutcome.of(EndpointUpdateOutcome.Result.NOT_IN_AUDIENCE));
                } else {
                    any = true;
                }
            }
            return any;
        });
        if (!anyToWrite) {
            return List.copyOf(outcomes);
        }
        return database.write(connection -> {
            List<EndpointUpdateOutcome> written = new java.util.ArrayList<>(outcomes);
            for (int index = 0; index < updates.size(); index++) {
                if (written.get(index) == null) {
                    written.set(index, update(connection, rules, updates.get(index).id(), given.get(index), now));
                }
            }
            return written;
        });
    }

    private EndpointUpdateOutcome update(java.sql.Connection connection, EndpointRules rules, String id,
            Endpoint given, Instant now) throws java.sql.SQLException {
        Optional<Endpoint> stored = queries.endpoint(connection, id);
        if (stored.isEmpty() && given.channelType() == null && given.address() == null) {
            return EndpointUpdateOutcome.of(EndpointUpdateOutcome.Result.NOT_IN_AUDIENCE);
        }
        Endpoint merged = stored.map(endpoint -> EndpointOverlay.of(endpoint, given))
                .orElseGet(() -> EndpointBatchWriter.newEndpoint(given, id, now));
        try {
            Endpoint checked = rules.check(merged);
            if (stored.isPresent()) {
                changes.replace(connection, checked);
                return EndpointUpdateOutcome.of(EndpointUpdateOutcome.Result.UPDATED);
            }
            changes.add(connection, checked);
            return EndpointUpdateOutcome.of(EndpointUpdateOutcome.Result.CREATED);
        } catch (InvalidEndpointException refused) {
            return new EndpointUpdateOutcome(EndpointUpdateOutcome.Result.REFUSED, refused.problems());
        }
    }

    public Optional<Endpoint> endpoint(String id) {
        return database.read(connection -> queries.endpoint(connection, id));
    }

    /**
     * The whole endpoints with these keys, read together in one snapshot (the sending engine reads a
     * claimed batch's endpoints this way); keys no longer in the workspace are absent from the map.
     */
    public Map<Long, Endpoint> endpointsByKey(long[] keys) {
        if (keys.length == 0) {
            return Map.of();
        }
        return database.read(connection -> {
            AudienceExport.loadKeys(connection, keys);
            StoredEndpoints stored = new StoredEndpoints(connection, new ExportScope.Keys("claimed endpoints", keys));
            Map<Long, Endpoint> endpoints = new HashMap<>();
            long afterKey = 0;
            Map<Long, Endpoint> page;
            while (!(page = stored.page(afterKey)).isEmpty()) {
                endpoints.putAll(page);
                for (long key : page.keySet()) {
                    afterKey = key;
                }
            }
            return endpoints;
        });
    }

    /** Every endpoint of a user, oldest first. */
    public List<Endpoint> userEndpoints(String userId) {
        return database.read(connection -> {
            var endpoints = new java.util.ArrayList<Endpoint>();
            for (String id : queries.idsOfUser(connection, userId)) {
                queries.endpoint(connection, id).ifPresent(endpoints::add);
            }
            return endpoints;
        });
    }

    /**
     * Saves an edited endpoint after checking it against Pinpoint's rules; returns it as stored.
     *
     * @throws InvalidEndpointException naming each field at fault
     */
    public Endpoint saveEndpoint(Endpoint edited) {
        Endpoint checked = new EndpointRules(defaultRegion.get()).check(edited);
        boolean saved = database.write(connection -> changes.replace(connection, checked));
        if (!saved) {
            throw new IllegalArgumentException("Endpoint " + edited.id() + " is no longer in the workspace.");
        }
        return endpoint(checked.id()).orElseThrow();
    }

    /**
     * Erases a user (the right to erasure): every endpoint with their attributes, metrics and segment
     * memberships, and what the rest of the workspace keeps about them, in one transaction.
     */
    public UserErasure eraseUser(String userId) {
        return database.write(connection -> changes.eraseUser(connection, userId, otherRecords));
    }

    /**
     * Opts out every endpoint of {@code channelType} with this address at once, as an unsubscribe link asks: no later
     * message reaches them. Returns the ids of those that were not opted out already (none when the address is no
     * longer in the audience or was opted out before).
     */
    public List<String> optOutAddress(ChannelType channelType, String address, Instant now) {
        return database.write(connection -> new EndpointFeedbackRepository().optOutAddress(connection, channelType,
                address, now));
    }
}
