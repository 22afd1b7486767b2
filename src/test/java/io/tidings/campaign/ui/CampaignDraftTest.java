package io.tidings.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.CampaignLimits;
import io.tidings.campaign.CampaignSchedule;
import io.tidings.campaign.Treatment;
import io.tidings.campaign.TreatmentMessage;
import io.tidings.channel.DeliveryChannel;
import io.tidings.delivery.QuietTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's fields: the percentages, validation that names the field, and the definition they make. */
class CampaignDraftTest {

    private final CampaignDraft draft = named();

    private static CampaignDraft named() {
        CampaignDraft draft = new CampaignDraft();
        draft.nameProperty().set("Spring sale");
        return draft;
    }

    @Test
    void theDefaultTreatmentGetsWhatTheHoldoutAndTheOthersLeave() {
        draft.holdoutPercentProperty().set("10");
        draft.addTreatment();
        draft.treatments().get(1).sizePercentProperty().set("30");
        draft.addTreatment();
        draft.treatments().get(2).sizePercentProperty().set("25");

        assertThat(draft.defaultShare().get()).isEqualTo(35);
        assertThat(draft.problems()).isEmpty();
        CampaignDefinition definition = draft.definition();
        assertThat(definition.defaultSizePercent()).isEqualTo(35);
        assertThat(definition.additionalTreatments()).extracting(Treatment::sizePercent).containsExactly(30, 25);
        assertThat(definition.holdoutPercent()).isEqualTo(10);
    }

    @Test
    void percentagesThatDoNotAddUpAreRefusedInWords() {
        draft.holdoutPercentProperty().set("50");
        draft.addTreatment();
        draft.treatments().get(1).sizePercentProperty().set("50");

        assertThat(draft.defaultShare().get()).isZero();
        assertThat(draft.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(CampaignDraft.SHARES);
            assertThat(problem.message()).startsWith("The percentages do not add up: the holdout and the other "
                    + "treatments take 100 %");
        });

        draft.treatments().get(1).sizePercentProperty().set("49");
        assertThat(draft.problems()).isEmpty();
    }

    @Test
    void aShareThatIsNotAWholeNumberNamesItsField() {
        draft.addTreatment();
        draft.treatments().get(1).sizePercentProperty().set("12.5");
        draft.holdoutPercentProperty().set("");

        assertThat(draft.problems()).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CampaignDraft.HOLDOUT, "Holdout: give a whole number from 0 to 100."),
                org.assertj.core.groups.Tuple.tuple(CampaignDraft.share(1),
                        "Treatment 2's share: give a whole number from 0 to 100, not \"12.5\"."));
    }

    @Test
    void addingTreatmentsStopsAtFourBesidesTheDefault() {
        for (int count = 0; count < 6; count++) {
            draft.addTreatment();
        }

        assertThat(draft.treatments()).hasSize(5);
        assertThat(draft.canAddTreatment()).isFalse();
        assertThat(draft.defaultShare().get()).isPositive();
    }

    @Test
    void scheduleQuietTimeAndLimitsProblemsNameTheirField() {
        draft.scheduleProperty().set(ScheduleChoice.DAILY);
        assertThat(draft.startDateProperty().get()).isEqualTo(LocalDate.now().plusDays(1));
        draft.startDateProperty().set(null);
        draft.startTimeProperty().set("9 am");
        draft.timezoneProperty().set("Mars/Olympus");
        draft.quietTimeProperty().set(true);
        draft.quietStartProperty().set("22:00");
        draft.quietEndProperty().set("22:00");
        draft.perSecondProperty().set("0");
        draft.nameProperty().set(" ");

        assertThat(draft.problems()).extracting(FieldProblem::message).containsExactly(
                "Name: give the campaign a name.",
                "Time zone: \"Mars/Olympus\" is not a time zone; choose one from the list, such as Europe/Paris.",
                "Start: choose the day of the first run.",
                "Start time: give a time on a 24-hour clock, such as 09:00, not \"9 am\".",
                "Quiet time: the start and the end are the same; give it a length, such as 21:00 to 08:00.",
                "Messages per second: give a whole number from 1 to 20,000, not \"0\".");
    }

    @Test
    void aSavedDefinitionComesBackUnchanged() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant start = LocalDate.of(2027, 3, 1).atTime(9, 30).atZone(paris).toInstant();
        Instant end = LocalDate.of(2027, 6, 1).atTime(9, 30).atZone(paris).toInstant();
        CampaignDefinition saved = new CampaignDefinition(7L, null, DeliveryChannel.SMS,
                new Treatment("A", null, 0, new TreatmentMessage.Template(3, null)),
                List.of(new Treatment("B", null, 40, new TreatmentMessage.Template(4, null))), 10,
                new CampaignSchedule(start, CampaignSchedule.Frequency.WEEKLY, end, paris, true),
                new CampaignLimits(2, 5, 50, 3600), QuietTime.of(LocalTime.of(21, 0), LocalTime.of(8, 0),
                        QuietTime.Action.DROP), false);

        draft.show("Weekly", null, saved);

        assertThat(draft.problems()).isEmpty();
        assertThat(draft.durationMinutesProperty().get()).isEqualTo("60");
        assertThat(draft.holdInQuietTimeProperty().get()).isFalse();
        assertThat(draft.definition()).isEqualTo(saved);
    }

    @Test
    void aChangeAndItsUndoLeaveTheSnapshotAsItWas() {
        Object before = draft.snapshot();
        draft.holdoutPercentProperty().set("5");
        assertThat(draft.snapshot()).isNotEqualTo(before);
        draft.holdoutPercentProperty().set("0");
        assertThat(draft.snapshot()).isEqualTo(before);
    }
}
