package io.tidings.audience.ui;

import io.tidings.audience.AudienceImport;
import io.tidings.audience.ChannelType;
import io.tidings.audience.ColumnMapping;
import io.tidings.audience.MappingFile;
import io.tidings.audience.ErrorPolicy;
import io.tidings.audience.ImportFormat;
import io.tidings.audience.ImportRequest;
import io.tidings.audience.ImportResult;
import io.tidings.audience.PreviewRow;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard for one file: the mapping step for CSVs whose headers are not Pinpoint's, a
 * preview of the first rows as they will be stored, the options, and the report afterwards.
 */
public final class ImportViewModel {

    static final int PREVIEW_ROWS = 20;

    private final BackgroundWork background;
    private final DialogService dialogs;
    private final Path file;
    private final Runnable imported;
    private final AudienceImport importer;
    private final List<String> standardPaths;
    private long previewGeneration;

    // Properties
    private final ImportFormat format;
    private final ReadOnlyBooleanWrapper needsMapping = new ReadOnlyBooleanWrapper(this, "needsMapping");
    private final ReadOnlyStringWrapper mappingSaved = new ReadOnlyStringWrapper(this, "mappingSaved");
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList(
            column -> new javafx.beans.Observable[] {column.targetProperty()});
    private final ObjectProperty<ChannelType> channelForRowsWithout =
            new SimpleObjectProperty<>(this, "channelForRowsWithout", ChannelType.EMAIL);
    private final BooleanProperty skipBadRows = new SimpleBooleanProperty(this, "skipBadRows", true);
    private final StringProperty segmentName = new SimpleStringProperty(this, "segmentName", "");
    private final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    /** Written by the import's background job, read once its report is shown. */
    private volatile Path errorsFile;
    private volatile Path rejectedRowsFile;

    ImportViewModel(AudienceImport importer, BackgroundWork background, DialogService dialogs, Path file,
            ImportFormat format, Runnable imported) {
        this.background = background;
        this.dialogs = dialogs;
        this.file = file;
        this.imported = imported;
        this.importer = importer;
        this.standardPaths = AudienceImport.standardFieldPaths();
        this.format = format;
        segmentName.set(defaultSegmentName(file));
        columns.addListener((javafx.collections.ListChangeListener<ColumnChoice>) change -> refreshPreview());
        channelForRowsWithout.addListener((observable, old, channel) -> refreshPreview());
        readHeaders();
    }

    // Properties

    public String fileName() {
        return file.getFileName().toString();
    }

    public ImportFormat format() {
        return format;
    }

