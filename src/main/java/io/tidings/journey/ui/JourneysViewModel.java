package io.tidings.journey.ui;

import io.tidings.journey.Issue;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyFailure;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyLayout;
import io.tidings.journey.JourneyService;
import io.tidings.journey.JourneyState;
import io.tidings.journey.Position;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.shell.DialogService.FileType;
import io.tidings.shell.LeavingEditors;
import io.tidings.work.Quote;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Journeys section: the list of journeys and its commands (new, import and export Pinpoint JSON, duplicate,
 * delete), and which page shows, the list or the designer. Leaving the designer with unsaved changes asks first.
 */
public final class JourneysViewModel {

    /** The page the section shows. */
    public enum Page { LIST, DESIGNER }

    /** The sample workspace's draft journey, offered when the list is empty. */
    public static final String SAMPLE_JOURNEY = "Welcome series";

    private static final List<FileType> JSON_FILES = List.of(new FileType("Pinpoint journey JSON", "*.json"));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final JourneyService journeys;
    private final JourneyDesignerViewModel designer;
    private final BackgroundWork background;
    private final DialogService dialogs;

    private final ObservableList<JourneyRow> rows = FXCollections.observableArrayList();
    private final ObservableList<JourneyRow> shownRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<JourneyRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.LIST);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private long listGeneration;

    public JourneysViewModel(JourneyService journeys, JourneyDesignerViewModel designer, BackgroundWork background,
            DialogService dialogs) {
        this.journeys = journeys;
        this.designer = designer;
        this.background = background;
        this.dialogs = dialogs;
    }

    public JourneyDesignerViewModel designer() {
        return designer;
    }

    public ObservableList<JourneyRow> journeys() {
        return shownRows;
    }

    public ReadOnlyObjectProperty<JourneyRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** True once the list was read: until then an empty list means "reading", not "no journeys". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void select(JourneyRow row) {
        selected.set(row);
    }

    /** Reads the journeys again with what validation finds in each. */
    public void refresh() {
        long mine = ++listGeneration;
        background.run(BackgroundJob.of("Reading journeys", progress -> {
                    List<JourneyRow> read = new ArrayList<>();
                    for (Journey journey : journeys.list()) {
                        progress.checkCancelled();
                        List<Issue> issues = journeys.validate(journey.graph());
                        int errors = (int) issues.stream().filter(Issue::isError).count();
                        int warnings = (int) issues.stream()
                                .filter(issue -> issue.severity() == Issue.Severity.WARNING).count();
                        JourneyFailure failure = journey.state() == JourneyState.PUBLISHED
                                || journey.state() == JourneyState.PAUSED
                                ? designer.runs().lastFailure(journey.id()).orElse(null) : null;
                        read.add(new JourneyRow(journey, errors, warnings, failure));
                    }
                    return read;
                })
                .quiet()
                .onSuccess(list -> {
                    if (mine != listGeneration) {
                        return;
                    }
                    Long keep = selected.get() == null ? null : selected.get().id();
                    rows.setAll(list);
                    selected.set(rows.stream().filter(row -> keep != null && row.id() == keep).findFirst()
                            .orElse(null));
                    loaded.set(true);
                    error.set("");
                })
                .onFailure(failure -> error.set("The journeys could not be read: " + failure.getMessage())));
    }

    /** Asks for a name and opens a new draft in the designer, with its entry card on the canvas. */
    public void create() {
        leaveDesigner(() -> dialogs.askText("New journey", "Name of the journey", "").ifPresent(name -> background.run(
                BackgroundJob.of("Creating " + Quote.of(name), progress -> journeys.create(name, starter()))
                        .onSuccess(created -> {
                            status.set("Created " + Quote.of(created.name()) + ", a draft.");
                            refresh();
                            showDesigner(created.id());
                        })
                        .onFailure(failure -> dialogs.showError("Not created", failure.getMessage())))));
    }

    /** A new journey: the entry card at the left of the canvas, waiting for its segment or event. */
    static JourneyGraph starter() {
        return JourneyGraph.EMPTY.withLayout(JourneyLayout.NONE.withEntry(new Position(40, 160)));
    }

    /** Opens the selected journey: a draft to edit, a published one to watch. */
    public void open() {
        JourneyRow row = selected.get();
        if (row != null) {
            leaveDesigner(() -> showDesigner(row.id()));
        }
    }

    /** Opens the sample workspace's "Welcome series", when this workspace has it. */
    public void openSample() {
        background.run(BackgroundJob.of("Opening " + Quote.of(SAMPLE_JOURNEY),
                        progress -> journeys.findByName(SAMPLE_JOURNEY))
                .onSuccess(found -> found.ifPresentOrElse(journey -> showDesigner(journey.id()),
                        () -> dialogs.showError("No sample journey", "This workspace has no journey called "
                                + Quote.of(SAMPLE_JOURNEY) + ": the sample workspace (File, New sample workspace) "
                                + "has it.")))
                .onFailure(failure -> dialogs.showError("Not opened", failure.getMessage())));
    }

    private void showDesigner(long id) {
        designer.open(id);
        page.set(Page.DESIGNER);
    }

    /** Back to the list, asking first when the designer has unsaved changes. */
    public void showList() {
        leaveDesigner(() -> {
            designer.close();
            page.set(Page.LIST);
            refresh();
        });
    }

    private void leaveDesigner(Runnable moveOn) {
        if (page.get() != Page.DESIGNER) {
            moveOn.run();
            return;
        }
        LeavingEditors.leave(dialogs, designer, moveOn, () -> { });
    }

    public void duplicate() {
        JourneyRow row = selected.get();
        if (row == null) {
            return;
        }
        dialogs.askText("Duplicate " + Quote.of(row.name()), "Name of the copy", row.name() + " (copy)")
                .ifPresent(name -> background.run(BackgroundJob.of("Duplicating " + Quote.of(row.name()),
                                progress -> journeys.create(name, journeys.find(row.id()).map(Journey::graph)
                                        .orElseThrow(() -> new IllegalStateException("The journey "
                                                + Quote.of(row.name()) + " was deleted meanwhile."))))
                        .onSuccess(copy -> {
                            status.set("Duplicated as " + Quote.of(copy.name()) + ", a draft.");
                            refresh();
                        })
                        .onFailure(failure -> dialogs.showError("Not duplicated", failure.getMessage()))));
    }

    /** Deletes the selected journey after asking; a running or paused one is refused, saying why. */
    public void delete() {
        JourneyRow row = selected.get();
        if (row == null) {
            return;
        }
        JourneyState state = row.journey().state();
        if (state == JourneyState.PUBLISHED || state == JourneyState.PAUSED) {
            dialogs.showError("Not deleted", "The journey " + Quote.of(row.name()) + " is "
                    + row.stateWords().toLowerCase(java.util.Locale.ROOT) + ": stop it before deleting it.");
            return;
        }
        if (!dialogs.confirm("Delete " + Quote.of(row.name()), "The journey will be deleted. This cannot be undone.",
                "Delete")) {
            return;
        }
        background.run(BackgroundJob.of("Deleting " + Quote.of(row.name()), progress -> {
                    journeys.delete(row.id());
                    return row.id();
                })
                .onSuccess(id -> {
                    status.set("Deleted " + Quote.of(row.name()) + ".");
                    selected.set(null);
                    refresh();
                })
                .onFailure(failure -> dialogs.showError("Not deleted", failure.getMessage())));
    }

    /** Imports a Pinpoint journey file the marketer picks, as a draft. */
    public void importJourney() {
        dialogs.chooseFileToOpen("Import a Pinpoint journey", JSON_FILES).ifPresent(this::importFile);
    }

    private void importFile(Path file) {
        String title = "Importing " + file.getFileName();
        background.run(BackgroundJob.of(title, progress -> journeys.importJson(file, nameFor(file)))
                .onSuccess(imported -> {
                    status.set("Imported " + Quote.of(imported.name()) + " as a draft.");
                    refresh();
                })
                .onFailure(failure -> dialogs.showError(title + " failed", failure.getMessage())));
    }

    /** The file's own Name wins; a file without one is named after the file. */
    private String nameFor(Path file) {
        try {
            String named = journeys.readJson(java.nio.file.Files.readString(file)).name();
            return named != null && !named.isBlank() ? null
                    : file.getFileName().toString().replaceFirst("(?i)\\.json$", "");
        } catch (java.io.IOException | RuntimeException unreadable) {
            return null; // the import says what is wrong with the file
        }
    }

    /**
     * Writes the selected journey as Pinpoint's WriteJourneyRequest, which Pinpoint's API takes; {@code withLayout},
     * with the canvas positions too in Tidings' own {@code TidingsCanvas} field, which Pinpoint's API, the AWS CLI and
     * SDKs refuse.
     */
    public void exportJourney(boolean withLayout) {
        JourneyRow row = selected.get();
        if (row == null) {
            return;
        }
        dialogs.chooseFileToSave("Export " + Quote.of(row.name()), row.name() + ".json", JSON_FILES)
                .map(JSON_FILES.get(0)::withExtension)
                .ifPresent(file -> background.run(BackgroundJob.of("Exporting " + Quote.of(row.name()), progress -> {
                            journeys.exportJson(row.id(), file, null, !withLayout);
                            return file;
                        })
                        .onSuccess(written -> status.set("Exported to " + written + (withLayout
                                ? " with the canvas layout (for Tidings)." : ".")))
                        .onFailure(failure -> dialogs.showError("Not exported", failure.getMessage()))));
    }

    /** A moment in the marketer's own time zone: "6 Dec 2026, 09:00". */
    static String when(Instant moment) {
        return moment == null ? "" : WHEN.format(moment.atZone(ZoneId.systemDefault()));
    }
}
