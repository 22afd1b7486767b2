package io.tidings.campaign;

import io.tidings.delivery.PreflightReport;
import io.tidings.delivery.RunPlan;
import java.time.Instant;

/** The engine's pre-flight ({@code Preflight.check}): what a run would do, by the engine's own sending rules. */
@FunctionalInterface
public interface PreflightCheck {

    PreflightReport check(RunPlan plan, Instant runStart, int samples);
}
