package io.tidings.channel.accounts;

/** How a provider account gets a secret's value: read for real when opening, a stand-in when checking. */
@FunctionalInterface
interface SecretReader {

    String value(String field, Secret secret);
}
