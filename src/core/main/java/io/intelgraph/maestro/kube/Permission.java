package io.intelgraph.maestro.kube;

/** The cluster's answer to "may I?" (SelfSubjectAccessReview), with the reason when not. */
public record Permission(boolean allowed, String reason) {

    public static Permission granted() {
        return new Permission(true, "");
    }

    public static Permission denied(String reason) {
        return new Permission(false, reason);
    }
}
