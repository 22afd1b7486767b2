package io.tidings.campaign.ui;

import io.tidings.campaign.Campaign;
import io.tidings.campaign.CampaignService;
import io.tidings.campaign.CampaignSummary;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Campaigns section: the list of campaigns and its commands (new, duplicate, delete, import and export Pinpoint
 * JSON), and which page shows: the list, the editor or a campaign's run monitor. Leaving the editor with unsaved
 * changes asks first.
 */
public final class CampaignsViewModel {

    /** The page the section shows. */
    public enum Page { LIST, EDITOR, MONITOR }

    private static final List<FileType> JSON_FILES = List.of(new FileType("Pinpoint campaign JSON", "*.json"));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final CampaignService campaigns;
    private final BackgroundWork background;
    private final DialogService dialogs;
    private final CampaignEditorViewModel editor;
    private final RunMonitorViewModel monitor;

    private final ObservableList<CampaignRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CampaignRow> shownRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<CampaignRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.LIST);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private long listGeneration;

    public CampaignsViewModel(CampaignService campaigns, CampaignEditorViewModel editor, RunMonitorViewModel monitor,
            BackgroundWork background, DialogService dialogs) {
        this.campaigns = campaigns;
        this.editor = editor;
        this.monitor = monitor;
        this.background = background;
        this.dialogs = dialogs;
        editor.setOnSaved(this::refresh);
        editor.setOnLaunched(launched -> {
            page.set(Page.MONITOR);
            monitor.show(launched.id());
        });
    }

    public CampaignEditorViewModel editor() {
        return editor;
    }

    public RunMonitorViewModel monitor() {
        return monitor;
    }

    public ObservableList<CampaignRow> campaigns() {
        return shownRows;
    }

    public ReadOnlyObjectProperty<CampaignRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** True once the list was read: until then an empty list means "reading", not "no campaigns". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void select(CampaignRow row) {
        selected.set(row);
    }

    /** Reads the campaigns again, then counts each one's audience. */
    public void refresh() {
        long mine = ++listGeneration;
        background.run(BackgroundJob.of("Reading campaigns", progress -> campaigns.list())
                .quiet()
                .onSuccess(list -> {
                    if (mine != listGeneration) {
                        return;
                    }
                    Map<Long, Long> counted = new HashMap<>();
                    rows.forEach(row -> counted.put(row.id(), row.audienceSize()));
                    Long keep = selected.get() == null ? null : selected.get().id();
                    rows.setAll(list.stream().map(summary -> new CampaignRow(summary,
                            counted.get(summary.campaign().id()))).toList());
                    selected.set(rows.stream().filter(row -> keep != null && row.id() == keep).findFirst().orElse(null));
                    loaded.set(true);
                    error.set("");
                    countAudiences(mine, list);
                })
                .onFailure(failure -> error.set("The campaigns could not be read: " + failure.getMessage())));
    }

    private void countAudiences(long generation, List<CampaignSummary> list) {
        background.run(BackgroundJob.of("Counting the campaigns' audiences", progress -> {
                    Map<Long, Long> bySegment = new HashMap<>();
                    Map<Long, Long> sizes = new HashMap<>();
                    for (CampaignSummary summary : list) {
                        Long segmentId = summary.campaign().definition().segmentId();
                        if (segmentId != null) {
                            progress.checkCancelled();
                            try {
                                Long size = bySegment.computeIfAbsent(segmentId,
                                        any -> campaigns.audienceSize(summary.campaign().id()));
                                sizes.put(summary.campaign().id(), size);
                            } catch (RuntimeException uncountable) {
                                // an unusable segment: the editor and the launch say why
                            }
                        }
                    }
                    return sizes;
                })
                .quiet()
                .onSuccess(sizes -> {
                    if (generation == listGeneration) {
                        Long keep = selected.get() == null ? null : selected.get().id();
                        rows.replaceAll(row -> new CampaignRow(row.summary(), sizes.get(row.id())));
                        selected.set(rows.stream().filter(row -> keep != null && row.id() == keep).findFirst().orElse(null));
                    }
                })
                .onFailure(failure -> { }));
    }

    /** A new campaign in the editor. */
    public void create() {
        startNew(CampaignEditorViewModel.Start.BLANK);
    }

    /** The editor with a template or segment chosen and the schedule "immediately": "Send now" from elsewhere. */
    public void startNew(CampaignEditorViewModel.Start start) {
        leaveEditor(() -> {
            editor.startNew(start);
            page.set(Page.EDITOR);
        });
    }

    /** Opens the selected campaign: a draft or scheduled one in the editor, one that has sent in its monitor. */
    public void open() {
        CampaignRow row = selected.get();
        if (row == null) {
            return;
        }
        Campaign campaign = row.summary().campaign();
        leaveEditor(() -> {
            if (campaign.state().isEditable() && !row.summary().totals().hasResults()) {
                editor.open(campaign.id());
                page.set(Page.EDITOR);
            } else {
                showMonitor(campaign.id());
            }
        });
    }

    /** Opens the selected campaign's run monitor. */
    public void monitorSelected() {
        CampaignRow row = selected.get();
        if (row != null) {
            leaveEditor(() -> showMonitor(row.id()));
        }
    }

    private void showMonitor(long id) {
        monitor.show(id);
        page.set(Page.MONITOR);
    }

    /** Back to the list, asking first when the editor has unsaved changes. */
    public void showList() {
        leaveEditor(() -> {
            page.set(Page.LIST);
            refresh();
        });
    }

    /** Runs {@code moveOn} once the editor, if shown, has nothing unsaved (saved, discarded, or nothing to ask). */
    private void leaveEditor(Runnable moveOn) {
        if (page.get() != Page.EDITOR) {
            moveOn.run();
            return;
        }
        LeavingEditors.leave(dialogs, editor, moveOn, () -> { });
    }

    public void duplicate() {
        CampaignRow row = selected.get();
        if (row == null) {
            return;
        }
        dialogs.askText("Duplicate " + Quote.of(row.name()), "Name of the copy", row.name() + " (copy)")
                .ifPresent(name -> background.run(BackgroundJob.of("Duplicating " + Quote.of(row.name()),
                                progress -> campaigns.duplicate(row.id(), name))
                        .onSuccess(copy -> {
                            status.set("Duplicated as " + Quote.of(copy.name()) + ", a draft.");
                            refresh();
                        })
                        .onFailure(failure -> dialogs.showError("Not duplicated", failure.getMessage()))));
    }

    public void delete() {
        CampaignRow row = selected.get();
        if (row == null || !dialogs.confirm("Delete " + Quote.of(row.name()),
                "The campaign and its record of runs will be deleted; what it sent stays in the Outbox. This cannot "
                        + "be undone.", "Delete")) {
            return;
        }
        background.run(BackgroundJob.of("Deleting " + Quote.of(row.name()), progress -> {
                    campaigns.delete(row.id());
                    return row.id();
                })
                .onSuccess(id -> {
                    status.set("Deleted " + Quote.of(row.name()) + ".");
                    selected.set(null);
                    refresh();
                })
                .onFailure(failure -> dialogs.showError("Not deleted", failure.getMessage())));
    }

    /** Imports a Pinpoint WriteCampaignRequest the marketer picks, as a draft. */
    public void importCampaign() {
        dialogs.chooseFileToOpen("Import a Pinpoint campaign", JSON_FILES).ifPresent(this::importFile);
    }

    private void importFile(Path file) {
        String title = "Importing " + file.getFileName();
        background.run(BackgroundJob.of(title, progress -> {
                    String fallback = file.getFileName().toString().replaceFirst("(?i)\\.json$", "");
                    try {
                        return campaigns.importJson(file, null);
                    } catch (io.tidings.campaign.InvalidCampaignException unnamed) {
                        if (unnamed.getMessage() != null && unnamed.getMessage().contains("has no Name")) {
                            return campaigns.importJson(file, fallback);
                        }
                        throw unnamed;
                    }
                })
                .onSuccess(imported -> {
                    status.set("Imported " + Quote.of(imported.name()) + " as a draft.");
                    refresh();
                })
                .onFailure(failure -> dialogs.showError(title + " failed", failure.getMessage())));
    }

    /** Writes the selected campaign as a Pinpoint WriteCampaignRequest. */
    public void exportCampaign() {
        CampaignRow row = selected.get();
        if (row == null) {
            return;
        }
        dialogs.chooseFileToSave("Export " + Quote.of(row.name()), row.name() + ".json", JSON_FILES)
                .map(JSON_FILES.get(0)::withExtension)
                .ifPresent(file -> background.run(BackgroundJob.of("Exporting " + Quote.of(row.name()), progress -> {
                            campaigns.exportJson(row.id(), file, null);
                            return file;
                        })
                        .onSuccess(written -> status.set("Exported to " + written + "."))
                        .onFailure(failure -> dialogs.showError("Not exported", failure.getMessage()))));
    }

    /** A moment in the marketer's own time zone: "6 Dec 2026, 09:00". */
    static String when(Instant moment) {
        return moment == null ? "" : WHEN.format(moment.atZone(ZoneId.systemDefault()));
    }
}
