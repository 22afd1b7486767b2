package io.tidings.cli;

import io.tidings.journey.Journey;
import io.tidings.journey.JourneyState;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;

/**
 * A published journey run by the executor in a child JVM, for the crash test: publishes the journey named in the
 * arguments if it is a draft, starts sending (the engine and the journey executor, as the app and serve do) and runs
 * until it is killed, or with {@code --until-done} until every participant has left and every message has gone out.
 */
public final class JourneyRunChild {

    private JourneyRunChild() {
    }

    public static void main(String[] args) throws Exception {
        boolean untilDone = args.length > 2 && args[2].equals("--until-done");
        try (OpenedWorkspace workspace = new Wiring(Wiring.Host.COMMAND_LINE).open(Path.of(args[0]))) {
            Journey journey = workspace.journeys().findByName(args[1]).orElseThrow();
            if (journey.state() == JourneyState.DRAFT) {
                workspace.journeyRuns().publish(journey.id());
            }
            workspace.startSending();
            System.out.println("Running journey " + journey.id());
            while (!untilDone || !done(workspace, journey.id())) {
                Thread.sleep(100);
            }
            System.out.println("Done");
        }
    }

    private static boolean done(OpenedWorkspace workspace, long journeyId) {
        return workspace.workspace().database().read(connection -> {
            try (var query = connection.prepareStatement("""
                    SELECT (SELECT count(*) FROM journey_participant WHERE journey_id = ?1 AND activity IS NOT NULL)
                         + (SELECT count(*) FROM outbox_message m JOIN send_job j ON j.id = m.job_id
                            WHERE j.journey_id = ?1 AND m.state IN ('PENDING', 'SENDING'))
                         + (SELECT count(*) = 0 FROM journey_participant WHERE journey_id = ?1)""")) {
                query.setLong(1, journeyId);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1) == 0;
                }
            }
        });
    }
}
