package io.tidings.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A MIME message whose Message-ID is ours: Jakarta Mail would otherwise make a new random one on every save. */
final class IdentifiedMimeMessage extends MimeMessage {

    private final String messageId;

    IdentifiedMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
