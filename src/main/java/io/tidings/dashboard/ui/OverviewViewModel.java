package io.tidings.dashboard.ui;

import io.tidings.audience.AudienceService;
import io.tidings.audience.AudienceSummary;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateSummary;
import io.tidings.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The dashboard: head counts of the open workspace's audience, its templates, and its file. */
public final class OverviewViewModel {

    /** What the dashboard shows, read in one go off the FX thread. */
    record Overview(AudienceSummary audience, List<TemplateSummary> templates, long fileBytes) {
    }

    private final Workspace workspace;
    private final AudienceService audience;
    private final TemplateService templates;
    private final BackgroundWork background;

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyObjectWrapper<AudienceSummary> audienceSummary = new ReadOnlyObjectWrapper<>(this, "audience");
    private final ReadOnlyStringWrapper fileSize = new ReadOnlyStringWrapper(this, "fileSize", "");
    private final ObservableList<TemplateSummary> templateList = FXCollections.observableArrayList();
    private final ObservableList<TemplateSummary> templatesView = FXCollections.unmodifiableObservableList(templateList);

    public OverviewViewModel(Workspace workspace, AudienceService audience, TemplateService templates,
            BackgroundWork background) {
        this.workspace = workspace;
        this.audience = audience;
        this.templates = templates;
        this.background = background;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AudienceSummary> audienceProperty() {
        return audienceSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileSizeProperty() {
        return fileSize.getReadOnlyProperty();
    }

    public ObservableList<TemplateSummary> templates() {
        return templatesView;
    }

    public String workspaceName() {
        return workspace.name();
    }

    public Path workspaceFile() {
        return workspace.file();
    }

    /** Reads the counts again. */
    public void refresh() {
        loading.set(true);
        error.set(null);
        background.run(BackgroundJob.of("Reading the workspace overview", progress -> new Overview(
                        audience.summary(),
                        templates.list(),
                        sizeOf(workspace.file())))
                .quiet()
                .onSuccess(overview -> {
                    audienceSummary.set(overview.audience());
                    templateList.setAll(overview.templates());
                    fileSize.set(humanSize(overview.fileBytes()));
                    loading.set(false);
                })
                .onFailure(failure -> {
                    error.set("The overview could not be read: " + failure.getMessage());
                    loading.set(false);
                }));
    }

    private static long sizeOf(Path file) {
        try {
            long size = Files.size(file);
            Path wal = Path.of(file + "-wal");
            return Files.exists(wal) ? size + Files.size(wal) : size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format("%.1f %s", value, units[unit]);
    }
}
