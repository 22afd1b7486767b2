package io.tidings.audience;

import java.util.List;

/**
 * One row of an import file, read and checked on its own.
 *
 * @param line the file line where the row starts
 * @param endpoint the fields the row gives; absent fields are null (cohort id -1) and absent
 *     attributes are missing from the maps
 * @param problems what is wrong with the row by itself; empty when it can go on to be written
 * @param original the row as the file gave it, for the rejected rows file; null when the import
 *     keeps none
 */
record ImportedRow(long line, Endpoint endpoint, List<FieldProblem> problems, OriginalRow original) {

    /** A row that names only a user id: it selects that user's endpoints without changing them. */
    boolean selectsUser() {
        Endpoint values = endpoint;
        return values.user().userId() != null && values.id() == null && values.channelType() == null
                && values.address() == null && values.endpointStatus() == null && values.optOut() == null
                && values.effectiveDate() == null && values.creationDate() == null && values.cohortId() < 0
                && values.attributes().isEmpty() && values.metrics().isEmpty()
                && values.user().userAttributes().isEmpty()
                && values.demographic().equals(EndpointDemographic.EMPTY)
                && values.location().equals(EndpointLocation.EMPTY);
    }
}
