package io.tidings.shell;

/**
 * "Send now" from a template or a segment: opens the campaign editor with it chosen and the schedule
 * "immediately". Screens call it through the shell, so that no feature's screens use another's; the app's
 * composition implements it.
 */
public interface SendNow {

    /** Does nothing: for screens shown where there are no campaigns (tests). */
    SendNow NOWHERE = new SendNow() {
        @Override
        public void sendTemplate(long templateId) {
        }

        @Override
        public void sendToSegment(long segmentId) {
        }
    };

    void sendTemplate(long templateId);

    void sendToSegment(long segmentId);
}
