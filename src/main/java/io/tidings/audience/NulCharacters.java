package io.tidings.audience;

import java.util.List;
import java.util.Map;

/**
 * Refuses the NUL character (U+0000) anywhere in an endpoint's text, naming the field. SQLite's text functions stop
 * at it (a CSV export counted no values in a cell holding one and left the whole column out), and so do many
 * programs that read the files Tidings writes.
 */
final class NulCharacters {

    private static final String WHY = "the NUL character (\\u0000), which Tidings cannot store";

    private NulCharacters() {
    }

    static void check(Endpoint endpoint, List<FieldProblem> problems) {
        field("Id", endpoint.id(), problems);
        field("Address", endpoint.address(), problems);
        field("User.UserId", endpoint.user().userId(), problems);
        EndpointDemographic demographic = endpoint.demographic();
        field("Demographic.AppVersion", demographic.appVersion(), problems);
        field("Demographic.Locale", demographic.locale(), problems);
        field("Demographic.Make", demographic.make(), problems);
        field("Demographic.Model", demographic.model(), problems);
        field("Demographic.ModelVersion", demographic.modelVersion(), problems);
        field("Demographic.Platform", demographic.platform(), problems);
        field("Demographic.PlatformVersion", demographic.platformVersion(), problems);
        field("Demographic.Timezone", demographic.timezone(), problems);
        EndpointLocation location = endpoint.location();
        field("Location.City", location.city(), problems);
        field("Location.Country", location.country(), problems);
        field("Location.PostalCode", location.postalCode(), problems);
        field("Location.Region", location.region(), problems);
        attributes(FieldPath.ATTRIBUTES, endpoint.attributes(), problems);
        attributes(FieldPath.USER_ATTRIBUTES, endpoint.user().userAttributes(), problems);
        endpoint.metrics().keySet().forEach(name -> name(FieldPath.METRICS, name, problems));
    }

    private static void attributes(String prefix, Map<String, List<String>> attributes, List<FieldProblem> problems) {
        for (var attribute : attributes.entrySet()) {
            name(prefix, attribute.getKey(), problems);
            if (attribute.getValue().stream().anyMatch(NulCharacters::holdsNul)) {
                problems.add(new FieldProblem(prefix + attribute.getKey(), "a value holds " + WHY));
            }
        }
    }

    private static void name(String prefix, String name, List<FieldProblem> problems) {
        if (holdsNul(name)) {
            problems.add(new FieldProblem(prefix + name, "the name holds " + WHY));
        }
    }

    private static void field(String field, String value, List<FieldProblem> problems) {
        if (holdsNul(value)) {
            problems.add(new FieldProblem(field, "holds " + WHY));
        }
    }

    private static boolean holdsNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }
}
