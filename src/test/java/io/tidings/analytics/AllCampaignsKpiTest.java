package io.tidings.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The all-campaigns report (read through migration 018's indexes) and the per-campaign one agree with counts made by
 * hand: an endpoint two campaigns reached is one endpoint for all campaigns together.
 */
class AllCampaignsKpiTest {

    private static final LocalDate MAY_1 = LocalDate.parse("2024-05-01");
    private static final LocalDate MAY_2 = LocalDate.parse("2024-05-02");

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private final List<Event> events = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = new Wiring(Wiring.Host.COMMAND_LINE).create(folder.resolve("kpis.tidings"), "KPIs");
        // Campaign c1, run r1, treatment 0, on 1 May: e1 and e2 sent and delivered; e1 opens on 1 and 2 May.
        for (String endpoint : List.of("e1", "e2")) {
            add("_email.send", endpoint, "c1", "r1", "0", "2024-05-01T09:00:00Z");
            add("_email.delivered", endpoint, "c1", "r1", "0", "2024-05-01T09:01:00Z");
        }
        add("_email.open", "e1", "c1", "r1", "0", "2024-05-01T10:00:00Z");
        add("_email.open", "e1", "c1", "r1", "0", "2024-05-02T10:00:00Z");
        // Campaign c2, run r2, on 2 May: treatment 0 to e1 and e3 (e3 opens and clicks), treatment 1 to e4.
        for (String endpoint : List.of("e1", "e3")) {
            add("_email.send", endpoint, "c2", "r2", "0", "2024-05-02T09:00:00Z");
            add("_email.delivered", endpoint, "c2", "r2", "0", "2024-05-02T09:01:00Z");
        }
        add("_email.open", "e3", "c2", "r2", "0", "2024-05-02T11:00:00Z");
        add("_email.click", "e3", "c2", "r2", "0", "2024-05-02T11:01:00Z");
        add("_email.send", "e4", "c2", "r2", "1", "2024-05-02T09:00:00Z");
        add("_email.delivered", "e4", "c2", "r2", "1", "2024-05-02T09:01:00Z");
        // Transactional: t1 sent on 1 May, delivered on 1 and (again) 2 May.
        add("_email.send", "t1", null, null, null, "2024-05-01T09:00:00Z");
        add("_email.delivered", "t1", null, null, null, "2024-05-01T09:01:00Z");
        add("_email.delivered", "t1", null, null, null, "2024-05-02T09:01:00Z");
        workspace.eventRecorder().record(events, EventLimits.FieldNames.PINPOINT);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void add(String type, String endpoint, String campaign, String run, String treatment, String time) {
        events.add(new Event(type, Instant.parse(time), endpoint, null, null, Map.of(), Map.of(),
                new Attribution(campaign, run, treatment, null, null, "EMAIL", null)));
    }

    private KpiReport report(String campaign) {
        return workspace.kpis().report(new KpiQuery(campaign, MAY_1, LocalDate.parse("2024-05-31")));
    }

    @Test
    void allCampaignsCountAnEndpointTwoCampaignsReachedOnce() {
        KpiReport all = report(null);

        assertThat(all.total().emailsSent()).isEqualTo(5);
        assertThat(all.total().uniqueDeliveries()).isEqualTo(4); // e1, e2, e3, e4
        assertThat(all.total().uniqueEmailOpens()).isEqualTo(2); // e1, e3
        assertThat(all.total().uniqueEmailClicks()).isEqualTo(1); // e3
        assertThat(all.byDay().get(MAY_1).uniqueDeliveries()).isEqualTo(2); // e1, e2
        assertThat(all.byDay().get(MAY_2).uniqueDeliveries()).isEqualTo(3); // e1 (c2), e3, e4
        assertThat(all.byDay().get(MAY_2).uniqueEmailOpens()).isEqualTo(2); // e1 (c1), e3
        assertThat(all.byRun().get("r1").uniqueDeliveries()).isEqualTo(2);
        assertThat(all.byRun().get("r2").uniqueDeliveries()).isEqualTo(3);
        assertThat(all.byRun().get("r2").uniqueEmailOpens()).isEqualTo(1);
        assertThat(all.byTreatment().get("0").uniqueDeliveries()).isEqualTo(3); // e1 in both campaigns, e2, e3
        assertThat(all.byTreatment().get("1").uniqueDeliveries()).isEqualTo(1);
        assertThat(all.byTreatment().get("0").uniqueEmailOpens()).isEqualTo(2);
        assertThat(all.transactional().emailsSent()).isEqualTo(1);
        assertThat(all.transactional().uniqueDeliveries()).isEqualTo(1); // t1, delivered twice
    }

    @Test
    void oneCampaignsNumbersAreItsOwn() {
        KpiReport c2 = report("c2");

        assertThat(c2.total().emailsSent()).isEqualTo(3);
        assertThat(c2.total().uniqueDeliveries()).isEqualTo(3);
        assertThat(c2.total().uniqueEmailOpens()).isEqualTo(1);
        assertThat(c2.byTreatment().get("0").uniqueDeliveries()).isEqualTo(2);
        assertThat(c2.byTreatment().get("1").uniqueDeliveries()).isEqualTo(1);
        assertThat(c2.byDay()).containsOnlyKeys(MAY_2);
        KpiReport c1 = report("c1");
        assertThat(c1.total().uniqueDeliveries()).isEqualTo(2);
        assertThat(c1.byDay().get(MAY_2).uniqueEmailOpens()).isEqualTo(1);
    }
}
