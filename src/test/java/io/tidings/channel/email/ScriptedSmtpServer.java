package io.tidings.channel.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback SMTP server for tests that speaks just enough of the protocol (greeting, EHLO/HELO, MAIL FROM,
 * RCPT TO, DATA, RSET, NOOP, QUIT) and answers chosen commands with chosen replies, which GreenMail cannot.
 * {@code END_OF_DATA} names the reply to the final "." of a message.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    static final String END_OF_DATA = "END_OF_DATA";

    private final ServerSocket socket;
    private final Map<String, String> replies = new ConcurrentHashMap<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger messagesAccepted = new AtomicInteger();
    private final AtomicInteger openConnections = new AtomicInteger();
    private final AtomicInteger mostOpenConnections = new AtomicInteger();
    private final AtomicBoolean dropDuringNextData = new AtomicBoolean();
    private final Map<String, AtomicInteger> commandsSeen = new ConcurrentHashMap<>();
    private final Map<Socket, Writer> openSessions = new ConcurrentHashMap<>();
    private volatile boolean silent;

    ScriptedSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptConnections, "scripted-smtp-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers every {@code command} (MAIL, RCPT, DATA, END_OF_DATA, ...) with {@code reply} from now on. */
    ScriptedSmtpServer answer(String command, String reply) {
        replies.put(command, reply);
        return this;
    }

    /** Closes the next connection that sends DATA after the first line of the message. */
    ScriptedSmtpServer dropConnectionDuringNextData() {
        dropDuringNextData.set(true);
        return this;
    }

    /** Accepts connections but never says a word. */
    ScriptedSmtpServer silent() {
        silent = true;
        return this;
    }

    int port() {
        return socket.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    /** The most connections that were open at the same time. */
    int mostOpenConnections() {
        return mostOpenConnections.get();
    }

    int openConnections() {
        return openConnections.get();
    }

    int messagesAccepted() {
        return messagesAccepted.get();
    }

    /** How many times clients sent {@code verb} (NOOP, MAIL, ...). */
    int commandsSeen(String verb) {
        AtomicInteger seen = commandsSeen.get(verb);
        return seen == null ? 0 : seen.get();
    }

    /**
     * Ends every open connection, as a server does with idle ones: with {@code farewell} first (such as
     * "421 4.4.2 timeout exceeded"), or silently when it is null; returns once they are all closed.
     */
    void closeOpenConnections(String farewell) throws IOException, InterruptedException {
        for (var session : openSessions.entrySet()) {
            if (farewell != null) {
                synchronized (session.getValue()) {
                    reply(session.getValue(), farewell);
                }
            }
            session.getKey().close();
        }
        while (openConnections.get() > 0) {
            Thread.sleep(1);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void acceptConnections() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                Thread session = new Thread(() -> converse(client), "scripted-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        mostOpenConnections.accumulateAndGet(openConnections.incrementAndGet(), Math::max);
        try (client;
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8)) {
            openSessions.put(client, out);
            if (silent) {
                in.read();
                return;
            }
            reply(out, "220 scripted.test ESMTP ready");
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.split("[ :]", 2)[0].toUpperCase(Locale.ROOT);
                commandsSeen.computeIfAbsent(verb, seen -> new AtomicInteger()).incrementAndGet();
                switch (verb) {
                    case "EHLO" -> reply(out, "250-scripted.test\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "HELO" -> reply(out, "250 scripted.test");
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    case "DATA" -> {
                        if (!answer(out, "DATA", "354 go ahead") || !receiveMessage(in, out)) {
                            return;
                        }
                    }
                    default -> {
                        if (!answer(out, verb, "250 OK")) {
                            return;
                        }
                    }
                }
            }
        } catch (IOException ignored) {
            // The client went away: nothing to answer.
        } finally {
            openSessions.remove(client);
            openConnections.decrementAndGet();
        }
    }

    /** Sends the scripted or the normal reply; false when the reply closes the connection (421). */
    private boolean answer(Writer out, String command, String normalReply) throws IOException {
        String scripted = replies.get(command);
        reply(out, scripted != null ? scripted : normalReply);
        return scripted == null || !scripted.startsWith("421");
    }

    private boolean receiveMessage(BufferedReader in, Writer out) throws IOException {
        String scripted = replies.get("DATA");
        if (scripted != null && !scripted.startsWith("354")) {
            return !scripted.startsWith("421");
        }
        if (in.readLine() == null) {
            return false;
        }
        if (dropDuringNextData.compareAndSet(true, false)) {
            return false;
        }
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            // Read the message to its end.
        }
        if (line == null) {
            return false;
        }
        if (!replies.containsKey(END_OF_DATA)) {
            messagesAccepted.incrementAndGet();
        }
        return answer(out, END_OF_DATA, "250 2.0.0 queued as Q" + messagesAccepted.get());
    }

    private static void reply(Writer out, String reply) throws IOException {
        out.write(reply + "\r\n");
        out.flush();
    }
}
