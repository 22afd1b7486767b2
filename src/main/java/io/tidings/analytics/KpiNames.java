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
}
