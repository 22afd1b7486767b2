package io.tidings.template;

/** An endpoint offered for previews: enough to recognise it in a list. */
public record EndpointChoice(String id, String address, String channel, String userId) {

    /** "ada@example.com · EMAIL · user-ada" */
    public String label() {
        StringBuilder label = new StringBuilder(address == null || address.isBlank() ? id : address);
        label.append(" · ").append(channel);
        if (userId != null && !userId.isBlank()) {
            label.append(" · ").append(userId);
        }
        return label.toString();
    }
}
