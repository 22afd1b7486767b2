package io.tidings.template;

import java.util.List;

/**
 * What else in the workspace still sends a template (a campaign that has not finished, say), so that deleting it is
 * refused with their names. Implemented outside the template feature and handed over by the composition root.
 */
@FunctionalInterface
public interface TemplateUsers {

    /** Each user in words, such as {@code the campaign "Spring sale"}; empty when nothing sends the template. */
    List<String> usersOf(long templateId);

    TemplateUsers NONE = templateId -> List.of();
}
