package io.tidings.audience.ui;

import atlantafx.base.theme.Styles;
import io.tidings.audience.ImportResult;
import io.tidings.audience.RejectedRow;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** What an import did: the counts, what landed, and every row it left out and why. */
final class ImportReportDialog extends Dialog<ButtonType> {

    ImportReportDialog(ImportViewModel viewModel, ImportResult result, Window owner) {
        initOwner(owner);
        setTitle("Import report");
        setHeaderText(headline(result));
        setResizable(true);
        getDialogPane().setId("import-report");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);

        GridPane counts = new GridPane();
        counts.setHgap(24);
        counts.setVgap(4);
        addCount(counts, 0, "Rows read", result.rowsRead(), "report-read");
        addCount(counts, 1, "New endpoints", result.created(), "report-created");
        addCount(counts, 2, "Updated endpoints", result.updated(), "report-updated");
        addCount(counts, 3, "Unchanged endpoints", result.unchanged(), "report-unchanged");
        addCount(counts, 4, "Rows left out", result.rejected(), "report-rejected");

        Label landed = new Label(landedText(result));
        landed.setWrapText(true);
        landed.setId("report-landed");
        landed.setManaged(!landed.getText().isEmpty());
        landed.setVisible(landed.isManaged());
        VBox content = new VBox(14, counts, landed);

        if (!result.rejections().isEmpty()) {
            TableView<RejectedRow> rejections = new TableView<>();
            rejections.setId("report-rejections");
            rejections.getItems().setAll(result.rejections());
            rejections.setPrefHeight(240);
            rejections.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            TableColumn<RejectedRow, String> line = column("Line", 64, row -> Long.toString(row.line()));
            line.setMinWidth(64);
            line.setMaxWidth(80);
            rejections.getColumns().add(line);
            TableColumn<RejectedRow, String> field = column("Field", 160, RejectedRow::field);
            field.setMinWidth(120);
            rejections.getColumns().add(field);
            TableColumn<RejectedRow, String> reason = column("Reason", 360, RejectedRow::reason);
            WrappingTextCell.apply(reason, "reason-text");
            rejections.getColumns().add(reason);
            Label listed = new Label(result.rejected() > result.rejections().size()
                    ? "The first %,d of %,d rows left out:".formatted(result.rejections().size(), result.rejected())
                    : "Every row left out:");
            Button saveList = new Button("Save this list as CSV…", new FontIcon("fth-save"));
            saveList.setId("report-save-rejections");
            saveList.setOnAction(event -> viewModel.saveRejectedRows());
            FlowPane actions = new FlowPane(8, 8, saveList);
            if (!result.stoppedAtError()) {
                // After a stop nothing was imported: the file itself is what to correct.
                Button saveRows = new Button("Save the rows to correct…", new FontIcon("fth-edit"));
                saveRows.setId("report-save-rows-to-correct");
                saveRows.setTooltip(new Tooltip("The rows left out, as the file had them, ready to correct and import again"));
                saveRows.setOnAction(event -> viewModel.saveRowsToCorrect());
                actions.getChildren().add(saveRows);
            }
            content.getChildren().addAll(listed, rejections, actions);
        }
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(720);
    }

    private static String headline(ImportResult result) {
        if (result.cancelled()) {
            return "The import was cancelled";
        }
        if (result.stoppedAtError()) {
            return "The import stopped at a bad row";
        }
        return result.rejected() == 0 ? "Import finished" : "Import finished, with rows left out";
    }

    private static String landedText(ImportResult result) {
        StringBuilder text = new StringBuilder();
        if (result.stoppedAtError()) {
            text.append("The import stopped at line %,d. Nothing of this file was imported: the workspace is as it was."
                    .formatted(result.stoppedAtLine()) + " Fix the row below, or import again and choose to skip bad rows.");
        } else if (result.cancelled()) {
            text.append(result.lastLineLanded() > 0
                    ? "Rows up to line %,d are in the workspace; the rest were not imported.".formatted(result.lastLineLanded())
                    : "Nothing of this file was imported.");
        }
        if (result.segmentName() != null) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append("The imported segment \"").append(result.segmentName()).append("\" holds the endpoints imported.");
        }
        return text.toString();
    }

    private static void addCount(GridPane grid, int row, String label, long count, String id) {
        Label caption = new Label(label);
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        Label value = new Label("%,d".formatted(count));
        value.setId(id);
        value.getStyleClass().add(Styles.TEXT_BOLD);
        grid.addRow(row, caption, value);
    }

    private static TableColumn<RejectedRow, String> column(String title, double width,
            java.util.function.Function<RejectedRow, String> value) {
        TableColumn<RejectedRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
