package io.tidings.journey.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.tidings.journey.ConditionalSplit;
import io.tidings.journey.Holdout;
import io.tidings.journey.Issue;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.MultiConditionSplit;
import io.tidings.journey.RandomSplit;
import io.tidings.journey.WaitActivity;
import io.tidings.journey.ui.ActivityPropertiesViewModel.Subject;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The properties panel: the selected activity's settings, or the journey's entry and settings when nothing is
 * selected. Rebuilt when the subject changes (another selection, an undo), not while the marketer edits it.
 */
final class ActivityPropertiesView extends ScrollPane {

    private final ActivityPropertiesViewModel viewModel;
    private final VBox issues = new VBox(4);

    ActivityPropertiesView(ActivityPropertiesViewModel viewModel) {
        this.viewModel = viewModel;
        setId("journey-properties");
        setFitToWidth(true);
        getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "journey-properties");
        issues.setId("journey-properties-issues");
        viewModel.subjectIssues().addListener((ListChangeListener<Issue>) change -> showIssues());
        viewModel.subjectProperty().addListener((observable, old, subject) -> build(subject));
        build(viewModel.subjectProperty().get());
    }

    private void build(Subject subject) {
        if (subject == null) {
            setContent(null);
            return;
        }
        VBox form = new VBox(10);
        form.setPadding(new Insets(12, 14, 16, 14));
        Label title = new Label(subject.key() == null ? "Journey settings"
                : subject.activity().config().kindName() + " \u00b7 " + subject.key());
        title.setId("journey-properties-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        form.getChildren().addAll(title, issues);
        VBox fields = new VBox(10);
        fields.disableProperty().bind(viewModel.editableProperty().not());
        if (subject.key() == null) {
            fields.getChildren().add(new JourneySettingsForm(viewModel, subject));
        } else {
            TextField description = PropertyForm.committing(new TextField(), "journey-description",
                    subject.activity().description(), viewModel::describe);
            description.setPromptText("What this step is for");
            fields.getChildren().add(PropertyForm.field("Description", description, viewModel, "description"));
            fields.getChildren().add(editor(subject));
        }
        form.getChildren().add(fields);
        showIssues();
        setContent(form);
    }

    private Node editor(Subject subject) {
        var config = subject.activity().config();
        if (config instanceof MessageActivity message) {
            return new MessageForm(viewModel, message);
        } else if (config instanceof WaitActivity wait) {
            return new WaitForm(viewModel, wait);
        } else if (config instanceof ConditionalSplit split) {
            return new SplitForm(viewModel, split);
        } else if (config instanceof MultiConditionSplit split) {
            return new SplitForm(viewModel, split);
        } else if (config instanceof RandomSplit split) {
            return new RandomSplitForm(viewModel, split);
        } else if (config instanceof Holdout holdout) {
            return new HoldoutForm(viewModel, holdout);
        }
        return PropertyForm.help("A contact-center call, kept as it was imported: Tidings does not run it, and "
                + "participants go straight on.");
    }

    private void showIssues() {
        issues.getChildren().clear();
        for (Issue issue : viewModel.subjectIssues()) {
            if (issue.severity() == Issue.Severity.NOTE) {
                continue;
            }
            Label line = new Label(issue.message(), new FontIcon(issue.isError() ? "fth-x-circle"
                    : "fth-alert-triangle"));
            line.setWrapText(true);
            line.getStyleClass().add(issue.isError() ? "field-problem" : Styles.WARNING);
            issues.getChildren().add(line);
        }
        issues.setManaged(!issues.getChildren().isEmpty());
    }
}
