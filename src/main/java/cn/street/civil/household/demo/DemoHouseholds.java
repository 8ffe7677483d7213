package cn.street.civil.household.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.household.demo.GenerationPlan.CommunityTarget;
import cn.street.civil.shared.demo.DemoDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the residents of the demo street (DOMAIN.md A3), generated into an empty registry, each
 * community with its registered population times {@code civil.demo.scale} (tests use a small fraction).
 * Never active outside the {@code demo} profile; never touches a registry that has anybody in it.
 */
@Component
@Profile("demo")
@Order(30)
class DemoHouseholds implements DemoDataLoader {

	/** The demo street is the same every time (for the same day). */
	static final long SEED = 20_261_124L;

	private static final Logger log = LoggerFactory.getLogger(DemoHouseholds.class);

	private final StreetGenerator generator;

	private final CommunityDirectory communities;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final double scale;

	private volatile GenerationPlan plan;

	private volatile GenerationResult result;

	DemoHouseholds(StreetGenerator generator, CommunityDirectory communities, JdbcClient jdbc, Clock clock,
			@Value("${civil.demo.scale:1.0}") double scale) {
		this.generator = generator;
		this.communities = communities;
		this.jdbc = jdbc;
		this.clock = clock;
		this.scale = scale;
	}

	@Override
	public void load() {
		if (jdbc.sql("select exists (select 1 from person)").query(Boolean.class).single()) {
			log.info("Demo street: the registry already has residents, nothing generated");
			return;
		}
		List<CommunityTarget> targets = communities.active()
			.stream()
			.map(c -> new CommunityTarget(c.id(), c.code(), c.name(), (int) Math.round(c.population() * scale)))
			.filter(t -> t.persons() > 0)
			.toList();
		GenerationPlan plan = new GenerationPlan(targets, SEED, LocalDate.now(clock));
		GenerationResult result = generator.generate(plan);
		this.plan = plan;
		this.result = result;
		log.info("Demo street: {} households, {} persons in {} communities (scale {}; {} % aged 60+, {} % 80+, {} aged "
				+ "100+; {} bank accounts, {} 农村 households) generated in {} ms", result.households(), result.persons(),
				targets.size(), scale, "%.1f".formatted(result.share(result.over60())),
				"%.1f".formatted(result.share(result.over80())), result.over100(), result.bankAccounts(), result.rural(),
				result.millis());
	}

	/** The plan of the demo street generated at start-up, or null if the registry was not empty. */
	GenerationPlan plan() {
		return plan;
	}

	/** What was generated at start-up, or null. */
	GenerationResult result() {
		return result;
	}

}
