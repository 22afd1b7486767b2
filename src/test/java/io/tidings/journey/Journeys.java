package io.tidings.journey;

import io.tidings.template.TemplateType;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Journeys built in code for the pure tests, over a workspace of segments 1 and 2 and templates 1 (email), 2 (SMS) and
 * 3 (voice); segment 2 is an imported list; segment 9 and template 9 have been deleted.
 */
final class Journeys {

    static final long DELETED = 9;

    static final JourneyAssetCheck WORKSPACE = new JourneyAssetCheck() {
        @Override
        public boolean segmentExists(long segmentId) {
            return segmentId == 1 || segmentId == 2;
        }

        @Override
        public boolean segmentIsImported(long segmentId) {
            return segmentId == 2;
        }

        @Override
        public Optional<TemplateType> templateType(long templateId) {
            return Optional.ofNullable(Map.of(1L, TemplateType.EMAIL, 2L, TemplateType.SMS, 3L, TemplateType.VOICE)
                    .get(templateId));
        }
    };

    private Journeys() {
    }

    static MessageActivity.Email email() {
        return new MessageActivity.Email(new TemplateChoice(1, null), null);
    }

    static MessageActivity.Sms sms() {
        return new MessageActivity.Sms(new TemplateChoice(2, null), null, null, null, null, null);
    }

    static WaitActivity waitDays(int days) {
        return new WaitActivity(WaitTime.waitFor(Duration.ofDays(days)));
    }

    static ConditionalSplit opened(String emailKey) {
        return new ConditionalSplit(Condition.of(new SimpleCondition.MessageEvent(emailKey,
                EventDimensions.ofEventTypes("_email.open"))), WaitTime.waitFor(Duration.ofHours(1)));
    }

    /** Entry from segment 1, welcome email, wait 3 days, opened?, No: SMS reminder. */
    static JourneyGraph welcomeSeries() {
        return JourneyGraph.EMPTY.withEntry(new JourneyEntry.FromSegment(1, null))
                .with("welcome", Activity.of(email()).connect(Port.NEXT, "wait"))
                .with("wait", Activity.of(waitDays(3)).connect(Port.NEXT, "opened"))
                .with("opened", Activity.of(opened("welcome")).connect(Port.NO, "reminder"))
                .with("reminder", Activity.of(sms()))
                .connect(Outlet.ENTRY, "welcome");
    }
}
