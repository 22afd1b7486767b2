package io.tidings.journey.ui;

import io.tidings.journey.Activity;
import io.tidings.journey.ActivityConfig;
import io.tidings.journey.EditActivity;
import io.tidings.journey.EditSettings;
import io.tidings.journey.Issue;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneySettings;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.ui.canvas.CanvasNames;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentService;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.template.Template;
import io.tidings.template.TemplatePreview;
import io.tidings.template.TemplatePreviewer;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateSummary;
import io.tidings.template.TemplateType;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.SetChangeListener;

/**
 * The properties panel: what the selected activity does (or, with nothing selected, the journey's entry and settings),
 * each change an undoable edit of the {@link JourneyDocument}. A field whose text cannot be taken keeps its problem,
 * in words, until it is corrected. Also the pickers' choices (templates, segments), a segment's live count and the
 * chosen template's preview, read off the FX thread.
 */
public final class ActivityPropertiesViewModel {

    /** What the panel shows: an activity by key, or (key null) the journey's entry and settings. */
    public record Subject(String key, Activity activity, JourneySettings settings, JourneyEntry entry) {
    }

    /** A rendered template and the channel it is written for. */
    public record Preview(TemplateType type, TemplatePreview preview) {
    }

    private final TemplateService templateService;
    private final SegmentService segmentService;
    private final TemplatePreviewer previewer;
    private final BackgroundWork background;
    private final TimeWords timeWords;

    private final ReadOnlyObjectWrapper<Subject> subject = new ReadOnlyObjectWrapper<>(this, "subject");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ObservableList<Issue> subjectIssues = FXCollections.observableArrayList();
    private final ObservableList<TemplateSummary> templates = FXCollections.observableArrayList();
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper segmentCount = new ReadOnlyStringWrapper(this, "segmentCount", "");
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyIntegerWrapper edits = new ReadOnlyIntegerWrapper(this, "edits");
    private final ReadOnlyObjectWrapper<CanvasNames> names = new ReadOnlyObjectWrapper<>(this, "names",
            CanvasNames.NONE);
    private JourneyDocument document;
    private boolean applying;
    private Subject seen;
    private long countGeneration;
    private long previewGeneration;

    public ActivityPropertiesViewModel(TemplateService templates, SegmentService segments, TemplatePreviewer previewer,
            BackgroundWork background, ZoneId zone) {
        this.templateService = templates;
        this.segmentService = segments;
        this.previewer = previewer;
        this.background = background;
        this.timeWords = new TimeWords(zone);
    }

    /** Follows {@code shown} (null: nothing), and reads the workspace's templates and segments for the pickers. */
    void show(JourneyDocument shown) {
        document = shown;
        problems.clear();
        seen = null;
        if (shown == null) {
            subject.set(null);
            subjectIssues.clear();
            return;
        }
        editable.bind(shown.readOnlyProperty().not());
        shown.graphProperty().addListener((observable, old, graph) -> follow(shown));
        shown.selection().addListener((SetChangeListener<String>) change -> follow(shown));
        shown.issues().addListener((javafx.collections.ListChangeListener<Issue>) change -> follow(shown));
        follow(shown);
        loadChoices();
    }

    private void loadChoices() {
        background.run(BackgroundJob.of("Reading templates and segments",
                        progress -> new Choices(templateService.list(), segmentService.list()))
                .quiet()
                .onSuccess(read -> {
                    templates.setAll(read.templates());
                    segments.setAll(read.segments());
                    names.set(new CanvasNames(read.templates().stream().collect(Collectors.toMap(
                            TemplateSummary::id, TemplateSummary::name)), read.segments().stream().collect(
                            Collectors.toMap(Segment::id, Segment::name))));
                    // The pickers built before the choices arrived show them now.
                    rebuild();
                })
                .onFailure(failure -> problems.put("choices", "The templates and segments could not be read: "
                        + failure.getMessage())));
    }

    private record Choices(List<TemplateSummary> templates, List<Segment> segments) {
    }

    private void follow(JourneyDocument shown) {
        if (shown != document) {
            return;
        }
        Subject now = current();
        if (!applying && !Objects.equals(now, seen)) {
            problems.clear();
            seen = now;
            subject.set(now);
        }
        seen = now;
        edits.set(edits.get() + 1);
        subjectIssues.setAll(shown.issues().stream().filter(issue -> Objects.equals(issue.activityKey(), now.key()))
                .toList());
    }

    private Subject current() {
        var graph = document.graph();
        String key = document.selection().size() == 1 ? document.selection().iterator().next() : null;
        Activity activity = key == null ? null : graph.activity(key);
        return activity == null ? new Subject(null, null, graph.settings(), graph.entry())
                : new Subject(key, activity, graph.settings(), graph.entry());
    }

