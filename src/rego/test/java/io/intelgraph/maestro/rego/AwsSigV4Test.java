package io.intelgraph.maestro.rego;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * providers.aws.sign_req against AWS's own published signatures: the Signature Version 4 test suite's get-vanilla and
 * post-vanilla (credentials AKIDEXAMPLE, service "service", 2015-08-30T12:36:00Z) and the Amazon S3 API reference's
 * "Signature Calculations for the Authorization Header" examples, GET Object and PUT Object (2013-05-24).
 */
class AwsSigV4Test {

    private static final long SUITE_AT_NS = 1_440_938_160_000_000_000L;
    private static final long S3_AT_NS = 1_369_353_600_000_000_000L;
    private static final Map<String, Object> SUITE = Map.of("aws_access_key", "AKIDEXAMPLE",
            "aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "aws_service", "service",
            "aws_region", "us-east-1");
    private static final Map<String, Object> S3_DOCS = Map.of("aws_access_key", "AKIAIOSFODNN7EXAMPLE",
            "aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws_service", "s3",
            "aws_region", "us-east-1");

    @SuppressWarnings("unchecked")
    private static String authorization(Map<String, Object> request, Map<String, Object> config, long atNs) {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                signed := providers.aws.sign_req(input.request, input.config, input.at)
                """));
        Map<String, Object> signed = (Map<String, Object>) policy.query("data.p.signed = x",
                Map.of("request", request, "config", config, "at", atNs), null, true).getFirst().get("x");
        return (String) ((Map<String, Object>) signed.get("headers")).get("Authorization");
    }

    private static String signature(String authorization) {
        return authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
    }

    @Test
    void theTestSuitesVanillaRequests() {
        String get = authorization(Map.of("method", "GET", "url", "https://example.amazonaws.com/"), SUITE, SUITE_AT_NS);
        assertEquals("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
                + "SignedHeaders=host;x-amz-date,"
                + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", get);
        assertEquals("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b", signature(
                authorization(Map.of("method", "POST", "url", "https://example.amazonaws.com/"), SUITE, SUITE_AT_NS)));
    }

    @Test
    void theS3ReferencesGetAndPutObjectExamples() {
        Map<String, Object> get = Map.of("method", "GET", "url", "https://examplebucket.s3.amazonaws.com/test.txt",
                "headers", Map.of("Range", "bytes=0-9"));
        String getAuthorization = authorization(get, S3_DOCS, S3_AT_NS);
        assertTrue(getAuthorization.contains("SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"),
                getAuthorization);
        assertEquals("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41", signature(getAuthorization));
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("Date", "Fri, 24 May 2013 00:00:00 GMT");
        headers.put("x-amz-storage-class", "REDUCED_REDUNDANCY");
        Map<String, Object> put = Map.of("method", "PUT", "url", "https://examplebucket.s3.amazonaws.com/test%24file.text",
                "headers", headers, "raw_body", "Welcome to Amazon S3.");
        String putAuthorization = authorization(put, S3_DOCS, S3_AT_NS);
        assertTrue(putAuthorization.contains("SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,"),
                putAuthorization);
        assertEquals("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd", signature(putAuthorization));
    }

    @Test
    void theQueryIsSignedAsGivenAsOpaSignsIt() {
        // AWS sorts the query's parameters in the canonical request (get-vanilla-query-order-key-case); OPA's signer
        // signs the raw query, so for a query not already in order its signature is not AWS's, and neither is this one.
        String unsorted = authorization(Map.of("method", "GET",
                "url", "https://example.amazonaws.com/?Param2=value2&Param1=value1"), SUITE, SUITE_AT_NS);
        assertNotEquals("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500", signature(unsorted));
    }

    @Test
    void missingOrMalformedConfigurationIsAnErrorNamingIt() {
        RegoException missing = assertThrows(RegoException.class, () -> authorization(
                Map.of("method", "GET", "url", "https://example.com/"), Map.of("aws_service", "s3"), SUITE_AT_NS));
        assertTrue(missing.getMessage().contains(
                "missing required AWS config parameters(s): {\"aws_access_key\", \"aws_region\", \"aws_secret_access_key\"}"),
                missing.getMessage());
        Map<String, Object> config = new LinkedHashMap<>(SUITE);
        config.put("disable_payload_signing", "yes");
        RegoException flag = assertThrows(RegoException.class, () -> authorization(
                Map.of("method", "GET", "url", "https://example.com/"), config, SUITE_AT_NS));
        assertTrue(flag.getMessage().contains("invalid value for 'disable_payload_signing' in AWS config"),
                flag.getMessage());
    }
}
