package io.tidings.journey.ui;

import io.tidings.journey.Port;
import io.tidings.journey.RandomSplit;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A random split: a whole percentage per path (two to five), and what they add up to. */
final class RandomSplitForm extends VBox {

    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    RandomSplitForm(ActivityPropertiesViewModel viewModel, RandomSplit split) {
        super(10);
        List<Integer> percentages = split.percentages();
        for (int index = 0; index < percentages.size(); index++) {
            int path = index;
            TextField field = PropertyForm.committing(new TextField(), "journey-path-" + (index + 1),
                    String.valueOf(percentages.get(index)), text -> viewModel.updateConfig("path-" + (path + 1),
                            config -> {
                                Integer value = PropertyForm.wholeNumber(text, "a whole percentage such as 25");
                                List<Integer> changed = new ArrayList<>(((RandomSplit) config).percentages());
                                changed.set(path, value == null ? 0 : value);
                                return new RandomSplit(changed);
                            }));
            field.setPrefColumnCount(4);
            getChildren().add(PropertyForm.field(Port.path(index).label() + " (%)", field, viewModel,
                    "path-" + (index + 1)));
        }
        Label total = new Label();
        total.setId("journey-paths-total");
        total.textProperty().bind(Bindings.createStringBinding(() -> {
            int sum = viewModel.now() != null && viewModel.now().activity() != null
                    && viewModel.now().activity().config() instanceof RandomSplit now ? now.total() : split.total();
            total.pseudoClassStateChanged(WRONG, sum != 100);
            return "Together: " + sum + " %" + (sum == 100 ? "" : " (make it 100 %)");
        }, viewModel.editsProperty()));
        Button add = new Button("Add a path", new FontIcon("fth-plus"));
        add.setId("journey-path-add");
        add.setDisable(percentages.size() >= Port.MOST_PATHS);
        add.setOnAction(event -> viewModel.restructure("paths", config -> {
            List<Integer> changed = new ArrayList<>(((RandomSplit) config).percentages());
            changed.add(0);
            return new RandomSplit(changed);
        }));
        Button remove = new Button("Remove the last", new FontIcon("fth-minus"));
        remove.setId("journey-path-remove");
        remove.setDisable(percentages.size() <= 2);
        remove.setOnAction(event -> viewModel.restructure("paths", config -> {
            List<Integer> changed = new ArrayList<>(((RandomSplit) config).percentages());
            changed.remove(changed.size() - 1);
            return new RandomSplit(changed);
        }));
        getChildren().addAll(total, new HBox(8, add, remove), PropertyForm.help("Each participant takes a path at "
                + "random, in these proportions; whole percentages that add up to 100 %."));
    }
}
