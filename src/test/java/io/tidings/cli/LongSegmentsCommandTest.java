package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Segments with long lists of values, definitions past Pinpoint's limits, and a workspace that already holds a
 * definition Tidings cannot use: none of them may crash a command or keep the others from working.
 */
class LongSegmentsCommandTest {

    @TempDir
    Path folder;

    private CommandLineWorkspace tiers;
    private Path workspace;

    private CommandRun run(String... args) {
        return tiers.run(args);
    }

    /** Forty email endpoints, the even ones Gold and the odd ones Silver, and an email template "Hello". */
    @BeforeEach
    void workspaceWithGoldAndSilver() throws IOException {
        tiers = CommandLineWorkspace.create(folder, "tiers.tidings");
        workspace = tiers.file();
        StringBuilder csv = new StringBuilder("Id,ChannelType,Address,User.UserId,User.UserAttributes.Tier\n");
        for (int index = 0; index < 40; index++) {
            csv.append("e%d,EMAIL,e%d@shop.example,u%d,%s%n".formatted(index, index, index, index % 2 == 0 ? "Gold" : "Silver"));
        }
        Path audience = Files.writeString(folder.resolve("tiers.csv"), csv);
        assertThat(run("import", "--workspace", workspace.toString(), audience.toString()).exitCode()).isZero();
        Path template = Files.writeString(folder.resolve("hello.json"), "{\"Subject\":\"Hi\",\"HtmlPart\":\"<p>Hi</p>\"}");
        assertThat(run("template", "import", "--workspace", workspace.toString(), "--type", "email", "--name", "Hello",
                template.toString()).exitCode()).isZero();
    }

    private Path tiers(String file, int fillers, String... tiers) throws IOException {
        List<String> values = new ArrayList<>(IntStream.range(0, fillers).mapToObj(index -> "Tier " + index).toList());
        values.addAll(List.of(tiers));
        return Files.writeString(folder.resolve(file), "{\"Dimensions\": {\"UserAttributes\": {\"Tier\": "
                + "{\"AttributeType\": \"INCLUSIVE\", \"Values\": [" + values.stream().map(value -> "\"" + value + "\"")
                        .collect(Collectors.joining(", ")) + "]}}}}");
    }

    @Test
    void aSegmentOfAThousandAndOneValuesIsCreatedCountedListedAndSent() throws IOException {
        Path big = tiers("big.json", 1_000, "Gold");

        CommandRun create = run("segment", "create", "--workspace", workspace.toString(), "--name", "Big",
                "--definition", big.toString());
        CommandRun count = run("segment", "count", "--workspace", workspace.toString(), "--name", "Big");
        CommandRun list = run("segment", "list", "--workspace", workspace.toString());
        CommandRun send = run("send", "--workspace", workspace.toString(), "--template", "Hello", "--segment", "Big");

        assertThat(create.exitCode()).as(create.err()).isZero();
        assertThat(create.out()).startsWith("Created segment \"Big\" (id 1): 20 endpoints, 20 users");
        assertThat(count.out()).contains("Endpoints: 20");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("20 endpoints  Big");
        assertThat(send.exitCode()).as(send.err()).isZero();
        assertThat(send.out()).contains("Job 1 is done: 20 sent");
    }

    @Test
    void sixtyThousandValuesCountToo() throws IOException {
        CommandRun count = run("segment", "count", "--workspace", workspace.toString(),
                "--definition", tiers("huge.json", 60_000, "Silver").toString());

        assertThat(count.exitCode()).as(count.err()).isZero();
        assertThat(count.out()).contains("Endpoints: 20");
    }

