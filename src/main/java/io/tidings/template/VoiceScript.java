package io.tidings.template;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a voice script and estimates how long it takes to speak. SSML must be well-formed XML
 * with a {@code speak} root and only the tags Amazon Polly knows. The estimate assumes 150 words a
 * minute, a common figure for a clear phone voice, plus every {@code <break>}: its {@code time}
 * ("500ms", "2s") or, without one, its {@code strength} (none 0, x-weak 0.1 s, weak 0.25 s,
 * medium 0.5 s, strong 0.75 s, x-strong 1 s; medium when neither is given).
 */
public final class VoiceScript {

    public static final int WORDS_PER_MINUTE = 150;

    static final Set<String> KNOWN_TAGS = Set.of("speak", "break", "emphasis", "lang", "mark", "p", "phoneme",
            "prosody", "s", "say-as", "sub", "w", "amazon:breath", "amazon:auto-breaths", "amazon:domain",
            "amazon:effect");
    private static final Pattern TIME = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s)\\s*");

    /** A checked script: its problems (each with line and column), word count and duration. */
    public record Analysis(boolean ssml, List<TemplateProblem> problems, int words, double seconds) {
        public Analysis {
            problems = List.copyOf(problems);
        }
    }

    private VoiceScript() {
    }

    public static boolean isSsml(String script) {
        return script != null && script.stripLeading().startsWith("<");
    }

    public static Analysis analyse(String script, String field) {
        String text = script == null ? "" : script;
        if (!isSsml(text)) {
            int words = countWords(text);
            return new Analysis(false, List.of(), words, seconds(words, 0));
        }
        Reader reader = new Reader(field);
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new InputSource(new StringReader(text)), reader);
        } catch (SAXParseException e) {
            reader.problems.add(TemplateProblem.error(field, e.getLineNumber(), e.getColumnNumber(),
                    "the SSML is not well-formed XML: " + e.getMessage()));
        } catch (SAXException | ParserConfigurationException | java.io.IOException e) {
            reader.problems.add(TemplateProblem.error(field, 0, 0, "the SSML could not be read: " + e.getMessage()));
        }
        int words = countWords(reader.spoken.toString());
        return new Analysis(true, reader.problems, words, seconds(words, reader.pauses));
    }

    private static double seconds(int words, double pauses) {
        return words * 60.0 / WORDS_PER_MINUTE + pauses;
    }

    /** Words are runs of text holding a letter or digit; punctuation alone is not spoken as a word. */
    static int countWords(String text) {
        int words = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }

    /** Reads the SSML, noting unknown tags, the spoken text and the pauses. */
    private static final class Reader extends DefaultHandler {

        private final String field;
        private final List<TemplateProblem> problems = new ArrayList<>();
        private final StringBuilder spoken = new StringBuilder();
        private Locator locator;
        private boolean root = true;
        private double pauses;

        Reader(String field) {
            this.field = field;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) {
            if (root && !name.equals("speak")) {
                problems.add(at("the SSML must start with <speak>, not <" + name + ">"));
            }
            root = false;
            if (!KNOWN_TAGS.contains(name)) {
                problems.add(at("<" + name + "> is not an SSML tag Amazon Polly knows"));
            }
            if (name.equals("break")) {
                pauses += breakSeconds(attributes.getValue("time"), attributes.getValue("strength"));
            }
            spoken.append(' ');
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            spoken.append(' ');
        }

        @Override
        public void characters(char[] characters, int start, int length) {
            spoken.append(characters, start, length);
        }

        private double breakSeconds(String time, String strength) {
            if (time != null) {
                Matcher matcher = TIME.matcher(time);
                if (!matcher.matches()) {
                    problems.add(at("<break time=\"" + time + "\"> needs a time such as 500ms or 2s"));
                    return 0;
                }
                double amount = Double.parseDouble(matcher.group(1));
                return matcher.group(2).equals("ms") ? amount / 1000 : amount;
            }
            return switch (strength == null ? "medium" : strength.toLowerCase(Locale.ROOT)) {
                case "none" -> 0;
                case "x-weak" -> 0.1;
                case "weak" -> 0.25;
                case "strong" -> 0.75;
                case "x-strong" -> 1;
                default -> 0.5;
            };
        }

        private TemplateProblem at(String message) {
            return TemplateProblem.error(field, locator.getLineNumber(), locator.getColumnNumber(), message);
        }
    }
}
