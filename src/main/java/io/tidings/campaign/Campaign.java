package io.tidings.campaign;

import java.time.Instant;

/**
 * A saved campaign.
 *
 * @param nextRunAt when its next run fires; null when none is scheduled (a draft, an immediate campaign, the last
 *     run done)
 */
public record Campaign(long id, String name, String description, CampaignDefinition definition, CampaignState state,
        Instant nextRunAt, Instant createdAt, Instant updatedAt) {
}
