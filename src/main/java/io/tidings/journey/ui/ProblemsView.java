package io.tidings.journey.ui;

import atlantafx.base.theme.Styles;
import io.tidings.journey.Issue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The problems validation found, errors first, each with its severity; clicking one selects its activity. */
final class ProblemsView extends VBox {

    private final ListView<Issue> list = new ListView<>();
    private final Label heading = new Label("Problems");
    private JourneyDocument document;

    ProblemsView(ObservableValue<JourneyDocument> shown) {
        setId("journey-problems");
        getStyleClass().add("journey-problems");
        heading.setId("journey-problems-heading");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        list.setId("journey-problems-list");
        list.setPlaceholder(new Label("No problems found."));
        list.setCellFactory(view -> new IssueCell());
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, issue) -> select(issue));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);
        shown.addListener((observable, old, document) -> follow(document));
        follow(shown.getValue());
    }

    private void follow(JourneyDocument shown) {
        document = shown;
        if (shown == null) {
            list.setItems(FXCollections.observableArrayList());
            heading.setText("Problems");
            return;
        }
        list.setItems(shown.issues());
        shown.issues().addListener((ListChangeListener<Issue>) change -> count(shown));
        count(shown);
    }

    private void count(JourneyDocument shown) {
        if (shown != document) {
            return;
        }
        long errors = shown.issues().stream().filter(Issue::isError).count();
        long warnings = shown.issues().stream().filter(issue -> issue.severity() == Issue.Severity.WARNING).count();
        heading.setText("Problems \u00b7 " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings"));
    }

    private void select(Issue issue) {
        if (issue != null && document != null && issue.activityKey() != null
                && document.graph().has(issue.activityKey())) {
            document.selection().clear();
            document.selection().add(issue.activityKey());
        }
    }

    /** A problem: its severity as an icon and a word for screen readers, and its message. */
    private static final class IssueCell extends ListCell<Issue> {
        @Override
        protected void updateItem(Issue issue, boolean empty) {
            super.updateItem(issue, empty);
            if (empty || issue == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FontIcon icon = new FontIcon(switch (issue.severity()) {
                case ERROR -> "fth-x-circle";
                case WARNING -> "fth-alert-triangle";
                case NOTE -> "fth-info";
            });
            icon.getStyleClass().add("journey-issue-" + issue.severity().name().toLowerCase(java.util.Locale.ROOT));
            Label message = new Label(issue.message());
            message.setWrapText(false);
            HBox line = new HBox(8, icon, message);
            line.setAccessibleText(issue.severity().name().toLowerCase(java.util.Locale.ROOT) + ": "
                    + issue.message());
            setText(null);
            setGraphic(line);
        }
    }
}
