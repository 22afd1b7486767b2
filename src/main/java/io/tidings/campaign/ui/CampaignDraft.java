package io.tidings.campaign.ui;

import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.CampaignLimits;
import io.tidings.campaign.CampaignSchedule;
import io.tidings.campaign.InvalidCampaignException;
import io.tidings.campaign.Treatment;
import io.tidings.channel.DeliveryChannel;
import io.tidings.delivery.QuietTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A campaign as typed in the editor: every field as a property, what is wrong with each (by field, in words), the
 * default treatment's share (100 − holdout − the others), and the {@link CampaignDefinition} it makes. Needs no
 * toolkit and no service.
 */
public final class CampaignDraft {

    public static final String NAME = "name";
    public static final String SEGMENT = "segment";
    public static final String HOLDOUT = "holdout";
    public static final String SHARES = "shares";
    public static final String START = "start";
    public static final String END = "end";
    public static final String TIMEZONE = "timezone";
    public static final String QUIET_TIME = "quiet-time";
    public static final String DAILY = "daily";
    public static final String TOTAL = "total";
    public static final String PER_SECOND = "per-second";
    public static final String DURATION = "duration";

    /** The key of a treatment's share field. */
    public static String share(int treatment) {
        return "share-" + treatment;
    }

    /** The key of a treatment's template field. */
    public static String template(int treatment) {
        return "template-" + treatment;
    }

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<Long> segmentId = new SimpleObjectProperty<>(this, "segmentId");
    /** The segment version the campaign targets; null for the latest when each run starts. */
    private final ObjectProperty<Integer> segmentVersion = new SimpleObjectProperty<>(this, "segmentVersion");
    private final ObjectProperty<DeliveryChannel> channel = new SimpleObjectProperty<>(this, "channel", DeliveryChannel.EMAIL);
    private final ObservableList<TreatmentDraft> treatments = FXCollections.observableArrayList(
            treatment -> new Observable[] {treatment.nameProperty(), treatment.templateIdProperty(),
                    treatment.sizePercentProperty()});
    private final StringProperty holdoutPercent = new SimpleStringProperty(this, "holdoutPercent", "0");
    private final ObjectProperty<ScheduleChoice> schedule = new SimpleObjectProperty<>(this, "schedule", ScheduleChoice.IMMEDIATELY);
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>(this, "startDate");
    private final StringProperty startTime = new SimpleStringProperty(this, "startTime", "09:00");
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>(this, "endDate");
    private final StringProperty endTime = new SimpleStringProperty(this, "endTime", "09:00");
    private final StringProperty timezone = new SimpleStringProperty(this, "timezone", ZoneId.systemDefault().getId());
    private final BooleanProperty localTime = new SimpleBooleanProperty(this, "localTime");
    private final BooleanProperty quietTime = new SimpleBooleanProperty(this, "quietTime");
    private final StringProperty quietStart = new SimpleStringProperty(this, "quietStart", "21:00");
    private final StringProperty quietEnd = new SimpleStringProperty(this, "quietEnd", "08:00");
    private final BooleanProperty holdInQuietTime = new SimpleBooleanProperty(this, "holdInQuietTime", true);
    /** Kept with the campaign beside its definition (Pinpoint's campaign has no such field). */
    private final BooleanProperty trackOpensAndClicks = new SimpleBooleanProperty(this, "trackOpensAndClicks", true);
    private final StringProperty daily = new SimpleStringProperty(this, "daily", "");
    private final StringProperty total = new SimpleStringProperty(this, "total", "");
    private final StringProperty perSecond = new SimpleStringProperty(this, "perSecond", "");
    private final StringProperty durationMinutes = new SimpleStringProperty(this, "durationMinutes", "");
    private final EventTriggerDraft trigger = new EventTriggerDraft();
    private boolean paused;

    private final IntegerBinding defaultShare;

    public CampaignDraft() {
        treatments.add(new TreatmentDraft());
        schedule.addListener((observable, old, chosen) -> {
            if (chosen.hasStart() && startDate.get() == null) {
                startDate.set(LocalDate.now().plusDays(1));
            }
        });
        defaultShare = Bindings.createIntegerBinding(() -> 100 - lenient(holdoutPercent.get())
                - treatments.stream().skip(1).mapToInt(t -> lenient(t.sizePercentProperty().get())).sum(),
                holdoutPercent, treatments);
    }

