package io.tidings.campaign;

/** A campaign, or a request about one, that cannot be carried out; the message says why, in the marketer's words. */
public class InvalidCampaignException extends IllegalArgumentException {

    public InvalidCampaignException(String message) {
        super(message);
    }

    public InvalidCampaignException(String message, Throwable cause) {
        super(message, cause);
    }
}