    @Test
    void aDefinitionPastPinpointsLimitsIsRefusedInWordsAndNothingIsSaved() throws IOException {
        String manyDimensions = IntStream.range(0, 101)
                .mapToObj(index -> "\"Tier%d\": {\"Values\": [\"Gold\"]}".formatted(index)).collect(Collectors.joining(", "));
        Path tooMany = Files.writeString(folder.resolve("many.json"),
                "{\"Dimensions\": {\"UserAttributes\": {" + manyDimensions + "}}}");
        Path tooLarge = tiers("large.json", 800_000, "Gold");

        CommandRun many = run("segment", "create", "--workspace", workspace.toString(), "--name", "Many",
                "--definition", tooMany.toString());
        CommandRun large = run("segment", "create", "--workspace", workspace.toString(), "--name", "Large",
                "--definition", tooLarge.toString());

        assertThat(many.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(many.err()).isEqualTo("tidings: many.json: The segment has 101 criteria; Pinpoint allows at most 100 "
                + "dimensions in a segment." + System.lineSeparator());
        assertThat(large.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(large.err()).startsWith("tidings: large.json is ").contains("Pinpoint takes segment definitions of at most 7 MB");
        assertThat(run("segment", "list", "--workspace", workspace.toString()).out()).startsWith("No segments yet.");
    }

    @Test
    void aStoredDefinitionTidingsCannotUseIsListedWithItsProblemAndTheRestStillWork() throws IOException {
        assertThat(run("segment", "create", "--workspace", workspace.toString(), "--name", "Gold",
                "--definition", tiers("gold.json", 0, "Gold").toString()).exitCode()).isZero();
        storeDefinition("Broken", "{\"SegmentGroups\": {\"Groups\": [{\"Dimensions\": [{\"UserAttributes\": "
                + "{\"Tier\": {\"Values\": \"Gold\"}}}]}]}}");

        CommandRun list = run("segment", "list", "--workspace", workspace.toString());
        CommandRun count = run("segment", "count", "--workspace", workspace.toString(), "--name", "Broken");
        CommandRun send = run("send", "--workspace", workspace.toString(), "--template", "Hello", "--segment", "Broken");
        CommandRun info = run("workspace", "info", workspace.toString());

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("20 endpoints  Gold")
                .contains("cannot be counted  Broken: its saved criteria cannot be read (the segment JSON has a problem at "
                        + "Groups[0].Dimensions[0].UserAttributes.Tier.Values: expected a list");
        assertThat(count.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(count.err()).startsWith("tidings: The segment \"Broken\" cannot be used: its saved criteria cannot be "
                + "read (the segment JSON has a problem at ");
        assertThat(send.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(send.err()).startsWith("tidings: The segment \"Broken\" cannot be used");
        assertThat(info.exitCode()).isZero();
    }

    @Test
    void deleteRemovesASegmentUnlessAnotherStartsFromIt() throws IOException {
        run("segment", "create", "--workspace", workspace.toString(), "--name", "Gold",
                "--definition", tiers("gold.json", 0, "Gold").toString());
        Path fromGold = Files.writeString(folder.resolve("from-gold.json"),
                "{\"SegmentGroups\": {\"Groups\": [{\"SourceSegments\": [{\"Id\": \"1\"}]}]}}");
        run("segment", "create", "--workspace", workspace.toString(), "--name", "From gold", "--definition", fromGold.toString());

        CommandRun refused = run("segment", "delete", "--workspace", workspace.toString(), "--name", "Gold");
        CommandRun first = run("segment", "delete", "--workspace", workspace.toString(), "--name", "From gold");
        CommandRun then = run("segment", "delete", "--workspace", workspace.toString(), "--name", "Gold");
        CommandRun missing = run("segment", "delete", "--workspace", workspace.toString(), "--name", "Gold");

        assertThat(refused.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(refused.err()).isEqualTo("tidings: \"Gold\" cannot be deleted: the segment \"From gold\" start from it."
                + System.lineSeparator());
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEqualTo("Deleted segment \"From gold\"" + System.lineSeparator());
        assertThat(then.exitCode()).isZero();
        assertThat(missing.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(missing.err()).contains("There is no segment called \"Gold\".");
        assertThat(run("segment", "list", "--workspace", workspace.toString()).out()).startsWith("No segments yet.");
    }

    /** A definition as an older Tidings, or another program, may have left it in the file. */
    private void storeDefinition(String name, String json) {
        try (Database database = Database.open(workspace)) {
            database.write(connection -> {
                try (var insert = connection.prepareStatement("INSERT INTO segment (name, type, definition, created_at, "
                        + "updated_at) VALUES (?, 'DYNAMIC', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")) {
                    insert.setString(1, name);
                    insert.setString(2, json);
                    insert.executeUpdate();
                }
                return null;
            });
        }
    }
}
