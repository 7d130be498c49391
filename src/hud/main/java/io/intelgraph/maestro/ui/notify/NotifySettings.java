package io.intelgraph.maestro.ui.notify;

import io.intelgraph.maestro.config.ConfigLoader;

import java.util.Locale;
import java.util.Optional;

/**
 * The notifications' settings: {@code notify.follow} ({@code mine} by default; see {@link FollowRule}),
 * {@code notify.user}, whose builds are "mine" (by default the token's login, from GET /user), and
 * {@code notify.where}: {@code auto} (the system tray where there is one, else the window) or
 * {@code window} (for desktops that claim a tray but show none, as some Linux ones do).
 */
public record NotifySettings(String follow, Optional<String> user, boolean windowOnly) {

    public static final NotifySettings DEFAULT = new NotifySettings("mine", Optional.empty());

    public NotifySettings(String follow, Optional<String> user) {
        this(follow, user, false);
    }

    /** @throws IllegalArgumentException for a {@code notify.where} that is neither auto nor window */
    public static NotifySettings load(ConfigLoader config) {
        String where = config.setting("MAESTRO_NOTIFY_WHERE", "notify.where", "auto").strip().toLowerCase(Locale.ROOT);
        if (!where.equals("auto") && !where.equals("window")) {
            throw new IllegalArgumentException("notify.where: \"" + where + "\" is not auto or window");
        }
        return new NotifySettings(config.setting("MAESTRO_NOTIFY_FOLLOW", "notify.follow", "mine"),
                Optional.of(config.setting("MAESTRO_NOTIFY_USER", "notify.user", "").strip()).filter(u -> !u.isEmpty()),
                where.equals("window"));
    }
}
