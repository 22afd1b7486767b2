package io.tidings.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.apikey.SigningKey;
import java.time.Instant;
import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;

/**
 * Signatures without an {@code x-amz-content-sha256} header, as botocore (Python) makes them, checked against AWS's
 * published Signature Version 4 test suite (get-vanilla, get-vanilla-query-order-key-case).
 */
class AwsSignatureTest {

    private static final SigningKey EXAMPLE = new SigningKey("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    private static final Instant SIGNED_AT = Instant.parse("2015-08-30T12:36:00Z");
    private static final HttpFields HEADERS = HttpFields.build()
            .add("Host", "example.amazonaws.com")
            .add("X-Amz-Date", "20150830T123600Z");

    @Test
    void awsPublishedGetVanillaSignatureMatches() {
        AwsSignature.Authorization authorization = AwsSignature.parse("AWS4-HMAC-SHA256 "
                + "Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, "
                + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");

        assertThat(AwsSignature.matches(authorization, EXAMPLE, SIGNED_AT, get("/", null))).isTrue();
        assertThat(AwsSignature.matches(authorization, new SigningKey("AKIDEXAMPLE", "another"), SIGNED_AT,
                get("/", null))).isFalse();
        assertThat(AwsSignature.matches(authorization, EXAMPLE, SIGNED_AT, get("/other", null))).isFalse();
    }

    @Test
    void queryParametersAreSignedInAwsOrder() {
        AwsSignature.Authorization authorization = AwsSignature.parse("AWS4-HMAC-SHA256 "
                + "Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, "
                + "Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");

        assertThat(AwsSignature.matches(authorization, EXAMPLE, SIGNED_AT, get("/", "Param2=value2&Param1=value1")))
                .isTrue();
    }

    private static AwsSignature.Received get(String path, String query) {
        return new AwsSignature.Received("GET", path, query, HEADERS, new byte[0]);
    }

    @Test
    void aHeaderWithoutItsPartsIsRefusedInWords() {
        assertThatThrownBy(() -> AwsSignature.parse("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The Authorization header is not a whole AWS Signature Version 4: it needs Credential=, "
                        + "SignedHeaders= and Signature=.");
    }
}
