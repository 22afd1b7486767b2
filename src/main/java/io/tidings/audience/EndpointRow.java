package io.tidings.audience;

/** One line of the audience table: enough to recognise an endpoint, loaded a page at a time. */
public record EndpointRow(
        long key,
        String id,
        ChannelType channelType,
        String address,
        String userId,
        EndpointStatus endpointStatus,
        OptOut optOut,
        String country,
        String city) {
}
