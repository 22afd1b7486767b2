package io.tidings.audience.ui;

import io.tidings.audience.AudienceService;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.FieldProblem;
import io.tidings.audience.InvalidEndpointException;
import io.tidings.audience.OptOut;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An endpoint being added in the editor, not saved yet: a new person's first endpoint, or another
 * endpoint, perhaps for a user already in the audience.
 *
 * @param userId the user the endpoint is for, or null
 * @param id the new endpoint's id, chosen now so that it stays the same however often Save is tried
 */
public record NewEndpoint(Kind kind, String userId, String id) {

    /** What the marketer asked to add. */
    public enum Kind {
        PERSON("the new person"), ENDPOINT("the new endpoint");

        private final String editedName;

        Kind(String editedName) {
            this.editedName = editedName;
        }

        String editedName() {
            return editedName;
        }
    }

    static NewEndpoint of(Kind kind, String userId) {
        return new NewEndpoint(kind, userId, UUID.randomUUID().toString());
    }

    /** The empty endpoint the form starts from: email, active, the user if one was given. */
    Endpoint blank() {
        Instant now = Instant.now();
        return new Endpoint(id, ChannelType.EMAIL, null, EndpointStatus.ACTIVE, OptOut.NONE, now, now,
                Endpoint.cohortOf(id), Map.of(), Map.of(), null, null, new EndpointUser(userId, Map.of()));
    }

    /**
     * Adds the written endpoint to the audience, or refuses it naming every field at fault: Pinpoint's rules (an
     * address that fits the channel), and for a new person, a user id, since the person is their user id.
     */
    Endpoint add(Endpoint written, AudienceService audience) {
        List<FieldProblem> problems = new ArrayList<>(audience.problemsOf(written));
        if (kind == Kind.PERSON && written.user().userId() == null) {
            problems.add(new FieldProblem("User.UserId",
                    "a new person needs a user id: the id your other systems know them by"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEndpointException(problems);
        }
        return audience.addEndpoint(written);
    }
}
