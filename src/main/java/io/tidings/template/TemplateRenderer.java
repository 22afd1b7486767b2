package io.tidings.template;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.HandlebarsError;
import com.github.jknack.handlebars.HandlebarsException;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.context.MapValueResolver;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders templates with Handlebars and Pinpoint's helpers. Thread-safe; compiled parts are
 * cached by their source. Values are HTML-escaped in an email's HTML part and in SSML, and
 * written as they are in subjects, text parts, SMS and push, where an escaped "&amp;amp;" would
 * reach the reader.
 */
public final class TemplateRenderer {

    private static final int CACHE_LIMIT = 4_096;

    private final Handlebars escaping;
    private final Handlebars plain;
    private final Map<String, Template> escapingCache = new ConcurrentHashMap<>();
    private final Map<String, Template> plainCache = new ConcurrentHashMap<>();

    public TemplateRenderer() {
        this(Clock.systemUTC());
    }

    /** @param clock what {@code {{now}}} reads */
    public TemplateRenderer(Clock clock) {
        escaping = new Handlebars().with(EscapingStrategy.HTML_ENTITY);
        plain = new Handlebars().with(EscapingStrategy.NOOP);
        PinpointHelpers.registerAll(escaping, clock);
        PinpointHelpers.registerAll(plain, clock);
    }

    /** Renders every part of {@code content} with {@code variables}; never throws for a template's mistakes. */
    public RenderedMessage render(TemplateContent content, Map<String, Object> variables) {
        Context context = Context.newBuilder(variables).resolver(MapValueResolver.INSTANCE).build();
        Map<String, String> parts = new LinkedHashMap<>();
        List<TemplateProblem> problems = new ArrayList<>();
        try {
            for (TemplateField field : TemplateFields.of(content.type())) {
                String source = content.field(field.path());
                if (source.isEmpty()) {
                    continue;
                }
                if (!field.personalised()) {
                    parts.put(field.path(), source);
                    continue;
                }
                try {
                    parts.put(field.path(), compile(source, escapes(field, source)).apply(context));
                } catch (RecursivePartials.Found e) {
                    problems.add(e.problem(field.label()));
                } catch (HandlebarsException e) {
                    problems.add(problem(field, source, e));
                } catch (StackOverflowError e) {
                    // The last resort for what the source does not show, such as a partial named while rendering.
                    problems.add(TemplateProblem.error(field.label(), 0, 0, "this part never finishes rendering: "
                            + "a partial includes itself without end."));
                } catch (IOException | RuntimeException e) {
                    problems.add(HandlebarsMistakes.unknownHelper(field.label(), source, message(e))
                            .orElseGet(() -> TemplateProblem.error(field.label(), 0, 0, message(e))));
                }
            }
        } finally {
            context.destroy();
        }
        boolean derived = false;
        if (content.type() == TemplateType.EMAIL && content.field(TemplateFields.TEXT_PART).isBlank()
                && parts.containsKey(TemplateFields.HTML_PART)) {
            parts.put(TemplateFields.TEXT_PART, HtmlToText.convert(parts.get(TemplateFields.HTML_PART)));
            derived = true;
        }
        return new RenderedMessage(content.type(), parts, problems, derived);
    }

    /**
     * Renders one piece of text with the template helpers and {@code variables}, nothing escaped: a custom message's
     * {@code Data}, which goes to a webhook as it renders.
     *
     * @param label what the text is, for the problem's words ("Data")
     * @throws IllegalArgumentException saying what is wrong, where, when it does not render
     */
    public String renderText(String label, String source, Map<String, Object> variables) {
        TemplateField field = TemplateField.text(label, label);
        Context context = Context.newBuilder(variables).resolver(MapValueResolver.INSTANCE).build();
        TemplateProblem problem;
        try {
            return compile(source, false).apply(context);
        } catch (RecursivePartials.Found e) {
            problem = e.problem(label);
        } catch (HandlebarsException e) {
            problem = problem(field, source, e);
        } catch (StackOverflowError e) {
            problem = TemplateProblem.error(label, 0, 0, "this part never finishes rendering: a partial includes "
                    + "itself without end.");
        } catch (IOException | RuntimeException e) {
            problem = HandlebarsMistakes.unknownHelper(label, source, message(e))
                    .orElseGet(() -> TemplateProblem.error(label, 0, 0, message(e)));
        } finally {
            context.destroy();
        }
        throw new IllegalArgumentException(problem.field() + ": " + problem.message());
    }

    /**
     * Compiles a part's source, from the cache when it was compiled before.
     *
     * @throws HandlebarsException with the line and column of a syntax error
     * @throws RecursivePartials.Found when an inline partial includes itself (which is never cached)
     */
    Template compile(String source, boolean escapeHtml) throws IOException {
        Map<String, Template> cache = escapeHtml ? escapingCache : plainCache;
        Template template = cache.get(source);
        if (template == null) {
            Optional<RecursivePartials.Found> circle = RecursivePartials.find(source);
            if (circle.isPresent()) {
                throw circle.get();
            }
            template = (escapeHtml ? escaping : plain).compileInline(source);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(source, template);
        }
        return template;
    }

    /** Checks a part's syntax only; returns the problem, if any. */
    public List<TemplateProblem> checkSyntax(TemplateContent content) {
        List<TemplateProblem> problems = new ArrayList<>();
        for (TemplateField field : TemplateFields.of(content.type())) {
            String source = content.field(field.path());
            if (field.personalised() && !source.isEmpty()) {
                try {
                    compile(source, escapes(field, source));
                } catch (RecursivePartials.Found e) {
                    problems.add(e.problem(field.label()));
                } catch (HandlebarsException e) {
                    problems.add(problem(field, source, e));
                } catch (IOException e) {
                    problems.add(TemplateProblem.error(field.label(), 0, 0, message(e)));
                }
            }
        }
        return problems;
    }

    static boolean escapes(TemplateField field, String source) {
        return field.kind() == TemplateField.Kind.HTML || VoiceScript.isSsml(source);
    }

    private static TemplateProblem problem(TemplateField field, String source, HandlebarsException e) {
        HandlebarsError error = e.getError();
        if (error == null) {
            return HandlebarsMistakes.unknownHelper(field.label(), source, message(e))
                    .orElseGet(() -> TemplateProblem.error(field.label(), 0, 0, message(e)));
        }
        return HandlebarsMistakes.of(field.label(), source, error);
    }

    private static String message(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
