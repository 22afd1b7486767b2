package io.tidings.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.template.EndpointChoice;
import io.tidings.work.Progress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudiencePreviewEndpointsTest {

    @TempDir
    Path folder;

    @Test
    void findsEndpointsByUserIdAndListsTheWorkspacesVariables() {
        try (OpenedWorkspace services = new Wiring(Wiring.Host.DESKTOP)
                .createSample(folder.resolve("preview.tidings"), "Preview", false, Progress.NONE)) {

            var found = services.previewEndpoints().search("user-00001", 10);

            assertThat(found).isNotEmpty().allMatch(choice -> "user-00001".equals(choice.userId()));
            EndpointChoice first = found.get(0);
            assertThat(services.previewEndpoints().endpoint(first.id())).get()
                    .satisfies(endpoint -> assertThat(endpoint.address()).isEqualTo(first.address()));
            assertThat(services.previewEndpoints().search("user-00001", 1)).hasSize(1);
            assertThat(services.previewEndpoints().knownFieldPaths()).contains("User.UserAttributes.FirstName")
                    .allMatch(path -> path.startsWith("Attributes.") || path.startsWith("User.UserAttributes.")
                            || path.startsWith("Metrics."));
        }
    }
}
