package io.tidings.wiring;

import io.tidings.audience.AudienceFilter;
import io.tidings.audience.AudienceService;
import io.tidings.audience.Endpoint;
import io.tidings.template.EndpointChoice;
import io.tidings.template.PreviewEndpoints;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The template editor's endpoints, from the audience feature's service. */
final class AudiencePreviewEndpoints implements PreviewEndpoints {

    private final AudienceService audience;

    AudiencePreviewEndpoints(AudienceService audience) {
        this.audience = audience;
    }

    @Override
    public List<EndpointChoice> search(String text, int limit) {
        return audience.page(new AudienceFilter(text, null, null), Long.MIN_VALUE, limit).stream()
                .map(row -> new EndpointChoice(row.id(), row.address(), row.channelType().name(), row.userId()))
                .toList();
    }

    @Override
    public Optional<Endpoint> endpoint(String id) {
        return audience.endpoint(id);
    }

    @Override
    public Set<String> knownFieldPaths() {
        return audience.customFieldPaths();
    }
}
