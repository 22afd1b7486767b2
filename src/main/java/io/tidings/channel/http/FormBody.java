package io.tidings.channel.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** An {@code application/x-www-form-urlencoded} body; null values are left out. */
public final class FormBody {

    public static final String CONTENT_TYPE = "application/x-www-form-urlencoded";

    private final Map<String, String> fields = new LinkedHashMap<>();

    public FormBody add(String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
        return this;
    }

    public String encoded() {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
