package io.tidings.channel.sms.smpp;

import io.tidings.channel.sms.SmsEncoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;

/**
 * A text as the short messages of submit_sm: GSM-7 (SMPP's default alphabet, one septet per octet)
 * or UCS-2, as {@link SmsEncoding} decides, cut where it cuts. A text longer than one SMS becomes
 * parts that each start with a concatenation header (3GPP TS 23.040 9.2.3.24.1: 8-bit reference,
 * part count, part number) and carry the UDHI flag in esm_class.
 */
final class MessageParts {

    /** The 8-bit reference allows no more. */
    static final int MOST_PARTS = 255;

    private static final DataCoding GSM_7 = new GeneralDataCoding(Alphabet.ALPHA_DEFAULT);
    private static final DataCoding UCS_2 = new GeneralDataCoding(Alphabet.ALPHA_UCS2);
    private static final ESMClass PLAIN = new ESMClass();
    private static final ESMClass WITH_HEADER = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);

    /** One submit_sm's share of a text. */
    record Part(DataCoding dataCoding, ESMClass esmClass, byte[] shortMessage) {
    }

    private MessageParts() {
    }

    /**
     * @param reference the concatenation reference shared by the parts of this text (only its low 8 bits are sent)
     * @throws IllegalArgumentException when the text is empty or needs more than {@value #MOST_PARTS} parts
     */
    static List<Part> of(String text, int reference) {
        List<String> pieces = SmsEncoding.split(text);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("The message has no text.");
        }
        if (pieces.size() > MOST_PARTS) {
            throw new IllegalArgumentException("The message needs " + pieces.size() + " SMS parts; SMPP concatenation "
                    + "allows at most " + MOST_PARTS + ".");
        }
        boolean gsm = SmsEncoding.analyse(text).encoding() == SmsEncoding.Encoding.GSM_7;
        DataCoding coding = gsm ? GSM_7 : UCS_2;
        if (pieces.size() == 1) {
            return List.of(new Part(coding, PLAIN, bytes(pieces.get(0), gsm)));
        }
        List<Part> parts = new ArrayList<>(pieces.size());
        for (int index = 0; index < pieces.size(); index++) {
            byte[] body = bytes(pieces.get(index), gsm);
            byte[] message = new byte[6 + body.length];
            message[0] = 0x05; // header length
            message[1] = 0x00; // information element: concatenated message, 8-bit reference
            message[2] = 0x03; // element length
            message[3] = (byte) reference;
            message[4] = (byte) pieces.size();
            message[5] = (byte) (index + 1);
            System.arraycopy(body, 0, message, 6, body.length);
            parts.add(new Part(coding, WITH_HEADER, message));
        }
        return parts;
    }

    /**
     * The text of a short message the SMSC delivered, without its user data header: GSM-7 for the
     * default alphabet, UCS-2, Latin-1 or ASCII as its data_coding says, Latin-1 for anything else.
     */
    static String text(byte dataCoding, boolean withHeader, byte[] message) {
        int start = withHeader && message.length > 0 ? Math.min(message.length, 1 + (message[0] & 0xFF)) : 0;
        Alphabet alphabet;
        try {
            alphabet = Alphabet.parseDataCoding(dataCoding);
        } catch (IllegalArgumentException unknown) {
            alphabet = Alphabet.ALPHA_8_BIT;
        }
        return switch (alphabet) {
            case ALPHA_DEFAULT -> SmsEncoding.fromGsmSeptets(message, start, message.length - start);
            case ALPHA_UCS2 -> new String(message, start, message.length - start, StandardCharsets.UTF_16BE);
            case ALPHA_IA5 -> new String(message, start, message.length - start, StandardCharsets.US_ASCII);
            default -> new String(message, start, message.length - start, StandardCharsets.ISO_8859_1);
        };
    }

    private static byte[] bytes(String piece, boolean gsm) {
        return gsm ? SmsEncoding.gsmSeptets(piece) : piece.getBytes(StandardCharsets.UTF_16BE);
    }
}
