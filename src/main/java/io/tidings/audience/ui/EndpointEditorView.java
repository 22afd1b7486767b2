package io.tidings.audience.ui;

import io.tidings.ui.ChannelNames;
import io.tidings.ui.Icons;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointStatus;
import io.tidings.shell.CommandButtons;
import io.tidings.shell.UnsavedMarker;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The editor beside the audience table: one endpoint, its user, and what can be done to them. */
final class EndpointEditorView extends StackPane {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final EndpointEditorViewModel viewModel;
    private final EndpointForm endpointForm;
    private final UserEndpoints user;
    private final Label heading = new Label();
    private final Label person = new Label();
    private final ComboBox<ChannelType> newChannel = new ComboBox<>();
    private final Label channel = new Label();
    private final Label identity = new Label();
    private final VBox userEndpoints = new VBox(4);
    private final HBox actions = new HBox(8);

    EndpointEditorView(EndpointEditorViewModel viewModel) {
        this.viewModel = viewModel;
        this.endpointForm = viewModel.form();
        this.user = viewModel.user();
        setId("endpoint-editor");
        setMinWidth(380);
        getStyleClass().add("endpoint-editor");

        Label empty = new Label("Choose a person or an endpoint in the list to see and edit it.");
        empty.setId("endpoint-editor-empty");
        empty.setWrapText(true);
        empty.setPadding(new Insets(20));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane.setAlignment(empty, Pos.CENTER);

        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("section-scroll");
        // Save and Revert stay in sight below the form, however far a long endpoint is scrolled.
        BorderPane form = new BorderPane(scroll);
        form.setBottom(actions);
        form.visibleProperty().bind(viewModel.endpointProperty().isNotNull());
        empty.visibleProperty().bind(viewModel.endpointProperty().isNull());
        getChildren().addAll(empty, form);

        viewModel.endpointProperty().addListener((observable, old, endpoint) -> showHeading(endpoint));
        viewModel.addingProperty().addListener((observable, old, adding) -> showHeading(viewModel.endpointProperty().get()));
        user.endpoints().addListener((ListChangeListener<Endpoint>) change -> showUserEndpoints());
        viewModel.endpointProperty().addListener((observable, old, shown) -> showUserEndpoints());
    }

    private VBox form() {
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setId("endpoint-editor-heading");
        // An address has no spaces to wrap at: a long one is shortened in its middle (keeping an email's domain)
        // and shown whole on hover and in the Address field below.
        heading.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        heading.setMinWidth(0);
        channel.getStyleClass().add("channel-badge");
        channel.setMinWidth(Region.USE_PREF_SIZE);
        person.setId("endpoint-editor-person");
        person.getStyleClass().add(Styles.TEXT_MUTED);
        person.managedProperty().bind(person.visibleProperty());
        // A new endpoint's channel is chosen here; a stored endpoint keeps its channel, shown as the badge.
        newChannel.setId("endpoint-channel");
        newChannel.getItems().setAll(ChannelType.values());
        newChannel.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ChannelType type) {
                return type == null ? "" : ChannelNames.of(type);
            }

