package cn.street.civil.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import cn.street.civil.support.TestClockConfiguration;
import cn.street.civil.shared.crypto.SensitiveDataProtector;
import cn.street.civil.shared.demo.DemoDataLoader;
import cn.street.civil.shared.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Times the registry's list queries on a street (or district) sized registry. Not part of the normal build:
 * tagged {@code benchmark}, which surefire excludes unless told otherwise. Run it with
 *
 * <pre>
 * ./mvnw -o test -Dgroups=benchmark -DexcludedGroups= -Dtest=RegistryBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * and {@code -Dbench.persons=1000000} for the district scale of the roadmap (default 200,000 persons; runs
 * {@code -Dbench.runs=30} times per query). The report goes to the test output
 * ({@code target/surefire-reports/cn.street.civil.bench.RegistryBenchmark-output.txt}) and to
 * {@code target/benchmark/registry-benchmark.txt}.
 * <p>
 * The application runs on its own throw-away embedded PostgreSQL. The eleven demo communities get their real
 * population (or a fraction of it for fewer than 52,000 persons); the rest of the persons go to extra
 * communities of 5,000 residents each (the district's average), inserted before the demo street is generated.
 * The queries are the package-private {@code HouseholdQueries}, reached reflectively so that the harness
 * needs nothing opened up in the application.
 */
@Tag("benchmark")
@Import(TestClockConfiguration.class) // test components such as PayoutTestClient take the test clock
@SpringBootTest
@AutoConfigureMockMvc // test-support components on the classpath (DemoUsers, HouseholdTestClient) want it
@ActiveProfiles({ "demo", "test" })
class RegistryBenchmark {

	static final int PERSONS = Integer.getInteger("bench.persons", 200_000);

	static final int RUNS = Integer.getInteger("bench.runs", 30);

	static final int WARM_UP = 5;

	static final int DEMO_STREET = 52_000;

	static final int COMMUNITY_SIZE = 5_000;

	static final double SCALE = Math.min(1.0, (double) PERSONS / DEMO_STREET);

	@DynamicPropertySource
	static void benchmarkSize(DynamicPropertyRegistry registry) {
		registry.add("civil.demo.scale", () -> SCALE);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	SensitiveDataProtector protector;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void clearSecurity() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void listQueries() throws Exception {
		StringBuilder report = new StringBuilder();
		Registry registry = new Registry(context);
		String generated = registry.generationResult();
		// what autovacuum would have done by the time anybody searches: visibility map and statistics
		jdbc.sql("vacuum (analyze)").update();
		long persons = jdbc.sql("select count(*) from person").query(Long.class).single();
		long households = jdbc.sql("select count(*) from household").query(Long.class).single();
		long communities = jdbc.sql("select count(*) from community").query(Long.class).single();
		report.append("Registry benchmark: %,d persons, %,d households, %d communities; %d runs per query after %d warm-up%n"
			.formatted(persons, households, communities, RUNS, WARM_UP));
		report.append("Generation: ").append(generated).append("\n");
		report.append("Database size: ")
			.append(jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single())
			.append("\n\n");

		CurrentUser street = (CurrentUser) users.loadUserByUsername("jiedao");
		CurrentUser community = (CurrentUser) users.loadUserByUsername("hongyuan");
		Map<String, Object> somebody = jdbc.sql("""
				select id_no_cipher, right(id_no_tail, 4) as tail4, name from person order by id
				offset (select count(*) / 2 from person) limit 1""").query().singleRow();
		String fullId = protector.decrypt((String) somebody.get("id_no_cipher"));
		String tail4 = (String) somebody.get("tail4");
		String fullName = (String) somebody.get("name");
		String commonPrefix = jdbc.sql("select left(name, 2) from person group by 1 order by count(*) desc limit 1")
			.query(String.class)
			.single();
		String commonSurname = jdbc.sql("select left(name, 1) from person group by 1 order by count(*) desc limit 1")
			.query(String.class)
			.single();

		List<Case> cases = List.of(
				new Case("households, page 1, street caseworker", street, () -> registry.households(null, street)),
				new Case("households, page 1, community caseworker", community,
						() -> registry.households(null, community)),
				new Case("households, last 4 ID digits (" + tail4 + ")", street, () -> registry.households(tail4, street)),
				new Case("households, full ID number", street, () -> registry.households(fullId, street)),
				new Case("households, name prefix (" + commonPrefix + ")", street,
						() -> registry.households(commonPrefix, street)),
				new Case("households, surname only (" + commonSurname + ")", street,
						() -> registry.households(commonSurname, street)),
				new Case("persons, by name (" + fullName + ")", street, () -> registry.persons(fullName, street)),
				new Case("persons, page 1, community caseworker", community, () -> registry.persons(null, community)));

		report.append("%-46s %8s %8s %8s %10s%n".formatted("query", "p50 ms", "p95 ms", "max ms", "total"));
		Case slowest = null;
		for (Case c : cases) {
			c.measure();
			report.append("%-46s %8.1f %8.1f %8.1f %,10d%n".formatted(c.name, c.percentile(50), c.percentile(95),
					c.max(), c.total));
			if (slowest == null || c.percentile(95) > slowest.percentile(95)) {
				slowest = c;
			}
		}

		report.append("\nSlowest by p95: ").append(slowest.name).append("\n");
		// -Dbench.explain=<part of a case name> explains that case instead of the slowest
		String wanted = System.getProperty("bench.explain");
		Case explained = slowest;
		for (Case c : cases) {
			if (wanted != null && c.name.contains(wanted)) {
				explained = c;
			}
		}
		report.append("Explained: ").append(explained.name).append("\n");
		for (Recorded statement : explained.record()) {
			report.append("\n").append(statement.explain(dataSource)).append("\n");
		}

		String text = report.toString();
		System.out.println(text);
		Path file = Path.of("target", "benchmark", "registry-benchmark.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	/** One query of the table: its timings and the total rows it reports. */
	static final class Case {

		final String name;

		final CurrentUser user;

		final Query query;

		final double[] millis = new double[RUNS];

		long total;

		Case(String name, CurrentUser user, Query query) {
			this.name = name;
			this.user = user;
			this.query = query;
		}

		void measure() throws Exception {
			login(user);
			for (int i = 0; i < WARM_UP; i++) {
				query.run();
			}
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				Page<?> page = query.run();
				millis[i] = (System.nanoTime() - start) / 1e6;
				total = page.getTotalElements();
			}
			Arrays.sort(millis);
		}

		/** The statements of one more run, with their parameters, for EXPLAIN. */
		List<Recorded> record() throws Exception {
			login(user);
			List<Recorded> statements = new ArrayList<>();
			RECORDING.set(statements);
			try {
				query.run();
			}
			finally {
				RECORDING.remove();
			}
			return statements;
		}

		double percentile(int p) {
			int index = (int) Math.ceil(p / 100.0 * millis.length) - 1;
			return millis[Math.max(0, Math.min(index, millis.length - 1))];
		}

		double max() {
			return millis[millis.length - 1];
		}

		private static void login(CurrentUser user) {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		}

	}

	@FunctionalInterface
	interface Query {

		Page<?> run() throws Exception;

	}

	/** The package-private read side of the household module, called the way its controllers call it. */
	static final class Registry {

		private final Object queries;

		private final Method households;

		private final Method persons;

		private final Constructor<?> search;

		private final RecordComponent[] searchComponents;

		private final Object demo;

		Registry(ApplicationContext context) throws ReflectiveOperationException {
			Class<?> queriesType = Class.forName("cn.street.civil.household.internal.HouseholdQueries");
			Class<?> searchType = Class.forName("cn.street.civil.household.internal.HouseholdSearch");
			this.queries = context.getBean(queriesType);
			this.households = accessible(
					queriesType.getDeclaredMethod("households", searchType, Pageable.class, CurrentUser.class));
			this.persons = accessible(
					queriesType.getDeclaredMethod("persons", searchType, Pageable.class, CurrentUser.class));
			this.searchComponents = searchType.getRecordComponents();
			this.search = accessible(searchType.getDeclaredConstructor(
					Arrays.stream(searchComponents).map(RecordComponent::getType).toArray(Class[]::new)));
			this.demo = context.getBean(Class.forName("cn.street.civil.household.demo.DemoHouseholds"));
		}

		Page<?> households(String q, CurrentUser user) throws Exception {
			return (Page<?>) invoke(households, queries, search(q), PageRequest.of(0, 20), user);
		}

		Page<?> persons(String q, CurrentUser user) throws Exception {
			return (Page<?>) invoke(persons, queries, search(q), PageRequest.of(0, 20), user);
		}

		/** The demo street's GenerationResult, without the per-community counts. */
		String generationResult() throws Exception {
			Object result = invoke(accessible(demo.getClass().getDeclaredMethod("result")), demo);
			if (result == null) {
				return "nothing generated";
			}
			StringBuilder text = new StringBuilder();
			for (RecordComponent component : result.getClass().getRecordComponents()) {
				if (!Map.class.isAssignableFrom(component.getType())) {
					text.append(text.isEmpty() ? "" : ", ")
						.append(component.getName())
						.append('=')
						.append(invoke(accessible(component.getAccessor()), result));
				}
			}
			return text.toString();
		}

		/** A search with only the text filled in, whatever other fields the record has. */
		private Object search(String q) throws Exception {
			Object[] args = new Object[searchComponents.length];
			for (int i = 0; i < args.length; i++) {
				args[i] = "q".equals(searchComponents[i].getName()) ? q : null;
			}
			return search.newInstance(args);
		}

		private static Object invoke(Method method, Object target, Object... args) throws Exception {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause() instanceof Exception cause ? cause : ex;
			}
		}

		private static <T extends java.lang.reflect.AccessibleObject> T accessible(T member) {
			member.setAccessible(true);
			return member;
		}

	}

	/** While set, every statement prepared on this thread is recorded with its parameter calls. */
	static final ThreadLocal<List<Recorded>> RECORDING = new ThreadLocal<>();

	/** A prepared statement as the application ran it: the SQL and the setXxx calls. */
	static final class Recorded {

		final String sql;

		final List<Object[]> setters = new ArrayList<>();

		Recorded(String sql) {
			this.sql = sql;
		}

		/**
		 * The plan with these parameter values (what the first runs get), then the generic plan that the driver's
		 * server-side prepared statement switches to after five executions, which is what most timed runs used.
		 */
		String explain(DataSource dataSource) throws SQLException, ReflectiveOperationException {
			StringBuilder out = new StringBuilder(sql.strip()).append("\n-- parameters: ")
				.append(setters.stream()
					.map(c -> ((Method) c[0]).getName().equals("setNull") ? "null" : String.valueOf(((Object[]) c[1])[1]))
					.toList())
				.append("\n");
			try (Connection connection = dataSource.getConnection()) {
				for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
					out.append("\nEXPLAIN (ANALYZE, BUFFERS) with plan_cache_mode = ").append(mode).append("\n");
					try (var statement = connection.createStatement()) {
						statement.execute("set plan_cache_mode = " + mode);
					}
					try (PreparedStatement ps = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
						for (Object[] call : setters) {
							((Method) call[0]).invoke(ps, (Object[]) call[1]);
						}
						try (ResultSet rs = ps.executeQuery()) {
							while (rs.next()) {
								out.append(rs.getString(1)).append("\n");
							}
						}
					}
				}
				try (var statement = connection.createStatement()) {
					statement.execute("reset plan_cache_mode");
				}
			}
			return out.toString();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class BenchmarkConfiguration {

		/** The persons beyond the demo street live in extra communities of 5,000, created before it is generated. */
		@Bean
		ExtraCommunities extraCommunities(JdbcClient jdbc) {
			return new ExtraCommunities(jdbc);
		}

		@Bean
		static BeanPostProcessor recordingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource dataSource ? recording(dataSource) : bean;
				}
			};
		}

	}

	static final class ExtraCommunities implements DemoDataLoader, Ordered {

		private final JdbcClient jdbc;

		ExtraCommunities(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public void load() {
			int rest = PERSONS - (int) Math.round(DEMO_STREET * SCALE);
			int count = rest <= 0 ? 0 : (rest + COMMUNITY_SIZE - 1) / COMMUNITY_SIZE;
			int next = jdbc.sql("select count(*) from community").query(Integer.class).single() + 1;
			for (int i = 0; i < count; i++) {
				int population = rest / count + (i < rest % count ? 1 : 0);
				String code = "%03d".formatted(next + i);
				jdbc.sql("""
						insert into community (code, name, population, active, version, created_at, created_by,
						  updated_at, updated_by)
						values (:code, :name, :population, true, 0, now(), 'system', now(), 'system')""")
					.param("code", code)
					.param("name", "基准" + code + "社区")
					.param("population", population)
					.update();
			}
		}

		@Override
		public int getOrder() {
			return 25;
		}

	}

	/** A DataSource whose connections record prepared statements while {@link #RECORDING} is set. */
	static DataSource recording(DataSource target) {
		return proxy(DataSource.class, target, (method, args, result) -> result instanceof Connection connection
				? proxy(Connection.class, connection, RegistryBenchmark::recordPrepare) : result);
	}

	private static Object recordPrepare(Method method, Object[] args, Object result) {
		List<Recorded> recording = RECORDING.get();
		if (recording == null || !(result instanceof PreparedStatement statement)
				|| !method.getName().equals("prepareStatement")) {
			return result;
		}
		Recorded recorded = new Recorded((String) args[0]);
		recording.add(recorded);
		return proxy(PreparedStatement.class, statement, (m, a, r) -> {
			if (m.getName().startsWith("set") && a != null && a.length >= 2 && a[0] instanceof Integer) {
				recorded.setters.add(new Object[] { m, a.clone() });
			}
			return r;
		});
	}

	@FunctionalInterface
	interface AfterCall {

		Object apply(Method method, Object[] args, Object result) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, AfterCall after) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> iface
					&& iface.isInstance(proxy)) {
				return proxy;
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			return after.apply(method, args, result);
		};
		return (T) Proxy.newProxyInstance(RegistryBenchmark.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

}
