package io.tidings.delivery;

import java.time.Instant;

/** Forecasts a campaign run with the engine's own rules (one implementation, no copy); see {@link PreflightReport}. */
public final class Preflight {

    /** The forecast of {@code plan} if its run began at {@code runStart}, with up to {@code samples} endpoint ids a line. */
    public PreflightReport check(RunPlan plan, Instant runStart, int samples) {
        throw new UnsupportedOperationException("API skeleton: the engine branch implements it");
    }
}
