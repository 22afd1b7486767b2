package io.tidings.template.ui;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The style classes of an HTML part with Handlebars tags: tags, attribute names and values, comments, and
 * Handlebars' {{…}} over all of them. One pass of a regular expression, cheap enough for the FX thread at the sizes
 * an email's HTML has (it is run at most once per pause in typing).
 */
final class TemplateCodeHighlight {

    private static final Pattern TOKENS = Pattern.compile(
            "(?<handlebars>\\{\\{\\{?[\\s\\S]*?}}}?)"
                    + "|(?<comment><!--[\\s\\S]*?-->)"
                    + "|(?<tag></?[A-Za-z][\\w:-]*|/?>)"
                    + "|(?<attribute>\\s[A-Za-z_:][\\w:.-]*(?==))"
                    + "|(?<value>\"[^\"{]*\"|'[^'{]*')");
    private static final List<String> GROUPS = List.of("handlebars", "comment", "tag", "attribute", "value");

    private TemplateCodeHighlight() {
    }

    static StyleSpans<Collection<String>> of(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher token = TOKENS.matcher(text);
        int end = 0;
        while (token.find()) {
            spans.add(List.of(), token.start() - end);
            spans.add(List.of(styleOf(token)), token.end() - token.start());
            end = token.end();
        }
        spans.add(List.of(), text.length() - end);
        return spans.create();
    }

    private static String styleOf(Matcher token) {
        for (String group : GROUPS) {
            if (token.group(group) != null) {
                return "code-" + group;
            }
        }
        throw new IllegalStateException("A token matched no group.");
    }
}
