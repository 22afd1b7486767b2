package io.tidings.shell;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Something the user can do that is sometimes unavailable, such as saving, erasing a user or
 * launching a campaign. It can run exactly when its reason not to is null or blank; that reason,
 * in the marketer's words ("Nothing to save: no changes yet."), is what a view shows beside a
 * disabled button. {@link CommandButtons} binds a button to it.
 *
 * <p>View models create one per action, with the reason as a binding over their own state, and
 * route the action's public method through {@link #run()}, so that the button, a shortcut and a
 * test all meet the same rule. Needs no running toolkit.
 */
public final class UiCommand {

    private final Runnable action;
    private final ReadOnlyStringWrapper whyNot = new ReadOnlyStringWrapper(this, "whyNot", "");
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper(this, "canRun");

    /**
     * @param action what the command does, run on the calling (FX) thread
     * @param reason why the command cannot run now; null or blank when it can
     */
    public UiCommand(Runnable action, ObservableValue<String> reason) {
        this.action = Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
        whyNot.bind(Bindings.createStringBinding(() -> {
            String text = reason.getValue();
            return text == null || text.isBlank() ? "" : text;
        }, reason));
        canRun.bind(whyNot.isEmpty());
    }

    /** A command that can always run, for actions that only sometimes need a reason. */
    public static UiCommand always(Runnable action) {
        return new UiCommand(action, new ReadOnlyStringWrapper(""));
    }

    /** True when nothing stands in the way. */
    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    public boolean canRun() {
        return canRun.get();
    }

    /** Why the command cannot run now, in a sentence for the marketer; empty when it can. */
    public ReadOnlyStringProperty whyNotProperty() {
        return whyNot.getReadOnlyProperty();
    }

    public String whyNot() {
        return whyNot.get();
    }

    /** Runs the action when the command can run; otherwise does nothing. */
    public void run() {
        if (canRun.get()) {
            action.run();
        }
    }
}
