package io.tidings.template;

/**
 * An endpoint offered for previews: enough to recognise it in a list.
 *
 * @param name the person's name from their user attributes, or null
 */
public record EndpointChoice(String id, String address, String channel, String userId, String name) {

    /** Longer push tokens show their first and last characters only. */
    private static final int LONGEST_ADDRESS = 28;
    private static final int KEPT_AT_EACH_END = 8;

    public EndpointChoice(String id, String address, String channel, String userId) {
        this(id, address, channel, userId, null);
    }

    /** "Ada Lovelace · ada@example.com", or the address and user id when there is no name. */
    public String label() {
        StringBuilder label = new StringBuilder();
        if (name != null && !name.isBlank()) {
            label.append(name.strip()).append(" · ");
        }
        label.append(shortAddress());
        if ((name == null || name.isBlank()) && userId != null && !userId.isBlank()) {
            label.append(" · ").append(userId);
        }
        return label.toString();
    }

    /** The address, a long token cut in the middle: "f3a9c2d1…77be01c4". */
    public String shortAddress() {
        String shown = address == null || address.isBlank() ? id : address;
        return shown.length() <= LONGEST_ADDRESS ? shown
                : shown.substring(0, KEPT_AT_EACH_END) + "…" + shown.substring(shown.length() - KEPT_AT_EACH_END);
    }
}
