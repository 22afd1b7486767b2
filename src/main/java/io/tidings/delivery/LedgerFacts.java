package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import java.sql.SQLException;

/** The sending rules' facts as the ledger holds them, read inside the claim's transaction. */
final class LedgerFacts implements SendingFacts {

    private final LedgerSession ledger;

    LedgerFacts(LedgerSession ledger) {
        this.ledger = ledger;
    }

    @Override
    public boolean addressSuppressed(DeliveryChannel channel, String address) throws SQLException {
        return ledger.addressSuppressed(channel, address);
    }

    @Override
    public boolean addressTakenInJob(long jobId, long endpointKey, String address) throws SQLException {
        return ledger.addressTakenInJob(jobId, endpointKey, address);
    }

    @Override
    public long countedTowardsTotal(SendJob job, long endpointKey) throws SQLException {
        return job.campaignId() == null ? ledger.sentInJob(job.id(), endpointKey)
                : ledger.targetedInCampaign(job.campaignId(), endpointKey);
    }

    @Override
    public long sentToEndpointBetween(long endpointKey, long fromMillis, long toMillis) throws SQLException {
        return ledger.sentToEndpointBetween(endpointKey, fromMillis, toMillis);
    }
}
