package com.nabaa.app;

import com.nabaa.config.Settings;
import com.nabaa.config.SettingsLoader;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command: global options shared by every subcommand. */
@Command(name = "nabaa", mixinStandardHelpOptions = true, version = "nabaa 0.1.0",
        description = "Answers questions about the news from an Arabic-aware index of articles.",
        subcommands = {ChatCommand.class, ServeCommand.class, AskCommand.class, IngestCommand.class, ExtractCommand.class, ReindexCommand.class,
                StatusCommand.class, BenchCommand.class, EvalCommand.class})
final class NabaaCommand implements Runnable {
    @Option(names = "--config", paramLabel = "FILE",
            description = "settings file (default: data/nabaa.properties in the project)")
    Path config;

    @Option(names = "--home", paramLabel = "DIR", description = "runtime state directory (index, database)")
    Path home;

    Settings settings() throws IOException {
        SettingsLoader loader = new SettingsLoader(System.getenv());
        Settings s = loader.load(config == null ? loader.defaultFile() : config);
        return home == null ? s : s.withHome(home.toAbsolutePath());
    }

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }
}
