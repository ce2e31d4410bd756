package com.nabaa.app;

import com.nabaa.config.Settings;
import com.nabaa.config.SettingsLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The project's settings with the runtime state in a test's directory. */
final class TestSettings {
    private TestSettings() {
    }

    static Settings withHome(Path home) throws IOException {
        SettingsLoader loader = new SettingsLoader(Map.of());
        return loader.load(loader.defaultFile()).withHome(home);
    }
}
