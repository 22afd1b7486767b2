package io.tidings.channel.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Which settings key an adapter's own check is about. The adapters' settings records start every message with
 * the field's name ("SMTP port 70000 is not between 1 and 65535."), so a problem can be shown at its field.
 */
final class AdapterFields {

    private final Map<String, String> keysByName = new LinkedHashMap<>();

    /** @param namesThenKeys pairs: the name a message starts with, then the JSON key of that field */
    AdapterFields(String... namesThenKeys) {
        if (namesThenKeys.length % 2 != 0) {
            throw new IllegalArgumentException("Give each field's name followed by its key.");
        }
        for (int index = 0; index < namesThenKeys.length; index += 2) {
            keysByName.put(namesThenKeys[index], namesThenKeys[index + 1]);
        }
    }

    /**
     * Builds an adapter's settings; a refused value comes back as an {@link AccountFieldException} naming its key
     * when the message names a known field, as it was otherwise.
     */
    <T> T check(Supplier<T> settings) {
        try {
            return settings.get();
        } catch (AccountFieldException named) {
            throw named;
        } catch (IllegalArgumentException wrong) {
            String message = wrong.getMessage() == null ? "" : wrong.getMessage();
            for (Map.Entry<String, String> field : keysByName.entrySet()) {
                if (message.startsWith(field.getKey())) {
                    AccountFieldException named = new AccountFieldException(field.getValue(), message);
                    named.initCause(wrong);
                    throw named;
                }
            }
            throw wrong;
        }
    }
}
