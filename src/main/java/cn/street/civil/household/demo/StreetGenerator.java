package cn.street.civil.household.demo;

import cn.street.civil.household.ResidenceType;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import cn.street.civil.household.demo.GenerationPlan.CommunityTarget;
import cn.street.civil.household.internal.HouseholdNumbers;
import cn.street.civil.shared.crypto.SensitiveDataProtector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes plausible residents for the demo street, tests and benchmarks: households of one to six persons
 * (couples, children, elderly parents, three generations, elderly living alone) with the age pyramid of an
 * old Jinan urban street, Chinese names fitting sex and birth decade, valid 身份证号 with Jinan area codes,
 * addresses in the community, phones and bank accounts. The same plan (seed, reference date) gives the
 * same people.
 * <p>
 * Per community the households are made in memory ({@link CommunitySynthesizer}), numbered, given ids, their
 * 身份证号 and bank account numbers encrypted and blind-indexed like the entities do, and written with
 * PostgreSQL {@code COPY} ({@link CopyWriter}), all in the caller's one transaction.
 */
@Component
class StreetGenerator {

	static final String SYSTEM = "system";

	static final String REASON = "演示数据";

	private static final Logger log = LoggerFactory.getLogger(StreetGenerator.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final SensitiveDataProtector protector;

	private final Clock clock;

	private final HouseholdNumbers householdNumbers;

	StreetGenerator(DataSource dataSource, JdbcClient jdbc, SensitiveDataProtector protector, Clock clock,
			HouseholdNumbers householdNumbers) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.protector = protector;
		this.clock = clock;
		this.householdNumbers = householdNumbers;
	}

	@Transactional
	GenerationResult generate(GenerationPlan plan) {
		long start = System.nanoTime();
		IdNumberPool idNumbers = idNumbersInUse();
		HouseholdNumbers.Batch numbers = householdNumbers.batch();
		String now = clock.instant().toString();
		Tally tally = new Tally(plan.referenceDate());
		long[] phases = new long[3];
		try (CopyWriter writer = CopyWriter.open(dataSource, jdbc, now)) {
			for (CommunityTarget target : plan.communities()) {
				if (target.persons() <= 0) {
					continue;
				}
				long t0 = System.nanoTime();
				List<FamilyDraft> families = synthesize(target, plan.seed(), plan.referenceDate(), idNumbers);
				for (FamilyDraft family : families) {
					family.householdNo = numbers.next(target.code());
				}
				long t1 = System.nanoTime();
				writer.reserveIds(families);
				protect(families);
				long t2 = System.nanoTime();
				writer.write(target, families);
				tally.add(target, families);
				phases[0] += t1 - t0;
				phases[1] += t2 - t1;
				phases[2] += System.nanoTime() - t2;
			}
			numbers.finish();
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("生成演示户籍数据失败: " + ex.getMessage(), ex);
		}
		// Fresh statistics, or the planner guesses about tables that just grew from nothing.
		long analyze = System.nanoTime();
		jdbc.sql("analyze person, household, household_membership, household_event").update();
		GenerationResult result = tally.result((System.nanoTime() - start) / 1_000_000);
		log.debug("Generated {} persons in {} ms: families {} ms, ids and encryption {} ms, COPY {} ms, analyze {} ms",
				result.persons(), result.millis(), phases[0] / 1_000_000, phases[1] / 1_000_000, phases[2] / 1_000_000,
				(System.nanoTime() - analyze) / 1_000_000);
		return result;
	}

	/** The households of one community, in memory, without ids: reproducible from the seed and community code. */
	static List<FamilyDraft> synthesize(CommunityTarget target, long seed, LocalDate referenceDate,
			IdNumberPool idNumbers) {
		DemoRandom random = new DemoRandom(seed * 1_000_003L + target.code().hashCode());
		return new CommunitySynthesizer(target, random, referenceDate, idNumbers).families();
	}

	/** The 身份证号 already in the registry, so that none is given twice. */
	private IdNumberPool idNumbersInUse() {
		IdNumberPool idNumbers = new IdNumberPool();
		jdbc.sql("select id_no_prefix, birth_date, id_no_tail from person")
			.query((RowCallbackHandler) rs -> idNumbers.markUsed(rs.getString(1), rs.getObject(2, LocalDate.class),
					rs.getString(3)));
		return idNumbers;
	}

	/** AES-GCM and HMAC for every number: the bulk of the CPU time, so on all cores. */
	private void protect(List<FamilyDraft> families) {
		IntStream.range(0, families.size()).parallel().forEach(i -> {
			FamilyDraft family = families.get(i);
			for (PersonDraft person : family.members) {
				person.idCipher = protector.encrypt(person.idNumber);
				person.idHash = protector.blindIndex(person.idNumber);
			}
			if (family.bankAccount != null) {
				family.bankCipher = protector.encrypt(family.bankAccount);
				family.bankHash = protector.blindIndex(family.bankAccount);
			}
		});
	}

	/** Counts for the log line and the caller. */
	private static final class Tally {

		private final LocalDate referenceDate;

		private final Map<Long, Integer> byCommunity = new LinkedHashMap<>();

		private int households;

		private int persons;

		private int over60;

		private int over80;

		private int over100;

		private int bankAccounts;

		private int rural;

		Tally(LocalDate referenceDate) {
			this.referenceDate = referenceDate;
		}

		void add(CommunityTarget target, List<FamilyDraft> families) {
			int count = 0;
			for (FamilyDraft family : families) {
				households++;
				bankAccounts += family.bankAccount == null ? 0 : 1;
				rural += family.residenceType == ResidenceType.RURAL ? 1 : 0;
				for (PersonDraft person : family.members) {
					count++;
					int age = person.ageOn(referenceDate);
					over60 += age >= 60 ? 1 : 0;
					over80 += age >= 80 ? 1 : 0;
					over100 += age >= 100 ? 1 : 0;
				}
			}
			persons += count;
			byCommunity.merge(target.communityId(), count, Integer::sum);
		}

		GenerationResult result(long millis) {
			return new GenerationResult(households, persons, Map.copyOf(byCommunity), over60, over80, over100,
					bankAccounts, rural, millis);
		}

	}

}
