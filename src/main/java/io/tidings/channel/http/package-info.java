/**
 * What the HTTP channel adapters share: {@code HttpProviderClient} (the JDK's HttpClient with {@code HttpTimeouts};
 * every ending becomes a {@code ProviderResponse} or a {@code ProviderUnreachableException}), {@code HttpAnswers}
 * (2xx accepted, the dialect's dead-address errors rejected, 429 (with {@code RetryAfter}) and 5xx transient, the rest
 * permanent), {@code ProviderDialect}, and Twilio's account and answers ({@code TwilioAccount},
 * {@code TwilioDialect}). See docs/channels.md, "HTTP channels".
 */
package io.tidings.channel.http;
