package io.tidings.delivery;

/**
 * The channel account a send job was created with, kept so that resuming it sends through the same provider.
 *
 * @param account what the channel accounts feature wrote about the account (its settings without the secrets kept
 *     as values); opaque here; null for a job created before jobs kept it
 * @param ratePerSecond the most messages a second the job sends, or null for no limit
 */
public record JobAccount(String account, Double ratePerSecond) {

    /** Nothing kept: a job created without an account on record. */
    public static final JobAccount UNKNOWN = new JobAccount(null, null);

    public boolean isKnown() {
        return account != null;
    }
}
