package io.tidings.audience;

import java.util.List;

/**
 * What became of one {@link EndpointUpdate}: the endpoint was created or updated; it was left alone because it is
 * not in the audience and the update gives neither a channel type nor an address (an app's endpoint with only
 * events, such as one without a push token yet); or it was refused, each problem naming its field
 * ({@code Location.Latitude}), and nothing of it was written.
 */
public record EndpointUpdateOutcome(Result result, List<FieldProblem> problems) {

    public enum Result { CREATED, UPDATED, NOT_IN_AUDIENCE, REFUSED }

    public EndpointUpdateOutcome {
        problems = List.copyOf(problems);
    }

    static EndpointUpdateOutcome of(Result result) {
        return new EndpointUpdateOutcome(result, List.of());
    }

    public boolean stored() {
        return result == Result.CREATED || result == Result.UPDATED;
    }
}
