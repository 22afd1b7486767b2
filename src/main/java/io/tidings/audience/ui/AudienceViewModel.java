package io.tidings.audience.ui;

import io.tidings.audience.AudienceExport;
import io.tidings.audience.AudienceImport;
import io.tidings.audience.AudienceService;
import io.tidings.audience.AudienceFilter;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointRow;
import io.tidings.audience.PersonRow;
import io.tidings.audience.ExportScope;
import io.tidings.audience.ImportFormats;
import io.tidings.audience.OptOut;
import io.tidings.audience.PageIndex;
import io.tidings.audience.UserActivity;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.shell.PagedList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audience screen: every endpoint in a table that loads a page at a time, filtered by a
 * search and by channel and opt-out, with the selected endpoint in an editor beside it.
 */
public final class AudienceViewModel {

    static final int PAGE_SIZE = 200;

    static final List<DialogService.FileType> AUDIENCE_FILES = List.of(
            new DialogService.FileType("Pinpoint CSV", "*.csv"),
            new DialogService.FileType("Pinpoint JSON (one endpoint per line)", "*.json", "*.ndjson", "*.jsonl"));
    /** Opening, both kinds show at first: a Pinpoint export job writes JSON, a spreadsheet CSV. */
    static final List<DialogService.FileType> AUDIENCE_FILES_TO_OPEN = List.of(
            new DialogService.FileType("Pinpoint CSV or JSON, or either gzip-compressed", "*.csv", "*.json",
                    "*.ndjson", "*.jsonl", "*.gz"),
            AUDIENCE_FILES.get(0), AUDIENCE_FILES.get(1));

    private final AudienceService audience;
    private final AudienceImport importer;
    private final BackgroundWork background;
    private final DialogService dialogs;
    private final EndpointEditorViewModel editor;
    private final AudienceExports exports;
    private long generation;
    private BackgroundWork.Cancellable counting;
    private BackgroundWork.Cancellable indexing;
    private AudiencePages pages;
    private PageIndex earlyIndex;

    // Properties
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<ChannelType> channel = new SimpleObjectProperty<>(this, "channel");
    private final ObjectProperty<OptOut> optOut = new SimpleObjectProperty<>(this, "optOut");
    private final ObjectProperty<AudienceListing> listing = new SimpleObjectProperty<>(this, "listing", AudienceListing.PEOPLE);
    private final ReadOnlyBooleanWrapper selectionHidden = new ReadOnlyBooleanWrapper(this, "selectionHidden");
    private final PeopleListing people;
    private long hiddenCheck;
    private final ReadOnlyObjectWrapper<ObservableList<EndpointRow>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper emptyAudience = new ReadOnlyBooleanWrapper(this, "emptyAudience");
    private final Runnable openSample;
    private final ReadOnlyObjectWrapper<ImportViewModel> importWizard = new ReadOnlyObjectWrapper<>(this, "importWizard");

    public AudienceViewModel(AudienceService audience, AudienceImport importer, AudienceExport audienceExport,
            UserActivity userActivity, BackgroundWork background, DialogService dialogs) {
        this(audience, importer, audienceExport, userActivity, background, dialogs, null);
    }

