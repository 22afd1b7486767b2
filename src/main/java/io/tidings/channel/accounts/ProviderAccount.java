package io.tidings.channel.accounts;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;

/**
 * A provider account as the settings hold it: a record whose components are the JSON keys of its section
 * (such as {@code email.smtp}), listed in {@link Providers}. Adding a provider is one such record and one
 * line there.
 */
public interface ProviderAccount {

    DeliveryChannel channel();

    /** Where messages go, in the user's words and without secrets, such as "the SMTP server smtp.example.com:587". */
    String describe();

    /**
     * Checks every value without reading a secret or connecting anywhere.
     *
     * @throws IllegalArgumentException naming the field that is wrong ({@link AccountFieldException} when the
     *     field is known by its JSON key)
     */
    void check(SenderContext context);

    /**
     * The channel adapter for this account, reading its secrets now; it connects when it first sends.
     *
     * @throws IllegalArgumentException as {@link #check}, also when a secret cannot be read
     */
    ChannelSender open(SenderContext context);
}
