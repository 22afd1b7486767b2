package io.tidings.template.ui;

import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.shell.DialogService.FileType;
import io.tidings.shell.LeavingEditors;
import io.tidings.template.AmbiguousTemplateTypeException;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateStarters;
import io.tidings.template.TemplateSummary;
import io.tidings.template.TemplateType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The Templates section: the list of templates, filtered by type, and the commands on them. */
public final class TemplatesViewModel {

    private static final List<FileType> JSON_FILES = List.of(new FileType("Pinpoint template JSON", "*.json"));

    private final TemplateService templates;
    private final BackgroundWork background;
    private final DialogService dialogs;
    private final TemplateEditorViewModel editor;
    private final io.tidings.shell.SendNow sendNow;

    private final ObservableList<TemplateSummary> all = FXCollections.observableArrayList();
    private final FilteredList<TemplateSummary> shown = new FilteredList<>(all);
    private final ReadOnlyObjectWrapper<TemplateType> typeFilter = new ReadOnlyObjectWrapper<>(this, "typeFilter");
    private final ReadOnlyObjectWrapper<TemplateSummary> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** A template another screen asked to open, until the list that holds it is read. */
    private Long openWhenRead;

    public TemplatesViewModel(TemplateService templates, TemplateEditorViewModel editor, BackgroundWork background,
            DialogService dialogs) {
        this(templates, editor, background, dialogs, io.tidings.shell.SendNow.NOWHERE);
    }

    /** @param sendNow opens the campaign editor with the selected template chosen */
    public TemplatesViewModel(TemplateService templates, TemplateEditorViewModel editor, BackgroundWork background,
            DialogService dialogs, io.tidings.shell.SendNow sendNow) {
        this.sendNow = sendNow;
        this.templates = templates;
        this.editor = editor;
        this.background = background;
        this.dialogs = dialogs;
        editor.templateProperty().addListener((observable, old, saved) -> {
            if (saved != null) {
                all.replaceAll(summary -> summary.id() == saved.id() ? saved.summary() : summary);
                if (selected.get() != null && selected.get().id() == saved.id()) {
                    selected.set(saved.summary());
                }
            }
        });
    }

    public TemplateEditorViewModel editor() {
        return editor;
    }

