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

    @Test
    void findsAPersonByFirstNameLastNameOrBothAndStillByAddress() {
        try (OpenedWorkspace services = new Wiring(Wiring.Host.DESKTOP)
                .createSample(folder.resolve("names.tidings"), "Names", false, Progress.NONE)) {
            EndpointChoice named = services.previewEndpoints().search("user-00002", 10).stream()
                    .filter(choice -> choice.name() != null && choice.name().contains(" ")).findFirst().orElseThrow();
            String first = named.name().substring(0, named.name().indexOf(' '));
            String last = named.name().substring(named.name().lastIndexOf(' ') + 1);

            for (String typed : new String[] {first.toLowerCase(java.util.Locale.ROOT), last.toUpperCase(java.util.Locale.ROOT),
                    first + " " + last.substring(0, 2), "  " + first + "   " + last}) {
                assertThat(services.previewEndpoints().search(typed, 200)).as(typed)
                        .isNotEmpty()
                        .allMatch(choice -> choice.name() != null && (choice.name().toLowerCase(java.util.Locale.ROOT)
                                .contains(typed.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT))))
                        .extracting(EndpointChoice::id).contains(named.id());
            }
            assertThat(services.previewEndpoints().search(named.address(), 10)).extracting(EndpointChoice::id)
                    .as("by address").contains(named.id());
            assertThat(services.previewEndpoints().search(first.substring(1), 200)).as("a name's middle is no match")
                    .noneMatch(choice -> choice.id().equals(named.id()) && !choice.address().startsWith(first.substring(1)));
        }
    }
}
