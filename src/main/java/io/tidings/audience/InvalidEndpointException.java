package io.tidings.audience;

import java.util.List;
import java.util.stream.Collectors;

/** An endpoint that breaks Pinpoint's rules; the message names every field at fault. */
public final class InvalidEndpointException extends IllegalArgumentException {

    private final List<FieldProblem> problems;

    public InvalidEndpointException(List<FieldProblem> problems) {
        super(problems.stream().map(problem -> problem.field() + ": " + problem.reason())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
