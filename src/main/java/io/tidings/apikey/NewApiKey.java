package io.tidings.apikey;

/** A key just created, with its secret: the one time the secret is shown. */
public record NewApiKey(ApiKey key, String secretAccessKey) {

    public String accessKeyId() {
        return key.accessKeyId();
    }

    @Override
    public String toString() {
        return "NewApiKey[" + key.accessKeyId() + "]";
    }
}
