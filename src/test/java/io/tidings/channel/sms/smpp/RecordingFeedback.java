package io.tidings.channel.sms.smpp;

import io.tidings.channel.sms.InboundKeyword;
import io.tidings.channel.sms.InboundSms;
import io.tidings.channel.sms.SmsFeedback;
import io.tidings.channel.sms.SmsReceipt;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A test double of the feedback port: records what the adapter reports and answers inbound messages as scripted. */
final class RecordingFeedback implements SmsFeedback {

    final Map<String, List<String>> partIds = new ConcurrentHashMap<>();
    final List<SmsReceipt> receipts = new CopyOnWriteArrayList<>();
    final List<InboundSms> inbound = new CopyOnWriteArrayList<>();
    private volatile Function<InboundSms, InboundKeyword> keywords = message -> InboundKeyword.NONE;
    private volatile RuntimeException failure;

    void answerInbound(Function<InboundSms, InboundKeyword> answer) {
        this.keywords = answer;
    }

    /** Makes every report fail as a full disk or a closed workspace would. */
    void failWith(RuntimeException next) {
        this.failure = next;
    }

    @Override
    public void submitted(String messageId, List<String> ids) {
        partIds.put(messageId, List.copyOf(ids));
    }

    @Override
    public void receipt(SmsReceipt receipt) {
        if (failure != null) {
            throw failure;
        }
        receipts.add(receipt);
    }

    @Override
    public InboundKeyword inbound(InboundSms message) {
        if (failure != null) {
            throw failure;
        }
        inbound.add(message);
        return keywords.apply(message);
    }
}
