package io.tidings.audience.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.audience.ExportFormat;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AudienceExportsTest {

    @Test
    void theFormatFollowsTheNameWithOrWithoutGzip() {
        assertThat(AudienceExports.formatOf(Path.of("ann.json"))).isEqualTo(ExportFormat.NDJSON);
        assertThat(AudienceExports.formatOf(Path.of("ann.ndjson.gz"))).isEqualTo(ExportFormat.NDJSON);
        assertThat(AudienceExports.formatOf(Path.of("ann.csv.gz"))).isEqualTo(ExportFormat.CSV);
        assertThat(AudienceExports.formatOf(Path.of("ann"))).isEqualTo(ExportFormat.CSV);
    }

    @Test
    void aUsersActivityGoesBesideTheirEndpointsCompressedLikeThem() {
        assertThat(AudienceExports.activityFileBeside(Path.of("/exports/ann.json")))
                .isEqualTo(Path.of("/exports/ann-activity.ndjson"));
        assertThat(AudienceExports.activityFileBeside(Path.of("/exports/ann.csv.GZ")))
                .isEqualTo(Path.of("/exports/ann-activity.ndjson.gz"));
        assertThat(AudienceExports.activityFileBeside(Path.of("user-7")))
                .isEqualTo(Path.of("user-7-activity.ndjson"));
    }
}
