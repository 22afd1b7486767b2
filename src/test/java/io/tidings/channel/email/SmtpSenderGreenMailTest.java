package io.tidings.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.SendResult.Outcome;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpSenderGreenMailTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static SmtpSettings settingsFor(int port) {
        return SmtpSettings.of("127.0.0.1", port, SmtpSecurity.NONE, null, null, "news@shop.example")
                .withFromName("Shop News")
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    private static SmtpSender sender() {
        return new SmtpSender(settingsFor(GREEN_MAIL.getSmtp().getPort()));
    }

    static OutboundMessage email(String id, String to, String subject, String html, String text,
            boolean promotional, String unsubscribeUrl) {
        return new OutboundMessage(id, DeliveryChannel.EMAIL, to, null, subject, html, text, promotional,
                unsubscribeUrl, Map.of());
    }

    @Test
    void deliversAPersonalisedMessageWithBothPartsAndItsOwnMessageId() throws Exception {
        try (SmtpSender sender = sender()) {
            SendResult result = sender.send(email("msg-42", "ana@example.org", "Grüße, Ana – 20 % off ☀",
                    "<p>Hello <b>Ana</b></p>", "Hello Ana", false, null));

            assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(result.providerMessageId()).isEqualTo("<msg-42@shop.example>");
        }
        MimeMessage received = onlyReceived();
        assertThat(received.getSubject()).isEqualTo("Grüße, Ana – 20 % off ☀");
        assertThat(received.getFrom()).containsExactly(new InternetAddress("news@shop.example", "Shop News"));
        assertThat(received.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("ana@example.org"));
        assertThat(received.getMessageID()).isEqualTo("<msg-42@shop.example>");
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        assertThat(((String) parts.getBodyPart(0).getContent()).strip()).isEqualTo("Hello Ana");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(((String) parts.getBodyPart(1).getContent()).strip()).isEqualTo("<p>Hello <b>Ana</b></p>");
        assertThat(received.getHeader(EmailMessageBuilder.LIST_UNSUBSCRIBE)).isNull();
        assertThat(received.getHeader(EmailMessageBuilder.LIST_UNSUBSCRIBE_POST)).isNull();
    }

    @Test
    void promotionalMailCarriesOneClickUnsubscribeHeaders() throws Exception {
        try (SmtpSender sender = sender()) {
            sender.send(email("promo-1", "bo@example.org", "Sale", null, "Sale now on", true,
                    "https://shop.example/u/abc?x=1"));
        }
        MimeMessage received = onlyReceived();
        assertThat(received.getHeader(EmailMessageBuilder.LIST_UNSUBSCRIBE))
                .containsExactly("<https://shop.example/u/abc?x=1>");
        assertThat(received.getHeader(EmailMessageBuilder.LIST_UNSUBSCRIBE_POST))
                .containsExactly("List-Unsubscribe=One-Click");
        assertThat(received.getContentType()).startsWith("text/plain");
    }

    @Test
    void htmlOnlyMessageIsSingleHtmlPart() throws Exception {
        try (SmtpSender sender = sender()) {
            assertThat(sender.send(email("html-1", "cy@example.org", "Hi", "<p>Hi</p>", null, false, null))
                    .outcome()).isEqualTo(Outcome.ACCEPTED);
        }
        MimeMessage received = onlyReceived();
        assertThat(received.getContentType()).startsWith("text/html");
        assertThat(((String) received.getContent()).strip()).isEqualTo("<p>Hi</p>");
    }

    @Test
    void concurrentSendsFromSeveralThreadsEachArriveExactlyOnce() throws Exception {
        int count = 40;
        List<Future<SendResult>> results = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (SmtpSender sender = new SmtpSender(settingsFor(GREEN_MAIL.getSmtp().getPort()).withPoolSize(3))) {
            for (int i = 0; i < count; i++) {
                OutboundMessage message = email("bulk-" + i, "user" + i + "@example.org", "Number " + i, null,
                        "Body " + i, false, null);
                results.add(threads.submit(() -> sender.send(message)));
            }
            for (Future<SendResult> result : results) {
                assertThat(result.get().outcome()).isEqualTo(Outcome.ACCEPTED);
            }
        } finally {
            threads.shutdownNow();
        }
        List<String> ids = Arrays.stream(GREEN_MAIL.getReceivedMessages()).map(SmtpSenderGreenMailTest::messageId)
                .sorted().collect(Collectors.toList());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add("<bulk-" + i + "@shop.example>");
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void reconnectsWhenTheServerRestartedBetweenSends() throws Exception {
        int port = freePort();
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try (SmtpSender sender = new SmtpSender(settingsFor(port).withPoolSize(1))) {
            assertThat(sender.send(email("r-1", "dee@example.org", "One", null, "1", false, null)).outcome())
                    .isEqualTo(Outcome.ACCEPTED);
            server.stop();
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();

            SendResult afterRestart = sender.send(email("r-2", "dee@example.org", "Two", null, "2", false, null));

            assertThat(afterRestart.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(server.getReceivedMessages()).extracting(SmtpSenderGreenMailTest::messageId)
                    .containsExactly("<r-2@shop.example>");
        } finally {
            server.stop();
        }
    }

    private static MimeMessage onlyReceived() {
        assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
