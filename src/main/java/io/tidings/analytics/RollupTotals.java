package io.tidings.analytics;

import java.util.HashMap;
import java.util.Map;

/**
 * The rollup rows of one scope summed by event type, then read as {@link MessageKpis}. The engine's
 * {@code _push.*}, {@code _voice.*} and {@code _custom.*} names (Tidings' extensions: Pinpoint streams no push, voice
 * or custom outcomes) count as push, voice and custom sends, deliveries and failures; a push opened is Pinpoint's
 * {@code _campaign.opened_notification} or {@code _journey.opened_notification}. Custom messages (webhook calls) have
 * no opens or clicks, so, as push and voice, they count in every channel's sends and deliveries but in no email rate.
 */
final class RollupTotals {

    private final Map<String, Long> events = new HashMap<>();
    private final Map<String, Long> hourly = new HashMap<>();
    private final Map<String, Long> unique = new HashMap<>();
    private double amountPurchases;
    private double amountSms;

    void add(String eventType, long count, long hourlyMessages, double amount) {
        events.merge(eventType, count, Long::sum);
        hourly.merge(eventType, hourlyMessages, Long::sum);
        if (eventType.equals("_monetization.purchase")) {
            amountPurchases += amount;
        } else if (eventType.startsWith("_SMS.")) {
            amountSms += amount;
        }
    }

    void addUnique(String eventType, long endpoints) {
        unique.merge(eventType, endpoints, Long::sum);
    }

    MessageKpis kpis() {
        long emailsSent = count("_email.send");
        long smsSent = count("_SMS.BUFFERED");
        long pushSent = count("_push.send");
        long voiceSent = count("_voice.send");
        long customSent = count("_custom.send");
        return new MessageKpis(emailsSent + smsSent + pushSent + voiceSent + customSent, emailsSent,
                count("_email.hardbounce"),
                count("_email.softbounce"), count("_email.rejected"), count("_email.complaint"),
                count("_email.unsubscribe"), hourly("_email.open"), count("_email.open"), count("_email.click"),
                smsSent, count("_SMS.SUCCESS"), count("_SMS.FAILURE"), count("_SMS.OPTOUT"), pushSent,
                count("_push.delivered"), count("_push.failure"),
                count("_campaign.opened_notification") + count("_journey.opened_notification"),
                voiceSent, count("_voice.delivered"), count("_voice.failure"), customSent, count("_custom.delivered"),
                count("_custom.failure"),
                unique("_email.delivered") + unique("_SMS.SUCCESS") + unique("_push.delivered") + unique("_voice.delivered"),
                unique("_email.open"), unique("_email.click"), unique("_email.unsubscribe") + unique("_SMS.OPTOUT"),
                count("_monetization.purchase"), unique("_monetization.purchase"), amountPurchases, amountSms);
    }

    private long count(String type) {
        return events.getOrDefault(type, 0L);
    }

    private long hourly(String type) {
        return hourly.getOrDefault(type, 0L);
    }

    private long unique(String type) {
        return unique.getOrDefault(type, 0L);
    }
}