    /** Every property whose change may change the campaign, for the editor's dirty marker. */
    Observable[] observables() {
        List<Observable> all = new ArrayList<>(List.of(name, description, segmentId, segmentVersion, channel, treatments,
                holdoutPercent, schedule, startDate, startTime, endDate, endTime, timezone, localTime, quietTime,
                quietStart, quietEnd, holdInQuietTime, daily, total, perSecond, durationMinutes, trackOpensAndClicks));
        all.addAll(List.of(trigger.observables()));
        return all.toArray(Observable[]::new);
    }

    /** The "When an event occurs" fields. */
    public EventTriggerDraft trigger() {
        return trigger;
    }

    // ---- Fields

    public StringProperty nameProperty() { return name; }
    public StringProperty descriptionProperty() { return description; }
    public ObjectProperty<Long> segmentIdProperty() { return segmentId; }
    public ObjectProperty<Integer> segmentVersionProperty() { return segmentVersion; }
    public ObjectProperty<DeliveryChannel> channelProperty() { return channel; }
    /** The default treatment first, then up to four additional ones. */
    public ObservableList<TreatmentDraft> treatments() { return treatments; }
    public StringProperty holdoutPercentProperty() { return holdoutPercent; }
    public ObjectProperty<ScheduleChoice> scheduleProperty() { return schedule; }
    public ObjectProperty<LocalDate> startDateProperty() { return startDate; }
    public StringProperty startTimeProperty() { return startTime; }
    public ObjectProperty<LocalDate> endDateProperty() { return endDate; }
    public StringProperty endTimeProperty() { return endTime; }
    public StringProperty timezoneProperty() { return timezone; }
    public BooleanProperty localTimeProperty() { return localTime; }
    public BooleanProperty quietTimeProperty() { return quietTime; }
    public StringProperty quietStartProperty() { return quietStart; }
    public StringProperty quietEndProperty() { return quietEnd; }
    /** Tidings' option: a message due in quiet time waits until it ends instead of being dropped, as Pinpoint does. */
    public BooleanProperty holdInQuietTimeProperty() { return holdInQuietTime; }
    public StringProperty dailyProperty() { return daily; }
    public StringProperty totalProperty() { return total; }
    public StringProperty perSecondProperty() { return perSecond; }
    public StringProperty durationMinutesProperty() { return durationMinutes; }
    public BooleanProperty trackOpensAndClicksProperty() { return trackOpensAndClicks; }

    /** The default treatment's share: 100 − the holdout − the other treatments' shares (as typed so far). */
    public IntegerBinding defaultShare() {
        return defaultShare;
    }

    public boolean canAddTreatment() {
        return treatments.size() <= CampaignDefinition.MOST_ADDITIONAL_TREATMENTS;
    }

    /** Adds a treatment with a share of its own, taken from the default one's. */
    public void addTreatment() {
        if (!canAddTreatment()) {
            return;
        }
        TreatmentDraft added = new TreatmentDraft();
        int others = treatments.size();
        added.sizePercentProperty().set(Integer.toString(Math.max(1, defaultShare.get() / (others + 1))));
        treatments.add(added);
    }

    public void removeTreatment(TreatmentDraft treatment) {
        if (treatments.indexOf(treatment) > 0) {
            treatments.remove(treatment);
        }
    }

    // ---- From and to the model

