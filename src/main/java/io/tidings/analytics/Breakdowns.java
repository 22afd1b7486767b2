package io.tidings.analytics;

import java.util.List;

/** Unique endpoints by platform (the endpoint's channel type) and by country, the largest first. */
public record Breakdowns(List<BreakdownRow> byPlatform, List<BreakdownRow> byCountry) {

    public Breakdowns {
        byPlatform = List.copyOf(byPlatform);
        byCountry = List.copyOf(byCountry);
    }
}
