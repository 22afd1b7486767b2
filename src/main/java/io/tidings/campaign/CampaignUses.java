package io.tidings.campaign;

import io.tidings.segment.SegmentUsers;
import io.tidings.store.Database;
import io.tidings.template.TemplateUsers;
import io.tidings.work.Quote;
import java.util.List;

/**
 * The campaigns still to send (neither completed nor cancelled) that use a segment or a template: the segment and
 * template features refuse to delete what these name.
 */
public final class CampaignUses {

    private final Database database;
    private final CampaignRepository repository = new CampaignRepository();

    public CampaignUses(Database database) {
        this.database = database;
    }

    /** The port the segment feature asks. */
    public SegmentUsers segmentUsers() {
        return segmentId -> described(database.read(connection -> repository.liveCampaignsWithSegment(connection, segmentId)));
    }

    /** The port the template feature asks. */
    public TemplateUsers templateUsers() {
        return templateId -> described(database.read(connection -> repository.liveCampaignsWithTemplate(connection, templateId)));
    }

    private static List<String> described(List<String> names) {
        return names.stream().map(name -> "the campaign " + Quote.of(name)).toList();
    }
}
