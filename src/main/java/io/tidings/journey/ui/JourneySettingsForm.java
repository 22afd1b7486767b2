package io.tidings.journey.ui;

import io.tidings.delivery.QuietTime;
import io.tidings.journey.EventDimensions;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyLimits;
import io.tidings.journey.JourneySchedule;
import io.tidings.journey.JourneySettings;
import io.tidings.journey.ui.ActivityPropertiesViewModel.Subject;
import io.tidings.segment.Segment;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** With nothing selected: how participants enter (a segment or an event, and again), and the journey's settings. */
final class JourneySettingsForm extends VBox {

    /** How participants enter, in the marketer's words. */
    enum EntryKind {
        SEGMENT("Members of a segment"),
        EVENT("Whoever sends an event");

        private final String words;

        EntryKind(String words) {
            this.words = words;
        }
    }

    private final ActivityPropertiesViewModel viewModel;
    private final TimeWords words;

    JourneySettingsForm(ActivityPropertiesViewModel viewModel, Subject subject) {
        super(10);
        this.viewModel = viewModel;
        this.words = viewModel.timeWords();
        entry(subject.entry());
        settings(subject.settings());
    }

    private void entry(JourneyEntry entry) {
        getChildren().add(PropertyForm.section("Entry"));
        EntryKind kind = entry instanceof JourneyEntry.OnEvent ? EntryKind.EVENT
                : entry instanceof JourneyEntry.FromSegment ? EntryKind.SEGMENT : null;
        getChildren().add(PropertyForm.field("Who enters", PropertyForm.choice("journey-entry-kind",
                List.of(EntryKind.values()), kind, chosen -> chosen.words, "Choose how participants enter",
                chosen -> {
                    if (chosen != kind) {
                        viewModel.updateEntry("entry", old -> chosen == EntryKind.SEGMENT
                                ? new JourneyEntry.FromSegment(firstSegment(), old == null ? null : old.description())
                                : new JourneyEntry.OnEvent("ENDPOINT", EventDimensions.ofEventTypes(), null,
                                        old == null ? null : old.description()));
                        viewModel.rebuild();
                    }
                }), viewModel, "entry"));
        if (entry instanceof JourneyEntry.FromSegment fromSegment) {
            getChildren().add(segmentPicker("journey-entry-segment", "Segment", fromSegment.segmentId(),
                    picked -> new JourneyEntry.FromSegment(picked.id(), fromSegment.description())));
            Label count = new Label();
            count.setId("journey-entry-segment-count");
            count.getStyleClass().add("journey-count");
        count.setWrapText(true);
            count.textProperty().bind(viewModel.segmentCountProperty());
            getChildren().add(count);
            viewModel.countSegment(fromSegment.segmentId());
        } else if (entry instanceof JourneyEntry.OnEvent onEvent) {
            List<String> types = onEvent.dimensions().eventTypes();
            TextField type = PropertyForm.committing(new TextField(), "journey-entry-event",
                    types.isEmpty() ? "" : types.get(0), text -> viewModel.updateEntry("entry-event", old -> {
                        JourneyEntry.OnEvent now = (JourneyEntry.OnEvent) old;
                        return new JourneyEntry.OnEvent(now.filterType(), now.dimensions().withEventTypes(
                                text.isBlank() ? List.of() : List.of(text.strip())), now.segmentId(),
                                now.description());
                    }));
            type.setPromptText("purchase, signup, _email.click\u2026");
            getChildren().add(PropertyForm.field("Event type", type, viewModel, "entry-event"));
            getChildren().add(new EventFilterEditor(viewModel, onEvent));
            getChildren().add(segmentPicker("journey-entry-event-segment", "Only members of (optional)",
                    onEvent.segmentId() == null ? -1 : onEvent.segmentId(), picked -> new JourneyEntry.OnEvent(
                            onEvent.filterType(), onEvent.dimensions(), picked == null ? null : picked.id(),
                            onEvent.description())));
        }
        JourneyLimits limits = settingsOf().limits();
        getChildren().add(number("journey-reentry-cap", "Times a participant may enter (0: no limit)",
                limits.endpointReentryCap(), (old, value) -> with(old, value, Field.REENTRY)));
        TextField interval = PropertyForm.committing(new TextField(), "journey-reentry-interval",
                limits.endpointReentryInterval() == null ? "" : io.tidings.journey.IsoDurations.inWords(
                        limits.endpointReentryInterval()), text -> viewModel.updateSettings("reentry-interval",
                        settings -> settings.withLimits(limitsWithInterval(settings.limits(), text.isBlank() ? null
                                : words.duration(text)))));
        interval.setPromptText("7 days");
        getChildren().add(PropertyForm.field("Time before entering again", interval, viewModel, "reentry-interval"));
    }

