package io.tidings.apikey;

/** An active key's id and secret, for checking a request's signature; never logged. */
public record SigningKey(String accessKeyId, String secretAccessKey) {

    @Override
    public String toString() {
        return "SigningKey[" + accessKeyId + "]";
    }
}
