package io.tidings.delivery;

import java.nio.file.Path;

/** Another sending engine (the app, or a {@code send} on the command line) holds the workspace's {@link SendingLock}. */
public final class SendingElsewhereException extends IllegalStateException {

    public SendingElsewhereException(Path workspace) {
        super("Another Tidings is sending from " + workspace.getFileName() + " (the app, or a send on the command line). "
                + "Close it or let it finish, then try again.");
    }
}
