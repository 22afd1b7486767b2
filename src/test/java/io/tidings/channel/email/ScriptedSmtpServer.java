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
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A loopback SMTP server for tests that speaks just enough of the protocol (greeting, EHLO/HELO, AUTH PLAIN, MAIL
 * FROM, RCPT TO, DATA, RSET, NOOP, QUIT, and STARTTLS when offered; or all of it over TLS) and answers chosen
 * commands with chosen replies, which GreenMail cannot (GreenMail 2.1 does not offer STARTTLS either). Unlike
 * GreenMail's, its threads end quietly when a client refuses its certificate.
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
    private final List<String> commandsInPlainText = new CopyOnWriteArrayList<>();
    private final List<String> logins = new CopyOnWriteArrayList<>();
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private volatile boolean silent;
    private volatile SSLContext startTls;
    private volatile SSLContext tlsFromTheStart;

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

    /** Offers STARTTLS and, when asked, continues over TLS presenting the certificate of {@code context}. */
    ScriptedSmtpServer offerStartTls(SSLContext context) {
        startTls = context;
        return this;
    }

    /** Speaks TLS from the first byte (SMTPS), presenting the certificate of {@code context}. */
    ScriptedSmtpServer tlsFromTheStart(SSLContext context) {
        tlsFromTheStart = context;
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

    /** The verbs clients sent before TLS protected their connection (all of them without STARTTLS). */
    List<String> commandsInPlainText() {
        return List.copyOf(commandsInPlainText);
    }

    /** The credentials of each AUTH PLAIN, as the server decoded them: authorisation id, user and password. */
    List<String> logins() {
        return List.copyOf(logins);
    }

    /** The text of each message accepted, as it came after DATA. */
    List<String> messages() {
        return List.copyOf(messages);
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
        Session session = null;
        try {
            session = new Session(client);
            if (tlsFromTheStart != null) {
                session.upgrade(tlsFromTheStart);
            }
            openSessions.put(client, session.out);
            if (silent) {
                session.in.read();
                return;
            }
            reply(session.out, "220 scripted.test ESMTP ready");
            String line;
            while ((line = session.in.readLine()) != null) {
                String verb = line.split("[ :]", 2)[0].toUpperCase(Locale.ROOT);
                commandsSeen.computeIfAbsent(verb, seen -> new AtomicInteger()).incrementAndGet();
                if (!session.secure()) {
                    commandsInPlainText.add(verb);
                }
                if (!respond(session, verb, line)) {
                    return;
                }
            }
        } catch (IOException ignored) {
            // The client went away, or refused our certificate: nothing to answer.
        } finally {
            openSessions.remove(client);
            closeQuietly(session == null ? client : session.current);
            openConnections.decrementAndGet();
        }
    }

    /** Answers one command; false when the conversation is over. */
    private boolean respond(Session session, String verb, String line) throws IOException {
        Writer out = session.out;
        switch (verb) {
            case "EHLO" -> reply(out, "250-scripted.test\r\n250-8BITMIME\r\n"
                    + (startTls != null && !session.secure() ? "250-STARTTLS\r\n" : "")
                    + "250-AUTH PLAIN\r\n250 SMTPUTF8");
            case "HELO" -> reply(out, "250 scripted.test");
            case "QUIT" -> {
                reply(out, "221 bye");
                return false;
            }
            case "STARTTLS" -> {
                if (startTls == null || session.secure()) {
                    reply(out, "502 5.5.1 not offered");
                } else {
                    reply(out, "220 2.0.0 ready to start TLS");
                    session.upgrade(startTls);
                    openSessions.put(session.socket, session.out);
                }
            }
            case "AUTH" -> {
                String[] words = line.split(" ");
                String credentials = words.length > 2 ? words[2] : challenge(session);
                logins.add(new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8));
                return answer(out, "AUTH", "235 2.7.0 accepted");
            }
            case "DATA" -> {
                return answer(out, "DATA", "354 go ahead") && receiveMessage(session.in, out);
            }
            default -> {
                return answer(out, verb, "250 OK");
            }
        }
        return true;
    }

    /** AUTH PLAIN without the credentials on its line: asks for them. */
    private static String challenge(Session session) throws IOException {
        reply(session.out, "334 ");
        String credentials = session.in.readLine();
        if (credentials == null) {
            throw new IOException("The client left during AUTH.");
        }
        return credentials;
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
        String first = in.readLine();
        if (first == null) {
            return false;
        }
        if (dropDuringNextData.compareAndSet(true, false)) {
            return false;
        }
        StringBuilder message = new StringBuilder(first).append("\r\n");
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            message.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
        }
        if (line == null) {
            return false;
        }
        if (!replies.containsKey(END_OF_DATA)) {
            messagesAccepted.incrementAndGet();
            messages.add(message.toString());
        }
        return answer(out, END_OF_DATA, "250 2.0.0 queued as Q" + messagesAccepted.get());
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing after the client left.
        }
    }

    private static void reply(Writer out, String reply) throws IOException {
        out.write(reply + "\r\n");
        out.flush();
    }

    /** One client's connection, plain at first and perhaps upgraded to TLS by STARTTLS. */
    private static final class Session {

        private final Socket socket;
        private Socket current;
        private BufferedReader in;
        private Writer out;

        Session(Socket socket) throws IOException {
            this.socket = socket;
            use(socket);
        }

        boolean secure() {
            return current instanceof SSLSocket;
        }

        void upgrade(SSLContext context) throws IOException {
            SSLSocket tls = (SSLSocket) context.getSocketFactory()
                    .createSocket(current, current.getInetAddress().getHostAddress(), current.getPort(), true);
            tls.setUseClientMode(false);
            tls.startHandshake();
            use(tls);
        }

        private void use(Socket socket) throws IOException {
            current = socket;
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        }
    }
}
