package io.tidings.journey;

/** Whether an output port may lead to an activity, and if not, why, in words the canvas shows. */
public record ConnectionCheck(boolean allowed, String reason) {

    public static final ConnectionCheck ALLOWED = new ConnectionCheck(true, null);

    public static ConnectionCheck refused(String reason) {
        return new ConnectionCheck(false, reason);
    }
}
