package io.tidings.channel.voice;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns a voice script (SSML or plain text) into the TwiML of one {@code <Say>}. The {@code speak} root goes;
 * the SSML tags Twilio's {@code <Say>} supports stay; any other tag (such as {@code <mark>}) goes but its text
 * stays; plain text is escaped.
 */
public final class TwimlScript {

    static final Set<String> KEPT_TAGS = Set.of("break", "emphasis", "lang", "p", "phoneme", "prosody", "s",
            "say-as", "sub", "w", "amazon:domain", "amazon:effect");

    private TwimlScript() {
    }

    /**
     * The whole TwiML document.
     *
     * @param voice Twilio's voice name, or null for the account's default
     * @param language a language code such as {@code en-US}, or null
     */
    public static String say(String script, String voice, String language) throws InvalidVoiceScriptException {
        StringBuilder twiml = new StringBuilder("<Response><Say");
        attribute(twiml, "voice", voice);
        attribute(twiml, "language", language);
        twiml.append('>');
        String text = script == null ? "" : script;
        if (text.stripLeading().startsWith("<")) {
            Element root = parse(text);
            if (root.getTagName().equals("speak")) {
                children(root, twiml);
            } else {
                node(root, twiml);
            }
        } else {
            escape(text, false, twiml);
        }
        return twiml.append("</Say></Response>").toString();
    }

    private static Element parse(String ssml) throws InvalidVoiceScriptException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // The default handler prints "[Fatal Error]" to stderr before throwing; this one only throws.
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new InputSource(new StringReader(ssml))).getDocumentElement();
        } catch (SAXParseException malformed) {
            throw new InvalidVoiceScriptException("The voice script is not well-formed SSML (line "
                    + malformed.getLineNumber() + ", column " + malformed.getColumnNumber() + "): "
                    + malformed.getMessage(), malformed);
        } catch (SAXException | IOException | ParserConfigurationException unreadable) {
            throw new InvalidVoiceScriptException("The voice script could not be read as SSML: "
                    + unreadable.getMessage(), unreadable);
        }
    }

    private static void children(Node parent, StringBuilder twiml) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            node(children.item(i), twiml);
        }
    }

    private static void node(Node node, StringBuilder twiml) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            escape(node.getNodeValue(), false, twiml);
        } else if (node.getNodeType() == Node.ELEMENT_NODE) {
            Element element = (Element) node;
            String tag = element.getTagName();
            if (!KEPT_TAGS.contains(tag)) {
                children(element, twiml);
                return;
            }
            twiml.append('<').append(tag);
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                attribute(twiml, attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
            }
            if (!element.hasChildNodes()) {
                twiml.append("/>");
                return;
            }
            twiml.append('>');
            children(element, twiml);
            twiml.append("</").append(tag).append('>');
        }
    }

    private static void attribute(StringBuilder twiml, String name, String value) {
        if (value != null && !value.isBlank()) {
            twiml.append(' ').append(name).append("=\"");
            escape(value.strip(), true, twiml);
            twiml.append('"');
        }
    }

    private static void escape(String text, boolean inAttribute, StringBuilder twiml) {
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            switch (character) {
                case '&' -> twiml.append("&amp;");
                case '<' -> twiml.append("&lt;");
                case '>' -> twiml.append("&gt;");
                case '"' -> twiml.append(inAttribute ? "&quot;" : "\"");
                default -> twiml.append(character);
            }
        }
    }
}
