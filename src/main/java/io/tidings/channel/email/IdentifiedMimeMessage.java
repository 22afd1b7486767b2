package io.tidings.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A MIME message whose Message-ID is ours: Jakarta Mail would otherwise make a new random one on every save.
 * It also notes whether its content was ever written out, which the sender asks to know whether a failed
 * send may have reached the server.
 */
final class IdentifiedMimeMessage extends MimeMessage {

    private final String messageId;
    private boolean contentWritten;

    IdentifiedMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }

    /** The SMTP transport writes the message here after DATA; before that, the server cannot have accepted it. */
    @Override
    public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
        contentWritten = true;
        super.writeTo(out, ignoreList);
    }

    boolean contentWritten() {
        return contentWritten;
    }
}
