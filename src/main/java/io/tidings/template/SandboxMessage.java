package io.tidings.template;

import java.time.Instant;

/** A test message captured by the sandbox outbox instead of being sent. */
public record SandboxMessage(long id, TemplateType channel, String address, String subject, String body, String html,
        Instant createdAt) {
}
