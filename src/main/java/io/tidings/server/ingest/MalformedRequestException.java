package io.tidings.server.ingest;

/** A request body that cannot be taken as a whole; the message says where (a JSON path) and what is wrong. */
final class MalformedRequestException extends Exception {

    MalformedRequestException(String message) {
        super(message);
    }
}
