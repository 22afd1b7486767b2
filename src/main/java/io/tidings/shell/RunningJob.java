package io.tidings.shell;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A background job as the status bar shows it: title, progress, message, and a cancel button. */
public interface RunningJob {

    String title();

    /** 0 to 1, or -1 while the amount of work is not known. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    /** Asks the job to stop; it ends at its next check. */
    void stop();
}
