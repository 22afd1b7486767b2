package io.tidings.segment.ui;

import atlantafx.base.theme.Styles;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentGroup;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** One group in the builder: its source segments, how its criteria combine, and the criteria. */
final class GroupView extends VBox {

    private final SegmentBuilderViewModel builder;
    private final GroupDraft group;
    private final String id;
    private final VBox rows = new VBox(8);

    GroupView(SegmentBuilderViewModel builder, GroupDraft group, int number) {
        super(10);
        this.builder = builder;
        this.group = group;
        this.id = "group-" + number;
        setId(id);
        getStyleClass().add("segment-group");

        Label title = new Label("Group " + number);
        title.getStyleClass().add(Styles.TITLE_4);
        title.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<SegmentGroup.GroupType> type = new ComboBox<>();
        type.setId(id + "-type");
        type.getItems().setAll(SegmentGroup.GroupType.values());
        type.setConverter(converter("Endpoints matching all of", "Endpoints matching any of", "Endpoints matching none of"));
        type.valueProperty().bindBidirectional(group.typeProperty());
        MenuButton sources = sourcesMenu();
        Button remove = new Button(null, new FontIcon("fth-trash-2"));
        remove.setId(id + "-remove");
        remove.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        remove.setTooltip(new Tooltip("Remove group " + number));
        remove.setOnAction(event -> builder.removeGroup(group));
        type.setMinWidth(Region.USE_PREF_SIZE);
        sources.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane where = new javafx.scene.layout.FlowPane(8, 6, type, sources);
        HBox.setHgrow(where, Priority.ALWAYS);
        HBox header = new HBox(10, title, where, remove);
        header.setAlignment(Pos.CENTER_LEFT);

        Button add = new Button("Add a criterion", new FontIcon("fth-plus"));
        add.setId(id + "-add-criterion");
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        add.setOnAction(event -> {
            builder.addCriterion(group);
            // A new criterion starts with choosing its field: the picker opens at once, ready for typing.
            if (!rows.getChildren().isEmpty() && rows.getChildren().get(rows.getChildren().size() - 1) instanceof CriterionRow row) {
                javafx.application.Platform.runLater(row::chooseField);
            }
        });

        getChildren().addAll(header, rows, add);
        group.criteria().addListener((ListChangeListener<CriterionDraft>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    showCriteria();
                    return;
                }
            }
        });
        showCriteria();
    }

    private void showCriteria() {
        rows.getChildren().clear();
        if (group.criteria().isEmpty()) {
            Label none = new Label(group.sources().isEmpty()
                    ? "No criteria: every endpoint of the workspace."
                    : "No criteria: every endpoint of the segments this group starts from.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            rows.getChildren().add(none);
        }
        for (int index = 0; index < group.criteria().size(); index++) {
            rows.getChildren().add(new CriterionRow(builder, group, group.criteria().get(index), id + "-criterion-" + (index + 1)));
        }
    }

    private MenuButton sourcesMenu() {
        MenuButton menu = new MenuButton();
        menu.setId(id + "-sources");
        menu.getStyleClass().add(Styles.FLAT);
        Runnable label = () -> menu.setText(group.sources().isEmpty()
                ? "in the whole audience"
                : "in " + (group.sources().size() == 1 ? "segment " + group.sources().get(0).name()
                        : group.sources().size() + " segments (" + (group.sourceTypeProperty().get() == SegmentGroup.SourceType.ALL
                                ? "in all" : "in any") + ")"));
        label.run();
        group.sources().addListener((ListChangeListener<Segment>) change -> label.run());
        group.sourceTypeProperty().addListener((observable, old, type) -> label.run());
        menu.setOnShowing(event -> {
            SegmentChoiceMenu.fill(menu, builder.choices().otherSegments(), group.sources());
            CheckMenuItem all = new CheckMenuItem("With several: endpoints in all of them");
            all.setSelected(group.sourceTypeProperty().get() == SegmentGroup.SourceType.ALL);
            all.setOnAction(event2 -> group.sourceTypeProperty().set(all.isSelected()
                    ? SegmentGroup.SourceType.ALL : SegmentGroup.SourceType.ANY));
            menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), all);
        });
        return menu;
    }

    static <T extends Enum<T>> StringConverter<T> converter(String... labels) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : labels[value.ordinal()];
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
