package io.tidings.segment.ui;

import io.tidings.audience.AudienceExport;
import io.tidings.audience.ExportFormat;
import io.tidings.audience.ExportRequest;
import io.tidings.audience.ExportScope;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentFields;
import io.tidings.segment.SegmentJson;
import io.tidings.segment.SegmentService;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.shell.LeavingEditors;
import java.nio.file.Files;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The segments screen: the saved segments, and the builder for the chosen or a new one. */
public final class SegmentsViewModel {

    static final List<DialogService.FileType> MEMBER_FILES = List.of(
            new DialogService.FileType("Pinpoint CSV", "*.csv"),
            new DialogService.FileType("Pinpoint JSON (one endpoint per line)", "*.json", "*.ndjson", "*.jsonl"));
    static final List<DialogService.FileType> SEGMENT_FILES = List.of(new DialogService.FileType("Pinpoint segment JSON", "*.json"));

    private final SegmentService segments;
    private final BackgroundWork background;
    private final DialogService dialogs;
    private final SegmentBuilderViewModel builder;
    private final AudienceExport audienceExport;

    private final io.tidings.shell.SendNow sendNow;
    private final ObservableList<Segment> saved = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Segment> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    public SegmentsViewModel(SegmentService segments, SegmentFields fields, AudienceExport audienceExport,
            BackgroundWork background, DialogService dialogs) {
        this(segments, fields, audienceExport, background, dialogs, io.tidings.shell.SendNow.NOWHERE);
    }

    /** @param sendNow opens the campaign editor with the selected segment chosen */
    public SegmentsViewModel(SegmentService segments, SegmentFields fields, AudienceExport audienceExport,
            BackgroundWork background, DialogService dialogs, io.tidings.shell.SendNow sendNow) {
        this.sendNow = sendNow;
        this.segments = segments;
        this.audienceExport = audienceExport;
        this.background = background;
        this.dialogs = dialogs;
        this.builder = new SegmentBuilderViewModel(segments, fields, background, this::savedSegment);
    }

    public ObservableList<Segment> segments() {
        return saved;
    }

    /** The saved segment in the builder, or null for a new one; {@link #open} changes it. */
    public ReadOnlyObjectProperty<Segment> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Opens a saved segment in the builder, once the one there has nothing unsaved (or the user said so). */
    public void open(Segment chosen) {
        Segment shown = builder.segmentProperty().get();
        if (chosen == null || shown != null && shown.id() == chosen.id()) {
            return;
        }
        LeavingEditors.leave(dialogs, builder, () -> {
            selected.set(chosen);
            builder.load(chosen);
        }, () -> { });
    }

    /** A campaign to the selected segment, in the campaign editor. */
    public void sendNow() {
        if (selected.get() != null) {
            sendNow.sendToSegment(selected.get().id());
        }
    }

    public SegmentBuilderViewModel builder() {
        return builder;
    }

    /** Reads the saved segments; opens the builder on a new segment when there are none. */
    public void refresh() {
        background.run(BackgroundJob.of("Reading segments", progress -> segments.list()).quiet().onSuccess(list -> {
            saved.setAll(list);
            if (builder.segmentProperty().get() == null && !builder.changedProperty().get()) {
                builder.startNew();
            }
        }));
    }

    /** Starts a new segment, once the one in the builder has nothing unsaved (or the user said so). */
    public void newSegment() {
        LeavingEditors.leave(dialogs, builder, this::startNewNow, () -> { });
    }

    private void startNewNow() {
        selected.set(null);
        builder.startNew();
    }

    public void duplicate() {
        Segment chosen = builder.segmentProperty().get();
        if (chosen == null) {
            return;
        }
        dialogs.askText("Duplicate segment", "Name of the copy", chosen.name() + " (copy)").ifPresent(name ->
                background.run(BackgroundJob.of("Duplicating " + chosen.name(), progress -> segments.duplicate(chosen.id(), name))
                        .onSuccess(copy -> background.run(BackgroundJob.of("Reading segments", progress -> segments.list())
                                .quiet().onSuccess(list -> {
                                    saved.setAll(list);
                                    list.stream().filter(item -> item.id() == copy.id()).findFirst().ifPresent(this::open);
                                })))
                        .onFailure(error -> dialogs.showError("The segment could not be duplicated", error.getMessage()))));
    }

