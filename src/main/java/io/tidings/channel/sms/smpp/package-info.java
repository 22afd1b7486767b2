/**
 * SMS over SMPP 3.4 with jSMPP: {@code SmppSender} over transceiver binds kept open and rebound ({@code SmppBinds},
 * {@code SmppConnections} for TCP or TLS with the host name checked), texts cut into parts with concatenation
 * headers ({@code MessageParts}), addresses with their TON and NPI ({@code SmppAddress}), statuses as outcomes
 * ({@code SmppStatus}, {@code BindFailures}), and what the SMSC delivers on the binds, receipts ({@code Receipts}) and
 * inbound messages ({@code SmppInbox}), handed to the {@code SmsFeedback} port. See docs/channels.md, "SMS over SMPP".
 */
package io.tidings.channel.sms.smpp;
