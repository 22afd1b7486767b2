package io.tidings.delivery.ui;

/**
 * One event of a captured message, in words.
 *
 * @param what what happened, such as "Delivered" or "Hard bounce"
 * @param eventType Pinpoint's event name
 * @param when when it happened, or will, in the computer's time zone
 * @param afterSending how long after the message was sent, such as "+4 s" or "+2 h 13 min"
 * @param detail the provider's words, or empty
 * @param upcoming a simulated report timed after now: it counts once its time comes
 */
public record MessageEventRow(String what, String eventType, String when, String afterSending, String detail,
        boolean upcoming) {
}
