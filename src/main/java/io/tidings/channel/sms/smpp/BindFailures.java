package io.tidings.channel.sms.smpp;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;

/** Why binding to the SMSC failed, in the user's words; jSMPP wraps most reasons in an IOException. */
final class BindFailures {

    private BindFailures() {
    }

    static String describe(SmppSettings settings, IOException failure) {
        String smsc = "the SMSC at " + settings.server();
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        if (cause instanceof NegativeResponseException refused) {
            int status = refused.getCommandStatus();
            return "The SMSC at " + settings.server() + " refused the bind: " + SmppStatus.name(status)
                    + (SmppStatus.isRefusedLogin(status) ? ". Check the system ID, password and system type in Settings."
                    : ".");
        }
        if (cause instanceof ResponseTimeoutException) {
            return "The SMSC at " + settings.server() + " did not answer the bind within "
                    + settings.responseTimeout().toSeconds() + " s.";
        }
        if (failure instanceof SSLException || cause instanceof SSLException) {
            return "The TLS handshake with " + smsc + " failed (" + failure.getMessage() + "). Check that the SMSC "
                    + "offers TLS on this port and that its certificate names " + settings.host() + ".";
        }
        if (failure instanceof UnknownHostException) {
            return "The SMSC host " + settings.host() + " is not known: check the host name in Settings.";
        }
        if (failure instanceof ConnectException || failure instanceof NoRouteToHostException
                || failure instanceof SocketTimeoutException) {
            return "Could not connect to " + smsc + ": " + failure.getMessage() + ".";
        }
        return "Could not bind to " + smsc + ": " + failure.getMessage();
    }
}
