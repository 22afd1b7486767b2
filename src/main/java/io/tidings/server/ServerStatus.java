package io.tidings.server;

/**
 * Whether the workspace's tracking server runs, as the Settings pane and {@code serve} say it.
 *
 * @param url where it listens, such as {@code http://127.0.0.1:8787}, while it listens; else null
 * @param problem why it does not run, in words, when it failed to start; else null
 */
public record ServerStatus(State state, String url, String problem) {

    public enum State { STOPPED, LISTENING, FAILED }

    public static final ServerStatus STOPPED = new ServerStatus(State.STOPPED, null, null);

    static ServerStatus listening(String url) {
        return new ServerStatus(State.LISTENING, url, null);
    }

    static ServerStatus failed(String problem) {
        return new ServerStatus(State.FAILED, null, problem);
    }

    /** One line for the marketer. */
    public String inWords() {
        return switch (state) {
            case STOPPED -> "Not running: turn it on to track opens and clicks and to take unsubscribes.";
            case LISTENING -> "Listening on " + url;
            case FAILED -> "Not running: " + problem;
        };
    }
}