    /** Shows a saved campaign's definition. */
    public void show(String campaignName, String campaignDescription, CampaignDefinition definition) {
        name.set(campaignName == null ? "" : campaignName);
        description.set(campaignDescription == null ? "" : campaignDescription);
        segmentId.set(definition.segmentId());
        segmentVersion.set(definition.segmentVersion());
        channel.set(definition.channel());
        List<TreatmentDraft> all = new ArrayList<>();
        for (Treatment treatment : definition.treatments()) {
            all.add(TreatmentDraft.of(treatment));
        }
        treatments.setAll(all);
        holdoutPercent.set(Integer.toString(definition.holdoutPercent()));
        CampaignSchedule when = definition.schedule();
        schedule.set(ScheduleChoice.of(when));
        ZoneId zone = when.zone();
        timezone.set(when.timezone() == null ? ZoneId.systemDefault().getId() : zone.getId());
        if (when.startTime() != null) {
            ZonedDateTime start = when.startTime().atZone(zone);
            startDate.set(start.toLocalDate());
            startTime.set(CLOCK.format(start));
        } else {
            startDate.set(null);
            startTime.set("09:00");
        }
        if (when.endTime() != null) {
            ZonedDateTime end = when.endTime().atZone(zone);
            endDate.set(end.toLocalDate());
            endTime.set(CLOCK.format(end));
        } else {
            endDate.set(null);
            endTime.set("09:00");
        }
        localTime.set(when.localTime());
        trigger.show(when.eventFilter());
        QuietTime quiet = definition.quietTime();
        quietTime.set(quiet != null);
        quietStart.set(quiet == null ? "21:00" : CLOCK.format(quiet.start()));
        quietEnd.set(quiet == null ? "08:00" : CLOCK.format(quiet.end()));
        holdInQuietTime.set(quiet == null || quiet.action() == QuietTime.Action.HOLD);
        CampaignLimits limits = definition.limits();
        daily.set(text(limits.daily()));
        total.set(text(limits.total()));
        perSecond.set(text(limits.messagesPerSecond()));
        durationMinutes.set(limits.maximumDurationSeconds() == null ? ""
                : Integer.toString((int) Math.ceil(limits.maximumDurationSeconds() / 60.0)));
        paused = definition.paused();
    }

    /** What is wrong with the fields as typed, each naming its field; empty when the draft can be saved. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (name.get() == null || name.get().isBlank()) {
            problems.add(new FieldProblem(NAME, "Name: give the campaign a name."));
        }
        percent(problems, HOLDOUT, "Holdout", holdoutPercent.get());
        for (int index = 1; index < treatments.size(); index++) {
            percent(problems, share(index), "Treatment " + (index + 1) + "'s share",
                    treatments.get(index).sizePercentProperty().get());
        }
        if (problems.stream().noneMatch(p -> p.field().equals(HOLDOUT) || p.field().startsWith("share-"))
                && defaultShare.get() < 1) {
            problems.add(new FieldProblem(SHARES, "The percentages do not add up: the holdout and the other "
                    + "treatments take " + (100 - defaultShare.get()) + " %, which leaves nothing for the default "
                    + "treatment. Lower them so that it keeps at least 1 %."));
        }
        ZoneId zone = zone(problems);
        if (schedule.get().hasStart()) {
            if (startDate.get() == null) {
                problems.add(new FieldProblem(START, "Start: choose the day of the first run."));
            }
            clock(problems, START, "Start time", startTime.get());
            if (endDate.get() != null && schedule.get().isRecurring()) {
                clock(problems, END, "End time", endTime.get());
                Instant start = instant(startDate.get(), startTime.get(), zone);
                Instant end = instant(endDate.get(), endTime.get(), zone);
                if (start != null && end != null && !end.isAfter(start)) {
                    problems.add(new FieldProblem(END, "Until: the last day must come after the first run."));
                }
            }
        }
        if (schedule.get() == ScheduleChoice.WHEN_EVENT) {
            trigger.problems(problems);
            if (endDate.get() != null) {
                clock(problems, END, "End time", endTime.get());
            }
        }
        if (quietTime.get()) {
            clock(problems, QUIET_TIME, "Quiet time start", quietStart.get());
            clock(problems, QUIET_TIME, "Quiet time end", quietEnd.get());
            if (Objects.equals(clock(quietStart.get()), clock(quietEnd.get())) && clock(quietStart.get()) != null) {
                problems.add(new FieldProblem(QUIET_TIME, "Quiet time: the start and the end are the same; give it a "
                        + "length, such as 21:00 to 08:00."));
            }
        }
        whole(problems, DAILY, "Daily limit", daily.get(), 0, CampaignLimits.MOST_PER_ENDPOINT);
        whole(problems, TOTAL, "Total limit", total.get(), 0, CampaignLimits.MOST_PER_ENDPOINT);
        whole(problems, PER_SECOND, "Messages per second", perSecond.get(), 1, CampaignLimits.MOST_PER_SECOND);
        whole(problems, DURATION, "Maximum duration", durationMinutes.get(), 1, 60 * 24 * 30);
        return problems;
    }

    /** The definition the fields make; call only when {@link #problems()} is empty. */
    public CampaignDefinition definition() {
        List<Treatment> additional = new ArrayList<>();
        for (int index = 1; index < treatments.size(); index++) {
            additional.add(treatments.get(index).toTreatment(lenient(treatments.get(index).sizePercentProperty().get())));
        }
        ZoneId zone = ZoneId.of(timezone.get().strip());
        CampaignSchedule when;
        if (schedule.get() == ScheduleChoice.WHEN_EVENT) {
            when = CampaignSchedule.onEvent(trigger.filter(), null,
                    endDate.get() != null ? instant(endDate.get(), endTime.get(), zone) : null);
        } else if (!schedule.get().hasStart()) {
            when = CampaignSchedule.IMMEDIATE;
        } else {
            Instant start = instant(startDate.get(), startTime.get(), zone);
            Instant end = schedule.get().isRecurring() && endDate.get() != null
                    ? instant(endDate.get(), endTime.get(), zone) : null;
            when = new CampaignSchedule(start, schedule.get().frequency(), end, zone, localTime.get());
        }
        QuietTime quiet = quietTime.get() ? QuietTime.of(clock(quietStart.get()), clock(quietEnd.get()),
                holdInQuietTime.get() ? QuietTime.Action.HOLD : QuietTime.Action.DROP) : null;
        Integer minutes = number(durationMinutes.get());
        CampaignLimits limits = new CampaignLimits(number(daily.get()), number(total.get()), number(perSecond.get()),
                minutes == null ? null : minutes * 60);
        try {
            return new CampaignDefinition(segmentId.get(), segmentVersion.get(), channel.get(),
                    treatments.get(0).toTreatment(0), additional, lenient(holdoutPercent.get()), when, limits, quiet,
                    paused);
        } catch (InvalidCampaignException wrong) {
            throw wrong;
        }
    }

