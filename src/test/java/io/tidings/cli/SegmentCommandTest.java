package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {

    @TempDir
    Path folder;

    private Path workspace;
    private Path definition;

    @BeforeEach
    void sampleWorkspaceAndDefinition() throws Exception {
        workspace = folder.resolve("sample.tidings");
        assertThat(CommandRun.of(folder, "workspace", "create", workspace.toString(), "--sample").exitCode()).isZero();
        definition = Files.writeString(folder.resolve("gold.json"), """
                {"Name": "Gold members", "Dimensions": {"UserAttributes": {"LoyaltyTier": {"AttributeType": "INCLUSIVE", "Values": ["Gold"]}}}}
                """);
    }

    @Test
    void countsADefinitionFileAndASavedSegmentTheSame() {
        CommandRun fromFile = CommandRun.of(folder, "segment", "count", "--workspace", workspace.toString(),
                "--definition", definition.toString());
        CommandRun create = CommandRun.of(folder, "segment", "create", "--workspace", workspace.toString(),
                "--name", "Gold", "--definition", definition.toString());
        CommandRun byName = CommandRun.of(folder, "segment", "count", "--workspace", workspace.toString(), "--name", "Gold");
        CommandRun list = CommandRun.of(folder, "segment", "list", "--workspace", workspace.toString());

        assertThat(fromFile.exitCode()).isZero();
        assertThat(fromFile.out()).containsPattern("Endpoints: +[1-9][0-9,]*\\RUsers: +[1-9][0-9,]*");
        assertThat(create.exitCode()).isZero();
        assertThat(create.out()).startsWith("Created segment \"Gold\" (id 3)");
        assertThat(byName.out()).isEqualTo(fromFile.out());
        assertThat(list.out()).as("the sample's own segments, then the new one")
                .contains("North America", "Runners who came back", "DYNAMIC", "Gold");
    }

    @Test
    void aBadDefinitionSaysWhereAndFails() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.json"), """
                {"SegmentGroups": {"Groups": [{"Dimensions": [{"Location": {"Country": {"DimensionType": "MAYBE", "Values": ["US"]}}}]}]}}
                """);

        CommandRun count = CommandRun.of(folder, "segment", "count", "--workspace", workspace.toString(), "--definition", bad.toString());

        assertThat(count.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(count.err()).contains("Groups[0].Dimensions[0].Location.Country.DimensionType", "\"MAYBE\" is not an accepted value");
        assertThat(CommandRun.of(folder, "segment", "count", "--workspace", workspace.toString(), "--name", "Nope").err())
                .contains("There is no segment called \"Nope\".");
    }

    @Test
    void aValueWhereAListBelongsNamesTheFileThePathAndWhatBelongsThere() throws Exception {
        Path bad = Files.writeString(folder.resolve("tier.json"), """
                {"Dimensions": {"Attributes": {"Tier": {"AttributeType": "INCLUSIVE", "Values": "Gold"}}}}
                """);

        CommandRun count = CommandRun.of(folder, "segment", "count", "--workspace", workspace.toString(), "--definition", bad.toString());

        assertThat(count.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(count.err()).isEqualTo("tidings: tier.json: The segment JSON has a problem at Attributes.Tier.Values: "
                + "expected a list, such as [\"a\", \"b\"], not text" + System.lineSeparator());
    }
}
