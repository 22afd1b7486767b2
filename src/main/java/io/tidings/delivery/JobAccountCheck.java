package io.tidings.delivery;

import java.util.Optional;

/**
 * Whether an engine may send a job's messages: only through the account the job was created with, so that a job a
 * crash left running is never carried on through the sandbox or another provider by whichever engine runs next.
 * The channel accounts feature answers it; the composition root connects the two.
 */
@FunctionalInterface
public interface JobAccountCheck {

    /** Every job may be sent: for engines whose jobs were checked before they ran. */
    JobAccountCheck ANY = job -> Optional.empty();

    /**
     * Why this engine must not send the job's messages, in words, such as "this job sends email through the SMTP
     * server smtp.example.com:587, not the sandbox (…)"; empty when it may.
     */
    Optional<String> refusal(SendJob job);
}
