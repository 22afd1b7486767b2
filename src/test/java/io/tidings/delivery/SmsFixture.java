package io.tidings.delivery;

import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.OptOut;
import io.tidings.store.Database;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import java.util.List;

/** An SMS audience and template beside {@link DeliveryFixture}'s segment, and look-ups of the ledger. */
final class SmsFixture {

    static final String TEMPLATE = "Flash sale";

    private SmsFixture() {
    }

    static Endpoint sms(String id, String number) {
        return DeliveryFixture.endpoint(id, ChannelType.SMS, number, EndpointStatus.ACTIVE, OptOut.NONE);
    }

    /** The endpoints, DeliveryFixture's segment of everyone, and an SMS template "Flash sale" with {@code body}. */
    static void workspace(Database database, List<Endpoint> endpoints, String body) {
        DeliveryFixture.workspace(database, endpoints);
        Wiring.templateService(database).create(TEMPLATE, TemplateType.SMS, null,
                "{\"Body\":\"" + body + "\",\"OriginationIdentity\":\"Tidings\"}");
    }

    static long ledgerId(Database database, long jobId, String endpointId) {
        return DeliveryFixture.count(database, "SELECT m.id FROM outbox_message m JOIN endpoint e ON e.key = m.endpoint_key "
                + "WHERE m.job_id = " + jobId + " AND e.id = '" + endpointId + "'");
    }

    static long endpointKey(Database database, String endpointId) {
        return DeliveryFixture.count(database, "SELECT key FROM endpoint WHERE id = '" + endpointId + "'");
    }

    static String optOut(Database database, String endpointId) {
        return DeliveryFixture.strings(database, "SELECT opt_out FROM endpoint WHERE id = '" + endpointId + "'").get(0);
    }

    /** "type record_status" of each event about a ledger message that a provider reported, in order. */
    static List<String> reportedEvents(Database database, long ledgerId) {
        return DeliveryFixture.strings(database, "SELECT event_type || ' ' || json_extract(attributes, '$.record_status') "
                + "FROM event WHERE message_id = " + ledgerId + " AND json_extract(attributes, '$.record_status') "
                + "IS NOT NULL ORDER BY id");
    }
}
