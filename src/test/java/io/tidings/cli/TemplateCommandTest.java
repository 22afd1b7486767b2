package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.audience.AudienceService;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.OptOut;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {

    @TempDir
    Path folder;

    private Path workspace;

    @BeforeEach
    void workspaceWithOneEndpoint() {
        workspace = folder.resolve("cli.tidings");
        try (Workspace opened = new WorkspaceService().create(workspace, "CLI")) {
            new AudienceService(opened.database()).addEndpoints(List.of(new Endpoint("ep-1", ChannelType.SMS,
                    "+15550100", EndpointStatus.ACTIVE, OptOut.NONE, null, Instant.parse("2026-01-01T00:00:00Z"), 1, Map.of(), Map.of(), null,
                    null, new EndpointUser("u-1", Map.of("FirstName", List.of("Ada"))))));
        }
    }

    @Test
    void importsRendersAndExportsAPinpointTemplate() throws Exception {
        Path in = folder.resolve("in.json");
        String request = "{\"Body\":\"Hi {{User.UserAttributes.FirstName}}, {{add 1 2}} days left\","
                + "\"DefaultSubstitutions\":\"{\\\"User.UserAttributes.FirstName\\\":\\\"there\\\"}\"}";
        Files.writeString(in, request);

        CommandRun imported = run(folder, "template", "import", "--workspace", workspace.toString(), "--name", "Countdown",
                "--type", "sms", in.toString());
        CommandRun forEndpoint = run(folder, "template", "render", "--workspace", workspace.toString(), "--name", "countdown",
                "--endpoint", "ep-1");
        CommandRun withDefaults = run(folder, "template", "render", "--workspace", workspace.toString(), "--name", "Countdown",
                "--defaults");
        Path out = folder.resolve("out.json");
        CommandRun exported = run(folder, "template", "export", "--workspace", workspace.toString(), "--name", "Countdown",
                out.toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).isEqualTo("Imported sms template \"Countdown\"\n");
        assertThat(forEndpoint.out()).isEqualTo("== Body ==\nHi Ada, 3 days left\n");
        assertThat(withDefaults.out()).isEqualTo("== Body ==\nHi there, 3 days left\n");
        assertThat(exported.exitCode()).isZero();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(out.toFile())).isEqualTo(json.readTree(request));
    }

    @Test
    void anEmailRendersEveryPartWithTheDerivedTextPart() throws Exception {
        Path in = folder.resolve("email.json");
        Files.writeString(in, "{\"TemplateName\":\"Hello\",\"Subject\":\"Hi\",\"HtmlPart\":\"<p>Hello <b>you</b></p>\"}");
        run(folder, "template", "import", "--workspace", workspace.toString(), in.toString());

        CommandRun rendered = run(folder, "template", "render", "--workspace", workspace.toString(), "--name", "Hello",
                "--defaults");

        assertThat(rendered.out()).isEqualTo("== Subject ==\nHi\n== HTML part ==\n<p>Hello <b>you</b></p>\n"
                + "== Text part (derived from the HTML part) ==\nHello you\n");
    }

    @Test
    void mistakesAreNamed() throws Exception {
        Path in = folder.resolve("broken.json");
        Files.writeString(in, "{\"Body\":\"Hi {{#if x}}\"}");
        run(folder, "template", "import", "--workspace", workspace.toString(), "--name", "Broken", "--type", "sms",
                in.toString());

        CommandRun broken = run(folder, "template", "render", "--workspace", workspace.toString(), "--name", "Broken",
                "--defaults");
        CommandRun missing = run(folder, "template", "render", "--workspace", workspace.toString(), "--name", "Nope",
                "--defaults");
        CommandRun noEndpoint = run(folder, "template", "render", "--workspace", workspace.toString(), "--name", "Broken",
                "--endpoint", "ep-9");
        CommandRun neither = run(folder, "template", "render", "--workspace", workspace.toString(), "--name", "Broken");

        assertThat(broken.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(broken.err()).startsWith("tidings: Body, line 1, column ");
        assertThat(missing.err()).isEqualTo("tidings: There is no template called \"Nope\". The only template is "
                + "\"Broken\".\n");
        assertThat(noEndpoint.err()).isEqualTo("tidings: The workspace has no endpoint \"ep-9\".\n");
        assertThat(neither.exitCode()).isEqualTo(2);
    }

    @Test
    void aFileThatFitsSeveralTypesOrNotTheGivenOneIsRefusedAndNothingIsImported() throws Exception {
        Path body = Files.writeString(folder.resolve("body.json"), "{\"Body\":\"Your table is ready\"}");
        Path push = Files.writeString(folder.resolve("push.json"), "{\"Default\":{\"Title\":\"Sale\",\"Body\":\"Now\"}}");

        CommandRun ambiguous = run(folder, "template", "import", "--workspace", workspace.toString(), "--name", "Table",
                body.toString());
        CommandRun wrongType = run(folder, "template", "import", "--workspace", workspace.toString(), "--name", "Sale",
                "--type", "voice", push.toString());
        CommandRun asVoice = run(folder, "template", "import", "--workspace", workspace.toString(), "--name", "Table",
                "--type", "voice", body.toString());

        assertThat(ambiguous.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(ambiguous.err()).isEqualTo("tidings: The file fits an SMS or voice template (its fields: Body); "
                + "name the type with --type sms or --type voice.\n");
        assertThat(wrongType.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(wrongType.err()).isEqualTo("tidings: The file does not fit a voice template: Default is a push "
                + "field. A voice template takes Body, LanguageCode and VoiceId.\n");
        assertThat(run(folder, "template", "render", "--workspace", workspace.toString(), "--name", "Sale",
                "--defaults").err()).startsWith("tidings: There is no template called \"Sale\". The ");
        assertThat(asVoice.out()).isEqualTo("Imported voice template \"Table\"\n");
    }

    private static CommandRun run(java.nio.file.Path folder, String... args) {
        return CommandRun.of(folder.resolve("home"), args);
    }
}
