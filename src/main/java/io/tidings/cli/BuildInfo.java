package io.tidings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this build of Tidings calls itself, written into the jar by Maven. */
public final class BuildInfo {

    private static final String VERSION = load();

    private BuildInfo() {
    }

    public static String version() {
        return VERSION;
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException ignored) {
            // Falls through to "development".
        }
        String version = properties.getProperty("version", "");
        return version.isBlank() || version.startsWith("${") ? "development" : version;
    }
}
