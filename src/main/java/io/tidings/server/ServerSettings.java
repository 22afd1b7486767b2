package io.tidings.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a workspace runs its tracking server: whether the app starts it, the address and port it listens on, and the
 * public base URL recipients reach it at (their opens, clicks and unsubscribes go there; a proxy or a tunnel may stand
 * between). Without a public base URL, links start with the address the server listens on.
 *
 * @param publicBaseUrl such as {@code https://links.example.com}, or null for the server's own address
 */
public record ServerSettings(boolean enabled, String bindAddress, int port, String publicBaseUrl) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 8787;
    public static final ServerSettings DEFAULTS = new ServerSettings(false, DEFAULT_BIND_ADDRESS, DEFAULT_PORT, null);

    /** Field names, as {@link #problems()} keys them. */
    public static final String BIND_ADDRESS = "bindAddress";
    public static final String PORT = "port";
    public static final String PUBLIC_BASE_URL = "publicBaseUrl";

    public ServerSettings {
        bindAddress = bindAddress == null || bindAddress.isBlank() ? DEFAULT_BIND_ADDRESS : bindAddress.strip();
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : publicBaseUrl.strip();
    }

    public ServerSettings withEnabled(boolean on) {
        return new ServerSettings(on, bindAddress, port, publicBaseUrl);
    }

    public ServerSettings withAddress(String bind, int newPort) {
        return new ServerSettings(enabled, bind, newPort, publicBaseUrl);
    }

    /**
     * The address links start with when there is no public base URL: the server's own, with {@code localhost} for
     * a server listening on every address (0.0.0.0 is no address a browser can open).
     */
    public String ownBaseUrl(int listeningPort) {
        String host = bindAddress.equals("0.0.0.0") || bindAddress.equals("::") || bindAddress.equals("[::]")
                ? "localhost" : bindAddress.contains(":") && !bindAddress.startsWith("[") ? "[" + bindAddress + "]"
                : bindAddress;
        return "http://" + host + ":" + listeningPort;
    }

    /** What is wrong with each field, in a sentence, keyed by field name; empty when the settings can be used. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!bindAddress.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            problems.put(BIND_ADDRESS, "The bind address must be an address of this computer, such as 127.0.0.1 "
                    + "(this computer only) or 0.0.0.0 (every network it is on).");
        }
        if (port < 1 || port > 65_535) {
            problems.put(PORT, "The port must be a whole number from 1 to 65535, such as " + DEFAULT_PORT + ".");
        }
        if (publicBaseUrl != null) {
            String problem = publicBaseUrlProblem(publicBaseUrl);
            if (problem != null) {
                problems.put(PUBLIC_BASE_URL, problem);
            }
        }
        return problems;
    }

    private static String publicBaseUrlProblem(String url) {
        String example = " such as https://links.example.com";
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return "The public base URL must start with http:// or https:// and name a host," + example + ".";
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return "The public base URL cannot have a query (?) or a fragment (#): links are added after it,"
                        + example + ".";
            }
            return null;
        } catch (URISyntaxException e) {
            return "The public base URL is not a web address (" + e.getReason() + ")," + example + ".";
        }
    }
}
