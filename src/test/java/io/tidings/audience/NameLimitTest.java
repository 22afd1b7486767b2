package io.tidings.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameLimitTest {

    private static final String LIMIT = "Pinpoint allows at most 250 across Attributes, User.UserAttributes and Metrics";

    @Test
    void namesTheFirstNameOverTheLimitAndHowManyTheFileAdds() {
        FieldProblem problem = NameLimit.check(List.of("Attributes.b", "Attributes.A10", "Attributes.A2"), 248, 100);

        assertThat(problem).isEqualTo(new FieldProblem("Attributes.b",
                "the file adds 151 attribute names to the workspace's 100; " + LIMIT + "; over the limit: Attributes.b"));
    }

    @Test
    void namesThatFitAreNoProblemAndAFullWorkspaceSaysSo() {
        assertThat(NameLimit.check(List.of("Metrics.M1", "Metrics.M2"), 248, 0)).isNull();
        assertThat(NameLimit.check(List.of("Metrics.M1"), 250, 249)).isEqualTo(new FieldProblem("Metrics.M1",
                "the workspace already has 250 attribute names; " + LIMIT));
    }

    @Test
    void ordersNamesAsPeopleCount() {
        List<String> names = new java.util.ArrayList<>(List.of("A10", "a2", "A1", "B", "A02x", "A2"));
        names.sort(NameLimit::naturally);

        assertThat(names).containsExactly("A1", "A2", "a2", "A02x", "A10", "B");
    }
}
