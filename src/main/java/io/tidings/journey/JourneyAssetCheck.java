package io.tidings.journey;

import io.tidings.template.TemplateType;
import java.util.Optional;

/** What the validator asks of the workspace: whether a segment still exists, and a template's kind if it does. */
public interface JourneyAssetCheck {

    boolean segmentExists(long segmentId);

    Optional<TemplateType> templateType(long templateId);

    /** Whether the segment is an imported list rather than criteria evaluated on the audience. */
    default boolean segmentIsImported(long segmentId) {
        return false;
    }
}
