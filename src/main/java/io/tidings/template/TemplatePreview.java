package io.tidings.template;

import io.tidings.channel.sms.SmsEncoding;
import java.util.List;

/**
 * Everything the editor shows for one state of a template: the rendered message, the problems
 * (syntax errors, SSML errors, lint warnings), and per channel what a reader gets.
 *
 * @param sms the SMS body's encoding and parts, or null for other types
 * @param voice the voice script's check and duration, or null for other types
 * @param email the email HTML prepared for the preview, or null for other types
 */
public record TemplatePreview(RenderedMessage message, List<TemplateProblem> problems, SmsEncoding.Analysis sms,
        VoiceScript.Analysis voice, EmailPreviewHtml.Prepared email) {

    public TemplatePreview {
        problems = List.copyOf(problems);
    }
}
