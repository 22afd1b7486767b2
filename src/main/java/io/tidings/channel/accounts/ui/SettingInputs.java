package io.tidings.channel.accounts.ui;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The input of each kind of setting, with its hint and its problem under it. */
final class SettingInputs {

    /** The style class of a setting's problem, for finding the first one to scroll to. */
    static final String PROBLEM = "setting-problem";

    private static final int SHORT_FIELD_COLUMNS = 8;

    private SettingInputs() {
    }

    /** The id of a setting's input: {@code setting-email-smtp-port}. */
    static String id(Setting setting) {
        return "setting-" + setting.path().replace('.', '-');
    }

    /** The input, its hint and its problem, stacked. */
    static VBox cell(Setting setting, ChannelEditorViewModel viewModel) {
        Node input;
        if (setting instanceof SecretSetting secret) {
            input = secret(secret, viewModel);
        } else if (setting instanceof ChoiceSetting choice) {
            input = choice(choice);
        } else if (setting instanceof FlagSetting flag) {
            input = flag(flag);
        } else {
            input = text((TextSetting) setting, viewModel);
        }
        VBox cell = new VBox(3, input);
        SettingWords words = setting.words();
        if (setting instanceof SecretSetting secret) {
            // One note whose words change as the user types, so that nothing below it moves.
            Label stored = small(new Label(), Styles.TEXT_MUTED);
            stored.setId(id(setting) + "-stored");
            stored.textProperty().bind(secret.noteBinding());
            showWhen(stored, secret.sourceProperty().isEqualTo(SecretSetting.Source.VALUE));
            cell.getChildren().add(stored);
        }
        if (words.hint() != null) {
            cell.getChildren().add(small(new Label(words.hint()), Styles.TEXT_MUTED));
        }
        cell.getChildren().add(problem(setting, viewModel.problems(), viewModel.checksProperty(), input));
        return cell;
    }

    private static Node text(TextSetting setting, ChannelEditorViewModel viewModel) {
        TextField field = new TextField();
        field.setId(id(setting));
        field.textProperty().bindBidirectional(setting.textProperty());
        if (setting.words().file() != null) {
            return withChooser(field, setting, viewModel);
        }
        if (setting.isNumber()) {
            field.setPrefColumnCount(SHORT_FIELD_COLUMNS);
            field.setMaxWidth(Region.USE_PREF_SIZE);
        }
        return field;
    }

    private static Node choice(ChoiceSetting setting) {
        ComboBox<Object> box = new ComboBox<>();
        box.setId(id(setting));
        box.getItems().setAll(setting.choices());
        box.setConverter(words(SettingWords::choice));
        box.valueProperty().bindBidirectional(setting.valueProperty());
        return box;
    }

    private static Node flag(FlagSetting setting) {
        // The form's own label names the setting on the left; the same words again beside the box only repeat it.
        CheckBox box = new CheckBox();
        box.setAccessibleText(setting.words().label());
        box.setId(id(setting));
        box.selectedProperty().bindBidirectional(setting.valueProperty());
        return box;
    }

    private static Node secret(SecretSetting setting, ChannelEditorViewModel viewModel) {
        ComboBox<SecretSetting.Source> source = new ComboBox<>();
        source.setId(id(setting) + "-source");
        source.setMinWidth(Region.USE_PREF_SIZE);
        source.getItems().setAll(SecretSetting.Source.values());
        source.valueProperty().bindBidirectional(setting.sourceProperty());
        PasswordField hidden = new PasswordField();
        hidden.setId(id(setting));
        hidden.textProperty().bindBidirectional(setting.textProperty());
        TextField shown = new TextField();
        shown.setId(id(setting) + "-reference");
        shown.textProperty().bindBidirectional(setting.textProperty());
        shown.promptTextProperty().bind(Bindings.createStringBinding(
                () -> setting.sourceProperty().get() == SecretSetting.Source.ENVIRONMENT
                        ? "Variable name, such as SMTP_PASSWORD" : "The file's path", setting.sourceProperty()));
        BooleanBinding typed = setting.sourceProperty().isEqualTo(SecretSetting.Source.VALUE);
        showWhen(hidden, typed);
        showWhen(shown, typed.not());
        StackPane text = new StackPane(hidden, shown);
        // where it comes from above the value: side by side, a narrow window cut "Stored in the workspace" short
        VBox lines = new VBox(6, source, withChooser(text, setting, viewModel));
        return lines;
    }

    private static HBox withChooser(Node field, Setting setting, ChannelEditorViewModel viewModel) {
        Button choose = new Button("Choose…", new FontIcon("fth-folder"));
        choose.setId(id(setting) + "-choose");
        choose.setOnAction(event -> viewModel.chooseFile(setting));
        choose.setMinWidth(Button.USE_PREF_SIZE);
        if (setting instanceof SecretSetting secret) {
            showWhen(choose, secret.sourceProperty().isEqualTo(SecretSetting.Source.FILE));
        }
        HBox row = new HBox(8, field, choose);
        HBox.setHgrow(field, Priority.ALWAYS);
        return row;
    }

    private static Label problem(Setting setting, ObservableMap<String, String> problems,
            ObservableIntegerValue checks, Node input) {
        Label problem = small(new Label(), Styles.DANGER);
        problem.setId("problem-" + setting.path().replace('.', '-'));
        problem.getStyleClass().add(PROBLEM);
        problem.textProperty().bind(Bindings.valueAt(problems, setting.path()));
        BooleanBinding wrong = Bindings.isNotNull(Bindings.valueAt(problems, setting.path()));
        problem.visibleProperty().bind(wrong);
        // A problem keeps its room until the form is checked again, so that typing the fix moves nothing below.
        wrong.addListener((observable, was, is) -> {
            input.lookupAll(".text-input").forEach(field -> field.pseudoClassStateChanged(Styles.STATE_DANGER, is));
            if (is) {
                problem.setManaged(true);
            }
        });
        checks.addListener((observable, old, count) -> problem.setManaged(wrong.get()));
        problem.setManaged(wrong.get());
        return problem;
    }

    static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    static Label small(Label label, String style) {
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, style);
        return label;
    }

    static <T> StringConverter<T> words(Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("The choices are not typed in.");
            }
        };
    }
}
