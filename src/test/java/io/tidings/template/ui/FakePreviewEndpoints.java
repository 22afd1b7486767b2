package io.tidings.template.ui;

import io.tidings.audience.Endpoint;
import io.tidings.template.EndpointChoice;
import io.tidings.template.PreviewEndpoints;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Preview endpoints from a fixed list. */
final class FakePreviewEndpoints implements PreviewEndpoints {

    private final List<Endpoint> endpoints;
    private final Set<String> known;

    FakePreviewEndpoints(List<Endpoint> endpoints, Set<String> known) {
        this.endpoints = endpoints;
        this.known = known;
    }

    @Override
    public List<EndpointChoice> search(String text, int limit) {
        return endpoints.stream()
                .filter(endpoint -> endpoint.address().startsWith(text) || endpoint.id().startsWith(text))
                .limit(limit)
                .map(endpoint -> new EndpointChoice(endpoint.id(), endpoint.address(), endpoint.channelType().name(),
                        endpoint.user().userId()))
                .toList();
    }

    @Override
    public Optional<Endpoint> endpoint(String id) {
        return endpoints.stream().filter(endpoint -> endpoint.id().equals(id)).findFirst();
    }

    @Override
    public Set<String> knownFieldPaths() {
        return known;
    }
}
