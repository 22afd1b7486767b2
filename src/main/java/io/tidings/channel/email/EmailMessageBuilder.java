package io.tidings.channel.email;

import io.tidings.channel.OutboundMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.regex.Pattern;

/** Builds the MIME message for one {@link OutboundMessage}. */
final class EmailMessageBuilder {

    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    private static final String UTF_8 = "UTF-8";
    private static final Pattern NOT_MESSAGE_ID_TEXT = Pattern.compile("[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]");

    private final Session session;
    private final SmtpSettings settings;

    EmailMessageBuilder(Session session, SmtpSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    /**
     * The same message id always gives the same Message-ID, so a retried message can be recognised by the
     * receiving side and in bounces.
     */
    String messageIdHeader(String messageId) {
        return "<" + NOT_MESSAGE_ID_TEXT.matcher(messageId).replaceAll("-") + "@" + settings.fromDomain() + ">";
    }

    /** @throws AddressException when the recipient or the message's own from address cannot be parsed */
    IdentifiedMimeMessage build(OutboundMessage outbound) throws MessagingException {
        IdentifiedMimeMessage message = new IdentifiedMimeMessage(session, messageIdHeader(outbound.messageId()));
        message.setFrom(from(outbound));
        message.setRecipient(Message.RecipientType.TO, recipient(outbound.address()));
        message.setSubject(outbound.subject() == null ? "" : outbound.subject(), UTF_8);
        message.setSentDate(new Date());
        if (outbound.promotional() && outbound.unsubscribeUrl() != null && !outbound.unsubscribeUrl().isBlank()) {
            message.setHeader(LIST_UNSUBSCRIBE, "<" + outbound.unsubscribeUrl().strip() + ">");
            message.setHeader(LIST_UNSUBSCRIBE_POST, "List-Unsubscribe=One-Click");
        }
        setBody(message, outbound.textBody(), outbound.htmlBody());
        message.saveChanges();
        return message;
    }

    private InternetAddress from(OutboundMessage outbound) throws AddressException {
        if (outbound.from() != null && !outbound.from().isBlank()) {
            return new InternetAddress(outbound.from().strip(), true);
        }
        try {
            return new InternetAddress(settings.fromAddress(), settings.fromName(), UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static InternetAddress recipient(String address) throws AddressException {
        if (address == null || address.isBlank()) {
            throw new AddressException("The message has no recipient address.");
        }
        InternetAddress parsed = new InternetAddress(address.strip(), true);
        parsed.validate();
        return parsed;
    }

    private static void setBody(MimeMessage message, String text, String html) throws MessagingException {
        boolean hasText = text != null && !text.isEmpty();
        boolean hasHtml = html != null && !html.isEmpty();
        if (hasText && hasHtml) {
            // Plain text first: RFC 2046 puts the richest alternative last, and clients show the last they can.
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart textPart = new MimeBodyPart();
            textPart.setText(text, UTF_8);
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setText(html, UTF_8, "html");
            alternative.addBodyPart(textPart);
            alternative.addBodyPart(htmlPart);
            message.setContent(alternative);
        } else if (hasHtml) {
            message.setText(html, UTF_8, "html");
        } else {
            message.setText(hasText ? text : "", UTF_8);
        }
    }
}
