package io.intelgraph.maestro.github;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    /** The worked example of GitHub's "Validating webhook deliveries" documentation. */
    @Test
    void githubDocumentationExample() {
        WebhookSignature signature = new WebhookSignature("It's a Secret to Everybody");
        byte[] body = "Hello, World!".getBytes(StandardCharsets.UTF_8);
        String expected = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
        assertEquals(expected, signature.sign(body));
        assertTrue(signature.verify(body, expected));
        assertFalse(signature.verify(body, expected.replace('7', '8')));
        assertFalse(signature.verify(body, null));
        assertFalse(signature.verify("Hello, World?".getBytes(StandardCharsets.UTF_8), expected));
    }
}
