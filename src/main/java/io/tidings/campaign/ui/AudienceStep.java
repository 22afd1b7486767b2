package io.tidings.campaign.ui;

import atlantafx.base.theme.Styles;
import io.tidings.channel.DeliveryChannel;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentVersion;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The editor's first step: the channel, and the segment (its latest or a chosen version) with its live count. */
final class AudienceStep extends VBox {

    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ListView<Segment> segments = new ListView<>();
    private final CampaignEditorViewModel viewModel;

    AudienceStep(CampaignEditorViewModel viewModel) {
        super(14);
        this.viewModel = viewModel;
        setMaxWidth(680);
        setAlignment(javafx.geometry.Pos.TOP_LEFT);
        setId("campaign-step-audience-page");
        CampaignDraft draft = viewModel.draft();

        ComboBox<DeliveryChannel> channel = new ComboBox<>();
        channel.setId("campaign-channel");
        // Custom messages (webhooks) are a journey's: a campaign sends a template of its channel.
        channel.getItems().setAll(java.util.Arrays.stream(DeliveryChannel.values())
                .filter(each -> each != DeliveryChannel.CUSTOM).toList());
        channel.setConverter(new StringConverter<>() {
            @Override
            public String toString(DeliveryChannel value) {
                return value == null ? "" : value == DeliveryChannel.SMS ? "SMS"
                        : value.name().charAt(0) + value.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public DeliveryChannel fromString(String text) {
                return null;
            }
        });
        channel.valueProperty().bindBidirectional(draft.channelProperty());

        segments.setId("campaign-segments");
        segments.setItems(viewModel.segmentChoices());
        segments.setCellFactory(list -> new SegmentCell());
        segments.setPrefHeight(300);
        segments.setMaxWidth(640);
        Label empty = new Label("This workspace has no segments yet: make one in Segments first.");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        segments.setPlaceholder(empty);
        segments.getSelectionModel().selectedItemProperty().addListener((observable, old, chosen) -> {
            if (chosen != null && !java.util.Objects.equals(draft.segmentIdProperty().get(), chosen.id())) {
                draft.segmentIdProperty().set(chosen.id());
            }
        });
        draft.segmentIdProperty().addListener((observable, old, id) -> selectSegment());
        viewModel.segmentChoices().addListener((ListChangeListener<Segment>) change -> selectSegment());
        VBox.setVgrow(segments, Priority.ALWAYS);

        ComboBox<Integer> version = new ComboBox<>();
        version.setId("campaign-segment-version");
        version.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer number) {
                if (number == null) {
                    return "The latest version when each run starts";
                }
                return viewModel.segmentVersions().stream().filter(saved -> saved.version() == number).findFirst()
                        .map(saved -> "Version " + number + ", saved " + SAVED.format(saved.savedAt()))
                        .orElse("Version " + number);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        Runnable versions = () -> {
            List<Integer> choices = new ArrayList<>();
            choices.add(null);
            viewModel.segmentVersions().forEach(saved -> choices.add(saved.version()));
            Integer chosen = draft.segmentVersionProperty().get();
            if (chosen != null && !choices.contains(chosen)) {
                choices.add(chosen); // a version this workspace no longer has: shown so that the choice stays visible
            }
            version.getItems().setAll(choices);
            version.setValue(chosen);
        };
        viewModel.segmentVersions().addListener((ListChangeListener<SegmentVersion>) change -> versions.run());
        draft.segmentVersionProperty().addListener((observable, old, chosen) -> {
            if (!java.util.Objects.equals(version.getValue(), chosen)) {
                version.setValue(chosen);
            }
        });
        version.valueProperty().addListener((observable, old, chosen) -> {
            if (!java.util.Objects.equals(draft.segmentVersionProperty().get(), chosen)) {
                draft.segmentVersionProperty().set(chosen);
            }
        });
        version.disableProperty().bind(javafx.beans.binding.Bindings.size(viewModel.segmentVersions()).lessThan(2)
                .and(draft.segmentVersionProperty().isNull()));
        versions.run();

        Label count = new Label();
        count.setId("campaign-audience-size");
        count.getStyleClass().add(Styles.TEXT_BOLD);
        count.textProperty().bind(viewModel.audienceSizeProperty().map(size -> size.isEmpty()
                ? "Choose a segment to see how many endpoints it holds." : "In the segment now: " + size));

        getChildren().addAll(
                FormParts.heading("Who gets the campaign"),
                FormParts.field("Channel", channel, "A campaign sends on one channel; its templates are written for it.",
                        null),
                FormParts.field("Segment", segments, null, FormParts.problem(viewModel.problems(), CampaignDraft.SEGMENT)),
                FormParts.field("Version", version, "A dynamic segment is evaluated when each run starts. Choose an "
                        + "earlier version to keep its criteria as they were saved then.", null),
                count);
        selectSegment();
    }

    private void selectSegment() {
        Long id = viewModel.draft().segmentIdProperty().get();
        Segment chosen = id == null ? null
                : viewModel.segmentChoices().stream().filter(segment -> segment.id() == id).findFirst().orElse(null);
        if (chosen == null) {
            segments.getSelectionModel().clearSelection();
        } else if (segments.getSelectionModel().getSelectedItem() != chosen) {
            segments.getSelectionModel().select(chosen);
        }
    }

    /** A segment by name, with a word on one that cannot be used. */
    private static final class SegmentCell extends ListCell<Segment> {
        @Override
        protected void updateItem(Segment segment, boolean empty) {
            super.updateItem(segment, empty);
            if (empty || segment == null) {
                setText(null);
                return;
            }
            setText(segment.problem() == null ? segment.name() : segment.name() + " (cannot be used: "
                    + segment.problem() + ")");
        }
    }
}
