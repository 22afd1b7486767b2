package io.tidings.channel.accounts.ui;

import io.tidings.channel.email.SmtpSecurity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A well-known SMTP relay, whose host, port and security the email form fills in when the user picks it.
 *
 * @param name as the list shows it, such as "Amazon SES · Europe (Ireland) · eu-west-1"
 * @param login how the relay's user name and password are made, shown under the list once it is picked
 */
record SmtpRelay(String name, String host, int port, SmtpSecurity security, String login) {

    private static final int SUBMISSION_PORT = 587;

    /** Amazon SES's regions with an SMTP endpoint, by code, as Amazon names them. */
    private static final Map<String, String> SES_REGIONS = orderedRegions();

    /** Every relay the form offers: the common services, then Amazon SES in each region. */
    static List<SmtpRelay> all() {
        List<SmtpRelay> relays = new ArrayList<>(List.of(
                relay("SendGrid", "smtp.sendgrid.net",
                        "User name: apikey (the word). Password: a SendGrid API key with Mail Send access."),
                relay("Mailgun", "smtp.mailgun.org",
                        "User name and password: the SMTP credentials of your domain in Mailgun (EU accounts use "
                                + "smtp.eu.mailgun.org)."),
                relay("Postmark", "smtp.postmarkapp.com",
                        "User name and password: both your Postmark Server API token."),
                relay("Gmail or Google Workspace", "smtp.gmail.com",
                        "User name: your Google address. Password: an app password (Google account › Security), "
                                + "not your usual password."),
                relay("Microsoft 365 or Outlook.com", "smtp.office365.com",
                        "User name: your Microsoft 365 address. SMTP AUTH must be on for the mailbox.")));
        SES_REGIONS.forEach((code, place) -> relays.add(relay("Amazon SES · " + place + " · " + code,
                "email-smtp." + code + ".amazonaws.com",
                "User name and password: SMTP credentials made in the SES console (SMTP settings), not your AWS "
                        + "access key.")));
        return List.copyOf(relays);
    }

    private static SmtpRelay relay(String name, String host, String login) {
        return new SmtpRelay(name, host, SUBMISSION_PORT, SmtpSecurity.STARTTLS, login);
    }

    @Override
    public String toString() {
        return name;
    }

    private static Map<String, String> orderedRegions() {
        Map<String, String> regions = new java.util.LinkedHashMap<>();
        regions.put("us-east-1", "US East (N. Virginia)");
        regions.put("us-east-2", "US East (Ohio)");
        regions.put("us-west-1", "US West (N. California)");
        regions.put("us-west-2", "US West (Oregon)");
        regions.put("ca-central-1", "Canada (Central)");
        regions.put("sa-east-1", "South America (São Paulo)");
        regions.put("eu-west-1", "Europe (Ireland)");
        regions.put("eu-west-2", "Europe (London)");
        regions.put("eu-west-3", "Europe (Paris)");
        regions.put("eu-central-1", "Europe (Frankfurt)");
        regions.put("eu-south-1", "Europe (Milan)");
        regions.put("eu-north-1", "Europe (Stockholm)");
        regions.put("il-central-1", "Israel (Tel Aviv)");
        regions.put("me-south-1", "Middle East (Bahrain)");
        regions.put("af-south-1", "Africa (Cape Town)");
        regions.put("ap-south-1", "Asia Pacific (Mumbai)");
        regions.put("ap-northeast-1", "Asia Pacific (Tokyo)");
        regions.put("ap-northeast-2", "Asia Pacific (Seoul)");
        regions.put("ap-northeast-3", "Asia Pacific (Osaka)");
        regions.put("ap-southeast-1", "Asia Pacific (Singapore)");
        regions.put("ap-southeast-2", "Asia Pacific (Sydney)");
        regions.put("ap-southeast-3", "Asia Pacific (Jakarta)");
        regions.put("us-gov-west-1", "AWS GovCloud (US-West)");
        return java.util.Collections.unmodifiableMap(regions);
    }
}
