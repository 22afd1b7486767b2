package io.tidings.audience;

import java.util.Set;

/**
 * One line of the people list: a user and what their endpoints add up to, loaded a page at a time.
 *
 * @param firstName the first value of {@code User.UserAttributes.FirstName}, or null
 * @param lastName the first value of {@code User.UserAttributes.LastName}, or null
 * @param channels the channels of every endpoint of the user
 * @param endpoints how many endpoints the user has
 * @param optedOut how many of them are opted out of all messages
 */
public record PersonRow(String userId, String firstName, String lastName, Set<ChannelType> channels, int endpoints,
        int optedOut) {

    public PersonRow {
        channels = Set.copyOf(channels);
    }

    /** "Noah Schmidt", whichever of the two names the user has, or "" for neither. */
    public String name() {
        String first = firstName == null ? "" : firstName.strip();
        String last = lastName == null ? "" : lastName.strip();
        return (first + " " + last).strip();
    }

    public boolean allOptedOut() {
        return endpoints > 0 && optedOut == endpoints;
    }
}
