package io.tidings.segment.ui;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a criterion's path in a definition into words: "Group 1, criterion 2 (Country)". */
final class CriterionLabels {

    private static final Pattern PATH = Pattern.compile("Groups\\[(\\d+)]\\.Dimensions\\[(\\d+)]\\.(.+)");

    private CriterionLabels() {
    }

    static String describe(String path, List<GroupDraft> groups) {
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            return path;
        }
        int group = Integer.parseInt(matcher.group(1));
        int criterion = Integer.parseInt(matcher.group(2));
        String field = matcher.group(3);
        if (group < groups.size() && criterion < groups.get(group).criteria().size()) {
            CriterionDraft draft = groups.get(group).criteria().get(criterion);
            if (draft.fieldProperty().get() != null && draft.operatorProperty().get() != null) {
                field = FieldNames.words(draft.fieldProperty().get()) + " " + draft.operatorProperty().get().label();
            }
        }
        return (groups.size() > 1 ? "Group " + (group + 1) + ", " : "") + field;
    }
}
