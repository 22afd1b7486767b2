package io.tidings.cli;

import io.tidings.apikey.ApiKey;
import io.tidings.apikey.ApiKeyService;
import io.tidings.apikey.NewApiKey;
import io.tidings.wiring.OpenedWorkspace;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings apikey ...}: the keys apps and SDKs send events with (PutEvents). */
@Command(name = "apikey", mixinStandardHelpOptions = true,
        description = "Create, list and revoke the API keys that apps and AWS SDKs send events with (PutEvents).")
final class ApiKeyCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Spec
    private CommandSpec spec;

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a key and print its id and secret, once: the secret is not shown again.")
    int create(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", paramLabel = "NAME",
                    description = "What the key is for, such as \"Android app\" (default: API key).") String name) {
        PrintWriter out = spec.commandLine().getOut();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            ApiKeyService keys = workspace.apiKeys();
            NewApiKey created = keys.create(name);
            out.printf("Created the API key \"%s\" for application %s.%n", created.key().name(), keys.applicationId());
            out.printf("Access key id: %s%n", created.accessKeyId());
            out.printf("Secret access key: %s%n", created.secretAccessKey());
            out.println("Keep the secret somewhere safe now: Tidings will not show it again.");
        }
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the keys, revoked ones too; never a secret.")
    int list(@Mixin WorkspaceOption workspaceOption) {
        PrintWriter out = spec.commandLine().getOut();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            ApiKeyService keys = workspace.apiKeys();
            List<ApiKey> all = keys.list();
            out.printf("Application id: %s%n", keys.applicationId());
            if (all.isEmpty()) {
                out.println("This workspace has no API keys; 'apikey create' makes one.");
                return 0;
            }
            out.printf("%-20s  %-24s  %-20s  %-20s  %s%n", "Access key id", "Name", "Created", "Last used", "Status");
            for (ApiKey key : all) {
                out.printf("%-20s  %-24s  %-20s  %-20s  %s%n", key.accessKeyId(), key.name(), when(key.createdAt()),
                        key.lastUsedAt() == null ? "never" : when(key.lastUsedAt()),
                        key.revoked() ? "revoked " + when(key.revokedAt()) : "active");
            }
            Optional<String> unreadable = keys.unreadableReason();
            unreadable.ifPresent(reason -> out.println("Note: " + reason));
        }
        return 0;
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a key: requests signed with it are refused from now on.")
    int revoke(
            @Mixin WorkspaceOption workspaceOption,
            @Parameters(paramLabel = "ACCESS_KEY_ID", description = "The key's access key id, as 'apikey list' shows it.")
            String accessKeyId) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            ApiKey revoked = workspace.apiKeys().revoke(accessKeyId.strip());
            spec.commandLine().getOut().printf("Revoked the API key %s (\"%s\") at %s: it no longer works.%n",
                    revoked.accessKeyId(), revoked.name(), when(revoked.revokedAt()));
        }
        return 0;
    }

    private static String when(Instant instant) {
        return WHEN.format(instant);
    }
}
