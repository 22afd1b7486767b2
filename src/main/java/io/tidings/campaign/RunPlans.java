package io.tidings.campaign;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.AccountRecord;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.delivery.JobAccount;
import io.tidings.delivery.JobOptions;
import io.tidings.delivery.LocalTimeStart;
import io.tidings.delivery.RunPlan;
import io.tidings.delivery.RunTreatment;
import io.tidings.template.Template;
import io.tidings.template.TemplateService;
import io.tidings.work.Quote;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a campaign into the engine's plan for one run: templates pinned to a version (the active one when the
 * campaign names none), the campaign's limits over the job defaults {@code send} uses, and the channel account and
 * rate a job keeps, so that resuming it sends through the same provider.
 */
final class RunPlans {

    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final TemplateService templates;

    RunPlans(TemplateService templates) {
        this.templates = templates;
    }

    RunPlan plan(Campaign campaign, Instant runStart, ChannelAccounts accounts) {
        CampaignDefinition definition = campaign.definition();
        if (definition.segmentId() == null) {
            throw new InvalidCampaignException(Quote.of(campaign.name()) + " has no segment: choose who it goes to.");
        }
        List<RunTreatment> treatments = new ArrayList<>();
        List<Treatment> all = definition.treatments();
        for (int index = 0; index < all.size(); index++) {
            treatments.add(treatment(campaign, index, all.get(index)));
        }
        CampaignSchedule schedule = definition.schedule();
        LocalTimeStart localTime = schedule.localTime()
                ? new LocalTimeStart(runStart.atZone(schedule.zone()).toLocalDateTime(), schedule.zone()) : null;
        CampaignLimits limits = definition.limits();
        JobOptions options = JobOptions.DEFAULTS.withQuietTime(definition.quietTime())
                .withMessagesPerEndpoint(orZero(limits.total()))
                .withDailyCapPerEndpoint(orZero(limits.daily()));
        String name = schedule.isRecurring() ? campaign.name() + ", run of " + RUN_TIME.format(runStart) : campaign.name();
        return new RunPlan(name, campaign.id(), campaign.id(), definition.channel(), definition.segmentId(),
                definition.segmentVersion(), treatments, definition.holdoutPercent(), runStart, localTime,
                limits.maximumDuration(), options, account(accounts, definition.channel(), limits));
    }

    /** The account the job keeps, at the lower of the account's rate and the campaign's MessagesPerSecond. */
    static JobAccount account(ChannelAccounts accounts, DeliveryChannel channel, CampaignLimits limits) {
        Double accountRate = accounts.account(channel).ratePerSecond();
        Double campaignRate = limits.messagesPerSecond() == null ? null : limits.messagesPerSecond().doubleValue();
        Double rate = accountRate;
        if (campaignRate != null) {
            rate = accountRate == null ? campaignRate : Double.valueOf(Math.min(accountRate, campaignRate));
        }
        return new JobAccount(AccountRecord.of(accounts, channel), rate);
    }

    private RunTreatment treatment(Campaign campaign, int index, Treatment treatment) {
        String which = campaign.definition().treatmentName(index);
        if (treatment.message() instanceof TreatmentMessage.Template chosen) {
            Template template = templates.template(chosen.templateId()).orElseThrow(() -> new InvalidCampaignException(
                    which + " of " + Quote.of(campaign.name()) + " sends a template that is no longer in the workspace."));
            int version = chosen.version() != null ? chosen.version() : template.summary().activeVersion();
            return new RunTreatment(treatment.name(), treatment.sizePercent(), template.id(), version, null);
        }
        if (treatment.message() instanceof TreatmentMessage.Inline inline) {
            return new RunTreatment(treatment.name(), treatment.sizePercent(), null, null, inline.content());
        }
        throw new InvalidCampaignException(which + " of " + Quote.of(campaign.name()) + " has no template or message.");
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
