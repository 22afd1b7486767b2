package io.tidings.delivery;

import io.tidings.channel.sms.InboundKeyword;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The keywords of an inbound SMS. As in Pinpoint, a message asks for a keyword when it begins with
 * it: its first word, in any case and with accents and surrounding punctuation ignored, so "Stop.",
 * "stop please" and "Arrêt" all opt out. That also reads "End of story" as an opt-out, which is the
 * safer mistake: a missed opt-out breaks the law in several countries, an extra one loses a recipient.
 */
final class SmsKeywords {

    /** Pinpoint's opt-out keywords. */
    static final Set<String> OPT_OUT = Set.of(
            "ARRET", "CANCEL", "END", "OPT-OUT", "OPTOUT", "QUIT", "REMOVE", "STOP", "TD", "UNSUBSCRIBE");

    private SmsKeywords() {
    }

    static InboundKeyword of(String text) {
        String word = firstWord(text).orElse("");
        if (OPT_OUT.contains(word)) {
            return InboundKeyword.OPT_OUT;
        }
        return switch (word) {
            case "HELP" -> InboundKeyword.HELP;
            case "START" -> InboundKeyword.START;
            default -> InboundKeyword.NONE;
        };
    }

    /** The first word, upper-case, without accents or the punctuation around it. */
    static Optional<String> firstWord(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return Optional.empty();
        }
        String word = stripped.split("\\s+", 2)[0];
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(word.substring(start, end), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return Optional.of(plain.toUpperCase(Locale.ROOT));
    }
}
