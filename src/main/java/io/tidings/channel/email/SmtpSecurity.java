package io.tidings.channel.email;

/** How the connection to the SMTP server is protected. */
public enum SmtpSecurity {
    /** Plain text, usually port 25 or a local relay. */
    NONE,
    /** Plain connection upgraded with STARTTLS before logging in, usually port 587; refused if the server cannot. */
    STARTTLS,
    /** TLS from the first byte ("implicit TLS"), usually port 465. */
    SMTPS
}
