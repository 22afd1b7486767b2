package io.tidings.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds inline partials that include themselves, directly ({@code {{#*inline "r"}}…{{> r}}…{{/inline}}}) or
 * through others (r includes s, s includes r). Rendering one never ends: Handlebars.java catches this only for
 * partials loaded from files, and an inline one overflows the stack. Pinpoint's variables hold no nested data for
 * a partial to walk down, so such a circle is always a mistake. Read from the source, so a partial whose name is
 * worked out while rendering ({@code {{> (lookup …)}}}) is not seen; {@link TemplateRenderer} catches those.
 */
final class RecursivePartials {

    private static final Pattern TAG = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern DEFINITION = Pattern.compile("#\\*inline\\s+(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern CALL = Pattern.compile("#?>\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'()]+))");

    /** A circle of partials found in a part, where its first {@code {{> …}}} is (line and column from 1). */
    static final class Found extends RuntimeException {
        private final int line;
        private final int column;

        Found(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }

        TemplateProblem problem(String field) {
            return TemplateProblem.error(field, line, column, getMessage());
        }
    }

    private record Call(String partial, int offset) {
    }

    private RecursivePartials() {
    }

    /** Every personalised part of {@code content} whose inline partials include themselves, as problems. */
    static List<TemplateProblem> in(TemplateContent content) {
        List<TemplateProblem> problems = new ArrayList<>();
        for (TemplateField field : TemplateFields.of(content.type())) {
            if (field.personalised()) {
                find(content.field(field.path())).ifPresent(found -> problems.add(found.problem(field.label())));
            }
        }
        return problems;
    }

    /** The first circle of inline partials in a part's source, if there is one. */
    static Optional<Found> find(String source) {
        Map<String, List<Call>> calls = callsByPartial(source);
        for (String partial : calls.keySet()) {
            List<Call> circle = new ArrayList<>();
            if (walk(partial, partial, calls, circle, new HashSet<>())) {
                return Optional.of(found(source, partial, circle));
            }
        }
        return Optional.empty();
    }

    /** The partials each inline partial includes, in the order they appear. */
    private static Map<String, List<Call>> callsByPartial(String source) {
        Map<String, List<Call>> calls = new LinkedHashMap<>();
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(source);
        while (tag.find()) {
            String inside = tag.group(1).replaceAll("^~|~$", "").strip();
            Matcher definition = DEFINITION.matcher(inside);
            Matcher call = CALL.matcher(inside);
            if (definition.lookingAt()) {
                String name = firstGroup(definition);
                calls.computeIfAbsent(name, each -> new ArrayList<>());
                open.push(name);
            } else if (inside.startsWith("/inline")) {
                open.poll();
            } else if (call.lookingAt() && !open.isEmpty()) {
                calls.get(open.peek()).add(new Call(firstGroup(call), tag.start()));
            }
        }
        return calls;
    }

    /** Whether a path of calls leads from {@code at} back to {@code start}; the path is left in {@code path}. */
    private static boolean walk(String start, String at, Map<String, List<Call>> calls, List<Call> path,
            Set<String> seen) {
        for (Call call : calls.getOrDefault(at, List.of())) {
            path.add(call);
            if (call.partial().equals(start)
                    || calls.containsKey(call.partial()) && seen.add(call.partial())
                            && walk(start, call.partial(), calls, path, seen)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    private static Found found(String source, String partial, List<Call> circle) {
        String message;
        if (circle.size() == 1) {
            message = "the partial \"" + partial + "\" includes itself ({{> " + partial + "}}), so it would never "
                    + "finish rendering. Remove that {{> " + partial + "}}.";
        } else {
            List<String> through = circle.subList(0, circle.size() - 1).stream().map(Call::partial).toList();
            message = "the partial \"" + partial + "\" includes itself through "
                    + through.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "))
                    + " (" + partial + " > " + String.join(" > ", through) + " > " + partial
                    + "), so it would never finish rendering.";
        }
        int offset = circle.get(0).offset();
        int lineStart = source.lastIndexOf('\n', offset - 1) + 1;
        int line = 1 + (int) source.substring(0, offset).chars().filter(character -> character == '\n').count();
        return new Found(line, offset - lineStart + 1, message);
    }

    private static String firstGroup(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        return "";
    }
}
