package io.tidings.channel.sms.smpp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;

/**
 * Opens the sockets jSMPP binds over, with a connect timeout (jSMPP's own factories have none), and
 * for TLS with the host name checked against the SMSC's certificate (jSMPP's TLS factory does not check it).
 */
final class SmppConnections implements ConnectionFactory {

    private final SSLSocketFactory tls;
    private final Duration connectTimeout;

    /** @param tls the TLS socket factory, or null for plain TCP */
    SmppConnections(SSLSocketFactory tls, Duration connectTimeout) {
        this.tls = tls;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public Connection createConnection(String host, int port) throws IOException {
        Socket socket = tls == null ? new Socket() : tls.createSocket();
        try {
            socket.connect(new InetSocketAddress(host, port), Math.toIntExact(connectTimeout.toMillis()));
            if (socket instanceof SSLSocket secure) {
                SSLParameters parameters = secure.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                secure.setSSLParameters(parameters);
                secure.setSoTimeout(Math.toIntExact(connectTimeout.toMillis()));
                secure.startHandshake();
            }
            return new SocketConnection(socket);
        } catch (IOException | RuntimeException failed) {
            socket.close();
            throw failed;
        }
    }
}
