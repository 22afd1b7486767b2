package io.tidings.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.analytics.JourneyExecution;
import io.tidings.journey.ActivityCount;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The executor's counts read as Pinpoint's execution metrics: entered through the entry, active, left. */
class JourneyExecutionCountsTest {

    @Test
    void enteredIsTheEntrysCountActiveTheWaitingAndLeftTheEndedOfEveryActivity() {
        JourneyCounts counts = new JourneyCounts(Map.of(
                "welcome", new ActivityCount(10, 9, 0, 1),
                "wait", new ActivityCount(9, 0, 4, 0),
                "reminder", new ActivityCount(5, 5, 0, 5)),
                Map.of(Outlet.ENTRY, 10L, Outlet.of("welcome", Port.NEXT), 9L));

        JourneyExecution execution = WorkspaceJourneyCatalog.execution(counts);

        assertThat(execution.entered()).isEqualTo(10);
        assertThat(execution.active()).isEqualTo(4);
        assertThat(execution.ended()).isEqualTo(6);
        assertThat(execution.activity("welcome")).isEqualTo(new JourneyExecution.Activity(10, 9, 0, 1));
        assertThat(execution.activity("gone")).isEqualTo(JourneyExecution.Activity.NONE);
    }
}
