package io.tidings.journey.ui;

import io.tidings.journey.WaitActivity;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** A wait: how long, or until when, in words ("3 days", "until 1 Dec 2026 09:00"). */
final class WaitForm extends VBox {

    WaitForm(ActivityPropertiesViewModel viewModel, WaitActivity wait) {
        super(10);
        TimeWords words = viewModel.timeWords();
        TextField field = PropertyForm.committing(new TextField(), "journey-wait", words.words(wait.waitTime()),
                text -> viewModel.updateConfig("wait", config -> new WaitActivity(words.wait(text).orElse(null))));
        field.setPromptText("3 days, or until 1 Dec 2026 09:00");
        getChildren().addAll(PropertyForm.field("Wait", field, viewModel, "wait"),
                PropertyForm.help("A length of time (3 days, 1 day 12 hours, 2 weeks) or a moment (until 1 Dec "
                        + "2026 09:00, on the journey's time zone)."));
    }
}
