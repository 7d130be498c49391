package io.intelgraph.maestro.kube;

import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;

/**
 * The JDK's HTTP client for fabric8, ranked above the Vert.x one, so that a client built without naming
 * its HTTP client (fabric8's API emulation in the tests, {@code KubernetesClientBuilder} defaults) gets
 * the JDK's every time instead of fabric8's random pick among equals. Registered as a service in
 * {@code META-INF/services}; {@link KubeClients} chooses between the two explicitly.
 */
public final class PreferredHttpClientFactory extends JdkHttpClientFactory {

    @Override
    public int priority() {
        return 1;
    }
}
