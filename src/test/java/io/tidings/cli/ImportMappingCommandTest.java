package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.audience.AudienceFilter;
import io.tidings.audience.Endpoint;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV that is not in Pinpoint's shape imports headless with --map or a saved --mapping. */
class ImportMappingCommandTest {

    @TempDir
    Path folder;

    private Path workspace;
    private Path newsletter;

    private CommandRun run(String... args) {
        return CommandRun.of(folder.resolve("home"), args);
    }

    @BeforeEach
    void workspaceAndAFile() throws IOException {
        workspace = folder.resolve("shop.tidings");
        assertThat(run("workspace", "create", workspace.toString()).exitCode()).isZero();
        newsletter = Files.writeString(folder.resolve("newsletter.csv"), """
                email,first_name,country,member
                ann@example.com,Ann,US,a-1
                bob@example.com,Bob,United Kingdom,b-2
                """);
    }

    private Endpoint stored(String address) {
        try (OpenedWorkspace opened = new Wiring(Wiring.Host.COMMAND_LINE).open(workspace)) {
            String id = opened.audience().page(new AudienceFilter(address, null, null), 0, 1).get(0).id();
            return opened.audience().endpoint(id).orElseThrow();
        }
    }

    @Test
    void mapsEachNamedColumnToItsFieldAndGivesEveryRowTheChannel() {
        CommandRun imported = run("import", "--workspace", workspace.toString(), "--map", "email=Address",
                "--map", "first_name=User.UserAttributes.FirstName", "--map", "country=Location.Country",
                "--map", "member=User.UserId", "--channel", "email", newsletter.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 created");
        Endpoint ann = stored("ann@");
        assertThat(ann.user().userId()).isEqualTo("a-1");
        assertThat(ann.user().userAttributes().get("FirstName")).containsExactly("Ann");
        assertThat(ann.location().country()).isEqualTo("US");
        assertThat(stored("bob@").location().country()).as("a country's name becomes its code").isEqualTo("GB");
    }

    @Test
    void aMappingFileAsTheWizardSavesItImportsTheSameAndMapOverridesIt() throws IOException {
        Path mapping = Files.writeString(folder.resolve("newsletter-mapping.json"), """
                {"Columns": {"email": "Address", "first_name": "User.UserAttributes.FirstName"},
                 "ChannelType": "EMAIL"}""");

        CommandRun imported = run("import", "--workspace", workspace.toString(), "--mapping", mapping.toString(),
                "--map", "first_name=User.UserAttributes.GivenName", newsletter.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Endpoint bob = stored("bob@");
        assertThat(bob.user().userAttributes()).containsOnlyKeys("GivenName");
        assertThat(bob.location().country()).as("a column the mapping does not name is left out").isNull();
    }

    @Test
    void aColumnTheFileDoesNotHaveIsRefusedNamingIt() {
        CommandRun refused = run("import", "--workspace", workspace.toString(), "--map", "e-mail=Address",
                "--channel", "EMAIL", newsletter.toString());

        assertThat(refused.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(refused.err()).contains("The mapping names the column \"e-mail\", which the file does not have; "
                + "its columns are email, first_name, country, member.").doesNotContain("Exception");
    }

    @Test
    void aFieldTidingsDoesNotImportIsRefusedNamingIt() {
        CommandRun refused = run("import", "--workspace", workspace.toString(), "--map", "email=Adress",
                "--channel", "EMAIL", newsletter.toString());

        assertThat(refused.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(refused.err()).contains("The mapping sends the column \"email\" to \"Adress\", which is not a field "
                + "Tidings imports").doesNotContain("Exception");
        assertThat(run("workspace", "info", workspace.toString()).out()).contains("Endpoints:  0");
    }
}
