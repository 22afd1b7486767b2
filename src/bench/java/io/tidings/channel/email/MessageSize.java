package io.tidings.channel.email;

import io.tidings.channel.OutboundMessage;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.OutputStream;

/** The size on the wire of a message as {@link SmtpSender} writes it, for benchmarks that compare like with like. */
public final class MessageSize {

    private MessageSize() {
    }

    public static long bytes(SmtpSettings settings, OutboundMessage message) throws MessagingException, IOException {
        long[] counted = {0};
        new EmailMessageBuilder(SmtpSessions.create(settings), settings).build(message).writeTo(new OutputStream() {
            @Override
            public void write(int b) {
                counted[0]++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                counted[0] += length;
            }
        });
        return counted[0];
    }
}
