package io.tidings.template;

import com.github.jknack.handlebars.HandlebarsError;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Handlebars' parse errors ("found: 'EOF', expected: '{{/'") in a marketer's words ("{{#if}} is never closed"),
 * at the line and column of the tag to fix. The parser names what it expected; the part's own tags say which block
 * is open, so the message can name it.
 */
final class HandlebarsMistakes {

    private static final Pattern FOUND_EXPECTED = Pattern.compile("found: '(.*)', expected: '(.*)'", Pattern.DOTALL);
    private static final Pattern FOUND = Pattern.compile("found: '(.*)'", Pattern.DOTALL);
    private static final Pattern NO_HELPER = Pattern.compile("could not find helper: '([^']*)'");
    private static final Pattern NO_PARTIAL = Pattern.compile("The partial '/?([^']*?)(?:\\.hbs)?' at .* could not be found");
    /** A comment, or the start of a block tag: {{#name, {{^name, {{/name (with ~ and spaces allowed). */
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "\\{\\{!--.*?--~?}}|\\{\\{~?!.*?}}|\\{\\{\\{?~?\\s*([#^/])\\s*(\\*?[\\w.@\\-]+)", Pattern.DOTALL);

    private HandlebarsMistakes() {
    }

    /** The problem a parse error makes, in words, at the place to fix. */
    static TemplateProblem of(String field, String source, HandlebarsError error) {
        String reason = error.reason == null ? "" : error.reason.strip();
        int line = error.line;
        int column = error.column + 1;
        Matcher helper = NO_HELPER.matcher(reason);
        if (helper.find()) {
            return TemplateProblem.error(field, line, column, unknownHelper(helper.group(1)));
        }
        Matcher partial = NO_PARTIAL.matcher(reason);
        if (partial.find()) {
            return TemplateProblem.error(field, line, column, "there is no partial named \"" + partial.group(1)
                    + "\": {{> " + partial.group(1) + "}} includes one defined earlier in the part with {{#*inline \""
                    + partial.group(1) + "\"}}…{{/inline}}.");
        }
        Matcher foundExpected = FOUND_EXPECTED.matcher(reason);
        if (foundExpected.matches()) {
            return foundButExpected(field, source, line, column, foundExpected.group(1), foundExpected.group(2));
        }
        Matcher found = FOUND.matcher(reason);
        if (found.matches()) {
            String what = found.group(1);
            if (what.startsWith("{{!")) {
                return TemplateProblem.error(field, line, column, "this comment is never closed: end it with "
                        + (what.startsWith("{{!--") ? "--}}." : "}}."));
            }
            if (what.equals("}")) {
                return TemplateProblem.error(field, line, column, "this tag ends with a single } : close it with }}.");
            }
            return TemplateProblem.error(field, line, column, "Handlebars cannot read the tag here: it did not "
                    + "expect " + shown(what) + ". Check for a missing }} or a quote that is never closed.");
        }
        return TemplateProblem.error(field, line, column, reason.isEmpty() ? "this is not valid Handlebars." : reason);
    }

    /** A helper that does not exist, found only while rendering (a block helper): at its first use, when found. */
    static Optional<TemplateProblem> unknownHelper(String field, String source, String message) {
        Matcher helper = NO_HELPER.matcher(message == null ? "" : message);
        if (!helper.find()) {
            return Optional.empty();
        }
        String name = helper.group(1);
        Matcher use = Pattern.compile("\\{\\{~?\\s*[#^]?\\s*" + Pattern.quote(name) + "\\b").matcher(source);
        int[] place = use.find() ? place(source, use.start()) : new int[] {0, 0};
        return Optional.of(TemplateProblem.error(field, place[0], place[1], unknownHelper(name)));
    }

    private static String unknownHelper(String name) {
        return "there is no helper named \"" + name + "\" (check its spelling). Variables need their full path, "
                + "such as {{Attributes." + name + "}} or {{User.UserAttributes." + name + "}}.";
    }

    private static TemplateProblem foundButExpected(String field, String source, int line, int column, String found,
            String expected) {
        Blocks blocks = Blocks.scan(source);
        if (expected.equals("{{/") && (found.equals("EOF") || found.equals("<EOF>"))) {
            Block open = blocks.unclosed();
            if (open != null) {
                return TemplateProblem.error(field, open.line(), open.column(), "{{" + open.opener() + open.name()
                        + "}} is never closed: add {{/" + open.name() + "}} where the block should end.");
            }
            return TemplateProblem.error(field, line, column, "a block is never closed: add its {{/…}}.");
        }
        if (expected.equals("EOF") || expected.equals("<EOF>")) {
            Block stray = blocks.stray();
            if (found.equals("{{/") && stray != null) {
                return TemplateProblem.error(field, stray.line(), stray.column(), "{{/" + stray.name()
                        + "}} closes a block that was never opened (or was closed already).");
            }
            return TemplateProblem.error(field, line, column, "Handlebars cannot read the tag here. Check for a "
                    + "quote that is never closed, a missing }} or a {{/…}} without its block.");
        }
        if (expected.equals("}}") || expected.equals("}}}")) {
            return TemplateProblem.error(field, line, column, expected.equals("}}}")
                    ? "a tag opened with {{{ must end with }}}, not " + shown(found) + "."
                    : "this tag is never closed: end it with }}.");
        }
        if (expected.equals("{{/")) {
            Block open = blocks.openAt(line, column);
            String name = open == null ? "the block" : "{{" + open.opener() + open.name() + "}}";
            return TemplateProblem.error(field, line, column, name + " is not closed before this tag: a block holds "
                    + "at most one {{else}}, and ends with its {{/…}}.");
        }
        if (!found.startsWith("{{") && !expected.startsWith("{{")) {
            Block open = blocks.openAt(line, column);
            return TemplateProblem.error(field, line, column, "{{/" + found + "}} closes {{#" + expected + "}}"
                    + (open == null ? "" : " (opened on line " + open.line() + ")")
                    + ": close blocks in the reverse order they were opened, with {{/" + expected + "}} first.");
        }
        return TemplateProblem.error(field, line, column, "Handlebars expected " + shown(expected) + " here but found "
                + shown(found) + ".");
    }

    private static String shown(String token) {
        return token.equals("EOF") || token.equals("<EOF>") ? "the end of the part" : "\"" + token + "\"";
    }

    /** Line and column (from 1) of an offset. */
    private static int[] place(String source, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int index = 0; index < offset; index++) {
            if (source.charAt(index) == '\n') {
                line++;
                lineStart = index + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    private record Block(String opener, String name, int line, int column) {
    }

    /** The part's blocks as its tags open and close them, read without Handlebars. */
    private record Blocks(Deque<Block> open, Block stray) {

        static Blocks scan(String source) {
            Deque<Block> open = new ArrayDeque<>();
            Block stray = null;
            Matcher tag = BLOCK_TAG.matcher(source);
            while (tag.find()) {
                if (tag.group(1) == null) {
                    continue; // a comment
                }
                int[] at = place(source, tag.start());
                String name = tag.group(2).startsWith("*") ? tag.group(2).substring(1) : tag.group(2);
                if (!tag.group(1).equals("/")) {
                    Block block = new Block(tag.group(1).equals("#") && tag.group(2).startsWith("*") ? "#*" : tag.group(1),
                            name, at[0], at[1]);
                    open.push(block);
                } else if (!open.isEmpty() && open.peek().name().equals(name)) {
                    open.pop();
                } else if (stray == null) {
                    stray = new Block("/", name, at[0], at[1]);
                    if (!open.isEmpty()) {
                        break; // a mismatch: what follows says nothing more
                    }
                }
            }
            return new Blocks(open, stray);
        }

        /** The innermost block left open at the end, or null. */
        Block unclosed() {
            return open.peek();
        }

        /** The innermost block opened before the line and column and still open there, or null. */
        Block openAt(int line, int column) {
            return open.stream().filter(block -> block.line() < line || block.line() == line && block.column() < column)
                    .findFirst().orElse(null);
        }
    }
}
