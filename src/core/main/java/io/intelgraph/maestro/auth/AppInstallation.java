package io.intelgraph.maestro.auth;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A GitHub App's credentials for a wall display that should not carry a person's token
 * ({@code --app-id}, {@code --app-key-file}, {@code --app-installation}; {@code MAESTRO_APP_ID},
 * {@code MAESTRO_APP_KEY_FILE}, {@code MAESTRO_APP_INSTALLATION}; {@code app.id}, {@code app.key-file},
 * {@code app.installation}).
 *
 * @param installationId empty = the installation on {@code owner}, found with {@code GET /app/installations}
 * @param owner the organisation or user whose installation to use when no id is given
 */
public record AppInstallation(String appId, Path keyFile, OptionalLong installationId, Optional<String> owner) {

    public AppInstallation {
        if (!appId.strip().matches("[0-9]{1,20}|Iv[0-9]\\.[A-Za-z0-9]{1,40}")) {
            throw new IllegalArgumentException("a GitHub App id is a number (or its client id, Iv1.…)");
        }
        appId = appId.strip();
    }
}
