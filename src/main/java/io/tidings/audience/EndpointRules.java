package io.tidings.audience;

import java.util.List;

/**
 * Pinpoint's limits and validations for one endpoint: name and value lengths, values per
 * attribute, valid email addresses and E.164 phone numbers. Workspace-wide limits (250 attribute
 * names, 15 endpoints per user) are checked where the endpoint is written.
 */
public final class EndpointRules {

    private final String defaultRegion;

    /** @param defaultRegion the region for phone numbers written without + and a country code */
    public EndpointRules(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /**
     * Returns the endpoint as it would be stored (the phone number normalised to E.164, names
     * and values trimmed), or throws {@link InvalidEndpointException} listing every problem.
     */
    public Endpoint check(Endpoint endpoint) {
        throw new UnsupportedOperationException("Not written yet: " + defaultRegion);
    }

    /** Every problem of the endpoint; empty when it can be stored. */
    public List<FieldProblem> problems(Endpoint endpoint) {
        throw new UnsupportedOperationException("Not written yet");
    }
}
