package io.tidings.analytics;

/** A campaign and its KPIs over a range. */
public record CampaignResult(CampaignCatalog.Entry campaign, MessageKpis kpis) {
}
