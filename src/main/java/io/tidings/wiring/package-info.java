/**
 * The composition root: the one place where Tidings' services are built.
 *
 * <p>{@link io.tidings.wiring.Wiring} opens, creates or fills (the sample) a workspace file through
 * {@code WorkspaceService}, builds each of the workspace's services once, giving each its collaborators through its
 * constructor, and returns them as an {@link io.tidings.wiring.OpenedWorkspace}. It also hands each feature the
 * ports it calls: the audience's {@code UserRecords} (the sandbox's captures, then the sending ledger),
 * {@code EndpointFeedback} and {@code ImportedSegments}; the engine's {@code EndpointLookup}
 * ({@code AudienceService::endpointsByKey}) and {@code TemplateVersions} ({@code TemplateService::version}); the
 * sandbox's {@code ProviderReports} ({@code MessageReports}); the SMS adapters' {@code SmsFeedback}
 * ({@code ProviderFeedback}); the template editor's {@code PreviewEndpoints}
 * ({@link io.tidings.wiring.AudiencePreviewEndpoints}); the segment and template features' {@code SegmentUsers} and
 * {@code TemplateUsers} ({@code CampaignUses}: a live campaign keeps its segment and templates); and the campaigns'
 * {@code RunControl} ({@link io.tidings.wiring.EngineRunControl}: runs sent by the workspace's engine). The campaign
 * scheduler starts with the engine ({@code startSending}) and stops before it.
 *
 * <p>{@code Wiring.Host} says who holds the workspace: the desktop app (an idle engine looks for due messages every
 * 250 ms, and saving channel accounts reopens the engine's adapters) or the command line (an all-or-nothing import
 * may take the file for itself). The static builders build single pieces the same way for tests.
 *
 * <p>Only the entry points ({@code io.tidings.app}, {@code io.tidings.cli}) hold an {@code OpenedWorkspace}; views,
 * view models and services receive the services they use. ArchitectureTest holds both rules. See
 * docs/ARCHITECTURE.md.
 */
package io.tidings.wiring;
