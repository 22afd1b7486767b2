package io.tidings.campaign.ui;

import java.time.ZoneId;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The editor's third step: when the campaign runs, in which time zone, and its quiet time. */
final class ScheduleStep extends VBox {

    ScheduleStep(CampaignEditorViewModel viewModel) {
        super(14);
        setId("campaign-step-schedule-page");
        CampaignDraft draft = viewModel.draft();
        var problems = viewModel.problems();

        ComboBox<ScheduleChoice> when = new ComboBox<>();
        when.setId("campaign-schedule");
        when.getItems().setAll(ScheduleChoice.values());
        when.valueProperty().bindBidirectional(draft.scheduleProperty());
        BooleanBinding timed = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> draft.scheduleProperty().get().hasStart(), draft.scheduleProperty());
        BooleanBinding ends = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> draft.scheduleProperty().get().hasEnd(), draft.scheduleProperty());
        BooleanBinding onEvent = draft.scheduleProperty().isEqualTo(ScheduleChoice.WHEN_EVENT);

        DatePicker startDate = new DatePicker();
        startDate.setId("campaign-start-date");
        startDate.valueProperty().bindBidirectional(draft.startDateProperty());
        TextField startTime = clock("campaign-start-time", draft.startTimeProperty());
        VBox start = FormParts.field("First run", new HBox(8, startDate, startTime), null,
                FormParts.problem(problems, CampaignDraft.START));
        show(start, timed);

        DatePicker endDate = new DatePicker();
        endDate.setId("campaign-end-date");
        endDate.setPromptText("No end");
        endDate.valueProperty().bindBidirectional(draft.endDateProperty());
        TextField endTime = clock("campaign-end-time", draft.endTimeProperty());
        VBox end = FormParts.field("Until (optional)", new HBox(8, endDate, endTime),
                "No run (or, for an event, no message) after this time.", FormParts.problem(problems, CampaignDraft.END));
        show(end, ends);

        ComboBox<String> zone = new ComboBox<>();
        zone.setId("campaign-timezone");
        zone.setEditable(true);
        zone.getItems().setAll(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.valueProperty().bindBidirectional(draft.timezoneProperty());
        zone.setPrefWidth(260);
        CheckBox local = new CheckBox("In each recipient's own time zone");
        local.setId("campaign-local-time");
        local.selectedProperty().bindBidirectional(draft.localTimeProperty());
        VBox zoneBox = FormParts.field("Time zone", zone, null, FormParts.problem(problems, CampaignDraft.TIMEZONE));
        VBox localBox = new VBox(4, local, FormParts.hint("Each endpoint gets the message at the start's time on its "
                + "own clock (its Demographic.Timezone). One whose time has already passed when the run begins is "
                + "skipped by that run; the review step says how many."));
        show(zoneBox, timed.or(onEvent));
        show(localBox, timed);
        VBox event = new EventTriggerFields(draft.trigger(), viewModel.eventTypeChoices(), problems);
        show(event, onEvent);

        CheckBox quiet = new CheckBox("Keep quiet between");
        quiet.setId("campaign-quiet-time");
        quiet.selectedProperty().bindBidirectional(draft.quietTimeProperty());
        TextField quietStart = clock("campaign-quiet-start", draft.quietStartProperty());
        TextField quietEnd = clock("campaign-quiet-end", draft.quietEndProperty());
        HBox quietRow = new HBox(8, quiet, quietStart, new javafx.scene.control.Label("and"), quietEnd,
                new javafx.scene.control.Label("on the recipient's clock"));
        quietRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ToggleGroup action = new ToggleGroup();
        RadioButton hold = new RadioButton("Hold them until quiet time ends (Tidings: better than Pinpoint, which "
                + "drops them)");
        hold.setId("campaign-quiet-hold");
        hold.setToggleGroup(action);
        RadioButton drop = new RadioButton("Drop them, as Pinpoint does (they count towards the total limit)");
        drop.setId("campaign-quiet-drop");
        drop.setToggleGroup(action);
        hold.setSelected(draft.holdInQuietTimeProperty().get());
        drop.setSelected(!draft.holdInQuietTimeProperty().get());
        hold.selectedProperty().addListener((observable, old, selected) -> draft.holdInQuietTimeProperty().set(selected));
        draft.holdInQuietTimeProperty().addListener((observable, old, holding) -> {
            hold.setSelected(holding);
            drop.setSelected(!holding);
        });
        VBox quietChoice = new VBox(6, FormParts.hint("Messages due in quiet time:"), hold, drop);
        quietChoice.disableProperty().bind(quiet.selectedProperty().not());
        quietStart.disableProperty().bind(quiet.selectedProperty().not());
        quietEnd.disableProperty().bind(quiet.selectedProperty().not());

        getChildren().addAll(FormParts.heading("When it runs"),
                FormParts.field("Schedule", when, null, null), event, start, end, zoneBox, localBox,
                FormParts.heading("Quiet time"), quietRow, quietChoice,
                FormParts.problem(problems, CampaignDraft.QUIET_TIME));
    }

    private static TextField clock(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText("09:00");
        field.setPrefColumnCount(5);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static void show(VBox box, BooleanBinding when) {
        box.visibleProperty().bind(when);
        box.managedProperty().bind(when);
    }
}