    /** True for a CSV whose header row is not all Pinpoint field paths. */
    public ReadOnlyBooleanProperty needsMappingProperty() {
        return needsMapping.getReadOnlyProperty();
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    /** Every target a column can be mapped to: leave out, the standard fields, an attribute per header. */
    public List<String> targets() {
        List<String> targets = new ArrayList<>();
        targets.add(ColumnChoice.LEAVE_OUT);
        targets.addAll(standardPaths);
        for (ColumnChoice column : columns) {
            String attribute = "Attributes." + ColumnSuggestions.attributeName(column.header());
            if (!targets.contains(attribute) && attribute.length() > "Attributes.".length()) {
                targets.add(attribute);
            }
        }
        return targets;
    }

    /** The channel of new endpoints when no column gives a ChannelType. */
    public ObjectProperty<ChannelType> channelForRowsWithoutProperty() {
        return channelForRowsWithout;
    }

    public BooleanProperty skipBadRowsProperty() {
        return skipBadRows;
    }

    /** The imported segment to create or refresh; blank for none. */
    public StringProperty segmentNameProperty() {
        return segmentName;
    }

    public ObservableList<PreviewRow> preview() {
        return preview;
    }

    /** Why the file cannot be imported as it stands, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True once the file was read and the preview shown. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** The outcome of the import once it ran; the view shows it as a report. */
    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /**
     * Whether new endpoints need a channel chosen for them: no column gives a ChannelType, and no
     * column gives an Id (rows with an Id may update existing endpoints, whose channel must stay).
     */
    public boolean needsChannelForEveryRow() {
        return columns.stream().noneMatch(column -> "ChannelType".equals(column.fieldPath()) || "Id".equals(column.fieldPath()));
    }

    // Commands

    private void readHeaders() {
        if (format != ImportFormat.CSV) {
            refreshPreview();
            return;
        }
        background.run(BackgroundJob.of("Reading " + fileName(), progress -> importer.headers(file))
                .quiet()
                .onSuccess(headers -> {
                    needsMapping.set(!headers.stream()
                            .allMatch(header -> ColumnSuggestions.isPinpointHeader(header, standardPaths)));
                    List<String> suggestions = ColumnSuggestions.suggestAll(headers, standardPaths);
                    int address = suggestions.indexOf("Address");
                    if (address >= 0 && ColumnSuggestions.isPhoneHeader(headers.get(address))) {
                        channelForRowsWithout.set(ChannelType.SMS);
                    }
                    List<ColumnChoice> choices = new ArrayList<>(headers.size());
                    for (int column = 0; column < headers.size(); column++) {
                        choices.add(new ColumnChoice(headers.get(column), suggestions.get(column)));
                    }
                    columns.setAll(choices);
                })
                .onFailure(error -> problem.set(error.getMessage())));
    }

    /** Reads the first rows again with the current mapping. */
    public void refreshPreview() {
        long current = ++previewGeneration;
        ColumnMapping mapping = mapping();
        background.run(BackgroundJob.of("Previewing " + fileName(),
                        progress -> importer.preview(file, format, mapping, PREVIEW_ROWS))
                .quiet()
                .onSuccess(read -> {
                    if (current == previewGeneration) {
                        preview.setAll(read.rows());
                        problem.set(null);
                        ready.set(true);
                    }
                })
                .onFailure(error -> {
                    if (current == previewGeneration) {
                        preview.clear();
                        problem.set(error.getMessage());
                        ready.set(false);
                    }
                }));
    }

    /** Runs the import in the background; the status bar shows its progress and can cancel it. */
    public void start() {
        ColumnMapping mapping = mapping();
        ErrorPolicy policy = skipBadRows.get() ? ErrorPolicy.SKIP_BAD_ROWS : ErrorPolicy.STOP_AT_FIRST_ERROR;
        String segment = segmentName.get().isBlank() ? null : segmentName.get().strip();
        background.run(BackgroundJob.of("Importing " + fileName(), progress -> {
                    Path problems = temporaryFile("tidings-rejected-", ".csv");
                    Path rows = temporaryFile("tidings-rejected-rows-", "." + format.extension());
                    errorsFile = problems;
                    rejectedRowsFile = rows;
                    return importer.run(new ImportRequest(file, format, mapping, policy, segment, problems, rows), progress);
                })
                // A stopped import still reports: which lines landed, and the rows it left out until then.
                .reportsWhenStopped()
                .onSuccess(done -> {
                    result.set(done);
                    imported.run();
                })
                // The failure says what of the file stayed in the workspace, if anything did.
                .onFailure(error -> dialogs.showError("The import failed", error.getMessage())));
    }

    /** Asks where to save the list of rejected rows (line, field, reason) and copies it there. */
    public void saveRejectedRows() {
        save(errorsFile, "Save the list of rejected rows", "rejected-" + baseName() + ".csv", ImportFormat.CSV);
    }

    /**
     * Asks where to save the rejected rows themselves, as the file had them (its header and cells,
     * or its JSON lines), to be corrected and imported again; and copies them there.
     */
    public void saveRowsToCorrect() {
        save(rejectedRowsFile, "Save the rejected rows to correct", "to-correct-" + baseName() + "." + format.extension(),
                format);
    }

    private void save(Path source, String title, String suggestedName, ImportFormat type) {
        if (source == null) {
            return;
        }
        dialogs.chooseFileToSave(title, suggestedName,
                        List.of(new DialogService.FileType(type.label(), "*." + type.extension())))
                .ifPresent(target -> background.run(BackgroundJob.of("Saving " + target.getFileName(), progress -> {
                    importer.saveReport(source, target, file);
                    return target;
                }).onFailure(error -> dialogs.showError("The rejected rows could not be saved", error.getMessage()))));
    }

    /** "Saved the mapping as …": what the last Save of the mapping did, or why it did not. */
    public ReadOnlyStringProperty mappingSavedProperty() {
        return mappingSaved.getReadOnlyProperty();
    }

    /**
     * Asks where, then saves the columns' fields as JSON, so that the same kind of file imports headless with
     * {@code tidings import --mapping FILE.json}.
     */
    public void saveMapping() {
        java.util.Map<String, String> mapped = new java.util.LinkedHashMap<>();
        for (ColumnChoice column : columns) {
            if (column.fieldPath() != null) {
                mapped.put(column.header(), column.fieldPath());
            }
        }
        MappingFile mapping = new MappingFile(mapped, needsChannelForEveryRow() && channelForRowsWithout.get() != null
                ? channelForRowsWithout.get().name() : null);
        dialogs.chooseFileToSave("Save the column mapping", baseName() + "-mapping.json",
                        List.of(new DialogService.FileType("Column mapping (JSON)", "*.json")))
                .ifPresent(target -> background.run(BackgroundJob.of("Saving " + target.getFileName(), progress -> {
                    importer.saveMapping(mapping, target, file);
                    return target;
                }).onSuccess(saved -> mappingSaved.set("Saved as " + saved.getFileName() + ". On the command line: "
                        + "tidings import --mapping " + saved.getFileName() + " " + fileName()))
                        .onFailure(error -> {
                            mappingSaved.set(null);
                            dialogs.showError("The mapping could not be saved", error.getMessage());
                        })));
    }

    private String baseName() {
        return fileName().replaceAll("(\\.gz)?$", "").replaceAll("\\.[^.]*$", "");
    }

    private static Path temporaryFile(String prefix, String suffix) throws IOException {
        Path temporary = Files.createTempFile(prefix, suffix);
        temporary.toFile().deleteOnExit();
        return temporary;
    }

    private ColumnMapping mapping() {
        if (!needsMapping.get()) {
            return null;
        }
        List<String> paths = new ArrayList<>();
        for (ColumnChoice column : columns) {
            paths.add(column.fieldPath());
        }
        return new ColumnMapping(paths, needsChannelForEveryRow() && channelForRowsWithout.get() != null
                ? java.util.Map.of("ChannelType", channelForRowsWithout.get().name())
                : java.util.Map.of());
    }


    private static String defaultSegmentName(Path file) {
        return "Imported: " + file.getFileName().toString().replaceAll("\\.[^.]*$", "");
    }
}
