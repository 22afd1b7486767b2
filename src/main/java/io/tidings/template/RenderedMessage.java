package io.tidings.template;

import java.util.List;
import java.util.Map;

/**
 * A template rendered for one endpoint (or for its defaults): each part by its field path, in
 * the type's field order, and the problems met on the way. A part that failed to render is
 * absent and has an error in {@code problems}.
 *
 * @param textPartDerived for email, whether the text part was derived from the HTML part
 */
public record RenderedMessage(TemplateType type, Map<String, String> parts, List<TemplateProblem> problems,
        boolean textPartDerived) {

    public RenderedMessage {
        parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
        problems = List.copyOf(problems);
    }

    public String part(String path) {
        return parts.getOrDefault(path, "");
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(problem -> problem.severity() == TemplateProblem.Severity.ERROR);
    }
}
