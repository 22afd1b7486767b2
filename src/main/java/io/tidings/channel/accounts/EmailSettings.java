package io.tidings.channel.accounts;

import io.tidings.channel.http.SettingsChecks;
import io.tidings.work.Quote;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * What every email provider shares: who messages come from, and where tracked links point.
 *
 * @param fromAddress a plain address such as news@example.com; required once email leaves the sandbox
 * @param fromName the display name beside it, or null
 * @param trackingBaseUrl the address that open and click tracking links start with (used by analytics), or null
 */
public record EmailSettings(String fromAddress, String fromName, String trackingBaseUrl) {

    public static final EmailSettings NONE = new EmailSettings(null, null, null);
    static final EmailSettings STAND_IN = new EmailSettings("news@example.com", null, null);

    public EmailSettings {
        fromAddress = blankToNull(fromAddress);
        fromName = blankToNull(fromName);
        trackingBaseUrl = blankToNull(trackingBaseUrl);
    }

    public EmailSettings withFrom(String address, String name) {
        return new EmailSettings(address == null ? fromAddress : address, name == null ? fromName : name,
                trackingBaseUrl);
    }

    /** What is wrong, with paths under {@code email}. */
    List<AccountProblem> problems(boolean fromRequired) {
        List<AccountProblem> problems = new ArrayList<>();
        if (fromAddress == null) {
            if (fromRequired) {
                problems.add(new AccountProblem("email.fromAddress",
                        "the From address is missing: enter the address your messages come from."));
            }
        } else {
            try {
                InternetAddress parsed = new InternetAddress(fromAddress, true);
                parsed.validate();
                if (parsed.getPersonal() != null || !fromAddress.contains("@")) {
                    throw new AddressException("give a plain address such as news@example.com; the name goes in fromName");
                }
            } catch (AddressException e) {
                problems.add(new AccountProblem("email.fromAddress",
                        Quote.of(fromAddress) + " is not an email address (" + e.getMessage() + ")."));
            }
        }
        if (trackingBaseUrl != null) {
            try {
                SettingsChecks.baseUrl("The tracking base URL", trackingBaseUrl);
            } catch (IllegalArgumentException e) {
                problems.add(new AccountProblem("email.trackingBaseUrl", e.getMessage()));
            }
        }
        return problems;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
