package io.tidings.delivery;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A test double of the channel port: records every message and answers as the test scripts. */
final class ScriptedSender implements ChannelSender {

    final List<OutboundMessage> sent = new CopyOnWriteArrayList<>();
    final List<Long> sentAtNanos = new CopyOnWriteArrayList<>();
    private final DeliveryChannel channel;
    private final int concurrency;
    private volatile Function<OutboundMessage, SendResult> answer;

    ScriptedSender(DeliveryChannel channel, int concurrency, Function<OutboundMessage, SendResult> answer) {
        this.channel = channel;
        this.concurrency = concurrency;
        this.answer = answer;
    }

    static ScriptedSender accepting(DeliveryChannel channel) {
        return new ScriptedSender(channel, 4, message -> SendResult.accepted("p-" + message.messageId()));
    }

    void answer(Function<OutboundMessage, SendResult> next) {
        this.answer = next;
    }

    long attemptsFor(String address) {
        return sent.stream().filter(message -> message.address().equals(address)).count();
    }

    @Override
    public DeliveryChannel channel() {
        return channel;
    }

    @Override
    public int maxConcurrency() {
        return concurrency;
    }

    @Override
    public SendResult send(OutboundMessage message) {
        sent.add(message);
        sentAtNanos.add(System.nanoTime());
        return answer.apply(message);
    }

    @Override
    public ConnectionCheck testConnection() {
        return new ConnectionCheck(true, "ok");
    }

    @Override
    public void close() {
    }
}
