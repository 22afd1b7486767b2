package io.tidings.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.campaign.CampaignSchedule.Frequency;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Run times for every frequency, across time zones and daylight saving changes. */
class CampaignScheduleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aOnceCampaignRunsAtItsStartAndNeverAgain() {
        CampaignSchedule schedule = CampaignSchedule.once(Instant.parse("2027-01-10T09:00:00Z"));

        assertThat(schedule.firstRunAtOrAfter(Instant.parse("2027-01-01T00:00:00Z")))
                .contains(Instant.parse("2027-01-10T09:00:00Z"));
        assertThat(schedule.firstRunAtOrAfter(Instant.parse("2027-01-10T09:00:00Z")))
                .contains(Instant.parse("2027-01-10T09:00:00Z"));
        assertThat(schedule.nextRunAfter(Instant.parse("2027-01-10T09:00:00Z"))).isEmpty();
        assertThat(CampaignSchedule.IMMEDIATE.nextRunAfter(Instant.EPOCH)).isEmpty();
    }

    @Test
    void anHourlyCampaignRunsEverySixtyMinutesThroughTheClockChange() {
        // New York springs forward at 02:00 local on 14 March 2027.
        CampaignSchedule schedule = recurring(local("2027-03-14T00:30", NEW_YORK), Frequency.HOURLY, null, NEW_YORK);

        List<Instant> runs = runs(schedule, 4);

        assertThat(runs).containsExactly(Instant.parse("2027-03-14T05:30:00Z"), Instant.parse("2027-03-14T06:30:00Z"),
                Instant.parse("2027-03-14T07:30:00Z"), Instant.parse("2027-03-14T08:30:00Z"));
        assertThat(runs.stream().map(run -> run.atZone(NEW_YORK).toLocalTime().toString()))
                .containsExactly("00:30", "01:30", "03:30", "04:30");
    }

    @Test
    void aDailyNineOClockRunStaysAtNineInNewYorkAcrossMarchAndNovember() {
        CampaignSchedule schedule = recurring(local("2027-03-12T09:00", NEW_YORK), Frequency.DAILY, null, NEW_YORK);

        List<Instant> march = runs(schedule, 4);
        List<Instant> november = runsAfter(schedule, local("2027-11-05T12:00", NEW_YORK), 4);

        assertThat(march).containsExactly(Instant.parse("2027-03-12T14:00:00Z"), Instant.parse("2027-03-13T14:00:00Z"),
                Instant.parse("2027-03-14T13:00:00Z"), Instant.parse("2027-03-15T13:00:00Z"));
        assertThat(november).containsExactly(Instant.parse("2027-11-06T13:00:00Z"),
                Instant.parse("2027-11-07T14:00:00Z"), Instant.parse("2027-11-08T14:00:00Z"),
                Instant.parse("2027-11-09T14:00:00Z"));
        assertThat(march).allSatisfy(run -> assertThat(run.atZone(NEW_YORK).getHour()).isEqualTo(9));
        assertThat(november).allSatisfy(run -> assertThat(run.atZone(NEW_YORK).getHour()).isEqualTo(9));
    }

    @Test
    void aDailyRunAtAWallClockTimeTheClocksSkipGoesAtTheEndOfTheGap() {
        CampaignSchedule schedule = recurring(local("2027-03-27T02:30", BERLIN), Frequency.DAILY, null, BERLIN);

        List<Instant> runs = runs(schedule, 3);

        // Berlin skips 02:00-03:00 on 28 March 2027: that day's run is at 03:30 local, the next back at 02:30.
        assertThat(runs.stream().map(run -> run.atZone(BERLIN).toLocalDateTime().toString()))
                .containsExactly("2027-03-27T02:30", "2027-03-28T03:30", "2027-03-29T02:30");
    }

    @Test
    void aWeeklyRunKeepsItsWeekdayAndWallClockTime() {
        CampaignSchedule schedule = recurring(local("2027-10-22T18:00", BERLIN), Frequency.WEEKLY, null, BERLIN);

        List<Instant> runs = runs(schedule, 3);

        assertThat(runs.stream().map(run -> run.atZone(BERLIN).toLocalDateTime().toString()))
                .containsExactly("2027-10-22T18:00", "2027-10-29T18:00", "2027-11-05T18:00");
        assertThat(runs.get(1)).isEqualTo(Instant.parse("2027-10-29T16:00:00Z"));
        assertThat(runs.get(2)).isEqualTo(Instant.parse("2027-11-05T17:00:00Z")); // after Berlin's October change
    }

    @Test
    void aMonthlyRunOnThe31stFallsBackToTheMonthsLastDayAndReturnsToThe31st() {
        CampaignSchedule schedule = recurring(local("2027-01-31T10:00", ZoneOffset.UTC), Frequency.MONTHLY, null, null);

        List<Instant> runs = runs(schedule, 5);

        assertThat(runs.stream().map(run -> run.atZone(ZoneOffset.UTC).toLocalDate().toString()))
                .containsExactly("2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31");
        assertThat(runsAfter(schedule, Instant.parse("2028-02-01T00:00:00Z"), 1))
                .containsExactly(Instant.parse("2028-02-29T10:00:00Z")); // a leap year
    }

    @Test
    void noRunIsLaterThanTheEndTime() {
        Instant start = Instant.parse("2027-05-01T08:00:00Z");
        CampaignSchedule schedule = new CampaignSchedule(start, Frequency.DAILY, Instant.parse("2027-05-03T08:00:00Z"),
                null, false);

        assertThat(runs(schedule, 10)).containsExactly(start, Instant.parse("2027-05-02T08:00:00Z"),
                Instant.parse("2027-05-03T08:00:00Z"));
        assertThat(schedule.nextRunAfter(Instant.parse("2027-05-03T08:00:00Z"))).isEmpty();
    }

    @Test
    void theNextRunAfterAFarLaterMomentIsFoundWithoutWalkingEveryRun() {
        CampaignSchedule schedule = recurring(Instant.parse("2027-01-01T00:15:00Z"), Frequency.HOURLY, null, null);

        assertThat(schedule.nextRunAfter(Instant.parse("2037-06-01T12:00:00Z")))
                .contains(Instant.parse("2037-06-01T12:15:00Z"));
        assertThat(schedule.nextRunAfter(Instant.parse("2037-06-01T12:15:00Z")))
                .contains(Instant.parse("2037-06-01T13:15:00Z"));
    }

    @Test
    void anOffsetTimezoneHasNoDaylightSaving() {
        CampaignSchedule schedule = recurring(local("2027-03-12T09:00", ZoneOffset.ofHours(-5)), Frequency.DAILY, null,
                ZoneOffset.ofHours(-5));

        assertThat(runs(schedule, 4)).allSatisfy(run -> assertThat(run.atZone(ZoneOffset.UTC).getHour()).isEqualTo(14));
    }

    @Test
    void schedulesTidingsCannotRunAreRefusedInWords() {
        assertThatThrownBy(() -> new CampaignSchedule(null, Frequency.DAILY, null, null, false))
                .hasMessageContaining("IMMEDIATE, which goes with Frequency ONCE");
        Instant start = Instant.parse("2027-05-01T08:00:00Z");
        assertThatThrownBy(() -> new CampaignSchedule(start, Frequency.DAILY, start.minusSeconds(60), null, false))
                .hasMessageStartingWith("Schedule.EndTime");
    }

    private static CampaignSchedule recurring(Instant start, Frequency frequency, Instant end, ZoneId zone) {
        return new CampaignSchedule(start, frequency, end, zone, false);
    }

    private static Instant local(String dateTime, ZoneId zone) {
        return ZonedDateTime.of(LocalDateTime.parse(dateTime), zone).toInstant();
    }

    private static List<Instant> runs(CampaignSchedule schedule, int most) {
        return runsAfter(schedule, schedule.startTime().minusNanos(1), most);
    }

    private static List<Instant> runsAfter(CampaignSchedule schedule, Instant after, int most) {
        List<Instant> runs = new ArrayList<>();
        Optional<Instant> next = schedule.nextRunAfter(after);
        while (next.isPresent() && runs.size() < most) {
            runs.add(next.get());
            next = schedule.nextRunAfter(next.get());
        }
        return runs;
    }
}
