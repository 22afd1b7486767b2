package io.tidings.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** Commands without a toolkit: whether they can run follows their reason, and run() respects it. */
class UiCommandTest {

    private final List<String> ran = new ArrayList<>();

    @Test
    void runsWhenThereIsNoReasonNotTo() {
        SimpleStringProperty reason = new SimpleStringProperty(null);
        UiCommand save = new UiCommand(() -> ran.add("saved"), reason);

        assertThat(save.canRun()).isTrue();
        assertThat(save.whyNot()).isEmpty();
        save.run();

        assertThat(ran).containsExactly("saved");
    }

    @Test
    void doesNothingAndSaysWhyWhileThereIsAReason() {
        SimpleStringProperty reason = new SimpleStringProperty("Nothing to save: no changes yet.");
        UiCommand save = new UiCommand(() -> ran.add("saved"), reason);

        save.run();

        assertThat(ran).isEmpty();
        assertThat(save.canRun()).isFalse();
        assertThat(save.whyNot()).isEqualTo("Nothing to save: no changes yet.");
    }

    @Test
    void followsItsReasonAsItChanges() {
        SimpleStringProperty reason = new SimpleStringProperty("Nothing to save: no changes yet.");
        UiCommand save = new UiCommand(() -> ran.add("saved"), reason);
        List<Boolean> seen = new ArrayList<>();
        save.canRunProperty().addListener((observable, old, canRun) -> seen.add(canRun));

        reason.set("");
        save.run();
        reason.set("Fix the problems first: Body, line 1, column 4: unclosed {{#if}}");
        save.run();
        reason.set("   ");

        assertThat(ran).containsExactly("saved");
        assertThat(seen).containsExactly(true, false, true);
        assertThat(save.whyNot()).as("a blank reason is no reason").isEmpty();
    }

    @Test
    void aReasonCanBeDerivedFromTheViewModelsState() {
        SimpleBooleanProperty changed = new SimpleBooleanProperty(false);
        UiCommand revert = new UiCommand(() -> ran.add("reverted"),
                Bindings.when(changed).then("").otherwise("Nothing to revert: no changes yet."));

        assertThat(revert.whyNotProperty().get()).isEqualTo("Nothing to revert: no changes yet.");
        changed.set(true);

        assertThat(revert.canRunProperty().get()).isTrue();
        revert.run();
        assertThat(ran).containsExactly("reverted");
    }

    @Test
    void anAlwaysCommandAlwaysRuns() {
        UiCommand refresh = UiCommand.always(() -> ran.add("refreshed"));

        refresh.run();

        assertThat(refresh.canRun()).isTrue();
        assertThat(ran).containsExactly("refreshed");
    }
}
