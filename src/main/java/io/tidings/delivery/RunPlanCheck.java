package io.tidings.delivery;

import io.tidings.template.TemplateType;
import io.tidings.template.Template;
import io.tidings.template.TemplateService;
import io.tidings.work.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks a campaign run before its job exists, naming the field as Pinpoint's WriteCampaignRequest spells it
 * (the default treatment's fields are the request's own, {@code AdditionalTreatments[i].X} the others'), and
 * resolves each treatment to the template version or inline message it sends.
 */
final class RunPlanCheck {

    /** Pinpoint's most treatments: the default and four additional ones. */
    static final int MOST_TREATMENTS = 5;

    private RunPlanCheck() {
    }

    /** The treatments as the job stores them; throws IllegalArgumentException naming the field that is wrong. */
    static List<JobTreatment> treatments(RunPlan plan, TemplateService templates) {
        Objects.requireNonNull(plan.channel(), "channel");
        Objects.requireNonNull(plan.startAt(), "startAt");
        Objects.requireNonNull(plan.options(), "options");
        Objects.requireNonNull(plan.account(), "account");
        List<RunTreatment> treatments = plan.treatments();
        if (treatments.isEmpty() || treatments.size() > MOST_TREATMENTS) {
            throw new IllegalArgumentException("A campaign has 1 to " + MOST_TREATMENTS + " treatments (the default and "
                    + "up to " + (MOST_TREATMENTS - 1) + " AdditionalTreatments), not " + treatments.size() + ".");
        }
        if (plan.holdoutPercent() < 0 || plan.holdoutPercent() > 100) {
            throw new IllegalArgumentException("HoldoutPercent is " + plan.holdoutPercent()
                    + ": give a whole number from 0 to 100.");
        }
        int total = plan.holdoutPercent();
        for (int index = 0; index < treatments.size(); index++) {
            int share = treatments.get(index).sizePercent();
            if (share < 0 || share > 100) {
                throw new IllegalArgumentException(field(index, "SizePercent") + " is " + share
                        + ": give a whole number from 0 to 100.");
            }
            total += share;
        }
        if (total != 100) {
            String shares = treatments.stream().map(treatment -> Integer.toString(treatment.sizePercent()))
                    .collect(Collectors.joining(" + "));
            throw new IllegalArgumentException("The treatments' SizePercent (" + shares + ") and HoldoutPercent ("
                    + plan.holdoutPercent() + ") add up to " + total + ", not 100.");
        }
        if (plan.maximumDuration() != null && (plan.maximumDuration().isNegative() || plan.maximumDuration().isZero())) {
            throw new IllegalArgumentException("Limits.MaximumDuration is " + plan.maximumDuration().toSeconds()
                    + " seconds: give a positive duration, or none for no limit.");
        }
        List<JobTreatment> resolved = new ArrayList<>();
        for (int index = 0; index < treatments.size(); index++) {
            resolved.add(resolve(index, treatments.get(index), plan, templates));
        }
        return resolved;
    }

    private static JobTreatment resolve(int index, RunTreatment treatment, RunPlan plan, TemplateService templates) {
        String channel = plan.channel().name();
        boolean hasTemplate = treatment.templateId() != null;
        boolean hasInline = treatment.inlineContent() != null;
        if (hasTemplate == hasInline) {
            throw new IllegalArgumentException(field(index, hasTemplate ? "TemplateConfiguration" : "MessageConfiguration")
                    + (hasTemplate ? ": give a template or an inline message (MessageConfiguration), not both."
                            : ": give a template (TemplateConfiguration) or an inline message."));
        }
        if (hasInline) {
            if (!treatment.inlineContent().type().name().equals(channel)) {
                throw new IllegalArgumentException(field(index, "MessageConfiguration") + " is a "
                        + treatment.inlineContent().type() + " message; this campaign sends " + channel + ".");
            }
            return new JobTreatment(index, treatment.name(), treatment.sizePercent(), null, null,
                    treatment.inlineContent().toJson());
        }
        Template template = templates.template(treatment.templateId()).orElseThrow(() -> new IllegalArgumentException(
                field(index, "TemplateConfiguration") + ": template " + treatment.templateId()
                        + " is no longer in the workspace."));
        if (!template.type().name().equals(channel)) {
            throw new IllegalArgumentException(field(index, "TemplateConfiguration") + ": " + Quote.of(template.name())
                    + " is " + template.type().withArticle() + "; this campaign sends "
                    + TemplateType.valueOf(channel).words() + ".");
        }
        int version = treatment.templateVersion() == null ? template.summary().activeVersion() : treatment.templateVersion();
        if (treatment.templateVersion() != null) {
            try {
                templates.version(template.id(), version);
            } catch (IllegalArgumentException missing) {
                throw new IllegalArgumentException(field(index, "TemplateConfiguration") + ": " + missing.getMessage());
            }
        }
        return new JobTreatment(index, treatment.name(), treatment.sizePercent(), template.id(), version, null);
    }

    /** The field's name in Pinpoint's request: the request's own for the default treatment. */
    static String field(int treatment, String name) {
        return treatment == 0 ? name : "AdditionalTreatments[" + (treatment - 1) + "]." + name;
    }
}
