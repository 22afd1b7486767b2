package io.tidings.campaign.ui;

import io.tidings.campaign.Campaign;
import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.CampaignService;
import io.tidings.channel.DeliveryChannel;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentCount;
import io.tidings.segment.SegmentService;
import io.tidings.segment.SegmentType;
import io.tidings.segment.SegmentVersion;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.UiCommand;
import io.tidings.template.TemplatePreviewer;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateSummary;
import io.tidings.work.Quote;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The campaign editor: the {@link CampaignDraft} being typed, its steps, the segment's live count, the chosen
 * template's preview, saving (with the dirty marker and discard), and the review step's pre-flight and launch.
 */
public final class CampaignEditorViewModel implements io.tidings.shell.UnsavedEdits {

    /** What "Send now" from a template or a segment fills in; either may be null. */
    public record Start(Long templateId, Long segmentId) {
        public static final Start BLANK = new Start(null, null);
    }

    private static final DateTimeFormatter NAME_DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final CampaignService campaigns;
    private final SegmentService segments;
    private final TemplateService templates;
    private final BackgroundWork background;
    private final Supplier<Map<DeliveryChannel, Double>> accountRates;
    private final MessagePreview preview;
    private final PreflightReview review;

    private final CampaignDraft draft = new CampaignDraft();
    private final ReadOnlyObjectWrapper<Campaign> campaign = new ReadOnlyObjectWrapper<>(this, "campaign");
    private final ReadOnlyObjectWrapper<EditorStep> step = new ReadOnlyObjectWrapper<>(this, "step", EditorStep.AUDIENCE);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    // Each list is shown through one read-only wrapper made once: a wrapper made per call holds its listeners only
    // weakly, so a screen's listener on it was lost when the wrapper was collected.
    private final ObservableList<FieldProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<FieldProblem> shownProblems = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<Segment> segmentChoices = FXCollections.observableArrayList();
    private final ObservableList<Segment> shownSegmentChoices = FXCollections.unmodifiableObservableList(segmentChoices);
    private final ObservableList<SegmentVersion> segmentVersions = FXCollections.observableArrayList();
    private final ObservableList<SegmentVersion> shownSegmentVersions =
            FXCollections.unmodifiableObservableList(segmentVersions);
    private final ObservableList<TemplateSummary> templateChoices = FXCollections.observableArrayList();
    private final ObservableList<TemplateSummary> shownTemplateChoices =
            FXCollections.unmodifiableObservableList(templateChoices);
    private final javafx.collections.transformation.FilteredList<TemplateSummary> channelTemplates =
            new javafx.collections.transformation.FilteredList<>(templateChoices);
    private final ObservableList<String> eventTypeChoices = FXCollections.observableArrayList();
    private final ObservableList<String> shownEventTypeChoices = FXCollections.unmodifiableObservableList(eventTypeChoices);
    private Supplier<List<String>> seenEventTypes = List::of;
    private final ReadOnlyStringWrapper audienceSize = new ReadOnlyStringWrapper(this, "audienceSize", "");
    private final ObjectProperty<Integer> previewedTreatment = new SimpleObjectProperty<>(this, "previewedTreatment", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final UiCommand save;
    private final UiCommand launch;
    private Object savedSnapshot;
    private long countGeneration;
    private Consumer<Campaign> onLaunched = launched -> { };
    private Runnable onSaved = () -> { };
    /** The saved campaign's "Track opens and clicks", which its record does not hold. */
    private boolean savedTracking = true;

    /** A campaign as opened, with its tracking choice. */
    private record Opened(Campaign campaign, boolean tracksOpensAndClicks) {
    }

    /** @param accountRates each channel's account rate (messages a second; none for no limit), the workspace default */
    public CampaignEditorViewModel(CampaignService campaigns, SegmentService segments, TemplateService templates,
            TemplatePreviewer previewer, BackgroundWork background, Supplier<Map<DeliveryChannel, Double>> accountRates) {
        this.campaigns = campaigns;
        this.segments = segments;
        this.templates = templates;
        this.background = background;
        this.accountRates = accountRates;
        this.preview = new MessagePreview(templates, previewer, background);
        this.review = new PreflightReview(campaigns, background);
        List<Observable> watched = new ArrayList<>(List.of(draft.observables()));
        watched.add(templateChoices);
        for (Observable field : watched) {
            field.addListener(changed -> edited());
        }
        draft.segmentIdProperty().addListener((observable, old, chosen) -> {
            if (old != null && !old.equals(chosen)) {
                draft.segmentVersionProperty().set(null); // another segment's versions are not this one's
            }
            countAudience(chosen);
        });
        draft.segmentVersionProperty().addListener((observable, old, chosen) -> countAudience(
                draft.segmentIdProperty().get()));
        channelTemplates.predicateProperty().bind(Bindings.createObjectBinding(() -> template -> template.type().name()
                .equals(draft.channelProperty().get().name()), draft.channelProperty()));
        previewedTreatment.addListener((observable, old, index) -> showPreview());
        draft.treatments().addListener((javafx.collections.ListChangeListener<TreatmentDraft>) change -> showPreview());
        save = new UiCommand(this::saveNow, Bindings.createStringBinding(() -> {
            if (saving.get()) {
                return "Saving…";
            }
            if (!problems.isEmpty()) {
                return problems.get(0).message();
            }
            return dirty.get() || campaign.get() == null ? null : "Nothing to save: no changes yet.";
        }, saving, problems, dirty, campaign));
        launch = new UiCommand(this::launchNow, Bindings.createStringBinding(this::whyNotLaunch, saving, problems,
                dirty, campaign, review.checkingProperty(), review.launchProblemsProperty()));
    }

    // ---- State

    public CampaignDraft draft() {
        return draft;
    }

    /** The campaign as saved; null for a new one not saved yet. */
    public ReadOnlyObjectProperty<Campaign> campaignProperty() {
        return campaign.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EditorStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Whether the fields differ from what was saved (a new campaign is dirty until saved). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty unsavedProperty() {
        return dirty.getReadOnlyProperty();
    }

    @Override
    public String editedName() {
        String name = draft.campaignName();
        return name.isEmpty() ? "the new campaign" : "the campaign " + Quote.of(name);
    }

    /** Saves for the shell's "Save the changes?": {@code notSaved} runs when a field's problem or a failure stops it. */
    @Override
    public void save(Runnable saved, Runnable notSaved) {
        if (!problems.isEmpty()) {
            error.set("Not saved: " + problems.get(0).message());
            notSaved.run();
            return;
        }
        saveThen(done -> saved.run(), notSaved);
    }

    /** What is wrong with the fields, each naming its field. */
    public ObservableList<FieldProblem> problems() {
        return shownProblems;
    }

    public ObservableList<Segment> segmentChoices() {
        return shownSegmentChoices;
    }

    /** Templates written for the campaign's channel. */
    public ObservableList<TemplateSummary> templateChoices() {
        return channelTemplates;
    }

    /** Every template of the workspace. */
    public ObservableList<TemplateSummary> allTemplates() {
        return shownTemplateChoices;
    }

    /** The event types the workspace has seen, suggested for "When an event occurs". */
    public ObservableList<String> eventTypeChoices() {
        return shownEventTypeChoices;
    }

    /** Where the event types to suggest come from (read in the background with the segments and templates). */
    public void suggestEventTypes(Supplier<List<String>> seen) {
        this.seenEventTypes = seen;
    }

    /** The chosen segment's saved versions, newest first (empty for an imported segment). */
    public ObservableList<SegmentVersion> segmentVersions() {
        return shownSegmentVersions;
    }

    /** "1,204 endpoints (980 users)" for the chosen segment, counted now. */
    public ReadOnlyStringProperty audienceSizeProperty() {
        return audienceSize.getReadOnlyProperty();
    }

    /** Which treatment's template the preview shows (0 is the default one). */
    public ObjectProperty<Integer> previewedTreatmentProperty() {
        return previewedTreatment;
    }

    ReadOnlyObjectProperty<MessagePreview.Shown> previewProperty() {
        return preview.shownProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<PreflightLine> preflightLines() {
        return review.lines();
    }

    public ReadOnlyStringProperty preflightSummaryProperty() {
        return review.summaryProperty();
    }

    public ReadOnlyBooleanProperty preflightRunningProperty() {
        return review.checkingProperty();
    }

    public ReadOnlyStringProperty preflightErrorProperty() {
        return review.errorProperty();
    }

    /** Why the saved campaign cannot be launched; null until the review step checked. */
    public ReadOnlyObjectProperty<List<String>> launchProblemsProperty() {
        return review.launchProblemsProperty();
    }

    public UiCommand saveCommand() {
        return save;
    }

    public UiCommand launchCommand() {
        return launch;
    }

    /** The workspace's own limit of messages a second on the campaign's channel, in words. */
    public String defaultRate() {
        Double rate;
        try {
            rate = accountRates.get().get(draft.channelProperty().get());
        } catch (RuntimeException unreadable) {
            rate = null;
        }
        return rate == null ? "no limit" : String.format("%,.0f a second (the channel account's rate)", rate);
    }

    public void setOnLaunched(Consumer<Campaign> handler) {
        onLaunched = handler;
    }

    /** Told after each save, so that the list shows it. */
    public void setOnSaved(Runnable handler) {
        onSaved = handler;
    }

    // ---- Commands

    /** A new campaign, with a template or a segment already chosen when started from one, to send at once. */
    public void startNew(Start start) {
        campaign.set(null);
        review.forget();
        CampaignDefinition definition = new CampaignDefinition(start.segmentId(), null, DeliveryChannel.EMAIL, null,
                List.of(), 0, null, null, null, false);
        draft.show("", "", definition);
        draft.trackOpensAndClicksProperty().set(true);
        savedTracking = true;
        savedSnapshot = null;
        step.set(EditorStep.AUDIENCE);
        status.set("");
        error.set("");
        loadChoices(() -> {
            if (start.templateId() != null) {
                templateChoices.stream().filter(template -> template.id() == start.templateId()).findFirst()
                        .ifPresent(template -> {
                            draft.channelProperty().set(DeliveryChannel.valueOf(template.type().name()));
                            draft.treatments().get(0).templateIdProperty().set(template.id());
                            draft.nameProperty().set(template.name() + ", " + NAME_DAY.format(LocalDate.now()));
                        });
            }
            if (draft.nameProperty().get().isBlank() && start.segmentId() != null) {
                segmentChoices.stream().filter(segment -> segment.id() == start.segmentId()).findFirst().ifPresent(
                        segment -> draft.nameProperty().set("To " + segment.name() + ", " + NAME_DAY.format(LocalDate.now())));
            }
            if (draft.nameProperty().get().isBlank()) {
                draft.nameProperty().set("New campaign, " + NAME_DAY.format(LocalDate.now()));
            }
            edited();
        });
    }

    /** Opens a saved campaign. */
    public void open(long id) {
        review.forget();
        status.set("");
        error.set("");
        step.set(EditorStep.AUDIENCE);
        background.run(BackgroundJob.of("Opening the campaign", progress -> new Opened(campaigns.find(id).orElseThrow(
                        () -> new IllegalArgumentException("The campaign is no longer in the workspace.")),
                        campaigns.tracksOpensAndClicks(id)))
                .quiet()
                .onSuccess(found -> loadChoices(() -> {
                    savedTracking = found.tracksOpensAndClicks();
                    show(found.campaign());
                }))
                .onFailure(failure -> error.set(failure.getMessage())));
    }

    public void goTo(EditorStep target) {
        step.set(target);
        if (target == EditorStep.REVIEW) {
            checkBeforeLaunch();
        }
    }

    public void next() {
        EditorStep current = step.get();
        if (current.ordinal() < EditorStep.values().length - 1) {
            goTo(EditorStep.values()[current.ordinal() + 1]);
        }
    }

    public void back() {
        EditorStep current = step.get();
        if (current.ordinal() > 0) {
            goTo(EditorStep.values()[current.ordinal() - 1]);
        }
    }

    public void save() {
        save.run();
    }

    public void launch() {
        launch.run();
    }

    /** Puts back what was saved, or empties a new campaign. */
    @Override
    public void discard() {
        Campaign saved = campaign.get();
        if (saved != null) {
            show(saved);
        } else {
            startNew(Start.BLANK);
        }
    }

    // ----

    private void loadChoices(Runnable then) {
        background.run(BackgroundJob.of("Reading segments and templates",
                        progress -> new Choices(segments.list(), templates.list(), seenEventTypes.get()))
                .quiet()
                .onSuccess(choices -> {
                    segmentChoices.setAll(choices.segments());
                    templateChoices.setAll(choices.templates());
                    eventTypeChoices.setAll(choices.eventTypes());
                    then.run();
                })
                .onFailure(failure -> error.set("The segments and templates could not be read: " + failure.getMessage())));
    }

    private record Choices(List<Segment> segments, List<TemplateSummary> templates, List<String> eventTypes) {
    }

    private void show(Campaign saved) {
        campaign.set(saved);
        draft.show(saved.name(), saved.description(), saved.definition());
        draft.trackOpensAndClicksProperty().set(savedTracking);
        savedSnapshot = draft.snapshot();
        edited();
        showPreview();
        countAudience(draft.segmentIdProperty().get());
    }

    private void edited() {
        problems.setAll(allProblems());
        dirty.set(savedSnapshot == null || !savedSnapshot.equals(draft.snapshot()));
        if (dirty.get()) {
            review.forget();
            status.set("");
        }
        showPreview();
    }

    private List<FieldProblem> allProblems() {
        List<FieldProblem> found = new ArrayList<>(draft.problems());
        DeliveryChannel channel = draft.channelProperty().get();
        for (int index = 0; index < draft.treatments().size(); index++) {
            Long templateId = draft.treatments().get(index).templateIdProperty().get();
            if (templateId == null) {
                continue;
            }
            int which = index;
            templateChoices.stream().filter(template -> template.id() == templateId).findFirst()
                    .filter(template -> !template.type().name().equals(channel.name()))
                    .ifPresent(template -> found.add(new FieldProblem(CampaignDraft.template(which),
                            (which == 0 ? "Default treatment" : "Treatment " + (which + 1)) + ": "
                                    + Quote.of(template.name()) + " is written for " + words(template.type().name())
                                    + ", but the campaign sends " + words(channel.name()) + ".")));
        }
        return found;
    }

    private void countAudience(Long segmentId) {
        long mine = ++countGeneration;
        if (segmentId == null) {
            audienceSize.set("");
            segmentVersions.clear();
            return;
        }
        Integer version = draft.segmentVersionProperty().get();
        audienceSize.set("Counting…");
        background.run(BackgroundJob.of("Counting the segment", progress -> {
                    Segment segment = segments.find(segmentId).orElseThrow(() -> new IllegalArgumentException(
                            "The segment is no longer in the workspace."));
                    List<SegmentVersion> versions = segment.type() == SegmentType.DYNAMIC
                            ? segments.versions(segmentId).stream()
                                    .sorted(Comparator.comparingInt(SegmentVersion::version).reversed()).toList()
                            : List.<SegmentVersion>of();
                    return new AudienceCount(segments.count(segments.membersOf(segment, version)), versions);
                })
                .quiet()
                .onSuccess(counted -> {
                    if (mine == countGeneration) {
                        SegmentCount count = counted.count();
                        audienceSize.set(String.format("%,d endpoint%s (%,d user%s)", count.endpoints(),
                                count.endpoints() == 1 ? "" : "s", count.users(), count.users() == 1 ? "" : "s"));
                        if (!segmentVersions.equals(counted.versions())) {
                            segmentVersions.setAll(counted.versions());
                        }
                    }
                })
                .onFailure(failure -> {
                    if (mine == countGeneration) {
                        audienceSize.set("Could not count: " + failure.getMessage());
                    }
                }));
    }

    /** A segment's members now, and its saved versions. */
    private record AudienceCount(SegmentCount count, List<SegmentVersion> versions) {
    }

    private void showPreview() {
        Integer index = previewedTreatment.get();
        List<TreatmentDraft> all = draft.treatments();
        TreatmentDraft shown = all.get(index == null || index >= all.size() || index < 0 ? 0 : index);
        preview.show(shown.templateIdProperty().get());
    }

    private void saveNow() {
        saveThen(saved -> { }, () -> { });
    }

    private void saveThen(Consumer<Campaign> then, Runnable notSaved) {
        Campaign current = campaign.get();
        String name = draft.campaignName();
        String description = draft.descriptionProperty().get();
        CampaignDefinition definition;
        try {
            definition = draft.definition();
        } catch (RuntimeException wrong) {
            error.set(wrong.getMessage());
            notSaved.run();
            return;
        }
        Object snapshot = draft.snapshot();
        boolean tracked = draft.trackOpensAndClicksProperty().get();
        saving.set(true);
        error.set("");
        background.run(BackgroundJob.of("Saving " + Quote.of(name), progress -> current == null
                        ? campaigns.create(name, description, definition, tracked)
                        : campaigns.update(current.id(), name, description, definition, tracked))
                .onSuccess(saved -> {
                    saving.set(false);
                    savedTracking = tracked;
                    campaign.set(saved);
                    savedSnapshot = snapshot;
                    edited();
                    status.set("Saved.");
                    onSaved.run();
                    then.accept(saved);
                })
                .onFailure(failure -> {
                    saving.set(false);
                    error.set("Not saved: " + failure.getMessage());
                    notSaved.run();
                }));
    }

    /** The review step: saves what changed (the pre-flight reads the saved campaign), then works it out. */
    private void checkBeforeLaunch() {
        if (!problems.isEmpty()) {
            review.forget();
            return;
        }
        if (dirty.get()) {
            saveThen(saved -> review.check(saved.id(), saved.definition()), () -> { });
        } else if (campaign.get() != null && review.launchProblemsProperty().get() == null && !review.checkingProperty().get()) {
            review.check(campaign.get().id(), campaign.get().definition());
        }
    }

    private String whyNotLaunch() {
        if (!problems.isEmpty()) {
            return problems.get(0).message();
        }
        if (saving.get()) {
            return "Saving…";
        }
        Campaign saved = campaign.get();
        if (saved == null || dirty.get()) {
            return "Go to the review step: it saves the campaign and works out who gets it before you launch.";
        }
        if (review.checkingProperty().get()) {
            return "Working out the pre-flight…";
        }
        List<String> launchProblems = review.launchProblemsProperty().get();
        if (launchProblems == null) {
            return "Go to the review step to see who gets the campaign before you launch it.";
        }
        return launchProblems.isEmpty() ? null : String.join(" ", launchProblems);
    }

    private void launchNow() {
        Campaign saved = campaign.get();
        error.set("");
        saving.set(true);
        background.run(BackgroundJob.of("Launching " + Quote.of(saved.name()), progress -> campaigns.launch(saved.id()))
                .onSuccess(launched -> {
                    saving.set(false);
                    campaign.set(launched.campaign());
                    savedSnapshot = draft.snapshot();
                    review.forget();
                    onSaved.run();
                    onLaunched.accept(launched.campaign());
                })
                .onFailure(failure -> {
                    saving.set(false);
                    error.set("Not launched: " + failure.getMessage());
                    review.check(saved.id(), saved.definition());
                }));
    }

    static String words(String channel) {
        return channel.equals("SMS") ? "SMS" : channel.toLowerCase(java.util.Locale.ROOT);
    }
}
