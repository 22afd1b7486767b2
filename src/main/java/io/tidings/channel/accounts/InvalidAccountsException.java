package io.tidings.channel.accounts;

import java.util.List;
import java.util.stream.Collectors;

/** Channel accounts that cannot be used or saved, with every problem found. */
public final class InvalidAccountsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<AccountProblem> problems;

    public InvalidAccountsException(String source, List<AccountProblem> problems) {
        super(source + ": " + problems.stream().map(AccountProblem::describe).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<AccountProblem> problems() {
        return problems;
    }
}
