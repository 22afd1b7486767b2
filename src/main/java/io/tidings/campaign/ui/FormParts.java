package io.tidings.campaign.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Pieces the editor's steps share: a field with its label, hint and the problem that names it. */
final class FormParts {

    private FormParts() {
    }

    /** The problems of {@code field}, in a danger-coloured label that takes no room while there are none. */
    static Label problem(ObservableList<FieldProblem> problems, String field) {
        Label label = new Label();
        label.setId("campaign-problem-" + field);
        label.setWrapText(true);
        label.getStyleClass().add("field-problem");
        label.textProperty().bind(Bindings.createStringBinding(() -> String.join(" ", problems.stream()
                .filter(problem -> problem.field().equals(field)).map(FieldProblem::message).toList()), problems));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A label above {@code input}, an optional hint below it, and the field's problem. */
    static VBox field(String caption, Node input, String hint, Label problem) {
        if (input instanceof javafx.scene.control.TextField || input instanceof javafx.scene.layout.HBox) {
            // a short value does not need the page's width
            ((javafx.scene.layout.Region) input).setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        label.setLabelFor(input);
        VBox box = new VBox(4, label, input);
        if (hint != null) {
            box.getChildren().add(hint(hint));
        }
        if (problem != null) {
            box.getChildren().add(problem);
        }
        return box;
    }

    static Label hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return hint;
    }

    static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.TITLE_4);
        return heading;
    }
}