    /** The templates' and segments' names, for the cards on the canvas. */
    public ReadOnlyObjectProperty<CanvasNames> namesProperty() {
        return names.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Subject> subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    /** The subject as it is now (the panel's last edits included). */
    public Subject now() {
        return document == null ? null : current();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Problems of fields, by field name, in words; a field without a problem has none here. */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    /** What validation found on the subject (the activity, or the journey's own). */
    public ObservableList<Issue> subjectIssues() {
        return subjectIssues;
    }

    public ObservableList<TemplateSummary> templates() {
        return templates;
    }

    /** The templates a message activity of {@code channel} can send (any, for a custom message). */
    public List<TemplateSummary> templatesFor(TemplateType channel) {
        return templates.stream().filter(template -> channel == null || template.type() == channel).toList();
    }

    public ObservableList<Segment> segments() {
        return segments;
    }

    /** The message activities of the journey other than the subject, for an event condition. */
    public List<String> messageActivities() {
        Subject shown = now();
        return document.graph().activities().entrySet().stream()
                .filter(entry -> entry.getValue().config() instanceof MessageActivity)
                .map(java.util.Map.Entry::getKey)
                .filter(key -> shown == null || !key.equals(shown.key()))
                .toList();
    }

    TimeWords timeWords() {
        return timeWords;
    }

    /** Changes the selected activity's description. */
    public void describe(String description) {
        Subject shown = now();
        if (shown != null && shown.key() != null) {
            String text = description == null || description.isBlank() ? null : description.strip();
            apply("description", () -> document.apply(new EditActivity(shown.key(), shown.activity().config(), text)));
        }
    }

    /** Changes what the selected activity does; {@code field} names where a refusal is shown. */
    public void updateConfig(String field, UnaryOperator<ActivityConfig> change) {
        Subject shown = now();
        if (shown != null && shown.key() != null) {
            apply(field, () -> document.apply(new EditActivity(shown.key(), change.apply(shown.activity().config()),
                    shown.activity().description())));
        }
    }

    /** Changes what the selected activity does in a way that changes the form (a path added, a kind chosen). */
    public void restructure(String field, UnaryOperator<ActivityConfig> change) {
        updateConfig(field, change);
        rebuild();
    }

    /** Shows the subject afresh, as after another selection. */
    public void rebuild() {
        if (document != null) {
            seen = current();
            subject.set(null);
            subject.set(seen);
        }
    }

    /** Counts the edits seen, for what the form shows that follows each (a sum, a count). */
    public ReadOnlyIntegerProperty editsProperty() {
        return edits.getReadOnlyProperty();
    }

    public void updateSettings(String field, UnaryOperator<JourneySettings> change) {
        Subject shown = now();
        if (shown != null) {
            apply(field, () -> document.apply(new EditSettings(change.apply(shown.settings()), shown.entry())));
        }
    }

    public void updateEntry(String field, UnaryOperator<JourneyEntry> change) {
        Subject shown = now();
        if (shown != null) {
            apply(field, () -> document.apply(new EditSettings(shown.settings(), change.apply(shown.entry()))));
        }
    }

    /** Records that the text typed in {@code field} cannot be taken, and why. */
    public void refuse(String field, String why) {
        problems.put(field, why);
    }

    private void apply(String field, Runnable edit) {
        if (document == null || document.readOnlyProperty().get()) {
            return;
        }
        applying = true;
        try {
            edit.run();
            problems.remove(field);
        } catch (IllegalArgumentException refused) {
            problems.put(field, refused.getMessage());
        } finally {
            applying = false;
        }
        follow(document);
    }

    /** "In the segment now: 1,204 endpoints (980 users)", counted in the background. */
    public ReadOnlyStringProperty segmentCountProperty() {
        return segmentCount.getReadOnlyProperty();
    }

    public void countSegment(Long segmentId) {
        long mine = ++countGeneration;
        Segment segment = segmentId == null ? null
                : segments.stream().filter(candidate -> candidate.id() == segmentId).findFirst().orElse(null);
        if (segment == null) {
            segmentCount.set(segmentId == null ? "" : "This segment has been deleted: choose another.");
            return;
        }
        segmentCount.set("Counting\u2026");
        background.run(BackgroundJob.of("Counting " + segment.name(), progress -> segmentService.count(segment))
                .quiet()
                .onSuccess(count -> {
                    if (mine == countGeneration) {
                        segmentCount.set(String.format("In the segment now: %,d endpoints (%,d users)",
                                count.endpoints(), count.users()));
                    }
                })
                .onFailure(failure -> {
                    if (mine == countGeneration) {
                        segmentCount.set("Not counted: " + failure.getMessage());
                    }
                }));
    }

    /** The chosen template rendered with its default values; null while none is chosen. */
    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public void previewTemplate(Long templateId) {
        long mine = ++previewGeneration;
        if (templateId == null) {
            preview.set(null);
            return;
        }
        background.run(BackgroundJob.of("Rendering the preview", progress -> {
                    Template template = templateService.template(templateId).orElse(null);
                    return template == null ? null : new Preview(template.summary().type(),
                            previewer.preview(template.content(), Optional.empty(), Set.of(), false));
                })
                .quiet()
                .onSuccess(result -> {
                    if (mine == previewGeneration) {
                        preview.set(result);
                    }
                })
                .onFailure(failure -> {
                    if (mine == previewGeneration) {
                        preview.set(null);
                    }
                }));
    }
}