    private JourneySettings settingsOf() {
        return viewModel.now().settings();
    }

    private long firstSegment() {
        return viewModel.segments().isEmpty() ? 0 : viewModel.segments().get(0).id();
    }

    private VBox segmentPicker(String id, String label, long segmentId, Function<Segment, JourneyEntry> entry) {
        Segment chosen = viewModel.segments().stream().filter(segment -> segment.id() == segmentId).findFirst()
                .orElse(null);
        String field = id.substring("journey-".length());
        ComboBox<Segment> picker = PropertyForm.choice(id, viewModel.segments(), chosen, Segment::name,
                "Choose a segment", picked -> {
                    viewModel.updateEntry(field, old -> entry.apply(picked));
                    viewModel.countSegment(picked.id());
                });
        HBox.setHgrow(picker, Priority.ALWAYS);
        HBox line = new HBox(6, picker);
        if (id.endsWith("event-segment")) {
            Button clear = new Button("Anyone");
            clear.setId(id + "-clear");
            clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            clear.setOnAction(event -> {
                viewModel.updateEntry(field, old -> entry.apply(null));
                viewModel.rebuild();
            });
            line.getChildren().add(clear);
        }
        return PropertyForm.field(label, line, viewModel, field);
    }

    private void settings(JourneySettings settings) {
        getChildren().add(PropertyForm.section("When"));
        JourneySchedule schedule = settings.schedule();
        getChildren().add(moment("journey-start", "Starts (empty: when published)", schedule.startTime() == null
                ? "" : words.moment(schedule.startTime()), (old, text) -> new JourneySchedule(instant(text),
                old.endTime(), old.timezone())));
        getChildren().add(moment("journey-end", "Ends (empty: 540 days after the start)", schedule.endTime() == null
                ? "" : words.moment(schedule.endTime()), (old, text) -> new JourneySchedule(old.startTime(),
                instant(text), old.timezone())));
        getChildren().add(moment("journey-timezone", "Time zone (empty: UTC)", schedule.timezone() == null ? ""
                : schedule.timezone().getId(), (old, text) -> new JourneySchedule(old.startTime(), old.endTime(),
                zone(text))));
        CheckBox localTime = new CheckBox("Send on each participant's local time");
        localTime.setId("journey-local-time");
        localTime.setSelected(settings.localTime());
        localTime.selectedProperty().addListener((observable, old, on) -> viewModel.updateSettings("local-time",
                now -> new JourneySettings(now.schedule(), on, now.quietTime(), now.limits(), now.refreshFrequency(),
                        now.refreshOnSegmentUpdate(), now.keptAsIs())));
        getChildren().add(PropertyForm.field("", localTime, viewModel, "local-time"));

        getChildren().add(PropertyForm.section("Quiet time"));
        QuietTime quiet = settings.quietTime();
        // Either field hands over both: quiet time is taken once it has a start and an end.
        TextField quietFrom = new TextField();
        TextField quietTo = new TextField();
        PropertyForm.committing(quietFrom, "journey-quiet-start", quiet == null ? "" : quiet.start().toString(),
                text -> quietTime(text, quietTo.getText()));
        quietFrom.setPromptText("21:00");
        PropertyForm.committing(quietTo, "journey-quiet-end", quiet == null ? "" : quiet.end().toString(),
                text -> quietTime(quietFrom.getText(), text));
        quietTo.setPromptText("08:00");
        HBox quietLine = new HBox(6, quietFrom, new Label("to"), quietTo);
        quietLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().add(PropertyForm.field("No messages arrive from", quietLine, viewModel, "quiet"));
        getChildren().add(PropertyForm.help("On the participant's clock; a message due then waits until it ends. "
                + "Leave both empty for none."));

        getChildren().add(PropertyForm.section("Limits"));
        JourneyLimits limits = settings.limits();
        getChildren().add(number("journey-daily-cap", "Messages per participant per day", limits.dailyCap(),
                (old, value) -> with(old, value, Field.DAILY)));
        getChildren().add(number("journey-total-cap", "Messages per participant from this journey", limits.totalCap(),
                (old, value) -> with(old, value, Field.TOTAL)));
        getChildren().add(number("journey-messages-per-second", "Messages per second (empty: the account's)",
                limits.messagesPerSecond(), (old, value) -> with(old, value, Field.RATE)));
    }

