package io.tidings.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Doubtful things in a template that still renders: custom variables that no endpoint of the
 * workspace has and that have no default (they would render as nothing for everyone), and a
 * promotional email without an unsubscribe link.
 */
public final class TemplateLint {

    private static final Pattern TAG = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern CUSTOM_PATH =
            Pattern.compile("(?<![\\w.])((?:Attributes|User\\.UserAttributes|Metrics)\\.[\\w-]+)");
    private static final Pattern SES_PLACEHOLDER = Pattern.compile("(?<![\\w.])(amazonSES\\w*)");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("unsubscribe|opt[ -]?out|optout|preferences",
            Pattern.CASE_INSENSITIVE);

    /** @param knownFieldPaths what {@link PreviewEndpoints#knownFieldPaths()} returned */
    public List<TemplateProblem> check(TemplateContent content, Set<String> knownFieldPaths) {
        List<TemplateProblem> problems = new ArrayList<>();
        Map<String, String> defaults;
        try {
            defaults = content.defaults();
        } catch (IllegalArgumentException e) {
            problems.add(TemplateProblem.error("Default values", 0, 0, e.getMessage()));
            defaults = Map.of();
        }
        for (TemplateField field : TemplateFields.of(content.type())) {
            String source = content.field(field.path());
            if (!field.personalised() || source.isEmpty()) {
                continue;
            }
            for (String placeholder : sesPlaceholdersIn(source)) {
                if (!placeholder.equals(MessageVariables.SES_UNSUBSCRIBE_URL)) {
                    problems.add(TemplateProblem.warning(field.label(), "{{" + placeholder + "}} is an Amazon SES "
                            + "placeholder that Tidings does not fill, so it renders as nothing; {{"
                            + MessageVariables.SES_UNSUBSCRIBE_URL + "}} is the one it fills, with the unsubscribe link."));
                }
            }
            for (String variable : variablesIn(source)) {
                if (!knownFieldPaths.contains(variable) && !defaults.containsKey(variable)) {
                    problems.add(TemplateProblem.warning(field.label(), "{{" + variable + "}}: no endpoint in this "
                            + "workspace has it and the template has no default, so it renders as nothing."));
                }
            }
        }
        if (content.type() == TemplateType.EMAIL && !"TRANSACTIONAL".equals(content.field(TemplateFields.MESSAGE_TYPE))
                && !hasUnsubscribeLink(content.field(TemplateFields.HTML_PART))) {
            problems.add(TemplateProblem.warning("HTML part", "a promotional email needs an unsubscribe link "
                    + "(a link whose text or address says unsubscribe, for example href=\"{{UnsubscribeUrl}}\")."));
        }
        return problems;
    }

    /** The custom variables a part uses, without list indexes: {@code Attributes.Interests.[0]} is {@code Attributes.Interests}. */
    static Set<String> variablesIn(String source) {
        return namesInTags(source, CUSTOM_PATH);
    }

    private static Set<String> sesPlaceholdersIn(String source) {
        return namesInTags(source, SES_PLACEHOLDER);
    }

    /** What {@code name}'s first group matches inside the part's {{tags}}, outside quoted text. */
    private static Set<String> namesInTags(String source, Pattern name) {
        Set<String> names = new LinkedHashSet<>();
        Matcher tag = TAG.matcher(source);
        while (tag.find()) {
            Matcher found = name.matcher(QUOTED.matcher(tag.group(1)).replaceAll(" "));
            while (found.find()) {
                names.add(found.group(1));
            }
        }
        return names;
    }

    private static boolean hasUnsubscribeLink(String html) {
        return Jsoup.parse(html).select("a").stream().anyMatch(link ->
                UNSUBSCRIBE.matcher(link.attr("href")).find() || UNSUBSCRIBE.matcher(link.text()).find());
    }
}
