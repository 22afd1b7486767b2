package io.tidings.campaign;

import io.tidings.delivery.SendJob;

/**
 * What launching a campaign did.
 *
 * @param campaign the campaign after the launch: executing (an immediate start), scheduled, or paused
 * @param run the send job of the run started now, or null when the first run is later
 */
public record Launch(Campaign campaign, SendJob run) {
}
