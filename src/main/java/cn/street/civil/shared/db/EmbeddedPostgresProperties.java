package cn.street.civil.shared.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that runs when no external datasource is configured.
 *
 * @param enabled false switches the embedded server off even without a datasource URL
 * @param dataDir where the cluster lives (kept across restarts)
 * @param port fixed port; 0 picks a free one
 * @param temporary true for tests: a throw-away cluster in a temporary directory, fsync off
 */
@ConfigurationProperties("civil.embedded-db")
public record EmbeddedPostgresProperties(@DefaultValue("true") boolean enabled, @DefaultValue("./data/pg") Path dataDir,
		@DefaultValue("0") int port, @DefaultValue("false") boolean temporary) {
}
