package io.tidings.template;

import io.tidings.audience.Endpoint;
import io.tidings.channel.sms.SmsEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Renders a template for the editor's preview and gathers every problem in one list. Thread-safe. */
public final class TemplatePreviewer {

    private final TemplateRenderer renderer;
    private final TemplateLint lint = new TemplateLint();

    public TemplatePreviewer(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * @param endpoint the endpoint to render for, or empty for the template's default values
     * @param knownFieldPaths the workspace's custom variables, for the lint
     */
    public TemplatePreview preview(TemplateContent content, Optional<Endpoint> endpoint, Set<String> knownFieldPaths,
            boolean allowRemoteImages) {
        List<TemplateProblem> problems = new ArrayList<>();
        Map<String, String> defaults;
        try {
            defaults = content.defaults();
        } catch (IllegalArgumentException e) {
            defaults = Map.of();
        }
        Map<String, String> usable = defaults;
        Map<String, Object> variables = endpoint.map(found -> MessageVariables.of(found, usable))
                .orElseGet(() -> MessageVariables.ofDefaults(usable));
        RenderedMessage message = renderer.render(content, variables);
        problems.addAll(message.problems());
        problems.addAll(lint.check(content, knownFieldPaths));

        SmsEncoding.Analysis sms = null;
        VoiceScript.Analysis voice = null;
        EmailPreviewHtml.Prepared email = null;
        switch (content.type()) {
            case SMS -> sms = SmsEncoding.analyse(message.part(TemplateFields.BODY));
            case VOICE -> {
                // checked as written, so that lines and columns match the editor; timed as rendered
                String label = TemplateFields.of(TemplateType.VOICE).get(0).label();
                VoiceScript.Analysis written = VoiceScript.analyse(content.field(TemplateFields.BODY), label);
                VoiceScript.Analysis spoken = VoiceScript.analyse(message.part(TemplateFields.BODY), label);
                voice = new VoiceScript.Analysis(spoken.ssml(), written.problems(), spoken.words(), spoken.seconds());
                problems.addAll(written.problems());
            }
            case EMAIL -> email = EmailPreviewHtml.prepare(message.part(TemplateFields.HTML_PART), allowRemoteImages);
            case PUSH -> { }
        }
        return new TemplatePreview(message, problems, sms, voice, email);
    }
}
