package io.tidings.channel.voice;

/** A voice script that looks like SSML but is not well-formed XML. */
public final class InvalidVoiceScriptException extends Exception {

    public InvalidVoiceScriptException(String message, Throwable cause) {
        super(message, cause);
    }
}
