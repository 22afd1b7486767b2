package io.tidings.campaign;

import io.tidings.channel.DeliveryChannel;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentService;
import io.tidings.template.Template;
import io.tidings.template.TemplateService;
import io.tidings.work.Quote;
import java.util.Locale;

/** A file's references resolved against the workspace: a segment or template by its name, or by its id. */
final class WorkspaceAssets implements CampaignAssets {

    private final SegmentService segments;
    private final TemplateService templates;

    WorkspaceAssets(SegmentService segments, TemplateService templates) {
        this.segments = segments;
        this.templates = templates;
    }

    @Override
    public long segment(String reference, Integer version) {
        Segment segment = segments.findByNameOrId(reference)
                .orElseThrow(() -> new InvalidCampaignException("SegmentId " + Quote.of(reference)
                        + " names no segment of this workspace (by name or id)."));
        if (version != null && segments.versions(segment.id()).stream().noneMatch(saved -> saved.version() == version)) {
            throw new InvalidCampaignException("SegmentVersion is " + version + ", but the segment "
                    + Quote.of(segment.name()) + " has no such version.");
        }
        return segment.id();
    }

    @Override
    public TreatmentMessage.Template template(String reference, Integer version, DeliveryChannel channel, String path) {
        Template template = templates.findByNameOrId(reference)
                .orElseThrow(() -> new InvalidCampaignException(path + ".Name " + Quote.of(reference)
                        + " names no template of this workspace."));
        if (!template.type().name().equals(channel.name())) {
            throw new InvalidCampaignException(path + " names " + Quote.of(template.name()) + ", a "
                    + word(template.type().name()) + " template, in a " + word(channel.name()) + " campaign.");
        }
        if (version != null && templates.versions(template.id()).stream().noneMatch(saved -> saved.version() == version)) {
            throw new InvalidCampaignException(path + ".Version is " + version + ", but the template "
                    + Quote.of(template.name()) + " has no such version.");
        }
        return new TreatmentMessage.Template(template.id(), version);
    }

    @Override
    public String segmentReference(long segmentId) {
        return segments.find(segmentId).map(Segment::name).orElse(Long.toString(segmentId));
    }

    @Override
    public String templateReference(long templateId) {
        return templates.template(templateId).map(Template::name).orElse(Long.toString(templateId));
    }

    private static String word(String channel) {
        return channel.toLowerCase(Locale.ROOT);
    }
}
