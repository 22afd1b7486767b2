package io.tidings.delivery.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.sandbox.SandboxMessage;
import io.tidings.channel.sandbox.SandboxRate;
import io.tidings.template.TemplateType;
import io.tidings.ui.preview.MessagePreviews;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import atlantafx.base.controls.CustomTextField;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The sandbox outbox: captured messages on the left, the chosen one on the right as its reader sees it. */
final class SandboxMessagesView extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private static final PseudoClass UPCOMING = PseudoClass.getPseudoClass("upcoming");

    private final SandboxMessagesViewModel viewModel;
    private final MessagePreviews previews;
    private final StackPane previewHolder = new StackPane();
    private final Label heading = new Label();
    private final Label source = new Label();
    private final TableView<MessageEventRow> events = new TableView<>();

    SandboxMessagesView(SandboxMessagesViewModel viewModel) {
        super(10);
        this.viewModel = viewModel;
        this.previews = new MessagePreviews(viewModel::allowRemoteImages);
        setId("outbox-sandbox");
        setPadding(new Insets(12, 0, 0, 0));

        Node detail = detail();
        SplitPane split = new SplitPane(list(), detail);
        split.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(toolbar(), split);
        viewModel.shownProperty().addListener((observable, old, shown) -> show(shown));
    }

    private HBox toolbar() {
        ToggleGroup channels = new ToggleGroup();
        HBox pills = new HBox();
        DeliveryChannel[] choices = {null, DeliveryChannel.EMAIL, DeliveryChannel.SMS, DeliveryChannel.PUSH, DeliveryChannel.VOICE,
                DeliveryChannel.CUSTOM};
        for (int index = 0; index < choices.length; index++) {
            DeliveryChannel type = choices[index];
            ToggleButton pill = new ToggleButton(type == null ? "All" : channelName(type));
            pill.setId("outbox-channel-" + (type == null ? "all" : type.name().toLowerCase(Locale.ROOT)));
            pill.setToggleGroup(channels);
            pill.setSelected(type == viewModel.channelProperty().get());
            pill.getStyleClass().add(index == 0 ? Styles.LEFT_PILL : index == choices.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            pill.setOnAction(event -> {
                if (!pill.isSelected()) {
                    pill.setSelected(true);
                }
                viewModel.channelProperty().set(type);
            });
            pills.getChildren().add(pill);
        }
        Label summary = new Label();
        summary.setId("outbox-sandbox-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.summaryProperty());
        Button arrived = new Button();
        arrived.setId("outbox-sandbox-show-new");
        arrived.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        arrived.textProperty().bind(viewModel.arrivedProperty().map(count -> count.intValue() == 1
                ? "1 new message: show it" : String.format("%,d new messages: show them", count.intValue())));
        arrived.visibleProperty().bind(viewModel.arrivedProperty().greaterThan(0));
        arrived.managedProperty().bind(arrived.visibleProperty());
        arrived.setOnAction(event -> viewModel.reload());
        Label error = new Label();
        error.getStyleClass().add("problem");
        error.textProperty().bind(viewModel.errorProperty());
        CustomTextField search = new CustomTextField();
        search.setId("outbox-sandbox-search");
        search.setPromptText("Search by address or text");
        search.setLeft(new FontIcon("fth-search"));
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        summary.setMinWidth(0);
        HBox bar = new HBox(12, pills, search, summary, arrived, error);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private ListView<SandboxMessage> list() {
        ListView<SandboxMessage> list = new ListView<>();
        list.setId("outbox-sandbox-list");
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        list.setMinWidth(280);
        list.setPrefWidth(380);
        list.itemsProperty().bind(viewModel.messagesProperty());
        list.setCellFactory(view -> new MessageCell());
        Label empty = new Label();
        empty.setId("outbox-sandbox-empty");
        empty.setWrapText(true);
        empty.setPadding(new Insets(16));
        empty.textProperty().bind(viewModel.loadedProperty().map(loaded -> loaded
                ? "No messages here yet. They land here when you use \u201cSend test\u201d on a template (Templates), "
                        + "or when a send job runs with no sending account set up."
                : "Reading the sandbox outbox\u2026"));
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, message) -> viewModel.select(message));
        list.itemsProperty().addListener((observable, old, items) -> viewModel.select(null));
        return list;
    }

    private Node detail() {
        heading.setId("outbox-message-heading");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        source.setId("outbox-message-source");
        source.getStyleClass().add(Styles.TEXT_MUTED);
        source.setWrapText(true);

        events.setId("outbox-message-events");
        events.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        events.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        events.getColumns().add(column("What", 116, MessageEventRow::what));
        events.getColumns().add(column("When", 150, MessageEventRow::when));
        events.getColumns().add(column("After sending", 132, MessageEventRow::afterSending));
        events.getColumns().add(column("Pinpoint event", 140, MessageEventRow::eventType));
        events.getColumns().forEach(column -> column.setMinWidth(column.getPrefWidth()));
        events.getColumns().add(column("Detail", 200, MessageEventRow::detail));
        events.getColumns().forEach(column -> column.setSortable(false));
        events.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(MessageEventRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(UPCOMING, !empty && row.upcoming());
            }
        });
        events.setFixedCellSize(28);
        events.setPrefHeight(28 * 7 + 30);
        events.setMinHeight(Region.USE_PREF_SIZE);
        events.setPlaceholder(new Label("No events."));
        Label eventsHeading = new Label("Events");
        eventsHeading.getStyleClass().add(Styles.TITLE_4);
        Label eventsNote = new Label("Greyed events are simulated reports timed later than now; they count from then.");
        eventsNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        eventsNote.setWrapText(true);
        VBox eventsBox = new VBox(6, new HBox(12, eventsHeading, eventsNote), events);
        eventsBox.visibleProperty().bind(viewModel.shownProperty().map(shown -> !shown.message().isTestSend())
                .orElse(false));
        eventsBox.managedProperty().bind(eventsBox.visibleProperty());

        VBox page = new VBox(10, heading, source, previewHolder, eventsBox);
        page.setPadding(new Insets(4, 8, 16, 16));
        page.visibleProperty().bind(viewModel.shownProperty().isNotNull());
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("outbox-message");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("section-scroll");
        Label none = new Label("Choose a message to see it as its reader would, with its events.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(viewModel.shownProperty().isNull());
        return new StackPane(scroll, none);
    }

    private void show(SandboxMessagesViewModel.Shown shown) {
        if (shown == null) {
            return;
        }
        SandboxMessage message = shown.message();
        heading.setText(channelName(message.channel()) + " to " + message.address());
        source.setText(WHEN.format(message.createdAt()) + " \u00b7 " + shown.source());
        Node preview = shown.webhookBody() != null ? webhookCall(message, shown.webhookBody())
                : previews.show(TemplateType.valueOf(message.channel().name()), shown.preview(),
                        shown.remoteImagesAllowed());
        if (previewHolder.getChildren().size() != 1 || previewHolder.getChildren().get(0) != preview) {
            previewHolder.getChildren().setAll(preview);
        }
        StackPane.setAlignment(preview, Pos.TOP_LEFT);
        events.getItems().setAll(shown.events());
    }

    /** A custom message: the webhook call's body, as the webhook receives it (laid out to be read). */
    private static Node webhookCall(SandboxMessage message, String laidOut) {
        TextArea body = new TextArea(laidOut);
        body.setId("outbox-webhook-body");
        body.setEditable(false);
        body.setWrapText(true);
        body.getStyleClass().add("webhook-body");
        body.setPrefRowCount(24);
        Label note = new Label("The sandbox kept this webhook call instead of making it: POST to " + message.address()
                + ", signed with X-Tidings-Signature. Settings, Channels, Custom sends the calls for real.");
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return new VBox(8, note, body);
    }

    private static String channelName(DeliveryChannel type) {
        return SandboxRate.channelName(DeliveryChannel.valueOf(type.name()));
    }

    private static TableColumn<MessageEventRow, String> column(String title, double width,
            Function<MessageEventRow, String> value) {
        TableColumn<MessageEventRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** One captured message: its channel, address, subject or first words, and when. */
    private static final class MessageCell extends ListCell<SandboxMessage> {

        private final Label channel = new Label();
        private final Label address = new Label();
        private final Label when = new Label();
        private final Label summary = new Label();
        private final Label test = new Label("Test");
        private final VBox box;

        MessageCell() {
            channel.getStyleClass().add("channel-badge");
            address.getStyleClass().add(Styles.TEXT_BOLD);
            address.setMinWidth(0);
            when.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            when.setMinWidth(Region.USE_PREF_SIZE);
            summary.getStyleClass().add(Styles.TEXT_MUTED);
            summary.setMinWidth(0);
            test.getStyleClass().add("test-badge");
            test.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(8, channel, address, test, spacer, when);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(4, top, summary);
            box.setPadding(new Insets(4, 2, 4, 2));
            box.setMinWidth(0);
            box.setPrefWidth(0);
        }

        @Override
        protected void updateItem(SandboxMessage message, boolean empty) {
            super.updateItem(message, empty);
            setText(null);
            if (empty) {
                setGraphic(null);
                return;
            }
            if (message == null) {
                setGraphic(new Label("\u2026"));
                return;
            }
            channel.setText(channelName(message.channel()));
            address.setText(message.address());
            boolean today = LocalDate.ofInstant(message.createdAt(), ZoneId.systemDefault()).equals(LocalDate.now());
            when.setText((today ? TIME : DAY).format(message.createdAt()));
            String subject = message.subject() == null || message.subject().isBlank() ? "" : message.subject();
            String body = message.body() == null ? "" : message.body().strip().replaceAll("\\s+", " ");
            summary.setText(subject.isEmpty() ? body : subject);
            test.setVisible(message.isTestSend());
            test.setManaged(message.isTestSend());
            setGraphic(box);
        }
    }
}
