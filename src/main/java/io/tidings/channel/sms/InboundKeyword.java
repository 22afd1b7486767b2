package io.tidings.channel.sms;

/** What an inbound message asked for. */
public enum InboundKeyword {
    /** STOP and its synonyms: the sender's SMS endpoints were opted out. */
    OPT_OUT,
    /** HELP: the adapter answers with the account's help text. */
    HELP,
    /** START: the sender's SMS endpoints were opted in again; the adapter confirms. */
    START,
    /** Anything else: recorded as a received message. */
    NONE
}