    /** @param openSample opens the sample workspace, offered while this one has no audience; null offers nothing */
    public AudienceViewModel(AudienceService audience, AudienceImport importer, AudienceExport audienceExport,
            UserActivity userActivity, BackgroundWork background, DialogService dialogs, Runnable openSample) {
        this.openSample = openSample;
        this.audience = audience;
        this.importer = importer;
        this.background = background;
        this.dialogs = dialogs;
        this.exports = new AudienceExports(audienceExport, userActivity, background, dialogs);
        this.editor = new EndpointEditorViewModel(audience, background, dialogs, exports, this::refresh);
        this.people = new PeopleListing(audience, background, PAGE_SIZE);
        search.addListener((observable, old, text) -> refresh());
        channel.addListener((observable, old, chosen) -> refresh());
        optOut.addListener((observable, old, chosen) -> refresh());
        listing.addListener((observable, old, chosen) -> refresh());
        editor.endpointProperty().addListener((observable, old, shown) -> checkSelectionShown());
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<ChannelType> channelProperty() {
        return channel;
    }

    public ObjectProperty<OptOut> optOutProperty() {
        return optOut;
    }

    /** People or endpoints: which the screen lists. */
    public ObjectProperty<AudienceListing> listingProperty() {
        return listing;
    }

    /** The matching people, in user id order; null items are still loading. */
    public ReadOnlyObjectProperty<ObservableList<PersonRow>> peopleProperty() {
        return people.rowsProperty();
    }

    /**
     * True while the editor shows an endpoint (or in the People view, a person) that the search and filters hide:
     * the editor keeps it, saying it is not in the current results.
     */
    public ReadOnlyBooleanProperty selectionHiddenProperty() {
        return selectionHidden.getReadOnlyProperty();
    }

    /** The matching endpoints, in the order they were added; null items are still loading. */
    public ReadOnlyObjectProperty<ObservableList<EndpointRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** "3,042 endpoints", or "12 of 3,042 endpoints match". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when the workspace has no endpoints at all, whatever the search: the screen offers ways to get some. */
    public ReadOnlyBooleanProperty emptyAudienceProperty() {
        return emptyAudience.getReadOnlyProperty();
    }

    /** Whether the screen can offer the sample workspace. */
    public boolean canOpenSample() {
        return openSample != null;
    }

    /** Opens the sample workspace in place of this one (the shell asks about unsaved edits first). */
    public void openSample() {
        if (openSample != null) {
            openSample.run();
        }
    }

    /** The import in progress of being set up, or null. The view shows it as a dialog. */
    public ReadOnlyObjectProperty<ImportViewModel> importWizardProperty() {
        return importWizard.getReadOnlyProperty();
    }

    public EndpointEditorViewModel editor() {
        return editor;
    }

    /**
     * Shows the chosen endpoint in the editor, once the one shown has nothing unsaved (or the user said so);
     * {@code stay} runs when the editor keeps its endpoint, for the table to choose its row again.
     */
    public void select(EndpointRow row, Runnable stay) {
        if (row != null) {
            editor.open(row.id(), stay);
        }
    }

    /** Shows a person in the editor (their first endpoint, and all of them listed), as {@link #select} does. */
    public void selectPerson(PersonRow person, Runnable stay) {
        if (person != null) {
            editor.openPerson(person.userId(), stay);
        }
    }

    /** Empties the editor for a new person: a user id, their name and a first endpoint. */
    public void addPerson() {
        editor.startNew(NewEndpoint.Kind.PERSON, null);
    }

    /** Empties the editor for a new endpoint. */
    public void addEndpoint() {
        editor.startNew(NewEndpoint.Kind.ENDPOINT, null);
    }

    /** Counts the matching people or endpoints again and reloads the list. */
    public void refresh() {
        long current = ++generation;
        if (counting != null) {
            counting.cancel();
            indexing.cancel();
        }
        loading.set(true);
        AudienceFilter filter = currentFilter();
        checkSelectionShown();
        if (listing.get() == AudienceListing.PEOPLE) {
            counting = null;
            people.refresh(filter, counted -> showPeople(counted), error -> {
                loading.set(false);
                summary.set("The audience could not be read: " + error.getMessage());
            });
            return;
        }
        counting = background.run(BackgroundJob.of("Counting endpoints", progress -> new FirstPage(
                        audience.count(filter), audience.page(filter, Long.MIN_VALUE, PAGE_SIZE)))
                .quiet()
                .onSuccess(first -> {
                    if (current == generation) {
                        show(filter, first);
                    }
                })
                .onFailure(error -> {
                    loading.set(false);
                    summary.set("The audience could not be read: " + error.getMessage());
                }));
        indexing = background.run(BackgroundJob.of("Indexing endpoint pages",
                        progress -> audience.pageIndex(filter, PAGE_SIZE))
                .quiet()
                .onSuccess(index -> {
                    if (current == generation && pages != null) {
                        pages.indexArrived(index);
                    } else if (current == generation) {
                        earlyIndex = index;
                    }
                }));
    }

    private AudienceFilter currentFilter() {
        return new AudienceFilter(search.get(), channel.get(), optOut.get());
    }

    private void showPeople(PeopleListing.Counted counted) {
        loading.set(false);
        long total = counted.people();
        AudienceFilter filter = counted.filter();
        boolean filtered = filter.hasSearch() || filter.channel() != null || filter.optOut() != null;
        emptyAudience.set(counted.noEndpointsAtAll());
        if (!filtered) {
            summary.set(total == 0 ? "No people yet" : total == 1 ? "1 person" : "%,d people".formatted(total));
        } else {
            summary.set(total == 1 ? "1 person matches" : "%,d people match".formatted(total));
        }
    }

    /** Whether the search and filters still show what the editor shows; a newer check supersedes an older one. */
    private void checkSelectionShown() {
        long current = ++hiddenCheck;
        Endpoint shown = editor.endpointProperty().get();
        AudienceFilter filter = currentFilter();
        boolean unfiltered = !filter.hasSearch() && filter.channel() == null && filter.optOut() == null;
        if (shown == null || editor.addingProperty().get() != null || unfiltered) {
            selectionHidden.set(false);
            return;
        }
        String userId = shown.user().userId();
        boolean byPerson = listing.get() == AudienceListing.PEOPLE && userId != null;
        background.run(BackgroundJob.of("Checking the shown endpoint", progress -> byPerson
                        ? audience.personMatches(filter, userId) : audience.matches(filter, shown.id()))
                .quiet()
                .onSuccess(matches -> {
                    if (current == hiddenCheck) {
                        selectionHidden.set(!matches);
                    }
                }));
    }

    /** The count of matching endpoints and the first page, read together. */
    private record FirstPage(long total, List<EndpointRow> rows) {
    }

    private void show(AudienceFilter filter, FirstPage first) {
        pages = new AudiencePages(audience, background, filter, first.rows(), PAGE_SIZE);
        if (earlyIndex != null && earlyIndex.filter().equals(filter)) {
            pages.indexArrived(earlyIndex);
        }
        earlyIndex = null;
        rows.set(new PagedList<EndpointRow>((int) first.total(), PAGE_SIZE, pages::load));
        loading.set(false);
        boolean filtered = filter.hasSearch() || filter.channel() != null || filter.optOut() != null;
        long total = first.total();
        emptyAudience.set(!filtered && total == 0);
        if (!filtered) {
            summary.set(total == 0 ? "No endpoints yet" : "%,d endpoints".formatted(total));
        } else {
            summary.set(total == 1 ? "1 endpoint matches" : "%,d endpoints match".formatted(total));
        }
    }

    /** Asks for a file and opens the import wizard for it, once its format is known (from its name or first bytes). */
    public void startImport() {
        dialogs.chooseFileToOpen("Import endpoints", AUDIENCE_FILES_TO_OPEN).ifPresent(file ->
                background.run(BackgroundJob.of("Opening " + file.getFileName(), progress -> ImportFormats.of(file))
                        .quiet()
                        .onSuccess(format -> importWizard.set(new ImportViewModel(importer, background, dialogs,
                                file, format, this::importFinished)))));
    }

    /** The wizard was closed, with or without an import. */
    public void closeImport() {
        importWizard.set(null);
    }

    private void importFinished() {
        refresh();
    }

    /** Asks where to save and exports every endpoint, as CSV or NDJSON by the file's extension. */
    public void exportAll() {
        dialogs.chooseFileToSave("Export all endpoints", "audience.csv", AUDIENCE_FILES)
                .ifPresent(file -> exports.export(new ExportScope.All(), file, "Exporting the audience"));
    }
}
