package io.tidings.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.work.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An all-or-nothing import into an empty audience builds its indexes at the end: the limits it
 * checks there, and what a rolled-back load leaves, must be as for any other import.
 */
class EmptyAudienceLoadTest {

    @TempDir
    Path folder;

    private AudienceFixture audience;

    @BeforeEach
    void emptyWorkspace() {
        audience = new AudienceFixture(folder, "empty", 4);
    }

    @AfterEach
    void close() {
        audience.close();
    }

    @Test
    void theRowThatGaveAUserASixteenthEndpointIsReportedAtItsLine() throws IOException {
        StringBuilder csv = new StringBuilder("Id,ChannelType,Address,User.UserId,Attributes.Note\n");
        csv.append("n1,EMAIL,n1@example.com,bob,\"two\nlines\"\n");                   // lines 2-3
        for (int row = 1; row <= 16; row++) {                                           // lines 4-11, 13-20
            csv.append("a").append(row).append(",EMAIL,a").append(row).append("@example.com,ann,\n");
            if (row == 8) {
                csv.append("b2,EMAIL,b2@example.com,bob,\n");                           // line 12
            }
        }

        ImportResult result = audience.importFile(audience.file("ann.csv", csv.toString()), ErrorPolicy.STOP_AT_FIRST_ERROR);

        assertThat(result.stoppedAtError()).isTrue();
        assertThat(result.rejections()).containsExactly(new RejectedRow(20, "User.UserId",
                "user \"ann\" already has 15 endpoints, Pinpoint's limit per user"));
        assertThat(audience.endpoints()).isEmpty();
        assertThat(indexes()).contains("endpoint_segment", "endpoint_by_address");
    }

    @Test
    void aLoadThatLandsHasItsIndexesAndAStoppedOneLeavesThemAsTheyWere() throws IOException {
        Path stopped = audience.file("stopped.csv", "ChannelType,Address,User.UserId,Metrics.Visits\n"
                + "EMAIL,a@example.com,ann,3\nEMAIL,b@example.com,bob,4\nEMAIL,not an address,cid,5\n");
        assertThat(audience.importFile(stopped, ErrorPolicy.STOP_AT_FIRST_ERROR).stoppedAtError()).isTrue();
        assertThat(indexes()).contains("endpoint_segment", "endpoint_by_address");

        Path good = audience.file("good.csv", "ChannelType,Address,User.UserId,Metrics.Visits\n"
                + "EMAIL,a@example.com,ann,3\nEMAIL,b@example.com,bob,4\n");
        ImportResult landed = audience.importFile(good, ErrorPolicy.STOP_AT_FIRST_ERROR);

        assertThat(landed.created()).isEqualTo(2);
        assertThat(indexes()).contains("endpoint_segment", "endpoint_by_address");
        assertThat(indexColumns("endpoint_segment")).startsWith("user_id").contains("metric_");
        assertThat(new AudienceService(audience.workspace.database()).userEndpoints("bob")).hasSize(1);
    }

    @Test
    void selectingAUserTheSameFileCreatedWorksInTheMiddleOfALoad() throws IOException {
        Path file = audience.file("select.csv", "Id,ChannelType,Address,User.UserId\n"
                + "e1,EMAIL,a@example.com,ann\ne2,EMAIL,b@example.com,bob\n,,,ann\ne3,EMAIL,c@example.com,ann\n");

        ImportResult result = audience.importer.run(new ImportRequest(file, null, null, ErrorPolicy.STOP_AT_FIRST_ERROR,
                "Picked", null), Progress.NONE);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.created()).isEqualTo(3);
        assertThat(audience.segmentMembers("Picked")).containsExactlyInAnyOrder("e1", "e2", "e3");
    }

    private List<String> indexes() {
        return audience.workspace.database().read(connection -> {
            List<String> names = new java.util.ArrayList<>();
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'endpoint'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }

    private String indexColumns(String index) {
        return audience.workspace.database().read(connection -> {
            StringBuilder columns = new StringBuilder();
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT name FROM pragma_index_info('" + index + "') ORDER BY seqno")) {
                while (rows.next()) {
                    columns.append(rows.getString(1)).append(' ');
                }
            }
            return columns.toString();
        });
    }
}
