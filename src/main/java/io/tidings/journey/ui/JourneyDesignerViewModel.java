package io.tidings.journey.ui;

import io.tidings.journey.EditHistory;
import io.tidings.journey.Issue;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyFailure;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyRuns;
import io.tidings.journey.JourneyService;
import io.tidings.journey.JourneyState;
import io.tidings.journey.ui.canvas.JourneyCanvasViewModel;
import io.tidings.journey.ui.simulation.SimulatorViewModel;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.shell.UiCommand;
import io.tidings.shell.UnsavedEdits;
import io.tidings.work.Quote;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;

/**
 * The journey open in the designer: its {@link JourneyDocument} (a new one per journey opened), saving it over the
 * version it was read at, validation as the marketer edits (off the FX thread, after a pause in the edits), and the
 * journey's life: publish, pause, resume, stop, with the live counts and participants of a published one.
 */
public final class JourneyDesignerViewModel implements UnsavedEdits {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final JourneyService journeys;
    private final JourneyRuns runs;
    private final BackgroundWork background;
    private final DialogService dialogs;
    private final Clock clock;
    private final Duration validationPause;
    private final ActivityPropertiesViewModel properties;
    private final ParticipantsViewModel participants;

    private final ReadOnlyObjectWrapper<JourneyDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<JourneyCanvasViewModel> canvas = new ReadOnlyObjectWrapper<>(this, "canvas");
    private final ReadOnlyObjectWrapper<Journey> journey = new ReadOnlyObjectWrapper<>(this, "journey");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper errorsSummary = new ReadOnlyStringWrapper(this, "errorsSummary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper runFailing = new ReadOnlyBooleanWrapper(this, "runFailing");
    private final ObjectProperty<Simulators> simulators = new SimpleObjectProperty<>(this, "simulators");
    private final UiCommand save;
    private final UiCommand publish;
    private final UiCommand pause;
    private final UiCommand resume;
    private final UiCommand stop;
    private long validationGeneration;
    private long countsGeneration;
    /** The failure's words the status line shows, or null. */
    private String failureShown;

    public JourneyDesignerViewModel(JourneyService journeys, JourneyRuns runs, ActivityPropertiesViewModel properties,
            BackgroundWork background, DialogService dialogs, Clock clock, Duration validationPause) {
        this.journeys = journeys;
        this.runs = runs;
        this.properties = properties;
        this.background = background;
        this.dialogs = dialogs;
        this.clock = clock;
        this.validationPause = validationPause;
        this.participants = new ParticipantsViewModel(runs, background);
        save = new UiCommand(() -> save(() -> { }, () -> { }), Bindings.createStringBinding(() -> notDraft()
                .orElse(unsaved.get() ? null : "Nothing to save: no changes yet."), journey, unsaved));
        publish = new UiCommand(this::publish, Bindings.createStringBinding(this::whyNotPublish, journey, unsaved,
                checking, errorsSummary, busy));
        pause = new UiCommand(() -> change("Pausing", runs::pause), reason(JourneyState.PUBLISHED,
                "Only a running journey can be paused."));
        resume = new UiCommand(() -> change("Resuming", runs::resume), reason(JourneyState.PAUSED,
                "Only a paused journey can be resumed."));
        stop = new UiCommand(this::stop, Bindings.createStringBinding(() -> journey.get() != null
                && (state() == JourneyState.PUBLISHED || state() == JourneyState.PAUSED) && !busy.get() ? null
                : "Only a running or paused journey can be stopped.", journey, busy));
    }

    public ReadOnlyObjectProperty<JourneyDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The canvas of the journey shown (a new one per journey opened), or null. */
    public ReadOnlyObjectProperty<JourneyCanvasViewModel> canvasProperty() {
        return canvas.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Journey> journeyProperty() {
        return journey.getReadOnlyProperty();
    }

    public ActivityPropertiesViewModel properties() {
        return properties;
    }

    public ParticipantsViewModel participants() {
        return participants;
    }

    public UiCommand saveCommand() {
        return save;
    }

    public UiCommand publishCommand() {
        return publish;
    }

    public UiCommand pauseCommand() {
        return pause;
    }

    public UiCommand resumeCommand() {
        return resume;
    }

    public UiCommand stopCommand() {
        return stop;
    }

    /** The simulator, set by the composition; the Simulate button shows only when there is one. */
    public ObjectProperty<Simulators> simulatorsProperty() {
        return simulators;
    }

    /**
     * The simulator panel's view model for the journey open now (its counts are drawn on this journey's canvas), or
     * null when there is no simulator or no journey open.
     */
    public SimulatorViewModel openSimulator() {
        Simulators made = simulators.get();
        JourneyDocument opened = document.get();
        Journey shown = journey.get();
        if (made == null || opened == null || shown == null) {
            return null;
        }
        SimulatorViewModel simulator = made.open(opened::graph, () -> String.valueOf(shown.id()), opened::showCounts);
        simulator.start();
        return simulator;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the status line says that the executor's passes on the shown journey fail. */
    public ReadOnlyBooleanProperty runFailingProperty() {
        return runFailing.getReadOnlyProperty();
    }

    /** Reads the journey and shows it: a draft to edit, any other to watch (read-only, with live counts). */
    public void open(long id) {
        close();
        background.run(BackgroundJob.of("Opening the journey", progress -> journeys.find(id).orElseThrow(
                        () -> new IllegalStateException("The journey was deleted meanwhile.")))
                .onSuccess(this::show)
                .onFailure(failure -> error.set("The journey could not be opened: " + failure.getMessage())));
    }

    /** Leaves the journey: nothing is shown, nothing is refreshed. */
    public void close() {
        validationGeneration++;
        countsGeneration++;
        journey.set(null);
        canvas.set(null);
        document.set(null);
        unsaved.set(false);
        error.set("");
        status.set("");
        failureShown = null;
        runFailing.set(false);
        participants.clear();
        properties.show(null);
    }

    private void show(Journey opened) {
        JourneyDocument shown = new JourneyDocument(new EditHistory(opened.graph()));
        shown.readOnlyProperty().set(opened.state() != JourneyState.DRAFT);
        journey.set(opened);
        unsaved.set(false);
        error.set("");
        shown.dirtyProperty().addListener((observable, old, dirty) -> unsaved.set(dirty));
        shown.graphProperty().addListener((observable, old, graph) -> validate(shown));
        shown.issues().addListener((ListChangeListener<Issue>) change -> summarize(shown));
        shown.selection().addListener((javafx.collections.SetChangeListener<String>) change -> selectionChanged(shown));
        JourneyCanvasViewModel drawn = new JourneyCanvasViewModel(shown, background);
        drawn.setOnShowParticipants(this::showParticipants);
        drawn.namesProperty().bind(properties.namesProperty());
        document.set(shown);
        canvas.set(drawn);
        properties.show(shown);
        validate(shown);
        refreshCounts();
    }

    private void selectionChanged(JourneyDocument shown) {
        if (shown.readOnlyProperty().get() && shown.selection().size() == 1) {
            showParticipants(shown.selection().iterator().next());
        }
    }

    /** The journey's name and state for the title: "Welcome series · Draft". */
    public String titleWords() {
        Journey shown = journey.get();
        return shown == null ? "" : shown.name() + " \u00b7 " + JourneyRow.stateWords(shown.state());
    }

    @Override
    public ObservableBooleanValue unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    @Override
    public String editedName() {
        return journey.get() == null ? "the journey" : "the journey " + Quote.of(journey.get().name());
    }

    @Override
    public void save(Runnable saved, Runnable notSaved) {
        Journey shown = journey.get();
        JourneyDocument edited = document.get();
        if (shown == null || edited == null) {
            notSaved.run();
            return;
        }
        JourneyGraph graph = edited.graph();
        busy.set(true);
        background.run(BackgroundJob.of("Saving " + Quote.of(shown.name()),
                        progress -> journeys.save(shown.id(), shown.version(), graph))
                .onSuccess(result -> {
                    busy.set(false);
                    if (document.get() == edited) {
                        journey.set(result);
                        if (edited.graph().equals(graph)) {
                            edited.markSaved();
                        }
                        error.set("");
                        status.set("Saved.");
                    }
                    saved.run();
                })
                .onFailure(failure -> {
                    busy.set(false);
                    error.set("Not saved: " + failure.getMessage());
                    notSaved.run();
                }));
    }

    @Override
    public void discard() {
        Journey shown = journey.get();
        if (shown != null) {
            show(shown);
        }
    }

    public void undo() {
        if (document.get() != null) {
            document.get().undo();
        }
    }

    public void redo() {
        if (document.get() != null) {
            document.get().redo();
        }
    }

    /** Validates the graph once the edits pause; only the newest result is shown. */
    private void validate(JourneyDocument shown) {
        long mine = ++validationGeneration;
        JourneyGraph graph = shown.graph();
        checking.set(true);
        background.run(BackgroundJob.of("Checking the journey", progress -> {
                    if (!validationPause.isZero()) {
                        Thread.sleep(validationPause.toMillis());
                    }
                    return mine == validationGeneration ? journeys.validate(graph) : null;
                })
                .quiet()
                .onSuccess(issues -> {
                    if (issues != null && mine == validationGeneration) {
                        shown.showIssues(issues);
                        checking.set(false);
                    }
                })
                .onFailure(failure -> {
                    if (mine == validationGeneration) {
                        checking.set(false);
                        error.set("The journey could not be checked: " + failure.getMessage());
                    }
                }));
    }

    private void summarize(JourneyDocument shown) {
        List<Issue> errors = shown.issues().stream().filter(Issue::isError).toList();
        errorsSummary.set(errors.isEmpty() ? "" : (errors.size() == 1 ? "1 error" : errors.size() + " errors")
                + " to fix first: " + errors.get(0).message());
    }

    private String whyNotPublish() {
        if (journey.get() == null) {
            return "Open a journey first.";
        }
        if (state() != JourneyState.DRAFT) {
            return "The journey is " + JourneyRow.stateWords(state()).toLowerCase(Locale.ROOT) + ": only a draft "
                    + "is published.";
        }
        if (busy.get()) {
            return "Wait for the save to end.";
        }
        if (unsaved.get()) {
            return "Save the journey first: what is published is what is saved.";
        }
        if (checking.get()) {
            return "Checking the journey\u2026";
        }
        return errorsSummary.get();
    }

    private void publish() {
        change("Publishing", runs::publish);
    }

    private void stop() {
        Journey shown = journey.get();
        if (shown != null && dialogs.confirm("Stop " + Quote.of(shown.name()), "Participants leave the journey where "
                + "they are and no more enter. A stopped journey cannot be resumed.", "Stop the journey")) {
            change("Stopping", runs::stop);
        }
    }

    private void change(String doing, Function<Long, Journey> change) {
        Journey shown = journey.get();
        if (shown == null) {
            return;
        }
        busy.set(true);
        background.run(BackgroundJob.of(doing + " " + Quote.of(shown.name()), progress -> change.apply(shown.id()))
                .onSuccess(changed -> {
                    busy.set(false);
                    if (journey.get() != null && journey.get().id() == changed.id()) {
                        journey.set(changed);
                        document.get().readOnlyProperty().set(changed.state() != JourneyState.DRAFT);
                        status.set(Quote.of(changed.name()) + " is " + JourneyRow.stateWords(changed.state())
                                .toLowerCase(Locale.ROOT) + ".");
                        error.set("");
                        refreshCounts();
                    }
                })
                .onFailure(failure -> {
                    busy.set(false);
                    error.set(failure.getMessage());
                }));
    }

    /** The running journeys the designer publishes, pauses and watches; the list asks them about failures too. */
    JourneyRuns runs() {
        return runs;
    }

    private record LiveView(JourneyCounts counts, String catchUpNotice, JourneyFailure failure) {
    }

    /** Reads the live counts of a journey that is not a draft; the view calls it every few seconds. */
    public void refreshCounts() {
        Journey shown = journey.get();
        JourneyDocument drawn = document.get();
        if (shown == null || drawn == null || shown.state() == JourneyState.DRAFT) {
            return;
        }
        long mine = ++countsGeneration;
        background.run(BackgroundJob.of("Reading the journey's counts", progress -> new LiveView(
                runs.counts(shown.id()), runs.catchUpNotice(shown.id()).orElse(""),
                runs.lastFailure(shown.id()).orElse(null)))
                .quiet()
                .onSuccess(live -> {
                    if (mine == countsGeneration && document.get() == drawn) {
                        drawn.showCounts(live.counts(), "Live \u00b7 " + CLOCK_TIME.format(clock.instant()
                                .atZone(clock.getZone())));
                        showFailure(live.failure());
                        // What the executor did while Tidings was closed, said once the journey is opened.
                        if (!live.catchUpNotice().isBlank() && status.get().isEmpty()) {
                            status.set(live.catchUpNotice());
                        }
                    }
                })
                .onFailure(failure -> {
                    if (mine == countsGeneration) {
                        error.set("The live counts could not be read: " + failure.getMessage());
                    }
                }));
    }

    /**
     * Says in the status line what went wrong while the executor's passes on the journey fail, and that it runs
     * again once a pass succeeds (replacing only its own words, not a newer status).
     */
    private void showFailure(JourneyFailure failure) {
        boolean live = state() == JourneyState.PUBLISHED || state() == JourneyState.PAUSED;
        String words = failure == null || !live ? null : failure.words(clock.getZone());
        if (words != null) {
            status.set(words);
        } else if (failureShown != null && failureShown.equals(status.get())) {
            status.set("The executor's last pass succeeded: the journey runs again.");
        }
        failureShown = words;
        runFailing.set(words != null);
    }

    /** Lists the participants at the activity (a count badge clicked, an activity selected). */
    public void showParticipants(String activityKey) {
        Journey shown = journey.get();
        if (shown != null && shown.state() != JourneyState.DRAFT) {
            participants.show(shown.id(), activityKey);
        }
    }

    public boolean isLiveView() {
        return journey.get() != null && journey.get().state() != JourneyState.DRAFT;
    }

    private JourneyState state() {
        return journey.get() == null ? null : journey.get().state();
    }

    private java.util.Optional<String> notDraft() {
        if (journey.get() == null) {
            return java.util.Optional.of("Open a journey first.");
        }
        return state() == JourneyState.DRAFT ? java.util.Optional.empty()
                : java.util.Optional.of("A " + JourneyRow.stateWords(state()).toLowerCase(Locale.ROOT)
                        + " journey is not edited.");
    }

    private javafx.beans.binding.StringBinding reason(JourneyState needed, String otherwise) {
        return Bindings.createStringBinding(() -> journey.get() != null && state() == needed && !busy.get() ? null
                : otherwise, journey, busy);
    }
}
