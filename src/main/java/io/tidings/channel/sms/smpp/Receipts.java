package io.tidings.channel.sms.smpp;

import io.tidings.channel.sms.SmsReceipt;
import io.tidings.channel.sms.SmsReceipt.ReceiptState;
import java.util.Optional;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.OptionalParameter.Message_state.Message_state_enum;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;

/**
 * Reads a delivery receipt: the receipted_message_id and message_state TLVs when the SMSC sends them
 * (SMPP 3.4 makes them the authoritative ones), else the {@code id:… stat:… err:…} text of SMPP 3.4
 * Appendix B, which jSMPP parses.
 */
final class Receipts {

    private Receipts() {
    }

    /** The receipt, or empty when it names no message id or no state. */
    static Optional<SmsReceipt> read(DeliverSm deliverSm) {
        DeliveryReceipt text = text(deliverSm);
        OptionalParameter.Receipted_message_id idParameter =
                deliverSm.getOptionalParameter(OptionalParameter.Receipted_message_id.class);
        OptionalParameter.Message_state stateParameter =
                deliverSm.getOptionalParameter(OptionalParameter.Message_state.class);
        String id = idParameter != null ? idParameter.getValueAsString() : text == null ? null : text.getId();
        ReceiptState state = stateParameter != null && stateParameter.getMessageState() != null
                ? state(stateParameter.getMessageState())
                : text == null || text.getFinalStatus() == null ? null : state(text.getFinalStatus());
        if (id == null || id.isBlank() || state == null) {
            return Optional.empty();
        }
        String error = text == null || text.getError() == null || text.getError().isBlank() ? null : text.getError();
        return Optional.of(new SmsReceipt(id.strip(), state, error));
    }

    private static DeliveryReceipt text(DeliverSm deliverSm) {
        try {
            return deliverSm.getShortMessageAsDeliveryReceipt();
        } catch (InvalidDeliveryReceiptException | RuntimeException unreadable) {
            return null;
        }
    }

    private static ReceiptState state(DeliveryReceiptState state) {
        return switch (state) {
            case ENROUTE -> ReceiptState.EN_ROUTE;
            case DELIVRD -> ReceiptState.DELIVERED;
            case EXPIRED -> ReceiptState.EXPIRED;
            case DELETED -> ReceiptState.DELETED;
            case UNDELIV -> ReceiptState.UNDELIVERABLE;
            case ACCEPTD -> ReceiptState.ACCEPTED;
            case UNKNOWN -> ReceiptState.UNKNOWN;
            case REJECTD -> ReceiptState.REJECTED;
        };
    }

    private static ReceiptState state(Message_state_enum state) {
        return switch (state) {
            case SCHEDULED, ENROUTE -> ReceiptState.EN_ROUTE;
            case DELIVERED -> ReceiptState.DELIVERED;
            case EXPIRED -> ReceiptState.EXPIRED;
            case DELETED -> ReceiptState.DELETED;
            case UNDELIVERABLE -> ReceiptState.UNDELIVERABLE;
            case ACCEPTED -> ReceiptState.ACCEPTED;
            case UNKNOWN, SKIPPED -> ReceiptState.UNKNOWN;
            case REJECTED -> ReceiptState.REJECTED;
        };
    }
}
