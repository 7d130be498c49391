package io.intelgraph.maestro.github;

import java.util.regex.Pattern;

/**
 * The REST endpoint a request belongs to, as GitHub's documentation names it and as its secondary
 * limits count: owners, names, numbers and refs become placeholders, so polling the runs of 400
 * repositories is 400 requests to one endpoint, {@code GET /repos/{owner}/{repo}/actions/runs}.
 * The client paces itself by it, and the simulator counts its secondary limits by it.
 */
public final class RestRoute {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private RestRoute() {
    }

    /** @param path the request's path below the API's base URL, without the query */
    public static String of(String method, String path) {
        String[] parts = (path.startsWith("/") ? path.substring(1) : path).split("/", -1);
        boolean underOwner = parts[0].equals("repos") || parts[0].equals("orgs") || parts[0].equals("users");
        StringBuilder route = new StringBuilder(method).append(' ');
        for (int i = 0; i < parts.length; i++) {
            String before = i == 0 ? "" : parts[i - 1];
            String part;
            if (i == 1 && underOwner) {
                part = "{owner}";
            } else if (i == 2 && parts[0].equals("repos")) {
                part = "{repo}";
            } else if (before.equals("contents")) {
                route.append("/{path}");
                break; // a file's path has slashes of its own
            } else if (before.equals("trees") || before.equals("commits") || before.equals("tags")) {
                part = "{ref}";
            } else {
                part = NUMBER.matcher(parts[i]).matches() ? "{id}" : parts[i];
            }
            route.append('/').append(part);
        }
        return route.toString();
    }

    /** GitHub's secondary-limit points: a read is one, a change five. */
    public static int points(String method) {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> 1;
            default -> 5;
        };
    }
}