    private void quietTime(String start, String end) {
        viewModel.updateSettings("quiet", settings -> {
            QuietTime old = settings.quietTime();
            String from = start.strip();
            String to = end.strip();
            if (from.isBlank() && to.isBlank()) {
                return settings.withQuietTime(null);
            }
            LocalTime begins = from.isBlank() ? null : clockTime(from);
            LocalTime ends = to.isBlank() ? null : clockTime(to);
            if (begins == null || ends == null) {
                throw new IllegalArgumentException("Give quiet time a start and an end, such as 21:00 to 08:00.");
            }
            return settings.withQuietTime(QuietTime.of(begins, ends, old == null ? QuietTime.Action.HOLD
                    : old.action()));
        });
    }

    private static LocalTime clockTime(String text) {
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException notATime) {
            throw new IllegalArgumentException("\u201c" + text.strip() + "\u201d is not a time of day: type one "
                    + "such as 21:00.");
        }
    }

    private java.time.Instant instant(String text) {
        return text.isBlank() ? null : words.momentOf(text).orElseThrow(() -> new IllegalArgumentException(
                TimeWords.badMoment(text.strip())));
    }

    private static ZoneId zone(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(text.strip());
        } catch (RuntimeException unknown) {
            throw new IllegalArgumentException("\u201c" + text.strip() + "\u201d is not a time zone: type one such "
                    + "as Europe/Paris, America/New_York or UTC+09.");
        }
    }

    private VBox moment(String id, String label, String text, BiFunction<JourneySchedule, String, JourneySchedule> change) {
        String field = id.substring("journey-".length());
        TextField input = PropertyForm.committing(new TextField(), id, text, typed -> viewModel.updateSettings(field,
                settings -> settings.withSchedule(change.apply(settings.schedule(), typed))));
        input.setPromptText(id.endsWith("timezone") ? "Europe/Paris" : "1 Dec 2026 09:00");
        return PropertyForm.field(label, input, viewModel, field);
    }

    /** Which limit a number field sets. */
    private enum Field { DAILY, TOTAL, RATE, REENTRY }

    private VBox number(String id, String label, Integer value, BiFunction<JourneyLimits, Integer, JourneyLimits> with) {
        String field = id.substring("journey-".length());
        TextField input = PropertyForm.committing(new TextField(), id, value == null ? "" : value.toString(),
                text -> viewModel.updateSettings(field, settings -> settings.withLimits(with.apply(settings.limits(),
                        PropertyForm.wholeNumber(text, "a whole number, or leave it empty")))));
        input.setPrefColumnCount(6);
        return PropertyForm.field(label, input, viewModel, field);
    }

    private static JourneyLimits with(JourneyLimits old, Integer value, Field field) {
        return new JourneyLimits(field == Field.DAILY ? value : old.dailyCap(),
                field == Field.TOTAL ? value : old.totalCap(), old.timeframeCap(),
                field == Field.REENTRY ? value : old.endpointReentryCap(), old.endpointReentryInterval(),
                field == Field.RATE ? value : old.messagesPerSecond());
    }

    private static JourneyLimits limitsWithInterval(JourneyLimits old, Duration interval) {
        return new JourneyLimits(old.dailyCap(), old.totalCap(), old.timeframeCap(), old.endpointReentryCap(),
                interval, old.messagesPerSecond());
    }
}
