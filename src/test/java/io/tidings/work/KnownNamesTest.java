package io.tidings.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name not found is answered with the names there are: all of a few, five and a count of many. */
class KnownNamesTest {

    @Test
    void theNamesThereAreFollowTheOneNotFound() {
        assertThat(KnownNames.notFound("segment", "Lapsed", List.of()))
                .isEqualTo("There is no segment called \"Lapsed\". The workspace has no segments yet.");
        assertThat(KnownNames.notFound("segment", "Lapsed", List.of("Gold")))
                .isEqualTo("There is no segment called \"Lapsed\". The only segment is \"Gold\".");
        assertThat(KnownNames.notFound("template", "Sale", List.of("Welcome", "Receipt", "Reminder")))
                .isEqualTo("There is no template called \"Sale\". The templates are \"Welcome\", \"Receipt\" and "
                        + "\"Reminder\".");
        assertThat(KnownNames.notFound("segment", "X", List.of("A", "B", "C", "D", "E", "F", "G")))
                .isEqualTo("There is no segment called \"X\". The segments are \"A\", \"B\", \"C\", \"D\", \"E\" "
                        + "and 2 more.");
    }
}
