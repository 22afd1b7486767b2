package io.tidings.delivery;

import io.tidings.template.TemplateContent;

/** Where the sending engine reads the template version a send job was created with. */
@FunctionalInterface
public interface TemplateVersions {

    /**
     * The content of one version of a template.
     *
     * @throws IllegalArgumentException when the template or the version is no longer in the workspace
     */
    TemplateContent version(long templateId, int version);
}
