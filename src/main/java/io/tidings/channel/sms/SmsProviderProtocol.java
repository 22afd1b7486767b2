package io.tidings.channel.sms;

import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.http.HttpProviderClient;
import io.tidings.channel.http.ProviderDialect;
import java.net.http.HttpRequest;

/** One {@link SmsProviderStyle}: how a message becomes a request, and how the answers read. */
interface SmsProviderProtocol {

    HttpRequest request(HttpProviderClient client, OutboundMessage message, String from, String messageType);

    ProviderDialect dialect();

    ConnectionCheck check(HttpProviderClient client);
}
