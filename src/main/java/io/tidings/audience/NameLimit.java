package io.tidings.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pinpoint's limit of {@value EndpointRules#MAX_ATTRIBUTE_NAMES} attribute names in a workspace,
 * across Attributes, User.UserAttributes and Metrics, as a row that would go past it is told: the
 * first name over the limit, how many names the file adds, and the first few that do not fit. The
 * names are taken in natural order (A2 before A10): an endpoint keeps no order of its names, and
 * the same file must be told the same names every time.
 */
final class NameLimit {

    private static final int NAMES_LISTED = 3;

    private NameLimit() {
    }

    /**
     * The problem of a row that brings {@code newNames} to a workspace that has {@code count} names,
     * {@code before} of them from before this import; null when they fit.
     */
    static FieldProblem check(List<String> names, int count, int before) {
        List<String> newNames = new ArrayList<>(names);
        newNames.sort(NameLimit::naturally);
        int room = EndpointRules.MAX_ATTRIBUTE_NAMES - count;
        if (newNames.size() <= Math.max(room, 0)) {
            return null;
        }
        String limit = "Pinpoint allows at most " + EndpointRules.MAX_ATTRIBUTE_NAMES
                + " across Attributes, User.UserAttributes and Metrics";
        if (room <= 0) {
            return new FieldProblem(newNames.get(0), "the workspace already has " + count + " attribute names; " + limit);
        }
        List<String> over = newNames.subList(room, newNames.size());
        String listed = String.join(", ", over.subList(0, Math.min(NAMES_LISTED, over.size())));
        if (over.size() > NAMES_LISTED) {
            listed += String.format(Locale.ROOT, " and %,d more", over.size() - NAMES_LISTED);
        }
        String added = String.format(Locale.ROOT, "the file adds %,d attribute names", count - before + newNames.size());
        if (before > 0) {
            added += String.format(Locale.ROOT, " to the workspace's %,d", before);
        }
        return new FieldProblem(over.get(0), added + "; " + limit + "; over the limit: " + listed);
    }

    /** Compares names as people count: runs of digits by their value, letters regardless of case. */
    static int naturally(String first, String second) {
        int i = 0;
        int j = 0;
        while (i < first.length() && j < second.length()) {
            if (Character.isDigit(first.charAt(i)) && Character.isDigit(second.charAt(j))) {
                int digitsFrom = i;
                int otherFrom = j;
                while (i < first.length() && Character.isDigit(first.charAt(i))) {
                    i++;
                }
                while (j < second.length() && Character.isDigit(second.charAt(j))) {
                    j++;
                }
                String number = first.substring(digitsFrom, i).replaceFirst("^0+(?=.)", "");
                String other = second.substring(otherFrom, j).replaceFirst("^0+(?=.)", "");
                int order = number.length() != other.length() ? Integer.compare(number.length(), other.length())
                        : number.compareTo(other);
                if (order != 0) {
                    return order;
                }
            } else {
                int order = Character.compare(Character.toLowerCase(first.charAt(i)), Character.toLowerCase(second.charAt(j)));
                if (order != 0) {
                    return order;
                }
                i++;
                j++;
            }
        }
        int order = Integer.compare(first.length() - i, second.length() - j);
        return order != 0 ? order : first.compareTo(second);
    }
}
