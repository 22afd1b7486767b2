package io.tidings.analytics;

/**
 * The message counts of one scope (the workspace, a campaign, a run, a treatment, a day) over a date range, and the
 * KPIs computed from them. Counts come from the daily rollups; the {@code unique} ones count distinct endpoints over
 * the whole range. A rate whose divisor is zero is null: Pinpoint returns no row then.
 *
 * @param emailOpens opens, one message counted once per clock hour (Pinpoint's console and, we infer, its API)
 * @param everyEmailOpen every open event
 * @param emailClicks every click, as Pinpoint's click KPIs count them
 * @param customSent custom messages (a journey's webhook calls) the webhook answered 2xx: as on every channel, a
 *        message counts as sent once its provider took it
 * @param customDelivered the same calls: a webhook's 2xx is its delivery, and it reports nothing later
 * @param customFailures webhook calls that failed for good
 * @param smsSpend what SMS cost, in thousandths of a US cent ({@code price_in_millicents_usd})
 * @param revenue {@code _item_price} x {@code _quantity} of the purchases
 */
public record MessageKpis(long messagesSent, long emailsSent, long emailHardBounces, long emailSoftBounces,
        long emailsRejected, long emailComplaints, long emailUnsubscribes, long emailOpens, long everyEmailOpen,
        long emailClicks, long smsSent, long smsDelivered, long smsFailures, long smsOptOuts, long pushSent,
        long pushDelivered, long pushFailures, long pushOpens, long voiceSent, long voiceDelivered,
        long voiceFailures, long customSent, long customDelivered, long customFailures, long uniqueDeliveries,
        long uniqueEmailOpens, long uniqueEmailClicks, long uniqueOptOuts, long purchases, long uniqueBuyers,
        double revenue, double smsSpend) {

    /**
     * Messages delivered as Pinpoint counts a campaign's: emails sent minus hard bounces (soft bounces and rejects
     * are not subtracted, pinpoint-kpis.md §2 {@code successful-deliveries}), and the other channels' deliveries.
     */
    public long delivered() {
        return emailsDelivered() + smsDelivered + pushDelivered + voiceDelivered + customDelivered;
    }

    /**
     * Messages that did not arrive, on every channel: email bounces (hard and soft) and rejects, and the SMS, push,
     * voice and custom messages that failed.
     */
    public long failed() {
        return emailHardBounces + emailSoftBounces + emailsRejected + smsFailures + pushFailures + voiceFailures
                + customFailures;
    }

    /** A campaign's emails delivered: sent minus hard bounces. */
    public long emailsDelivered() {
        return emailsSent - emailHardBounces;
    }

    /** A transactional email's delivered: sent minus soft and hard bounces and rejects (§3 {@code txn-emails-delivered}). */
    public long transactionalEmailsDelivered() {
        return emailsSent - emailSoftBounces - emailHardBounces - emailsRejected;
    }

    /**
     * Messages delivered as Pinpoint counts a journey's: emails sent minus soft and hard bounces and rejects
     * (pinpoint-kpis.md §4 {@code journey-emails-delivered}), and the other channels' deliveries.
     */
    public long journeyDelivered() {
        return transactionalEmailsDelivered() + smsDelivered + pushDelivered + voiceDelivered + customDelivered;
    }

    public Double journeyDeliveryRate() {
        return rate(journeyDelivered(), messagesSent);
    }

    /** Email hard and soft bounces. */
    public long bounces() {
        return emailHardBounces + emailSoftBounces;
    }

    /** Email unsubscribes and SMS opt-outs, each counted. */
    public long optOuts() {
        return emailUnsubscribes + smsOptOuts;
    }

    public Double successfulDeliveryRate() {
        return rate(delivered(), messagesSent);
    }

    public Double emailOpenRate() {
        return rate(emailOpens, emailsDelivered());
    }

    public Double pushOpenRate() {
        return rate(pushOpens, pushDelivered);
    }

    /** Hard bounces over emails sent, as the API divides (the console divides by delivered, §6). */
    public Double hardBounceRate() {
        return rate(emailHardBounces, emailsSent);
    }

    /** Tidings': endpoints that clicked over emails delivered. */
    public Double clickRate() {
        return rate(uniqueEmailClicks, emailsDelivered());
    }

    /** Tidings': endpoints that clicked over endpoints that opened. */
    public Double clickToOpenRate() {
        return rate(uniqueEmailClicks, uniqueEmailOpens);
    }

    public Double transactionalEmailDeliveryRate() {
        return rate(transactionalEmailsDelivered(), emailsSent);
    }

    public Double complaintRate() {
        return rate(emailComplaints, emailsSent);
    }

    /** Tidings': endpoints that bought over endpoints delivered to. */
    public Double conversionRate() {
        return rate(uniqueBuyers, uniqueDeliveries);
    }

    private static Double rate(long part, long whole) {
        return whole <= 0 ? null : (double) part / whole;
    }
}