            @Override
            public ChannelType fromString(String text) {
                return null;
            }
        });
        newChannel.valueProperty().bindBidirectional(endpointForm.channelProperty());
        newChannel.visibleProperty().bind(viewModel.addingProperty().isNotNull());
        newChannel.managedProperty().bind(newChannel.visibleProperty());
        channel.visibleProperty().bind(newChannel.visibleProperty().not());
        channel.managedProperty().bind(channel.visibleProperty());
        identity.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        identity.setWrapText(true);

        TextField address = new TextField();
        address.setId("endpoint-address");
        address.textProperty().bindBidirectional(endpointForm.addressProperty());
        address.promptTextProperty().bind(endpointForm.channelProperty().map(EndpointEditorView::addressExample));
        ComboBox<EndpointStatus> status = new ComboBox<>();
        status.setId("endpoint-status");
        status.getItems().setAll(EndpointStatus.values());
        status.valueProperty().bindBidirectional(endpointForm.statusProperty());
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EndpointStatus value) {
                return value == null ? "" : value == EndpointStatus.ACTIVE ? "Active: messages go here" : "Inactive: no messages";
            }

            @Override
            public EndpointStatus fromString(String text) {
                return text.startsWith("Active") ? EndpointStatus.ACTIVE : EndpointStatus.INACTIVE;
            }
        });
        ToggleSwitch optedOut = new ToggleSwitch("Opted out of all messages");
        optedOut.setId("endpoint-opt-out");
        optedOut.selectedProperty().bindBidirectional(endpointForm.optedOutProperty());
        TextField userId = new TextField();
        userId.setId("endpoint-user-id");
        userId.textProperty().bindBidirectional(endpointForm.userIdProperty());

        GridPane endpointFields = grid();
        addRow(endpointFields, 0, "Address", address, "Address");
        addRow(endpointFields, 1, "Status", status, "EndpointStatus");
        addRow(endpointFields, 2, "User id", userId, "User.UserId");
        GridPane demographic = grid();
        for (int index = 0; index < EditorField.DEMOGRAPHIC.size(); index++) {
            addRow(demographic, index, EditorField.DEMOGRAPHIC.get(index));
        }
        GridPane location = grid();
        for (int index = 0; index < EditorField.LOCATION.size(); index++) {
            addRow(location, index, EditorField.LOCATION.get(index));
        }

        Label overall = problemLabel("");
        Label saved = new Label();
        saved.setId("endpoint-saved");
        saved.getStyleClass().add(Styles.SUCCESS);
        saved.textProperty().bind(viewModel.messageProperty());
        Button save = new Button("Save");
        save.setId("endpoint-save");
        save.getStyleClass().add(Styles.ACCENT);
        Button revert = new Button("Revert");
        revert.setId("endpoint-revert");
        actions.getChildren().setAll(CommandButtons.bind(save, viewModel.saveCommand()),
                CommandButtons.bind(revert, viewModel.revertCommand()),
                new UnsavedMarker(viewModel, "endpoint-unsaved"), saved);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("editor-actions");

        Button exportUser = new Button("Export this user's data…", new FontIcon(Icons.EXPORT));
        exportUser.setId("endpoint-export-user");
        Button eraseUser = new Button("Erase this user…", new FontIcon("fth-user-x"));
        eraseUser.setId("endpoint-erase-user");
        eraseUser.getStyleClass().add(Styles.DANGER);
        exportUser.setMinWidth(Region.USE_PREF_SIZE);
        eraseUser.setMinWidth(Region.USE_PREF_SIZE);
        // The pane is often narrow: the two actions go onto two lines rather than lose their words.
        FlowPane userActions = new FlowPane(8, 8, CommandButtons.bind(exportUser, user.exportCommand()),
                CommandButtons.bind(eraseUser, user.eraseCommand()));
        Button addForUser = new Button("Add an endpoint for this user", new FontIcon("fth-plus"));
        addForUser.setId("endpoint-add-for-user");
        addForUser.setMinWidth(Region.USE_PREF_SIZE);
        addForUser.setOnAction(event -> viewModel.startNew(NewEndpoint.Kind.ENDPOINT,
                viewModel.endpointProperty().get().user().userId()));
        userActions.getChildren().add(0, addForUser);
        VBox userSection = section("This user's endpoints", new VBox(10, userEndpoints, userActions));
        userSection.visibleProperty().bind(Bindings.isNotEmpty(user.endpoints()));
        userSection.managedProperty().bind(userSection.visibleProperty());

        HBox title = new HBox(8, channel, heading);
        title.setAlignment(Pos.CENTER_LEFT);
        Label channelCaption = new Label("Channel");
        channelCaption.getStyleClass().add(Styles.TEXT_MUTED);
        HBox channelChoice = new HBox(12, channelCaption, newChannel);
        channelChoice.setAlignment(Pos.CENTER_LEFT);
        channelChoice.visibleProperty().bind(newChannel.visibleProperty());
        channelChoice.managedProperty().bind(channelChoice.visibleProperty());
        VBox content = new VBox(18,
                new VBox(6, person, title, identity, channelChoice),
                overall,
                userSection,
                section("Endpoint", new VBox(10, endpointFields, optedOut)),
                section("User attributes", new AttributeRows(endpointForm.userAttributes(), "user-attribute",
                        "Values, separated by commas", "Add a user attribute", endpointForm::addUserAttribute),
                        problemsUnder("User.UserAttributes.")),
                section("Attributes", new AttributeRows(endpointForm.attributes(), "attribute",
                        "Values, separated by commas", "Add an attribute", endpointForm::addAttribute),
                        problemsUnder("Attributes.")),
                section("Metrics", new AttributeRows(endpointForm.metrics(), "metric", "A number", "Add a metric",
                        endpointForm::addMetric), problemsUnder("Metrics.")),
                section("Demographic", demographic),
                section("Location", location));
        content.setPadding(new Insets(20));
        return content;
    }

    private void showHeading(Endpoint endpoint) {
        if (endpoint == null) {
            return;
        }
        NewEndpoint adding = viewModel.addingProperty().get();
        String name = personName(endpoint);
        String userId = endpoint.user().userId();
        person.setText(userId == null ? "" : name.isEmpty() ? "User " + userId : name + " · user " + userId);
        person.setVisible(userId != null);
        if (adding != null) {
            heading.setText(adding.kind() == NewEndpoint.Kind.PERSON ? "New person" : "New endpoint");
            heading.setTooltip(null);
            identity.setText(adding.kind() == NewEndpoint.Kind.PERSON
                    ? "Give their user id, their name and a first way to reach them, then Save."
                    : "Choose the channel and write the address, then Save.");
            return;
        }
        heading.setText(endpoint.address() == null ? "(no address)" : endpoint.address());
        heading.setTooltip(endpoint.address() == null ? null : new Tooltip(endpoint.address()));
        channel.setText(ChannelNames.of(endpoint.channelType()));
        channel.setTooltip(new Tooltip(ChannelNames.code(endpoint.channelType())));
        identity.setText("Endpoint " + endpoint.id() + " · cohort " + endpoint.cohortId()
                + (endpoint.creationDate() == null ? "" : " · created " + DATE.format(endpoint.creationDate())));
    }

    private static String personName(Endpoint endpoint) {
        var attributes = endpoint.user().userAttributes();
        String first = attributes.getOrDefault("FirstName", List.of()).stream().findFirst().orElse("");
        String last = attributes.getOrDefault("LastName", List.of()).stream().findFirst().orElse("");
        return (first.strip() + " " + last.strip()).strip();
    }

    /** What an address looks like on the channel, as the empty field's hint. */
    private static String addressExample(ChannelType type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case EMAIL -> "name@example.com";
            case SMS, VOICE -> "+14155550123 (with the country code)";
            default -> type.isPush() ? "the device token" : "the address";
        };
    }

    private void showUserEndpoints() {
        userEndpoints.getChildren().clear();
        Endpoint shown = viewModel.endpointProperty().get();
        for (Endpoint endpoint : user.endpoints()) {
            Label badge = new Label(ChannelNames.of(endpoint.channelType()));
            badge.setTooltip(new Tooltip(ChannelNames.code(endpoint.channelType())));
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.getStyleClass().add("channel-badge");
            Labeled address;
            if (shown != null && shown.id().equals(endpoint.id())) {
                address = new Label(endpoint.address());
                address.getStyleClass().add(Styles.TEXT_BOLD);
            } else {
                // The user's other endpoints open here with a click, as rows of the table do.
                Hyperlink open = new Hyperlink(endpoint.address());
                open.setId("user-endpoint-" + endpoint.id());
                open.setOnAction(event -> viewModel.open(endpoint.id(), () -> { }));
                address = open;
            }
            // The address takes the room the line has, shortened in its middle: a push token is longer than any pane.
            address.setMinWidth(0);
            address.setPrefWidth(60);
            address.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(address, Priority.ALWAYS);
            address.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            address.setTooltip(new Tooltip(endpoint.address()));
            Label state = new Label(endpoint.optOut() == io.tidings.audience.OptOut.ALL ? "Opted out" : "");
            state.getStyleClass().add(Styles.TEXT_MUTED);
            state.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(8, badge, address, state);
            line.setAlignment(Pos.CENTER_LEFT);
            userEndpoints.getChildren().add(line);
        }
    }

    private void addRow(GridPane grid, int row, EditorField field) {
        TextField text = new TextField();
        text.setId("endpoint-" + field.path().replace('.', '-').toLowerCase(java.util.Locale.ROOT));
        text.textProperty().bindBidirectional(endpointForm.field(field.path()));
        addRow(grid, row, field.label(), text, field.path());
    }

    private void addRow(GridPane grid, int row, String label, Node field, String path) {
        Label caption = new Label(label);
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        VBox cell = new VBox(2, field, problemLabel(path));
        GridPane.setHgrow(cell, Priority.ALWAYS);
        grid.addRow(row, caption, cell);
        if (field instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
    }

    /** A red line under a field that shows the reason the last save refused it. */
    private Label problemLabel(String path) {
        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problem.setId(path.isEmpty() ? "endpoint-problem" : "problem-" + path.replace('.', '-'));
        Runnable show = () -> {
            String reason = viewModel.problems().get(path);
            problem.setText(reason);
            problem.setVisible(reason != null);
            problem.setManaged(reason != null);
        };
        viewModel.problems().addListener((MapChangeListener<String, String>) change -> show.run());
        show.run();
        return problem;
    }

    /** The problems of every field under a prefix, such as all attributes. */
    private Label problemsUnder(String prefix) {
        Label problems = new Label();
        problems.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problems.setWrapText(true);
        problems.setId("problems-" + prefix.replace(".", ""));
        Runnable show = () -> {
            List<String> lines = viewModel.problems().entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith(prefix))
                    .map(entry -> entry.getKey() + ": " + entry.getValue())
                    .sorted()
                    .toList();
            problems.setText(String.join("\n", lines));
            problems.setVisible(!lines.isEmpty());
            problems.setManaged(!lines.isEmpty());
        };
        viewModel.problems().addListener((MapChangeListener<String, String>) change -> show.run());
        show.run();
        return problems;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        return grid;
    }

    private static VBox section(String title, Node... body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox section = new VBox(10, heading);
        section.getChildren().addAll(body);
        return section;
    }
}
