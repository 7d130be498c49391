package io.intelgraph.maestro.ui.notify;

import io.intelgraph.maestro.config.ConfigLoader;

import java.util.Optional;

/**
 * The notifications' settings: {@code notify.follow} ({@code mine} by default; see {@link FollowRule})
 * and {@code notify.user}, whose builds are "mine" (by default the token's login, from GET /user).
 */
public record NotifySettings(String follow, Optional<String> user) {

    public static final NotifySettings DEFAULT = new NotifySettings("mine", Optional.empty());

    public static NotifySettings load(ConfigLoader config) {
        return new NotifySettings(config.setting("MAESTRO_NOTIFY_FOLLOW", "notify.follow", "mine"),
                Optional.of(config.setting("MAESTRO_NOTIFY_USER", "notify.user", "").strip()).filter(u -> !u.isEmpty()));
    }
}
