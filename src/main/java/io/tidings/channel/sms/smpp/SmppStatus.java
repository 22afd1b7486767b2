package io.tidings.channel.sms.smpp;

import io.tidings.channel.SendResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jsmpp.SMPPConstant;

/** SMPP command statuses: their names, and what a refused submit_sm means for the sending engine. */
final class SmppStatus {

    private static final Map<Integer, String> NAMES = names();
    /** Busy or failing for now: the same message may well go through later. */
    private static final Set<Integer> TRANSIENT = Set.of(
            SMPPConstant.STAT_ESME_RTHROTTLED,
            SMPPConstant.STAT_ESME_RMSGQFUL,
            SMPPConstant.STAT_ESME_RSYSERR,
            // "ESME Receiver Temporary App Error": temporary by its name.
            SMPPConstant.STAT_ESME_RX_T_APPN);
    /** A bind refused for these is a settings problem that waiting does not fix. */
    private static final Set<Integer> REFUSED_LOGIN = Set.of(
            SMPPConstant.STAT_ESME_RINVPASWD,
            SMPPConstant.STAT_ESME_RINVSYSID,
            SMPPConstant.STAT_ESME_RINVSYSTYP,
            SMPPConstant.STAT_ESME_RBINDFAIL);

    private SmppStatus() {
    }

    /** "ESME_RTHROTTLED (0x58)", or the number alone for a status SMPP does not name. */
    static String name(int status) {
        String hex = String.format("0x%02X", status);
        String name = NAMES.get(status);
        return name == null ? "status " + hex : name + " (" + hex + ")";
    }

    /** The outcome of a submit_sm the SMSC answered with {@code status}. */
    static SendResult submitRefused(int status) {
        String detail = "The SMSC refused the message: " + name(status) + explanation(status);
        if (TRANSIENT.contains(status)) {
            return SendResult.transientFailure(detail, null);
        }
        if (status == SMPPConstant.STAT_ESME_RINVDSTADR) {
            return SendResult.addressRejected(detail);
        }
        return SendResult.permanentFailure(detail);
    }

    static boolean isRefusedLogin(int status) {
        return REFUSED_LOGIN.contains(status);
    }

    private static String explanation(int status) {
        return switch (status) {
            case SMPPConstant.STAT_ESME_RTHROTTLED -> ", sending faster than the account allows.";
            case SMPPConstant.STAT_ESME_RMSGQFUL -> ", its queue for this number is full.";
            case SMPPConstant.STAT_ESME_RSYSERR -> ", a fault on its side.";
            case SMPPConstant.STAT_ESME_RINVDSTADR -> ", the phone number is not valid.";
            case SMPPConstant.STAT_ESME_RINVSRCADR, SMPPConstant.STAT_ESME_RINVSRCTON, SMPPConstant.STAT_ESME_RINVSRCNPI ->
                    ", it does not allow this originating number or sender ID.";
            default -> ".";
        };
    }

    private static Map<Integer, String> names() {
        Map<Integer, String> names = new HashMap<>();
        for (Field field : SMPPConstant.class.getFields()) {
            if (field.getName().startsWith("STAT_ESME_") && field.getType() == int.class
                    && Modifier.isStatic(field.getModifiers())) {
                try {
                    names.putIfAbsent(field.getInt(null), field.getName().substring("STAT_".length()));
                } catch (IllegalAccessException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        return Map.copyOf(names);
    }
}
