package io.tidings.journey;

import io.tidings.segment.Segment;
import io.tidings.segment.SegmentService;
import io.tidings.segment.SegmentType;
import io.tidings.template.Template;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import io.tidings.work.Quote;
import java.util.Locale;
import java.util.Optional;

/** A journey file's references resolved against the workspace: a segment or template by its name, or by its id. */
final class WorkspaceJourneyAssets implements JourneyAssets, JourneyAssetCheck {

    private final SegmentService segments;
    private final TemplateService templates;

    WorkspaceJourneyAssets(SegmentService segments, TemplateService templates) {
        this.segments = segments;
        this.templates = templates;
    }

    @Override
    public long segment(String reference, String path) {
        return segments.findByNameOrId(reference)
                .map(Segment::id)
                .orElseThrow(() -> new InvalidJourneyException(path + " is " + Quote.of(reference)
                        + ", which names no segment of this workspace (by name or id)."));
    }

    @Override
    public TemplateChoice template(String reference, Integer version, TemplateType type, String path) {
        Template template = templates.findByNameOrId(reference)
                .orElseThrow(() -> new InvalidJourneyException(path + ".TemplateName is " + Quote.of(reference)
                        + ", which names no template of this workspace (by name or id)."));
        if (type != null && template.summary().type() != type) {
            throw new InvalidJourneyException(path + ".TemplateName names " + Quote.of(template.summary().name())
                    + ", " + article(template.summary().type()) + " template, in " + article(type) + " activity.");
        }
        if (version != null && templates.versions(template.summary().id()).stream()
                .noneMatch(saved -> saved.version() == version)) {
            throw new InvalidJourneyException(path + ".TemplateVersion is " + version + ", but the template "
                    + Quote.of(template.summary().name()) + " has no such version.");
        }
        return new TemplateChoice(template.summary().id(), version);
    }

    @Override
    public String segmentReference(long segmentId) {
        return segments.find(segmentId).map(Segment::name).orElse(Long.toString(segmentId));
    }

    @Override
    public String templateReference(long templateId) {
        return templates.template(templateId).map(found -> found.summary().name()).orElse(Long.toString(templateId));
    }

    @Override
    public boolean segmentExists(long segmentId) {
        return segments.find(segmentId).isPresent();
    }

    @Override
    public boolean segmentIsImported(long segmentId) {
        return segments.find(segmentId).map(segment -> segment.type() == SegmentType.IMPORTED).orElse(false);
    }

    @Override
    public Optional<TemplateType> templateType(long templateId) {
        return templates.template(templateId).map(Template::type);
    }

    private static String article(TemplateType type) {
        String word = type == TemplateType.SMS ? "SMS" : type.name().toLowerCase(Locale.ROOT);
        return (type == TemplateType.EMAIL || type == TemplateType.SMS ? "an " : "a ") + word;
    }
}
