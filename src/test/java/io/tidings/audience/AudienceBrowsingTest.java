package io.tidings.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.sample.SampleWorkspace;
import io.tidings.segment.SegmentService;
import io.tidings.template.TemplateService;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the audience as the audience screen does: pages, filters, search, whole endpoints. */
class AudienceBrowsingTest {

    @TempDir
    static Path folder;

    private static Workspace workspace;
    private static AudienceService audience;

    @BeforeAll
    static void sampleWorkspace() {
        workspace = new WorkspaceService().create(folder.resolve("browse.tidings"), "Browse");
        audience = new AudienceService(workspace.database());
        new SampleWorkspace(audience, Wiring.templateService(workspace.database()), new SegmentService(workspace.database()))
                .populate(Progress.NONE);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static List<EndpointRow> everyPage(AudienceFilter filter, int pageSize) {
        PageIndex index = audience.pageIndex(filter, pageSize);
        List<EndpointRow> rows = new ArrayList<>();
        for (int page = 0; page < index.pages(); page++) {
            List<EndpointRow> loaded = audience.page(filter, index.startOf(page), pageSize);
            assertThat(loaded.size()).isLessThanOrEqualTo(pageSize);
            rows.addAll(loaded);
        }
        assertThat(rows).hasSize((int) index.total());
        return rows;
    }

    @Test
    void pagesCoverEveryEndpointOnceInOrder() {
        List<EndpointRow> rows = everyPage(AudienceFilter.ALL, 97);

        assertThat(rows).hasSize((int) audience.summary().endpoints());
        assertThat(rows).extracting(EndpointRow::key).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void filtersByChannelAndOptOut() {
        List<EndpointRow> sms = everyPage(new AudienceFilter("", ChannelType.SMS, null), 50);
        List<EndpointRow> optedOut = everyPage(new AudienceFilter("", null, OptOut.ALL), 50);
        List<EndpointRow> smsOptedOut = everyPage(new AudienceFilter("", ChannelType.SMS, OptOut.ALL), 50);

        assertThat(sms).hasSize((int) audience.summary().endpointsOn(ChannelType.SMS))
                .allMatch(row -> row.channelType() == ChannelType.SMS);
        assertThat(optedOut).hasSize((int) audience.summary().optedOut()).allMatch(row -> row.optOut() == OptOut.ALL);
        assertThat(smsOptedOut).isNotEmpty()
                .allMatch(row -> row.channelType() == ChannelType.SMS && row.optOut() == OptOut.ALL);
    }

    @Test
    void searchFindsByAddressUserIdOrEndpointIdPrefix() {
        EndpointRow someone = audience.page(new AudienceFilter("", ChannelType.EMAIL, null), 0, 1).get(0);

        assertThat(everyPage(new AudienceFilter(someone.address().substring(0, 8).toUpperCase(), null, null), 20))
                .extracting(EndpointRow::address).contains(someone.address())
                .allMatch(address -> address.startsWith(someone.address().substring(0, 8)));
        assertThat(everyPage(new AudienceFilter(someone.userId(), null, null), 20))
                .isNotEmpty().allMatch(row -> row.userId().equals(someone.userId()));
        assertThat(everyPage(new AudienceFilter(someone.id(), null, null), 20))
                .extracting(EndpointRow::id).containsExactly(someone.id());
        assertThat(audience.pageIndex(new AudienceFilter("nobody-here", null, null), 20).total()).isZero();
    }

    @Test
    void readsAWholeEndpointAndItsUsersOtherEndpoints() {
        EndpointRow row = audience.page(new AudienceFilter("", ChannelType.SMS, null), 0, 1).get(0);

        Endpoint endpoint = audience.endpoint(row.id()).orElseThrow();

        assertThat(endpoint.address()).isEqualTo(row.address());
        assertThat(endpoint.attributes()).containsKeys("Interests", "SignupSource", "LastOrderId");
        assertThat(endpoint.user().userAttributes()).containsKeys("FirstName", "LastName", "LoyaltyTier");
        assertThat(endpoint.metrics()).containsKeys("Purchases", "LifetimeValue");
        assertThat(endpoint.demographic().timezone()).isNotBlank();
        assertThat(audience.userEndpoints(row.userId()))
                .extracting(Endpoint::id).contains(row.id())
                .allSatisfy(id -> assertThat(audience.endpoint(id).orElseThrow().user().userId()).isEqualTo(row.userId()));
        assertThat(audience.endpoint("no-such-endpoint")).isEmpty();
    }

    @Test
    void readsEndpointsByKeyAsWholeEndpointsInOneGo() {
        List<EndpointRow> rows = everyPage(AudienceFilter.ALL, 500);
        List<EndpointRow> scattered = new ArrayList<>();
        for (int index = 3; index < rows.size(); index += 97) {
            scattered.add(rows.get(index));
        }
        long missing = rows.get(rows.size() - 1).key() + 1_000;
        long[] keys = LongStream.concat(scattered.stream().mapToLong(EndpointRow::key), LongStream.of(missing))
                .toArray();

        var endpoints = audience.endpointsByKey(keys);

        assertThat(endpoints).hasSize(scattered.size()).doesNotContainKey(missing);
        for (EndpointRow row : scattered) {
            assertThat(endpoints.get(row.key())).isEqualTo(audience.endpoint(row.id()).orElseThrow());
        }
        assertThat(endpoints.values()).anySatisfy(endpoint -> assertThat(endpoint.attributes()).isNotEmpty());
        assertThat(audience.endpointsByKey(new long[0])).isEmpty();
    }

    @Test
    void erasingAUserDeletesEveryEndpointWithItsValues() {
        String userId = "user-00042";
        int before = audience.userEndpoints(userId).size();
        long endpointsBefore = audience.summary().endpoints();

        UserErasure erased = audience.eraseUser(userId);

        assertThat(erased.endpoints()).isEqualTo(before).isPositive();
        assertThat(audience.userEndpoints(userId)).isEmpty();
        assertThat(audience.summary().endpoints()).isEqualTo(endpointsBefore - before);
        long orphans = workspace.database().read(connection -> {
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("""
                            SELECT (SELECT count(*) FROM segment_member WHERE endpoint_key NOT IN (SELECT key FROM endpoint))
                                 + (SELECT count(*) FROM endpoint WHERE user_id = 'user-00042')""")) {
                rows.next();
                return rows.getLong(1);
            }
        });
        assertThat(orphans).isZero();
    }
}