    /** The name as saved: trimmed. */
    public String campaignName() {
        return name.get() == null ? "" : name.get().strip();
    }

    /** What the dirty marker compares. */
    Object snapshot() {
        List<Object> values = new ArrayList<>();
        for (Observable field : observables()) {
            if (field == treatments) {
                treatments.forEach(treatment -> values.add(treatment.snapshot()));
            } else {
                values.add(String.valueOf(((javafx.beans.value.ObservableValue<?>) field).getValue()));
            }
        }
        return values;
    }

    // ----

    private ZoneId zone(List<FieldProblem> problems) {
        try {
            return ZoneId.of(timezone.get() == null ? "" : timezone.get().strip());
        } catch (DateTimeException unknown) {
            problems.add(new FieldProblem(TIMEZONE, "Time zone: " + io.tidings.work.Quote.of(timezone.get())
                    + " is not a time zone; choose one from the list, such as Europe/Paris."));
            return java.time.ZoneOffset.UTC;
        }
    }

    private static Instant instant(LocalDate date, String time, ZoneId zone) {
        LocalTime clock = clock(time);
        return date == null || clock == null ? null : ZonedDateTime.of(date, clock, zone).toInstant();
    }

    static LocalTime clock(String text) {
        try {
            return text == null ? null : LocalTime.parse(text.strip(), CLOCK);
        } catch (DateTimeParseException wrong) {
            return null;
        }
    }

    private static void clock(List<FieldProblem> problems, String field, String label, String text) {
        if (clock(text) == null) {
            problems.add(new FieldProblem(field, label + ": give a time on a 24-hour clock, such as 09:00, not "
                    + io.tidings.work.Quote.of(text == null ? "" : text) + "."));
        }
    }

    private static void percent(List<FieldProblem> problems, String field, String label, String text) {
        whole(problems, field, label, text == null || text.isBlank() ? "x" : text, 0, 100);
    }

    private static void whole(List<FieldProblem> problems, String field, String label, String text, int least,
            int most) {
        if (text == null || text.isBlank()) {
            return;
        }
        Integer value = number(text);
        if (value == null || value < least || value > most) {
            problems.add(new FieldProblem(field, label + ": give a whole number from " + least + " to "
                    + String.format("%,d", most) + (text.equals("x") ? "." : ", not " + io.tidings.work.Quote.of(text) + ".")));
        }
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException wrong) {
            return null;
        }
    }

    private static int lenient(String text) {
        Integer value = number(text);
        return value == null ? 0 : value;
    }

    private static String text(Integer value) {
        return value == null ? "" : Integer.toString(value);
    }
}
