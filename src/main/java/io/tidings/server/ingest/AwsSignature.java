package io.tidings.server.ingest;

import io.tidings.apikey.SigningKey;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.internal.signer.CredentialScope;
import software.amazon.awssdk.http.auth.aws.internal.signer.DefaultV4RequestSigner;
import software.amazon.awssdk.http.auth.aws.internal.signer.V4Properties;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Checks an AWS Signature Version 4 the way AWS does: the received request is signed again, with the key's stored
 * secret, the request's own {@code X-Amz-Date}, region and signed headers, by the AWS SDK's own signer, and the two
 * signatures are compared in constant time. Nothing of SigV4 is written by hand here.
 *
 * <p>The SDK's public {@link AwsV4HttpSigner} always signs an {@code x-amz-content-sha256} header. AWS SDKs for Java
 * and JavaScript (Amplify) send one; botocore (Python) does not, and its signature covers only the headers it
 * listed. Such a request is signed again with the SDK's request signer alone ({@code DefaultV4RequestSigner}, which
 * AwsV4HttpSigner itself uses), given the body's SHA-256, so that it too is checked by the SDK's code.
 */
final class AwsSignature {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final String CONTENT_SHA256 = "x-amz-content-sha256";
    private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    /** The parts of an {@code Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}. */
    record Authorization(String accessKeyId, String date, String region, String service, List<String> signedHeaders,
            String signature) {
    }

    /** The request as it arrived: the raw (still encoded) path and query, every header, the body. */
    record Received(String method, String rawPath, String rawQuery, HttpFields headers, byte[] body) {
    }

    private AwsSignature() {
    }

    /**
     * The parts of the header.
     *
     * @throws IllegalArgumentException naming what is missing, in words
     */
    static Authorization parse(String header) {
        String rest = header.substring(ALGORITHM.length()).strip();
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : rest.split(",")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
            }
        }
        String credential = parts.get("Credential");
        String signedHeaders = parts.get("SignedHeaders");
        String signature = parts.get("Signature");
        if (credential == null || signedHeaders == null || signature == null) {
            throw new IllegalArgumentException("The Authorization header is not a whole AWS Signature Version 4: it needs "
                    + "Credential=, SignedHeaders= and Signature=.");
        }
        String[] scope = credential.split("/");
        if (scope.length != 5 || !"aws4_request".equals(scope[4])) {
            throw new IllegalArgumentException("The signature's Credential is not <access key id>/<date>/<region>/"
                    + "<service>/aws4_request.");
        }
        return new Authorization(scope[0], scope[1], scope[2], scope[3],
                List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";")), signature.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code authorization}'s signature is the one the key's secret makes for this request. */
    static boolean matches(Authorization authorization, SigningKey key, Instant signedAt, Received received) {
        HttpFields headers = received.headers();
        byte[] body = received.body();
        String rawPath = received.rawPath();
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(received.method()))
                .host(hostName(headers.get("Host")))
                .encodedPath(rawPath == null || rawPath.isEmpty() ? "/" : rawPath);
        queryParameters(received.rawQuery()).forEach(request::putRawQueryParameter);
        for (String name : authorization.signedHeaders()) {
            List<String> values = new ArrayList<>();
            for (HttpField field : headers) {
                if (field.getName().equalsIgnoreCase(name)) {
                    values.add(field.getValue());
                }
            }
            if (!values.isEmpty()) {
                request.putHeader(name, values);
            }
        }
        AwsCredentialsIdentity identity = AwsCredentialsIdentity.create(key.accessKeyId(), key.secretAccessKey());
        Clock signingClock = Clock.fixed(signedAt, ZoneOffset.UTC);
        String computed;
        if (authorization.signedHeaders().contains(CONTENT_SHA256)) {
            boolean unsignedPayload = UNSIGNED_PAYLOAD.equals(headers.get(CONTENT_SHA256));
            // Only an HTTPS request may leave its body unsigned; the signer decides by the protocol.
            SdkHttpRequest toSign = request.protocol(unsignedPayload ? "https" : "http").build();
            SignedRequest signed = AwsV4HttpSigner.create().sign(sign -> sign
                    .identity(identity)
                    .request(toSign)
                    .payload(() -> new ByteArrayInputStream(body))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, authorization.service())
                    .putProperty(AwsV4HttpSigner.REGION_NAME, authorization.region())
                    .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, signingClock)
                    .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, !unsignedPayload));
            computed = parse(signed.request().firstMatchingHeader("Authorization").orElse(ALGORITHM)).signature();
        } else {
            V4Properties properties = V4Properties.builder()
                    .credentials(identity)
                    .credentialScope(new CredentialScope(authorization.region(), authorization.service(), signedAt))
                    .signingClock(signingClock)
                    .doubleUrlEncode(true)
                    .normalizePath(true)
                    .build();
            computed = new DefaultV4RequestSigner(properties, sha256(body)).sign(request.protocol("http")).getSignature();
        }
        return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                authorization.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private static String hostName(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return "localhost";
        }
        String host = hostHeader.strip();
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(0, end + 1) : host;
        }
        int colon = host.indexOf(':');
        return colon > 0 ? host.substring(0, colon) : host;
    }

    private static Map<String, List<String>> queryParameters(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, any -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256.", impossible);
        }
    }
}
