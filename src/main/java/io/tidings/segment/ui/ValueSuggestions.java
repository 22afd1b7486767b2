package io.tidings.segment.ui;

import io.tidings.segment.SegmentField;
import io.tidings.segment.UnknownValue;
import io.tidings.segment.ValueCount;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.ValueList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The values one criterion's value box suggests as the marketer types (values the data has that hold what is being
 * typed, with how many endpoints have each) and the values it names that no endpoint has ("did you mean US?"). Reads
 * run in the background; a newer keystroke supersedes an older read, whose late result is dropped. FX thread only.
 */
final class ValueSuggestions {

    static final int SHOWN = 8;

    private final BuilderChoices choices;
    private final ObservableList<ValueCount> suggested = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper unknown = new ReadOnlyStringWrapper(this, "unknown");
    private long generation;
    /** The box's text as the last pick left it: nothing is being typed then, so every other value is suggested. */
    private String afterPick;
    private BackgroundWork.Cancellable suggesting;

    ValueSuggestions(BuilderChoices choices) {
        this.choices = choices;
    }

    /** Values to pick, most common first; none already in the box. */
    ObservableList<ValueCount> suggested() {
        return suggested;
    }

    /** "no endpoint has "Untied States"; did you mean US?", or null when every value is in the data. */
    ReadOnlyStringProperty unknownProperty() {
        return unknown.getReadOnlyProperty();
    }

    /** The box now reads {@code text}: suggest for what is being typed (after the last comma), check the rest. */
    void typed(SegmentField field, String text) {
        long current = ++generation;
        cancel();
        if (field == null) {
            suggested.clear();
            unknown.set(null);
            return;
        }
        List<String> chosen = values(text);
        String partial = text != null && text.equals(afterPick) ? "" : partOfValueBeingTyped(text);
        suggesting = choices.suggest(field, partial, chosen, SHOWN + chosen.size(), found -> {
            if (current != generation) {
                return;
            }
            suggested.setAll(found.values().stream().filter(value -> !chosen.contains(value.value()))
                    .limit(SHOWN).toList());
            // The value being typed is not flagged while a value in the data still starts with it: "U" on the way to "US".
            List<UnknownValue> flagged = found.unknown().stream()
                    .filter(value -> !(value.value().equals(partial) && found.values().stream().anyMatch(known ->
                            known.value().toLowerCase(Locale.ROOT).startsWith(partial.toLowerCase(Locale.ROOT)))))
                    .toList();
            unknown.set(flagged.isEmpty() ? null
                    : flagged.stream().map(UnknownValue::sentence).collect(Collectors.joining("; ")));
        });
    }

    /** The box's text with {@code picked} in place of the value being typed: the typed part leaves, the value stays. */
    String choose(String text, String picked) {
        String before = text == null ? "" : text.substring(0, text.lastIndexOf(',') + 1);
        List<String> kept = new ArrayList<>(values(before));
        if (!kept.contains(picked)) {
            kept.add(picked);
        }
        afterPick = ValueList.format(kept);
        return afterPick;
    }

    /** Stops the reads under way: the box lost its criterion or its field. */
    void cancel() {
        if (suggesting != null) {
            suggesting.cancel();
        }
    }

    private static String partOfValueBeingTyped(String text) {
        return text == null ? "" : text.substring(text.lastIndexOf(',') + 1).strip();
    }

    private static List<String> values(String text) {
        try {
            return text == null ? List.of() : ValueList.parse(text);
        } catch (IllegalArgumentException notYetAList) {
            return List.of();
        }
    }
}
