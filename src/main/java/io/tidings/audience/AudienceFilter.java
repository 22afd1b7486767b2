package io.tidings.audience;

import java.util.Locale;

/**
 * Which endpoints the audience table shows.
 *
 * @param search the start of an address, a user id or an endpoint id; blank for all
 * @param channel only this channel, or null for every channel
 * @param optOut only endpoints with this opt-out state, or null for both
 */
public record AudienceFilter(String search, ChannelType channel, OptOut optOut) {

    public static final AudienceFilter ALL = new AudienceFilter("", null, null);

    public AudienceFilter {
        search = search == null ? "" : search.strip();
    }

    public boolean hasSearch() {
        return !search.isEmpty();
    }

    /** The search as typed, and lower-cased: email addresses are stored as written, usually lower case. */
    String searchLowerCase() {
        return search.toLowerCase(Locale.ROOT);
    }
}
