package io.tidings.segment;

import java.util.Optional;

/** Finds the segments a group starts from, by the id a definition names them with. */
interface SegmentSources {

    /** A segment used as a source: imported (a stored list of endpoints) or dynamic (a definition). */
    sealed interface Source {
        record Imported(long segmentId) implements Source {
        }

        record Dynamic(String id, SegmentDefinition definition) implements Source {
        }
    }

    Optional<Source> find(String id, Integer version);

    /** No source segments at all; for definitions that name none. */
    SegmentSources NONE = (id, version) -> Optional.empty();
}
