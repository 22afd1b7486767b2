package io.tidings.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Postfix's test tools: {@code smtp-sink}, an SMTP server that accepts and discards everything as fast as it
 * can, and {@code smtp-source}, a C client that blasts messages at it, the reference for the sending benchmark.
 */
final class PostfixSmtp {

    static final Path SINK = Path.of("/usr/sbin/smtp-sink");
    static final Path SOURCE = Path.of("/usr/sbin/smtp-source");
    static final String HOW_TO_INSTALL = """
            smtp-sink and smtp-source are not installed (Debian's postfix package has them in /usr/sbin):
              echo "postfix postfix/main_mailer_type select No configuration" | sudo debconf-set-selections
              sudo DEBIAN_FRONTEND=noninteractive apt-get install -y postfix""";

    private PostfixSmtp() {
    }

    static boolean installed() {
        return Files.isExecutable(SINK) && Files.isExecutable(SOURCE);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Starts smtp-sink on the loopback port and returns once it accepts connections. */
    static Process startSink(int port) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SINK.toString()));
        if ("root".equals(System.getProperty("user.name"))) {
            // smtp-sink refuses to run as root unless told which user to become once it listens.
            command.addAll(List.of("-u", "nobody"));
        }
        command.addAll(List.of("127.0.0.1:" + port, "256"));
        Process sink = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        for (int attempt = 0; attempt < 200; attempt++) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return sink;
            } catch (IOException notYet) {
                if (!sink.isAlive()) {
                    throw new IOException("smtp-sink stopped at once (exit " + sink.exitValue() + ")");
                }
                Thread.sleep(25);
            }
        }
        sink.destroy();
        throw new IOException("smtp-sink did not listen on port " + port);
    }

    /**
     * Sends {@code messages} messages of {@code payloadBytes} bytes over {@code sessions} parallel sessions with
     * smtp-source; with {@code reuseConnections} each session keeps its connection ({@code -d}), otherwise it
     * connects anew for every message. Returns the seconds it took.
     */
    static double blast(int port, int messages, int sessions, long payloadBytes, boolean reuseConnections)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SOURCE.toString()));
        if (reuseConnections) {
            command.add("-d");
        }
        command.addAll(List.of("-m", Integer.toString(messages), "-s", Integer.toString(sessions),
                "-l", Long.toString(payloadBytes), "-f", "news@tidings.example", "-t", "reader@example.com",
                "127.0.0.1:" + port));
        long started = System.nanoTime();
        Process source = new ProcessBuilder(command).inheritIO().start();
        int exit = source.waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (exit != 0) {
            throw new IOException("smtp-source failed (exit " + exit + "): " + String.join(" ", command));
        }
        return seconds;
    }
}
