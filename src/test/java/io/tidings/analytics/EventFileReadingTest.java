package io.tidings.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file is read and parsed a few thousand lines ahead of the writer: bad lines far into it are still reported at
 * their own line, and a file that breaks off part-way is refused in words with nothing kept.
 */
class EventFileReadingTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;

    @BeforeEach
    void open() {
        workspace = new Wiring(Wiring.Host.COMMAND_LINE).create(folder.resolve("reading.tidings"), "Reading");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static String lines(int count, int... bad) {
        StringBuilder text = new StringBuilder();
        for (int line = 1; line <= count; line++) {
            int number = line;
            boolean isBad = Arrays.stream(bad).anyMatch(wrong -> wrong == number);
            text.append(isBad ? "{\"event_type\":\"_email.open\",\"event_timestamp\":\"soon\"}"
                    : "{\"event_type\":\"_email.open\",\"event_timestamp\":%d,\"client\":{\"client_id\":\"e%d\"}}"
                            .formatted(1714521600000L + line, line % 100)).append('\n');
        }
        return text.toString();
    }

    private long events() {
        return workspace.workspace().database().read(connection -> {
            try (var rows = connection.prepareStatement("SELECT count(*) FROM event").executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1L;
            }
        });
    }

    @Test
    void badLinesFarIntoTheFileAreReportedAtTheirOwnLines() throws IOException {
        Path file = folder.resolve("opens.ndjson");
        Files.writeString(file, lines(5_000, 1_500, 4_999));

        EventImportResult skipped = workspace.eventImport().run(file, true);

        assertThat(skipped.imported()).isEqualTo(4_998);
        assertThat(skipped.rejections()).extracting(RejectedEvent::line).containsExactly(1_500L, 4_999L);

        EventImportResult stopped = workspace.eventImport().run(file, false);

        assertThat(stopped.stoppedAtLine()).isEqualTo(1_500);
        assertThat(events()).as("the stopped import kept nothing; the skipping one kept its lines").isEqualTo(4_998);
    }

    @Test
    void aCompressedFileThatBreaksOffPartWayIsRefusedInWordsAndNothingIsKept() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(lines(20_000).getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = compressed.toByteArray();
        Path file = folder.resolve("opens.ndjson.gz");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> workspace.eventImport().run(file, false)).isInstanceOf(EventFileException.class)
                .hasMessageStartingWith("Could not read opens.ndjson.gz: ");
        assertThat(events()).isZero();
    }
}
