package io.tidings.server.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes an answer: JSON as AWS services answer ({@code {"Message": ...}} and {@code x-amzn-ErrorType}), or text. */
final class Answer {

    static final ObjectMapper JSON = new ObjectMapper();

    private Answer() {
    }

    /** A refusal: {@code {"Message": message}} with the error type AWS SDKs read. */
    static void refuse(Response response, Callback callback, int status, String message) {
        ObjectNode body = JSON.createObjectNode().put("Message", message);
        response.getHeaders().put("x-amzn-ErrorType", errorType(status));
        json(response, callback, status, body);
    }

    static void json(Response response, Callback callback, int status, Object body) {
        try {
            write(response, callback, status, "application/json", JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A JSON tree could not be written.", impossible);
        }
    }

    static void write(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType + "; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String errorType(int status) {
        return switch (status) {
            case 400 -> "BadRequestException";
            case 403 -> "ForbiddenException";
            case 404 -> "NotFoundException";
            case 405 -> "MethodNotAllowedException";
            case 413 -> "PayloadTooLargeException";
            case 415 -> "UnsupportedMediaTypeException";
            case 429 -> "TooManyRequestsException";
            default -> "InternalServerErrorException";
        };
    }
}
