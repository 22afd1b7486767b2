package io.tidings.template.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What "Insert variable" lists: every endpoint's own variables, then the fields this workspace's audience has. */
final class TemplateVariables {

    /** Pinpoint's variables every endpoint has, as a template writes them. */
    static final List<String> STANDARD = List.of("Address", "ChannelType", "User.UserId", "Location.City",
            "Location.Country", "Location.PostalCode", "Demographic.Timezone", "Demographic.Locale");

    private TemplateVariables() {
    }

    static List<String> offered(Set<String> audienceFields) {
        List<String> offered = new ArrayList<>(STANDARD);
        audienceFields.stream().sorted().filter(field -> !offered.contains(field)).forEach(offered::add);
        return offered;
    }

    /** The tag that shows a variable: {@code {{Attributes.City}}}. */
    static String tag(String variable) {
        return "{{" + variable + "}}";
    }
}
