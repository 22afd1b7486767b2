package io.tidings.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback SMTP server for the sending tests. It records every message it receives (recipient and Message-ID)
 * as soon as the final "." arrives, and can then hold back its "250" to the final "." after a number of messages,
 * so that a test can stop the sender at a moment when the server has a message the sender does not know was
 * taken: the moment a crash makes a sender repeat itself. It can also refuse every message.
 */
final class RecordingSmtpServer implements AutoCloseable {

    /** One message as received, for one recipient. */
    record Received(String recipient, String messageId) {
    }

    private final ServerSocket socket;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger messages = new AtomicInteger();
    private final AtomicInteger holding = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int holdAfter = Integer.MAX_VALUE;
    private volatile String refusal;

    RecordingSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptConnections, "recording-smtp-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Receives {@code count} messages normally, then holds the reply to every later one until {@link #release()}. */
    RecordingSmtpServer holdRepliesAfter(int count) {
        holdAfter = count;
        return this;
    }

    /** Answers the end of every message with {@code reply} (such as "554 5.7.1 rejected") instead of 250. */
    RecordingSmtpServer refuseEveryMessage(String reply) {
        refusal = reply;
        return this;
    }

    /** Takes every message from now on, after {@link #refuseEveryMessage}. */
    RecordingSmtpServer acceptEveryMessage() {
        refusal = null;
        return this;
    }

    /** Sends the held replies and holds no more. */
    void release() {
        holdAfter = Integer.MAX_VALUE;
        released.countDown();
    }

    /** How many messages are received and waiting for their reply. */
    int holding() {
        return holding.get();
    }

    int port() {
        return socket.getLocalPort();
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() throws IOException {
        release();
        socket.close();
    }

    private void acceptConnections() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread session = new Thread(() -> converse(client), "recording-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        List<String> recipients = new ArrayList<>();
        try (client;
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8)) {
            reply(out, "220 recording.test ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO")) {
                    reply(out, "250-recording.test\r\n250 8BITMIME");
                } else if (command.startsWith("RCPT TO:")) {
                    recipients.add(line.substring("RCPT TO:".length()).replaceAll("[<>]", "").strip());
                    reply(out, "250 OK");
                } else if (command.startsWith("RSET")) {
                    recipients.clear();
                    reply(out, "250 OK");
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 go ahead");
                    String messageId = readMessage(in);
                    if (messageId == null) {
                        return;
                    }
                    reply(out, endOfMessage(recipients, messageId));
                    recipients.clear();
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (IOException | InterruptedException gone) {
            // The sender went away (or was killed): nothing more to answer.
        }
    }

    /** Records the message and decides its reply, holding it back when asked to. */
    private String endOfMessage(List<String> recipients, String messageId) throws InterruptedException {
        if (refusal != null) {
            return refusal;
        }
        synchronized (received) {
            recipients.forEach(recipient -> received.add(new Received(recipient, messageId)));
        }
        if (messages.incrementAndGet() > holdAfter) {
            holding.incrementAndGet();
            try {
                released.await();
            } finally {
                holding.decrementAndGet();
            }
        }
        return "250 2.0.0 queued";
    }

    /** Reads a message up to its final "."; returns its Message-ID ("" when it has none), or null at end of stream. */
    private static String readMessage(BufferedReader in) throws IOException {
        String messageId = "";
        boolean inHeader = true;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals(".")) {
                return messageId;
            }
            if (line.isEmpty()) {
                inHeader = false;
            } else if (inHeader && line.regionMatches(true, 0, "Message-ID:", 0, "Message-ID:".length())) {
                messageId = line.substring("Message-ID:".length()).strip();
            }
        }
        return null;
    }

    private static void reply(Writer out, String reply) throws IOException {
        out.write(reply + "\r\n");
        out.flush();
    }
}
