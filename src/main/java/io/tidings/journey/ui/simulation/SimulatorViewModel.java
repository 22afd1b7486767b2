package io.tidings.journey.ui.simulation;

import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.simulation.JourneySimulator;
import io.tidings.journey.simulation.SimulationRequest;
import io.tidings.journey.simulation.SimulationResult;
import io.tidings.journey.simulation.SimulationSource;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentService;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.UiCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The simulator panel's state and commands: who travels, for how many days, at which open and click rates; Run (in the
 * background, with progress, cancelled by Cancel); the participants found (filtered by activity and by a search) and
 * each activity's totals. A finished run's counts go to {@code showCounts}, which draws them on the canvas.
 */
public final class SimulatorViewModel {

    /** Who travels. */
    public enum Source {
        SEGMENT("A segment"),
        PERSONAS("Generated personas"),
        TEST_LIST("A test list");

        private final String words;

        Source(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    /** The activity filter's choice for "every participant". */
    public static final String ALL_ACTIVITIES = "All activities";

    private final JourneySimulator simulator;
    private final SegmentService segments;
    private final BackgroundWork background;
    private final Supplier<JourneyGraph> journey;
    private final Supplier<String> journeyKey;
    private final BiConsumer<JourneyCounts, String> showCounts;

    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.SEGMENT);
    private final ObservableList<String> segmentNames = FXCollections.observableArrayList();
    private final StringProperty segment = new SimpleStringProperty(this, "segment");
    private final StringProperty personas = new SimpleStringProperty(this, "personas", "1000");
    private final StringProperty testList = new SimpleStringProperty(this, "testList", "");
    private final StringProperty days = new SimpleStringProperty(this, "days", "7");
    private final StringProperty openRate = new SimpleStringProperty(this, "openRate", "");
    private final StringProperty clickRate = new SimpleStringProperty(this, "clickRate", "");
    private final StringProperty activityFilter = new SimpleStringProperty(this, "activityFilter", ALL_ACTIVITIES);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper(this, "progressMessage", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<String> activityChoices = FXCollections.observableArrayList(ALL_ACTIVITIES);
    private final ObservableList<ActivityTotalRow> totals = FXCollections.observableArrayList();
    private final ObservableList<ParticipantRow> participants = FXCollections.observableArrayList();
    private final FilteredList<ParticipantRow> shownParticipants = new FilteredList<>(participants);
    private final UiCommand run;
    private final UiCommand cancel;
    private BackgroundWork.Cancellable runningJob;

    /**
     * @param journey the journey being edited, read when Run is pressed
     * @param journeyKey what random draws hash, as the executor: the journey's id as text (any text for a draft)
     * @param showCounts draws a run's counts on the canvas, with a caption
     */
    public SimulatorViewModel(JourneySimulator simulator, SegmentService segments, BackgroundWork background,
            Supplier<JourneyGraph> journey, Supplier<String> journeyKey, BiConsumer<JourneyCounts, String> showCounts) {
        this.simulator = simulator;
        this.segments = segments;
        this.background = background;
        this.journey = journey;
        this.journeyKey = journeyKey;
        this.showCounts = showCounts;
        run = new UiCommand(this::run, Bindings.createStringBinding(this::whyNotRun, source, segment, personas,
                testList, days, openRate, clickRate, running));
        cancel = new UiCommand(this::cancel, Bindings.when(running).then("").otherwise("No simulation is running."));
        activityFilter.addListener((property, before, now) -> refilter());
        search.addListener((property, before, now) -> refilter());
    }

    /** Reads the segments to choose from, and picks the journey's entry segment. */
    public void start() {
        background.run(BackgroundJob.of("Reading the segments", progressReport -> segments.list()).quiet()
                .onSuccess(this::showSegments)
                .onFailure(error -> problem.set("The segments could not be read: " + error.getMessage())));
    }

    private void showSegments(List<Segment> found) {
        segmentNames.setAll(found.stream().map(Segment::name).toList());
        JourneyGraph graph = journey.get();
        if (segment.get() == null && graph != null && graph.entry() instanceof JourneyEntry.FromSegment entry) {
            found.stream().filter(each -> each.id() == entry.segmentId()).findFirst()
                    .ifPresent(each -> segment.set(each.name()));
        }
        if (segment.get() == null && !segmentNames.isEmpty()) {
            segment.set(segmentNames.get(0));
        }
        if (segmentNames.isEmpty() && source.get() == Source.SEGMENT) {
            source.set(Source.PERSONAS);
        }
    }

    private String whyNotRun() {
        if (running.get()) {
            return "A simulation is running.";
        }
        if (source.get() == Source.SEGMENT && (segment.get() == null || segment.get().isBlank())) {
            return "Choose a segment.";
        }
        if (source.get() == Source.PERSONAS && FormNumbers.wholeNumber(personas.get(), 1, SimulationRequest.MOST_PERSONAS) == null) {
            return String.format("Personas: give a whole number from 1 to %,d.", SimulationRequest.MOST_PERSONAS);
        }
        if (source.get() == Source.TEST_LIST && testList.get().isBlank()) {
            return "Type the test list: endpoint ids or addresses, one per line.";
        }
        if (FormNumbers.wholeNumber(days.get(), 1, SimulationRequest.MOST_DAYS) == null) {
            return "Days: give a whole number from 1 to " + SimulationRequest.MOST_DAYS + ".";
        }
        if (!FormNumbers.isPercentOrEmpty(openRate.get())) {
            return "Open rate: give a percent from 0 to 100, or leave it empty for the sandbox's.";
        }
        if (!FormNumbers.isPercentOrEmpty(clickRate.get())) {
            return "Click rate: give a percent from 0 to 100, or leave it empty for the sandbox's.";
        }
        return "";
    }

    /** Runs the journey being edited as the form says. */
    public void runSimulation() {
        run.run();
    }

    private void run() {
        JourneyGraph graph = journey.get();
        if (graph == null) {
            problem.set("There is no journey to simulate: open or draw one first.");
            return;
        }
        SimulationSource chosen = switch (source.get()) {
            case SEGMENT -> new SimulationSource.FromSegment(segment.get());
            case PERSONAS -> new SimulationSource.Personas(FormNumbers.wholeNumber(personas.get(), 1, Integer.MAX_VALUE));
            case TEST_LIST -> new SimulationSource.TestList(testList.get().lines().toList());
        };
        SimulationRequest request = new SimulationRequest(graph, journeyKey.get(), chosen,
                FormNumbers.wholeNumber(days.get(), 1, SimulationRequest.MOST_DAYS), FormNumbers.percent(openRate.get()), FormNumbers.percent(clickRate.get()),
                SimulationRequest.PATHS_KEPT);
        problem.set("");
        running.set(true);
        progress.set(-1);
        progressMessage.set("Starting…");
        runningJob = background.run(BackgroundJob.of("Simulating the journey",
                        report -> simulator.simulate(request, new PanelProgress(report, this::showProgress)))
                .onSuccess(result -> finished(graph, result))
                .onFailure(error -> {
                    running.set(false);
                    problem.set(error.getMessage() == null ? "The simulation stopped: see the log." : error.getMessage());
                })
                .onCancelled(() -> {
                    running.set(false);
                    progressMessage.set("Cancelled.");
                }));
    }

    private void showProgress(double share, String message) {
        if (running.get()) {
            progress.set(share);
            progressMessage.set(message);
        }
    }

    private void cancel() {
        if (runningJob != null) {
            runningJob.cancel();
        }
    }

    private void finished(JourneyGraph graph, SimulationResult result) {
        running.set(false);
        progress.set(1);
        progressMessage.set(String.format("Done: %,d days simulated.",
                java.time.Duration.between(result.start(), result.end()).toDays()));
        String caption = String.format("Simulated: %,d participants, %s to %s", result.participants(),
                io.tidings.journey.simulation.SimulationTimes.format(result.start()),
                io.tidings.journey.simulation.SimulationTimes.format(result.end()));
        summary.set(String.format("%,d participants, %,d entered; opens and clicks: %s.%s", result.participants(),
                result.entered(), result.rates(), result.notes().isEmpty() ? "" : " " + String.join(" ",
                        result.notes())));
        totals.setAll(ActivityTotalRow.all(graph, result.counts()));
        participants.setAll(result.paths().stream().map(ParticipantRow::of).toList());
        List<String> choices = new ArrayList<>(List.of(ALL_ACTIVITIES));
        choices.addAll(graph.activities().keySet());
        activityChoices.setAll(choices);
        if (!choices.contains(activityFilter.get())) {
            activityFilter.set(ALL_ACTIVITIES);
        }
        refilter();
        showCounts.accept(result.counts(), caption);
    }

    private void refilter() {
        String activity = ALL_ACTIVITIES.equals(activityFilter.get()) ? null : activityFilter.get();
        String typed = search.get();
        shownParticipants.setPredicate(row -> row.matches(activity, typed));
    }

    public UiCommand runCommand() {
        return run;
    }

    public UiCommand cancelCommand() {
        return cancel;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObservableList<String> segmentNames() {
        return segmentNames;
    }

    public StringProperty segmentProperty() {
        return segment;
    }

    public StringProperty personasProperty() {
        return personas;
    }

    public StringProperty testListProperty() {
        return testList;
    }

    public StringProperty daysProperty() {
        return days;
    }

    public StringProperty openRateProperty() {
        return openRate;
    }

    public StringProperty clickRateProperty() {
        return clickRate;
    }

    public StringProperty activityFilterProperty() {
        return activityFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<String> activityChoices() {
        return FXCollections.unmodifiableObservableList(activityChoices);
    }

    public ObservableList<ActivityTotalRow> totals() {
        return FXCollections.unmodifiableObservableList(totals);
    }

    /** The participants the filter and the search leave, in the order they were numbered. */
    public ObservableList<ParticipantRow> shownParticipants() {
        return shownParticipants;
    }
}