    public void delete() {
        Segment chosen = builder.segmentProperty().get();
        if (chosen == null || !dialogs.confirm("Delete segment \"" + chosen.name() + "\"?",
                "The segment and its saved versions are deleted. Its endpoints stay in the audience.", "Delete segment")) {
            return;
        }
        background.run(BackgroundJob.of("Deleting " + chosen.name(), progress -> {
            segments.delete(chosen.id());
            return segments.list();
        }).onSuccess(list -> {
            saved.setAll(list);
            startNewNow();
        }).onFailure(error -> dialogs.showError("The segment could not be deleted", error.getMessage())));
    }

    /** Asks where to save, then exports the saved segment's members as CSV, or NDJSON for a .json file. */
    public void exportMembers() {
        Segment chosen = builder.segmentProperty().get();
        if (chosen == null) {
            return;
        }
        String suggested = chosen.name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".csv";
        dialogs.chooseFileToSave("Export the members of " + chosen.name(), suggested, MEMBER_FILES).ifPresent(file ->
                background.run(BackgroundJob.of("Exporting " + chosen.name(), progress -> {
                    long[] keys = segments.memberKeys(chosen);
                    ExportFormat format = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                            ? ExportFormat.CSV : ExportFormat.NDJSON;
                    return audienceExport.run(new ExportRequest(format, new ExportScope.Keys(chosen.name(), keys), file), progress);
                }).onSuccess(count -> dialogs.showInformation("Export finished",
                        "%,d %s written to %s.".formatted(count, count == 1 ? "endpoint was" : "endpoints were", file)))
                        .onFailure(error -> dialogs.showError("The export failed", error.getMessage()))));
    }

    /** Reads Pinpoint segment JSON into the builder as a new, unsaved segment. */
    public void importJson() {
        dialogs.chooseFileToOpen("Import Pinpoint segment JSON", SEGMENT_FILES).ifPresent(file ->
                background.run(BackgroundJob.of("Reading " + file.getFileName(), progress -> {
                    String json = Files.readString(file);
                    return new Imported(SegmentJson.read(json), nameIn(json, file.getFileName().toString()));
                }).onSuccess(imported -> LeavingEditors.leave(dialogs, builder, () -> {
                    startNewNow();
                    builder.show(imported.definition());
                    builder.nameProperty().set(imported.name());
                }, () -> { })).onFailure(error -> dialogs.showError("The segment JSON could not be imported", error.getMessage()))));
    }

    /** Writes the builder's criteria as Pinpoint segment JSON. */
    public void exportJson() {
        builder.definition().ifPresent(definition -> {
            String suggested = (builder.nameProperty().get().isBlank() ? "segment" : builder.nameProperty().get())
                    .replaceAll("[^A-Za-z0-9._-]+", "-") + ".json";
            dialogs.chooseFileToSave("Export as Pinpoint segment JSON", suggested, SEGMENT_FILES).ifPresent(file ->
                    background.run(BackgroundJob.of("Writing " + file.getFileName(), progress -> {
                                segments.exportJson(definition, file);
                                return file;
                            })
                            .onSuccess(written -> dialogs.showInformation("Segment exported", definition.fitsPinpoint()
                                    ? "Written to " + file + ". Pinpoint can import it as it is."
                                    : "Written to " + file + ". It excludes segments, which Pinpoint cannot express: "
                                            + "Pinpoint will refuse the ExcludeSegments field."))
                            .onFailure(error -> dialogs.showError("The segment could not be exported", error.getMessage()))));
        });
    }

    private void savedSegment(Segment segment) {
        background.run(BackgroundJob.of("Reading segments", progress -> segments.list()).quiet().onSuccess(list -> {
            saved.setAll(list);
            // The builder may have moved on meanwhile (Save, then another segment): the one it shows stays chosen.
            Segment chosen = selected.get() != null ? selected.get() : builder.segmentProperty().get();
            if (chosen != null) {
                list.stream().filter(item -> item.id() == chosen.id()).findFirst().ifPresent(selected::set);
            }
        }));
    }

    private record Imported(SegmentDefinition definition, String name) {
    }

    private static String nameIn(String json, String fallback) {
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("Name");
            return node != null && node.isTextual() ? node.asText() : fallback.replaceAll("\\.json$", "");
        } catch (java.io.IOException e) {
            return fallback;
        }
    }
}
