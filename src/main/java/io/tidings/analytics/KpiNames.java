package io.tidings.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * KPIs under Pinpoint's kpi-names (GetCampaignDateRangeKpi, GetApplicationDateRangeKpi), then Tidings' own under
 * names in the same style; a rate without a divisor is null. The tracking server answers Pinpoint's KPI requests
 * from these.
 */
public final class KpiNames {

    private KpiNames() {
    }

    /** A campaign's (or all campaigns') KPIs. */
    public static Map<String, Number> campaign(MessageKpis kpis) {
        Map<String, Number> values = new LinkedHashMap<>();
        values.put("attempted-deliveries", kpis.messagesSent());
        values.put("successful-deliveries", kpis.delivered());
        values.put("successful-delivery-rate", kpis.successfulDeliveryRate());
        values.put("unique-deliveries", kpis.uniqueDeliveries());
        values.put("direct-email-opens", kpis.emailOpens());
        values.put("email-open-rate", kpis.emailOpenRate());
        values.put("clicks", kpis.emailClicks());
        values.put("hard-bounce-rate", kpis.hardBounceRate());
        values.put("direct-push-opens", kpis.pushOpens());
        values.put("push-open-rate", kpis.pushOpenRate());
        values.put("sms-spend", kpis.smsSpend());
        values.put("unique-opens", kpis.uniqueEmailOpens());
        values.put("unique-clicks", kpis.uniqueEmailClicks());
        values.put("click-rate", kpis.clickRate());
        values.put("click-to-open-rate", kpis.clickToOpenRate());
        values.put("hard-bounces", kpis.emailHardBounces());
        values.put("unsubscribes", kpis.emailUnsubscribes() + kpis.smsOptOuts());
        values.put("complaints", kpis.emailComplaints());
        values.put("purchases", kpis.purchases());
        values.put("revenue", kpis.revenue());
        values.put("conversion-rate", kpis.conversionRate());
        return values;
    }

    /** The transactional messages' KPIs (neither campaign nor journey). */
    public static Map<String, Number> transactional(MessageKpis kpis) {
        Map<String, Number> values = new LinkedHashMap<>();
        values.put("txn-emails-sent", kpis.emailsSent());
        values.put("txn-emails-delivered", kpis.transactionalEmailsDelivered());
        values.put("txn-emails-delivery-rate", kpis.transactionalEmailDeliveryRate());
        values.put("txn-emails-opened", kpis.emailOpens());
        values.put("txn-emails-unique-opens", kpis.uniqueEmailOpens());
        values.put("txn-emails-clicked", kpis.emailClicks());
        values.put("txn-emails-unique-clicks", kpis.uniqueEmailClicks());
        values.put("txn-emails-hard-bounced", kpis.emailHardBounces());
        values.put("txn-emails-soft-bounced", kpis.emailSoftBounces());
        values.put("txn-emails-with-complaints", kpis.emailComplaints());
        values.put("txn-emails-complaint-rate", kpis.complaintRate());
        values.put("txn-sms-sent", kpis.smsSent());
        values.put("txn-sms-delivered", kpis.smsDelivered());
        values.put("txn-sms-delivery-rate", kpis.smsSent() == 0 ? null : (double) kpis.smsDelivered() / kpis.smsSent());
        return values;
    }

    /**
     * A journey's KPIs (GetJourneyDateRangeKpi: {@code journey-emails-sent}, ...); with {@code perActivity} the
     * names of the per-activity forms, which drop {@code journey-} ({@code emails-sent}, as in
     * {@code emails-sent-grouped-by-journey-activity}). The SMS and push figures, which Pinpoint's console shows but its
     * API does not name, follow in the same style, then Tidings' custom messages (webhook calls: sent and delivered
     * are the calls answered 2xx, failed those that failed for good).
     */
    public static Map<String, Number> journey(MessageKpis kpis, boolean perActivity) {
        String prefix = perActivity ? "" : "journey-";
        Map<String, Number> values = new LinkedHashMap<>();
        values.put(prefix + "emails-sent", kpis.emailsSent());
        values.put(prefix + "emails-delivered", kpis.transactionalEmailsDelivered());
        values.put(prefix + "emails-opened", kpis.emailOpens());
        values.put(prefix + "emails-clicked", kpis.emailClicks());
        values.put(prefix + "emails-hardbounced", kpis.emailHardBounces());
        values.put(prefix + "emails-softbounced", kpis.emailSoftBounces());
        values.put(prefix + "emails-complained", kpis.emailComplaints());
        values.put(prefix + "emails-rejected", kpis.emailsRejected());
        values.put(prefix + "emails-unsubscribed", kpis.emailUnsubscribes());
        values.put(prefix + "sms-sent", kpis.smsSent());
        values.put(prefix + "sms-delivered", kpis.smsDelivered());
        values.put(prefix + "sms-failed", kpis.smsFailures());
        values.put(prefix + "sms-opted-out", kpis.smsOptOuts());
        values.put(prefix + "push-sent", kpis.pushSent());
        values.put(prefix + "push-delivered", kpis.pushDelivered());
        values.put(prefix + "push-opened", kpis.pushOpens());
        values.put(prefix + "custom-sent", kpis.customSent());
        values.put(prefix + "custom-delivered", kpis.customDelivered());
        values.put(prefix + "custom-failed", kpis.customFailures());
        return values;
    }

    /** A journey's execution metrics under Pinpoint's names (GetJourneyExecutionMetrics). */
    public static Map<String, Number> execution(JourneyExecution execution) {
        Map<String, Number> values = new LinkedHashMap<>();
        values.put("ENDPOINT_ENTERED", execution.entered());
        values.put("ENDPOINT_ACTIVE", execution.active());
        values.put("ENDPOINT_LEFT", execution.ended());
        return values;
    }

    /** One activity's execution counts, in the same style. */
    public static Map<String, Number> execution(JourneyExecution.Activity activity) {
        Map<String, Number> values = new LinkedHashMap<>();
        values.put("ENDPOINT_ENTERED", activity.entered());
        values.put("MESSAGES_SENT", activity.sent());
        values.put("ENDPOINT_ACTIVE", activity.waiting());
        values.put("ENDPOINT_LEFT", activity.ended());
        return values;
    }
}
