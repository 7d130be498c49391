package io.intelgraph.maestro.auth;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * What {@code POST /login/device/code} answered: the code a person types at {@code verificationUri},
 * and the device code this program polls with (never shown).
 *
 * @param interval the least time between polls; {@code slow_down} adds 5 seconds to it
 */
public record DeviceCode(String deviceCode, String userCode, URI verificationUri, Instant expiresAt,
        Duration interval) {

    @Override
    public String toString() {
        return "DeviceCode[user code " + userCode + " at " + verificationUri + ", expires " + expiresAt + "]";
    }
}
