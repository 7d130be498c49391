package io.intelgraph.maestro.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.intelgraph.maestro.github.WebhookSignature;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any X-Hub-Signature-256 header, secret and body: verify answers true or false and never throws;
 * the body's own signature verifies, and any other header does not.
 */
class WebhookSignatureFuzzTest {

    @FuzzTest(maxDuration = "2m")
    @Timeout(5)
    void verify(FuzzedDataProvider data) {
        // An empty secret is refused by the constructor, as WebhookSignatureTest checks.
        String secret = "s" + data.consumeString(64);
        String header = data.consumeString(160);
        byte[] body = data.consumeRemainingAsBytes();
        WebhookSignature signature = new WebhookSignature(secret);
        String own = signature.sign(body);
        assertTrue(signature.verify(body, own));
        assertEquals(header.equals(own), signature.verify(body, header), header);
        assertFalse(signature.verify(body, null));
    }
}
