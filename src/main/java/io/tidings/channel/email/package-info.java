/**
 * Email over SMTP with Angus Mail: {@code SmtpSender} over a pool of reused connections ({@code SmtpConnectionPool}),
 * {@code SmtpSettings} (no invalid value; NONE, required STARTTLS or SMTPS; trusted certificates,
 * {@code TrustedCertificates}), {@code EmailMessageBuilder} (the same Message-ID on every retry, one-click
 * unsubscribe headers), {@code SmtpFailures} and {@code SmtpTlsProblems} (replies and TLS failures as outcomes).
 * See docs/channels.md, "Email (SMTP)".
 */
package io.tidings.channel.email;
