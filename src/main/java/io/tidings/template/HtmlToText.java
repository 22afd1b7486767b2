package io.tidings.template;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text part of an email derived from its HTML part: block elements on their own lines, list
 * items with a dash, links followed by their address in brackets, scripts and styles dropped.
 */
public final class HtmlToText {

    private HtmlToText() {
    }

    public static String convert(String html) {
        var document = Jsoup.parse(html == null ? "" : html);
        document.select("script, style, head").remove();
        StringBuilder text = new StringBuilder();
        document.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    String words = textNode.text().replaceAll("\\s+", " ");
                    if (endsWithSpaceOrLine(text) && words.startsWith(" ")) {
                        words = words.substring(1);
                    }
                    text.append(words);
                } else if (node instanceof Element element) {
                    switch (element.normalName()) {
                        case "br" -> text.append('\n');
                        case "li" -> newLine(text).append("- ");
                        case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "ul", "ol", "blockquote" ->
                                paragraph(text);
                        default -> { }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    switch (element.normalName()) {
                        case "a" -> {
                            String href = element.attr("href");
                            if (!href.isBlank() && !href.equals(element.text().strip()) && !href.startsWith("#")) {
                                text.append(" (").append(href).append(')');
                            }
                        }
                        case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote" ->
                                paragraph(text);
                        case "tr", "li" -> newLine(text);
                        default -> { }
                    }
                }
            }
        });
        return text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static boolean endsWithSpaceOrLine(StringBuilder text) {
        return text.length() == 0 || Character.isWhitespace(text.charAt(text.length() - 1));
    }

    private static StringBuilder newLine(StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        return text;
    }

    private static void paragraph(StringBuilder text) {
        newLine(text);
        if (text.length() > 1 && text.charAt(text.length() - 2) != '\n') {
            text.append('\n');
        }
    }
}
