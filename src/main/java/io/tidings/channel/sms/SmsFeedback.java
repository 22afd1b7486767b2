package io.tidings.channel.sms;

import java.util.List;

/**
 * Where an SMS adapter hands what its provider reports after a send: the ids of a message's parts,
 * delivery receipts and inbound messages, for the workspace to record ({@code io.tidings.delivery.ProviderFeedback}).
 * Called from the adapter's own threads. A method that throws has recorded nothing, so the adapter
 * tells the provider to report again later.
 */
public interface SmsFeedback {

    /**
     * The provider accepted every part of a message.
     *
     * @param messageId Tidings' id of the message ({@link io.tidings.channel.OutboundMessage#messageId()})
     * @param partIds the provider's id of each part, in order; one for a message that fits a single SMS
     */
    void submitted(String messageId, List<String> partIds);

    void receipt(SmsReceipt receipt);

    /** Records an inbound message and acts on its keyword; returns the keyword so the adapter can answer it. */
    InboundKeyword inbound(InboundSms message);
}
