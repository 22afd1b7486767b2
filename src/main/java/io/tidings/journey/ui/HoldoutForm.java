package io.tidings.journey.ui;

import io.tidings.journey.Holdout;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** A holdout: the percentage of participants who leave the journey here, to compare against. */
final class HoldoutForm extends VBox {

    HoldoutForm(ActivityPropertiesViewModel viewModel, Holdout holdout) {
        super(10);
        TextField field = PropertyForm.committing(new TextField(), "journey-holdout",
                holdout.percentage() == 0 ? "" : String.valueOf(holdout.percentage()),
                text -> viewModel.updateConfig("holdout", config -> {
                    Integer percentage = PropertyForm.wholeNumber(text, "a percentage from 1 to 100");
                    return new Holdout(percentage == null ? 0 : percentage);
                }));
        field.setPromptText("10");
        getChildren().addAll(PropertyForm.field("Percentage held out", field, viewModel, "holdout"),
                PropertyForm.help("These participants leave here and are sent nothing more, so that what the "
                        + "others were sent can be compared with doing nothing."));
    }
}