    /** The templates that pass the type filter, by name. */
    public ObservableList<TemplateSummary> templates() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    public ReadOnlyObjectProperty<TemplateType> typeFilterProperty() {
        return typeFilter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TemplateSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** True once the list was read: until then an empty list means "loading", not "no templates". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the workspace has no templates at all (as opposed to none of the filtered type). */
    public boolean hasNoTemplates() {
        return all.isEmpty();
    }

    /** Shows only templates of {@code type}; null shows all. */
    public void filterBy(TemplateType type) {
        typeFilter.set(type);
        shown.setPredicate(type == null ? null : summary -> summary.type() == type);
    }

    /** Reads the list again and keeps the selection (or selects {@code selectId} when not null). */
    public void refresh() {
        refresh(selected.get() == null ? null : selected.get().id());
    }

    private void refresh(Long selectIfNothingAsked) {
        background.run(BackgroundJob.of("Reading templates", progress -> templates.list())
                .quiet()
                .onSuccess(list -> {
                    // A read started before another screen asked to open a template must not undo that request.
                    Long selectId = openWhenRead != null ? openWhenRead : selectIfNothingAsked;
                    openWhenRead = null;
                    all.setAll(list);
                    loaded.set(true);
                    error.set("");
                    Optional<TemplateSummary> again = list.stream()
                            .filter(summary -> selectId != null && summary.id() == selectId).findFirst();
                    if (again.isPresent()) {
                        boolean sameTemplate = selected.get() != null && selected.get().id() == again.get().id();
                        selected.set(again.get());
                        if (!sameTemplate) {
                            editor.open(again.get().id());
                        }
                    } else if (selectId != null) {
                        selected.set(null);
                        editor.close();
                    }
                })
                .onFailure(failure -> error.set("The templates could not be read: " + failure.getMessage())));
    }

    /** Opens a template in the editor, asking first when the open one has unsaved changes. */
    public void select(TemplateSummary summary) {
        if (summary == null || (selected.get() != null && selected.get().id() == summary.id())) {
            return;
        }
        LeavingEditors.leave(dialogs, editor, () -> {
            selected.set(summary);
            editor.open(summary.id());
        }, () -> { });
    }

    /**
     * Opens the template with {@code templateId} from another screen (the Dashboard), asking first when the open one
     * has unsaved changes; the list is read again, so a template made meanwhile (on the CLI) is found too.
     */
    public void open(long templateId) {
        if (selected.get() != null && selected.get().id() == templateId) {
            return;
        }
        LeavingEditors.leave(dialogs, editor, () -> {
            filterBy(null);
            openWhenRead = templateId;
            refresh(templateId);
        }, () -> { });
    }

    /** Asks for a name and creates a template of {@code type} with example content. */
    public void create(TemplateType type) {
        dialogs.askText("New " + typeName(type) + " template", "Name", "").ifPresent(name -> leaveEditor(() ->
                run("Creating \"" + name + "\"", progress -> templates.create(name, TemplateStarters.of(type), null))));
    }

    /** A one-off campaign of the selected template, in the campaign editor. */
    public void sendNow() {
        if (selected.get() != null) {
            sendNow.sendTemplate(selected.get().id());
        }
    }

    public void duplicate() {
        TemplateSummary current = selected.get();
        if (current != null) {
            dialogs.askText("Duplicate \"" + current.name() + "\"", "Name of the copy", current.name() + " (copy)")
                    .ifPresent(name -> leaveEditor(() -> run("Duplicating \"" + current.name() + "\"",
                            progress -> templates.duplicate(current.id(), name))));
        }
    }

    public void rename() {
        TemplateSummary current = selected.get();
        if (current != null) {
            dialogs.askText("Rename \"" + current.name() + "\"", "New name", current.name()).ifPresent(name ->
                    run("Renaming \"" + current.name() + "\"", progress -> {
                        templates.rename(current.id(), name);
                        return current.id();
                    }));
        }
    }

    public void delete() {
        TemplateSummary current = selected.get();
        if (current != null && dialogs.confirm("Delete \"" + current.name() + "\"",
                "The template and all its versions will be deleted. This cannot be undone.", "Delete")) {
            background.run(BackgroundJob.of("Deleting \"" + current.name() + "\"", progress -> {
                        templates.delete(current.id());
                        return current.id();
                    })
                    .onSuccess(id -> refresh(id))
                    .onFailure(failure -> dialogs.showError("Not deleted", failure.getMessage())));
        }
    }

    /** Imports a template from a Pinpoint template JSON file the user picks. */
    public void importTemplate() {
        dialogs.chooseFileToOpen("Import a Pinpoint template", JSON_FILES)
                .ifPresent(file -> leaveEditor(() -> importTemplate(file, null)));
    }

    /** Runs {@code moveOn}, which opens another template, once the editor has nothing unsaved (or the user said so). */
    private void leaveEditor(Runnable moveOn) {
        LeavingEditors.leave(dialogs, editor, moveOn, () -> { });
    }

    /** Imports {@code file} as a {@code type} template, or as the kind its fields show when null. */
    private void importTemplate(Path file, TemplateType type) {
        String title = "Importing " + file.getFileName();
        background.run(BackgroundJob.of(title, progress -> {
                    String name = file.getFileName().toString().replaceFirst("(?i)\\.json$", "");
                    String json = Files.readString(file, StandardCharsets.UTF_8);
                    boolean named = json.contains("\"TemplateName\"");
                    return templates.importJson(json, named ? null : name, type);
                })
                .onSuccess(this::refresh)
                .onFailure(failure -> {
                    if (failure instanceof AmbiguousTemplateTypeException ambiguous) {
                        dialogs.choose("Which kind of template is it?", "\u201c" + file.getFileName() + "\u201d fits "
                                        + "more than one kind of template. Import it as:", ambiguous.candidates(),
                                        TemplatesViewModel::typeName)
                                .ifPresent(chosen -> importTemplate(file, chosen));
                    } else {
                        dialogs.showError(title + " failed", failure.getMessage());
                    }
                }));
    }

    /** Writes the selected template's active version as Pinpoint template JSON. */
    public void exportTemplate() {
        TemplateSummary current = selected.get();
        if (current == null) {
            return;
        }
        dialogs.chooseFileToSave("Export \"" + current.name() + "\"", current.name() + ".json", JSON_FILES)
                .ifPresent(file -> background.run(BackgroundJob.of("Exporting \"" + current.name() + "\"", progress -> {
                            templates.exportJson(current.id(), file);
                            return file;
                        })
                        .onSuccess(written -> editor.announce("Exported to " + written + "."))
                        .onFailure(failure -> dialogs.showError("Not exported", failure.getMessage()))));
    }

    /** Runs a change that yields the id of the template to select afterwards. */
    private void run(String title, BackgroundJob.Work<Long> change) {
        background.run(BackgroundJob.of(title, change)
                .onSuccess(this::refresh)
                .onFailure(failure -> dialogs.showError(title + " failed", failure.getMessage())));
    }

    static String typeName(TemplateType type) {
        return type == TemplateType.SMS ? "SMS" : type.name().charAt(0) + type.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
