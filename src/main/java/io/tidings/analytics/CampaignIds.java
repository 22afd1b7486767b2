package io.tidings.analytics;

import java.util.Optional;

/** A port: the id of the workspace's campaign with this name; the root hands in the campaign feature's lookup. */
@FunctionalInterface
public interface CampaignIds {

    Optional<Long> idOf(String campaignName);
}
