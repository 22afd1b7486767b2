package io.tidings.journey.ui;

import atlantafx.base.theme.Styles;
import io.tidings.journey.ParticipantPosition;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The right of the designer: the properties of the selection and, for a published journey, its participants. */
final class JourneySidePanel extends VBox {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("d MMM HH:mm");

    JourneySidePanel(JourneyDesignerViewModel viewModel) {
        setId("journey-side-panel");
        getStyleClass().add("journey-side-panel");
        setPrefWidth(330);
        setMinWidth(260);
        ActivityPropertiesView properties = new ActivityPropertiesView(viewModel.properties());
        VBox.setVgrow(properties, Priority.ALWAYS);

        Label title = new Label();
        title.setId("journey-participants-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        title.textProperty().bind(viewModel.participants().titleProperty());
        TableView<ParticipantPosition> table = new TableView<>(viewModel.participants().participants());
        table.setId("journey-participants");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Nobody here now."));
        table.getColumns().add(column("Participant", position -> position.participant().isUser()
                ? "User " + position.participant().userId() : "Endpoint " + position.participant().endpointId()));
        table.getColumns().add(column("Since", participant -> participant.since() == null ? ""
                : SINCE.format(participant.since().atZone(ZoneId.systemDefault()))));
        table.getColumns().add(column("Status", ParticipantPosition::status));
        table.setPrefHeight(240);
        VBox participants = new VBox(6, title, table);
        participants.setId("journey-participants-box");
        participants.setPadding(new javafx.geometry.Insets(0, 10, 0, 10));
        participants.visibleProperty().bind(Bindings.isNotEmpty(viewModel.participants().titleProperty()));
        participants.managedProperty().bind(participants.visibleProperty());
        getChildren().addAll(properties, participants);
    }

    private static TableColumn<ParticipantPosition, String> column(String title,
            java.util.function.Function<ParticipantPosition, String> value) {
        TableColumn<ParticipantPosition, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
