package io.tidings.journey.simulation;

import io.tidings.work.FileErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Who a simulation runs over: a segment's members, a test list, or generated personas. */
public sealed interface SimulationSource {

    /** The members of the segment named (or with the id) {@code segment}, as they are now. */
    record FromSegment(String segment) implements SimulationSource {
    }

    /** Endpoint ids or addresses, one per entry; an address not in the workspace travels with no attributes. */
    record TestList(List<String> entries) implements SimulationSource {
        public TestList {
            entries = entries.stream().map(String::strip).filter(entry -> !entry.isEmpty()).distinct().toList();
        }

        /** The entries of a text file, one per line (blank lines skipped). */
        public static TestList read(Path file) {
            try {
                return new TestList(Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException unreadable) {
                throw new IllegalArgumentException("The test list cannot be read: " + FileErrors.whyUnreadable(file, unreadable) + ".", unreadable);
            }
        }
    }

    /** {@code count} personas with attribute values drawn from the workspace's. */
    record Personas(int count) implements SimulationSource {
    }
}
