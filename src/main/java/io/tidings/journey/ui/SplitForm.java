package io.tidings.journey.ui;

import io.tidings.journey.ActivityConfig;
import io.tidings.journey.Condition;
import io.tidings.journey.ConditionalSplit;
import io.tidings.journey.MultiConditionSplit;
import io.tidings.journey.Port;
import io.tidings.journey.SimpleCondition;
import io.tidings.journey.WaitTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A yes/no split (its tests, all or any of which must hold) or a multivariate split (up to four branches, each with a
 * test, plus Else), and when the tests are made: at once, after a wait, or on a date.
 */
final class SplitForm extends VBox {

    private final ActivityPropertiesViewModel viewModel;

    SplitForm(ActivityPropertiesViewModel viewModel, ConditionalSplit split) {
        super(10);
        this.viewModel = viewModel;
        List<SimpleCondition> conditions = split.condition() == null ? List.of() : split.condition().conditions();
        if (conditions.size() > 1) {
            Condition.Operator operator = split.condition().operator();
            getChildren().add(PropertyForm.field("Yes when", PropertyForm.choice("journey-condition-operator",
                    List.of(Condition.Operator.values()), operator, chosen -> chosen == Condition.Operator.ALL
                            ? "All the tests hold" : "Any of the tests holds", "All the tests hold",
                    chosen -> viewModel.updateConfig("operator", config -> new ConditionalSplit(new Condition(
                            ((ConditionalSplit) config).condition().conditions(), chosen),
                            ((ConditionalSplit) config).evaluationWaitTime()))), viewModel, "operator"));
        }
        for (int index = 0; index < Math.max(1, conditions.size()); index++) {
            int at = index;
            getChildren().add(PropertyForm.section(conditions.size() > 1 ? "Test " + (index + 1) : "Test"));
            getChildren().add(new ConditionForm(viewModel, "journey-condition-" + (index + 1),
                    index < conditions.size() ? conditions.get(index) : null,
                    made -> viewModel.updateConfig("journey-condition-" + (at + 1), config -> {
                        ConditionalSplit now = (ConditionalSplit) config;
                        List<SimpleCondition> changed = now.condition() == null ? new ArrayList<>()
                                : new ArrayList<>(now.condition().conditions());
                        set(changed, at, made);
                        return new ConditionalSplit(new Condition(changed, now.condition() == null ? null
                                : now.condition().operator()), now.evaluationWaitTime());
                    })));
        }
        Button add = new Button("Add a test", new FontIcon("fth-plus"));
        add.setId("journey-condition-add");
        add.setDisable(conditions.isEmpty());
        add.setOnAction(event -> viewModel.restructure("conditions", config -> {
            ConditionalSplit now = (ConditionalSplit) config;
            List<SimpleCondition> changed = new ArrayList<>(now.condition().conditions());
            changed.add(changed.get(changed.size() - 1));
            return new ConditionalSplit(new Condition(changed, now.condition().operator()), now.evaluationWaitTime());
        }));
        Button remove = new Button("Remove the last test", new FontIcon("fth-minus"));
        remove.setId("journey-condition-remove");
        remove.setDisable(conditions.size() < 2);
        remove.setOnAction(event -> viewModel.restructure("conditions", config -> {
            ConditionalSplit now = (ConditionalSplit) config;
            List<SimpleCondition> changed = new ArrayList<>(now.condition().conditions());
            changed.remove(changed.size() - 1);
            return new ConditionalSplit(new Condition(changed, now.condition().operator()), now.evaluationWaitTime());
        }));
        getChildren().add(new HBox(8, add, remove));
        evaluation(split.evaluationWaitTime(), (config, wait) -> new ConditionalSplit(
                ((ConditionalSplit) config).condition(), wait));
    }

    SplitForm(ActivityPropertiesViewModel viewModel, MultiConditionSplit split) {
        super(10);
        this.viewModel = viewModel;
        List<SimpleCondition> branches = split.branches();
        for (int index = 0; index < branches.size(); index++) {
            int at = index;
            getChildren().add(PropertyForm.section(Port.branch(Math.min(index, Port.MOST_BRANCHES - 1)).label()
                    .replaceAll("\\d+$", String.valueOf(index + 1))));
            getChildren().add(new ConditionForm(viewModel, "journey-branch-" + (index + 1), branches.get(index),
                    made -> viewModel.updateConfig("journey-branch-" + (at + 1), config -> {
                        MultiConditionSplit now = (MultiConditionSplit) config;
                        List<SimpleCondition> changed = new ArrayList<>(now.branches());
                        set(changed, at, made);
                        return new MultiConditionSplit(changed, now.evaluationWaitTime());
                    })));
        }
        Button add = new Button("Add a branch", new FontIcon("fth-plus"));
        add.setId("journey-branch-add");
        add.setDisable(branches.size() >= Port.MOST_BRANCHES);
        add.setOnAction(event -> viewModel.restructure("branches", config -> {
            MultiConditionSplit now = (MultiConditionSplit) config;
            List<SimpleCondition> changed = new ArrayList<>(now.branches());
            changed.add(null);
            return new MultiConditionSplit(changed, now.evaluationWaitTime());
        }));
        Button remove = new Button("Remove the last branch", new FontIcon("fth-minus"));
        remove.setId("journey-branch-remove");
        remove.setDisable(branches.size() <= 1);
        remove.setOnAction(event -> viewModel.restructure("branches", config -> {
            MultiConditionSplit now = (MultiConditionSplit) config;
            List<SimpleCondition> changed = new ArrayList<>(now.branches());
            changed.remove(changed.size() - 1);
            return new MultiConditionSplit(changed, now.evaluationWaitTime());
        }));
        getChildren().addAll(new HBox(8, add, remove), PropertyForm.help("A participant takes the first branch "
                + "whose test holds; those for whom none holds take Else."));
        evaluation(split.evaluationWaitTime(), (config, wait) -> new MultiConditionSplit(
                ((MultiConditionSplit) config).branches(), wait));
    }

    private static void set(List<SimpleCondition> conditions, int index, Supplier<SimpleCondition> made) {
        SimpleCondition condition = made.get();
        while (conditions.size() <= index) {
            conditions.add(null);
        }
        conditions.set(index, condition);
    }

    private void evaluation(WaitTime wait, java.util.function.BiFunction<ActivityConfig, WaitTime, ActivityConfig> with) {
        TimeWords words = viewModel.timeWords();
        TextField field = PropertyForm.committing(new TextField(), "journey-evaluation", words.words(wait),
                text -> viewModel.updateConfig("evaluation", config -> with.apply(config,
                        words.wait(text).orElse(null))));
        field.setPromptText("At once");
        getChildren().addAll(PropertyForm.field("Test after", field, viewModel, "evaluation"),
                PropertyForm.help("Empty: the test is made as participants arrive. A wait (1 day) or a moment "
                        + "(until 1 Dec 2026 09:00) gives them time to open or click first."));
    }
}
