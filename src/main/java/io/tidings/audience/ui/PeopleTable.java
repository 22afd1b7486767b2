package io.tidings.audience.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.tidings.audience.ChannelType;
import io.tidings.audience.PersonRow;
import io.tidings.ui.ChannelNames;
import io.tidings.ui.Icons;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The People view's table: a row per user id with their name, channels as icons and opt-out state. */
final class PeopleTable extends TableView<PersonRow> {

    PeopleTable() {
        setId("people-table");
        getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        setFixedCellSize(30);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        getColumns().add(column("Name", 170, 100, PersonRow::name));
        getColumns().add(column("User id", 120, 84, PersonRow::userId));
        getColumns().add(channelsColumn());
        getColumns().add(column("Endpoints", 90, 84, PersonRow::endpoints));
        getColumns().add(column("Opt-out", 140, 100, PeopleTable::optOutText));
        getColumns().forEach(column -> column.setSortable(false));
    }

    /** "Opted out" when every endpoint is, "1 of 3 opted out" when some are, else nothing. */
    static String optOutText(PersonRow person) {
        if (person.optedOut() == 0) {
            return "";
        }
        return person.allOptedOut() ? "Opted out" : person.optedOut() + " of " + person.endpoints() + " opted out";
    }

    private static TableColumn<PersonRow, Object> column(String title, double width, double minimum,
            Function<PersonRow, Object> value) {
        TableColumn<PersonRow, Object> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(minimum);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue() == null ? "…" : value.apply(cell.getValue())));
        return column;
    }

    /** Each channel of the person as its icon, in words on hover with Pinpoint's code. */
    private static TableColumn<PersonRow, Object> channelsColumn() {
        TableColumn<PersonRow, Object> column = column("Channels", 110, 76, PersonRow::channels);
        column.setCellFactory(list -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                PersonRow person = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (person == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                HBox icons = new HBox(6);
                icons.setAlignment(Pos.CENTER_LEFT);
                person.channels().stream().sorted(Comparator.comparing(ChannelType::ordinal)).forEach(channel -> {
                    Label icon = new Label(null, new FontIcon(Icons.of(channel)));
                    icon.getStyleClass().add("channel-icon");
                    icon.setAccessibleText(ChannelNames.of(channel));
                    Tooltip.install(icon, new Tooltip(ChannelNames.of(channel) + " · " + ChannelNames.code(channel)));
                    icons.getChildren().add(icon);
                });
                setText(null);
                setGraphic(icons);
            }
        });
        return column;
    }
}
