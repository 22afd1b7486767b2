package io.tidings.apikey.ui;

import atlantafx.base.theme.Styles;
import io.tidings.apikey.NewApiKey;
import io.tidings.shell.CommandButtons;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The API keys page of Settings: what a developer copies into an app (application id, PutEvents address), the
 * keys, and the delivery-receipt webhooks' addresses and secret.
 */
public final class ApiKeysView extends VBox {

    private static final String STYLESHEET = ApiKeysView.class.getResource("api-keys.css").toExternalForm();

    private static final double LABEL_WIDTH = 180;

    private final ApiKeysViewModel viewModel;
    private final VBox keyRows = new VBox();

    public ApiKeysView(ApiKeysViewModel viewModel) {
        super(10);
        this.viewModel = viewModel;
        setId("api-keys");
        getStyleClass().addAll("panel", "api-keys");
        getStylesheets().add(STYLESHEET);

        Label problem = small(new Label(), Styles.DANGER);
        problem.setId("api-keys-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        showWhenNotEmpty(problem);
        Label message = small(new Label(), Styles.SUCCESS);
        message.setId("api-keys-message");
        message.textProperty().bind(viewModel.messageProperty());
        showWhenNotEmpty(message);

        getChildren().addAll(title("API keys"),
                small(new Label("Apps and AWS SDKs send events to this workspace with Amazon Pinpoint's PutEvents, "
                        + "signed with an API key (AWS Signature Version 4, service mobiletargeting, any region) or "
                        + "with the key's secret as a Bearer token."), Styles.TEXT_MUTED),
                grid(row("Application id", new CopyableField("api-keys-application-id", viewModel.applicationIdProperty())),
                        row("PutEvents URL", new CopyableField("api-keys-put-events-url", viewModel.putEventsUrlProperty()))),
                problem, keyRows, createRow(), message,
                title("Delivery receipts and inbound messages"),
                small(new Label("Give these addresses to your providers. Twilio's callbacks are checked with the auth "
                        + "token of the Twilio account in Channels; any other provider signs its JSON with the webhook "
                        + "secret: X-Tidings-Signature: sha256=<HMAC-SHA256 of the body>."), Styles.TEXT_MUTED),
                grid(row("Twilio status callback", new CopyableField("api-keys-twilio-status",
                                viewModel.twilioStatusUrlProperty())),
                        row("Twilio incoming messages", new CopyableField("api-keys-twilio-inbound",
                                viewModel.twilioInboundUrlProperty())),
                        row("Other providers", new CopyableField("api-keys-webhook-url",
                                viewModel.messagesWebhookUrlProperty())),
                        row("Webhook secret", webhookSecret())));

        viewModel.rows().addListener((Observable changed) -> showKeys());
        viewModel.createdKeyProperty().addListener((observable, old, created) -> {
            if (created != null) {
                showOnce(created);
            }
        });
        showKeys();
        viewModel.load();
    }

    private void showKeys() {
        keyRows.getChildren().clear();
        if (viewModel.rows().isEmpty()) {
            Label none = small(new Label("No keys yet. Create one for each app that sends events, so that one can be "
                    + "revoked without stopping the others."), Styles.TEXT_MUTED);
            none.setId("api-keys-none");
            keyRows.getChildren().add(none);
            return;
        }
        for (ApiKeyRow row : viewModel.rows()) {
            keyRows.getChildren().add(keyRow(row));
        }
    }

    private Node keyRow(ApiKeyRow row) {
        String id = "api-key-" + row.key().accessKeyId();
        Label name = new Label(row.key().name());
        name.getStyleClass().add("key-name");
        Label accessKeyId = new Label(row.key().accessKeyId());
        accessKeyId.getStyleClass().add("key-id");
        Label dates = small(new Label(row.dates()), Styles.TEXT_MUTED);
        dates.setId(id + "-dates");
        VBox text = new VBox(2, new HBox(10, name, accessKeyId), dates);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(12, text);
        line.setId(id);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("key-row");
        if (row.key().revoked()) {
            line.getStyleClass().add("revoked");
            Label revoked = new Label("Revoked");
            revoked.getStyleClass().addAll(Styles.TEXT_MUTED);
            line.getChildren().add(revoked);
        } else {
            Button revoke = new Button("Revoke…");
            revoke.setId(id + "-revoke");
            revoke.getStyleClass().add(Styles.DANGER);
            revoke.setOnAction(event -> viewModel.revoke(row.key()));
            line.getChildren().add(revoke);
        }
        return line;
    }

    private Node createRow() {
        TextField name = new TextField();
        name.setId("api-keys-new-name");
        name.setPromptText("Name of the new key, such as Android app");
        name.textProperty().bindBidirectional(viewModel.newKeyNameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button create = new Button("Create key");
        create.setId("api-keys-create");
        create.getStyleClass().add(Styles.ACCENT);
        name.setOnAction(event -> viewModel.create().run());
        HBox row = new HBox(8, name, CommandButtons.bind(create, viewModel.create()));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node webhookSecret() {
        PasswordField hidden = new PasswordField();
        hidden.setId("api-keys-webhook-secret");
        hidden.setEditable(false);
        hidden.textProperty().bind(viewModel.webhookSecretProperty());
        HBox.setHgrow(hidden, Priority.ALWAYS);
        CopyableField shown = new CopyableField("api-keys-webhook-secret-shown", viewModel.webhookSecretProperty());
        HBox.setHgrow(shown, Priority.ALWAYS);
        shown.setVisible(false);
        shown.setManaged(false);
        Button show = new Button("Show");
        show.setId("api-keys-webhook-secret-show");
        show.setOnAction(event -> {
            boolean showing = !shown.isVisible();
            shown.setVisible(showing);
            shown.setManaged(showing);
            hidden.setVisible(!showing);
            hidden.setManaged(!showing);
            show.setText(showing ? "Hide" : "Show");
        });
        Button renew = new Button("New secret…");
        renew.setId("api-keys-webhook-secret-renew");
        renew.setOnAction(event -> viewModel.renewWebhookSecret());
        HBox box = new HBox(8, hidden, shown, show, renew);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void showOnce(NewApiKey created) {
        NewApiKeyDialog dialog = new NewApiKeyDialog(getScene() == null ? null : getScene().getWindow(), created,
                STYLESHEET);
        dialog.setOnHidden(event -> viewModel.createdKeyShown());
        dialog.show();
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        return title;
    }

    private static Label small(Label label, String style) {
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, style);
        return label;
    }

    private static void showWhenNotEmpty(Label label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }

    private static Node[] row(String name, Node value) {
        Label label = new Label(name);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Label.USE_PREF_SIZE);
        return new Node[] {label, value};
    }

    private static GridPane grid(Node[]... rows) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        // The same width in both grids, so that their fields line up.
        labels.setMinWidth(LABEL_WIDTH);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        for (int index = 0; index < rows.length; index++) {
            grid.addRow(index, rows[index]);
        }
        return grid;
    }
}
