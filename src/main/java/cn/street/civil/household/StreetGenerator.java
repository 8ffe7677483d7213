package cn.street.civil.household;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import cn.street.civil.household.GenerationPlan.CommunityTarget;
import cn.street.civil.shared.crypto.SensitiveDataProtector;
import cn.street.civil.shared.idcard.IdCardNumber;
import cn.street.civil.shared.idcard.Sex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes plausible residents for the demo street, tests and benchmarks: households of one to six persons
 * (couples, children, elderly parents, three generations, elderly living alone) with the age pyramid of an
 * old Jinan urban street, Chinese names fitting sex and birth decade, valid 身份证号 with Jinan area codes,
 * addresses in the community, phones and bank accounts. The same plan (seed, reference date) gives the
 * same people.
 * <p>
 * Writing goes around JPA: per community the rows are streamed with PostgreSQL {@code COPY} into person,
 * household, household_membership and household_event, all in the caller's one transaction; person and
 * household ids are reserved from their identity sequences first. 身份证号 and bank account numbers are
 * encrypted and blind-indexed like the entities do.
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

	StreetGenerator(DataSource dataSource, JdbcClient jdbc, SensitiveDataProtector protector, Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.protector = protector;
		this.clock = clock;
	}

	@Transactional
	GenerationResult generate(GenerationPlan plan) {
		long start = System.nanoTime();
		IdNumberPool idNumbers = new IdNumberPool();
		jdbc.sql("select id_no_prefix, birth_date, id_no_tail from person")
			.query((RowCallbackHandler) rs -> idNumbers.markUsed(rs.getString(1), rs.getObject(2, LocalDate.class),
					rs.getString(3)));
		Set<String> takenNumbers = new HashSet<>(jdbc.sql("select household_no from household").query(String.class).list());
		long nextNo = jdbc.sql("select nextval('household_no_seq')").query(Long.class).single();
		long lastNo = 0;
		String now = clock.instant().toString();
		Tally tally = new Tally(plan.referenceDate());
		long[] phases = new long[3];
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = CopyIn.of(connection);
			for (CommunityTarget target : plan.communities()) {
				if (target.persons() <= 0) {
					continue;
				}
				long t0 = System.nanoTime();
				List<FamilyDraft> families = synthesize(target, plan.seed(), plan.referenceDate(), idNumbers);
				for (FamilyDraft family : families) {
					String number;
					do {
						lastNo = nextNo++;
						number = target.code() + "-" + "%06d".formatted(lastNo);
					}
					while (takenNumbers.contains(number));
					family.householdNo = number;
				}
				long t1 = System.nanoTime();
				assignIds(families);
				protect(families);
				long t2 = System.nanoTime();
				write(copy, target, families, now);
				tally.add(target, families);
				phases[0] += t1 - t0;
				phases[1] += t2 - t1;
				phases[2] += System.nanoTime() - t2;
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("生成演示户籍数据失败: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		if (lastNo > 0) {
			jdbc.sql("select setval('household_no_seq', greatest(:n, (select last_value from household_no_seq)))")
				.param("n", lastNo)
				.query(Long.class)
				.single();
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
		SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + target.code().hashCode());
		return new Synthesizer(target, rnd, referenceDate, idNumbers).families();
	}

	private void assignIds(List<FamilyDraft> families) {
		int persons = families.stream().mapToInt(f -> f.members.size()).sum();
		long[] personIds = reserve("person", persons);
		long[] householdIds = reserve("household", families.size());
		int p = 0;
		int h = 0;
		for (FamilyDraft family : families) {
			family.id = householdIds[h++];
			for (PersonDraft person : family.members) {
				person.id = personIds[p++];
			}
		}
	}

	private long[] reserve(String table, int count) {
		return jdbc.sql("select nextval(pg_get_serial_sequence('" + table + "', 'id')) from generate_series(1, :n)")
			.param("n", count)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
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

	private static void write(CopyIn copy, CommunityTarget target, List<FamilyDraft> families, String now)
			throws SQLException, IOException {
		CopyRows persons = new CopyRows();
		CopyRows households = new CopyRows();
		CopyRows memberships = new CopyRows();
		CopyRows events = new CopyRows();
		for (FamilyDraft family : families) {
			PersonDraft head = family.members.get(0);
			for (PersonDraft p : family.members) {
				persons.add(p.id).add(p.name).add(p.idCipher).add(p.idHash).add(p.idNumber.substring(0, 6))
					.add(p.idNumber.substring(12)).add(p.birthDate).add(p.sex.name()).add(p.ethnicity).add(p.phone)
					.add(p.maritalStatus.name()).add(p.employment.name()).add(p.healthNotes).add("ACTIVE")
					.add(target.communityId()).add(0).add(now).add(SYSTEM).add(now).add(SYSTEM).end();
				memberships.add(family.id).add(p.id).add(p.relation.name()).add(p.validFrom).add(now).add(SYSTEM).end();
			}
			boolean bank = family.bankAccount != null;
			households.add(family.id).add(target.communityId()).add(family.householdNo).add(family.address)
				.add(head.phone).add(family.residenceType.name()).add(head.id).add(bank ? family.bankName : null)
				.add(family.bankCipher).add(family.bankHash)
				.add(bank ? family.bankAccount.substring(family.bankAccount.length() - 4) : null)
				.add(bank ? head.name : null).add("ACTIVE").add(0).add(now).add(SYSTEM).add(now).add(SYSTEM).end();
			events.add(family.id).add(head.id).add(HouseholdEventType.REGISTERED.name()).add(head.validFrom).add(REASON)
				.add("地址: " + family.address + "\n户主身份证号: " + IdCardNumber.maskRaw(head.idNumber)
						+ (bank ? "\n银行账号: " + IdNumbers.maskedAccount(family.bankAccount
								.substring(family.bankAccount.length() - 4)) : ""))
				.add(now).add(SYSTEM).end();
		}
		persons.copy(copy, """
				person (id, name, id_no_cipher, id_no_hash, id_no_prefix, id_no_tail, birth_date, sex, ethnicity, phone,
				 marital_status, employment, health_notes, status, community_id, version, created_at, created_by,
				 updated_at, updated_by)""");
		households.copy(copy, """
				household (id, community_id, household_no, address, phone, residence_type, head_person_id, bank_name,
				 bank_account_cipher, bank_account_hash, bank_account_tail, bank_account_holder, status, version,
				 created_at, created_by, updated_at, updated_by)""");
		memberships.copy(copy,
				"household_membership (household_id, person_id, relation, valid_from, created_at, created_by)");
		events.copy(copy, """
				household_event (household_id, person_id, event_type, event_date, reason, details, recorded_at,
				 recorded_by)""");
	}

	/** Rows in PostgreSQL's COPY text format: tab-separated, \N for null, backslash escapes. */
	private static final class CopyRows {

		private final StringBuilder text = new StringBuilder(1 << 16);

		private boolean first = true;

		CopyRows add(Object value) {
			if (!first) {
				text.append('\t');
			}
			first = false;
			if (value == null) {
				text.append("\\N");
				return this;
			}
			String s = value.toString();
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				switch (c) {
					case '\\' -> text.append("\\\\");
					case '\t' -> text.append("\\t");
					case '\n' -> text.append("\\n");
					case '\r' -> text.append("\\r");
					default -> text.append(c);
				}
			}
			return this;
		}

		void end() {
			text.append('\n');
			first = true;
		}

		void copy(CopyIn copy, String tableAndColumns) throws SQLException, IOException {
			if (!text.isEmpty()) {
				copy.copy("copy " + tableAndColumns + " from stdin",
						new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
			}
		}

	}

	/**
	 * PostgreSQL's {@code CopyManager.copyIn(String, InputStream)} on the transaction's connection. Reached
	 * reflectively because the driver is a runtime-only dependency: nothing else compiles against it.
	 */
	private record CopyIn(Object manager, Method copyIn) {

		static CopyIn of(Connection connection) throws SQLException {
			try {
				Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
				Object manager = pgConnection.getMethod("getCopyAPI").invoke(connection.unwrap(pgConnection));
				return new CopyIn(manager, manager.getClass().getMethod("copyIn", String.class, InputStream.class));
			}
			catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException ex) {
				throw new IllegalStateException("PostgreSQL COPY is not available", ex);
			}
			catch (InvocationTargetException ex) {
				throw unwrap(ex);
			}
		}

		void copy(String sql, InputStream data) throws SQLException {
			try {
				copyIn.invoke(manager, sql, data);
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException("PostgreSQL COPY is not available", ex);
			}
			catch (InvocationTargetException ex) {
				throw unwrap(ex);
			}
		}

		private static SQLException unwrap(InvocationTargetException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof SQLException sql) {
				return sql;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			return new SQLException(cause);
		}

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
					int age = Period.between(person.birthDate, referenceDate).getYears();
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

	/** A household before it is written: members head first. */
	static final class FamilyDraft {

		final List<PersonDraft> members = new ArrayList<>(6);

		String address;

		ResidenceType residenceType;

		String bankName;

		/** Digits only; null when the household has no payout account yet. */
		String bankAccount;

		String householdNo;

		long id;

		String bankCipher;

		String bankHash;

		PersonDraft head() {
			return members.get(0);
		}

	}

	/** A resident before it is written. */
	static final class PersonDraft {

		Relation relation;

		String name;

		String surname;

		Sex sex;

		LocalDate birthDate;

		String idNumber;

		String ethnicity;

		String phone;

		MaritalStatus maritalStatus;

		Employment employment;

		String healthNotes;

		LocalDate validFrom;

		long id;

		String idCipher;

		String idHash;

	}

	/**
	 * The 顺序码 already given per area code and birth date, so that no 身份证号 repeats, also not one already in
	 * the database.
	 */
	static final class IdNumberPool {

		private final Set<Long> used = new HashSet<>();

		void markUsed(String areaCode, LocalDate birthDate, String tail) {
			if (areaCode != null && birthDate != null && tail != null && tail.length() == 6
					&& areaCode.chars().allMatch(Character::isDigit)) {
				try {
					used.add(key(Integer.parseInt(areaCode), birthDate, Integer.parseInt(tail.substring(2, 5))));
				}
				catch (NumberFormatException ex) {
					// not a number this generator could produce
				}
			}
		}

		/** A new number for that area, birth date and sex; null when all 500 sequence codes are taken. */
		String next(int areaCode, LocalDate birthDate, Sex sex, SplittableRandom rnd) {
			int parity = sex == Sex.MALE ? 1 : 0;
			for (int attempt = 0; attempt < 40; attempt++) {
				int seq = pick(rnd, parity);
				if (used.add(key(areaCode, birthDate, seq))) {
					return number(areaCode, birthDate, seq);
				}
			}
			for (int seq = parity == 1 ? 1 : 2; seq < 1000; seq += 2) {
				if (used.add(key(areaCode, birthDate, seq))) {
					return number(areaCode, birthDate, seq);
				}
			}
			return null;
		}

		/** Mostly small sequence codes, as a police station hands them out, now and then a larger one. */
		private static int pick(SplittableRandom rnd, int parity) {
			int base = rnd.nextInt(10) < 8 ? rnd.nextInt(1, 100) : rnd.nextInt(1, 999);
			int seq = (base & ~1) | parity;
			return seq == 0 ? 2 : seq;
		}

		private static String number(int areaCode, LocalDate birthDate, int seq) {
			char[] digits = new char[17];
			put(digits, 0, 6, areaCode);
			put(digits, 6, 4, birthDate.getYear());
			put(digits, 10, 2, birthDate.getMonthValue());
			put(digits, 12, 2, birthDate.getDayOfMonth());
			put(digits, 14, 3, seq);
			String first17 = new String(digits);
			return first17 + IdCardNumber.checkDigit(first17);
		}

		private static void put(char[] digits, int at, int width, int value) {
			for (int i = at + width - 1; i >= at; i--) {
				digits[i] = (char) ('0' + value % 10);
				value /= 10;
			}
		}

		private static long key(int areaCode, LocalDate birthDate, int seq) {
			return ((long) areaCode * 200_000L + (birthDate.toEpochDay() + 100_000L)) * 1000L + seq;
		}

	}

	/** The random part: family structures, ages, names, numbers, addresses. */
	private static final class Synthesizer {

		/** 身份证号 area codes of Jinan (GB/T 2260, including old ones that stay on old cards), with weights. */
		private static final int[] AREA_CODES = { 370112, 370102, 370103, 370104, 370105, 370113, 370181, 370124,
				370125, 370126 };

		private static final double[] AREA_WEIGHTS = { 38, 22, 8, 7, 9, 3, 4, 3, 3, 3 };

		private static final String[] SURNAMES = ("王 张 李 刘 孙 赵 陈 杨 高 徐 马 于 韩 朱 宋 郭 周 吴 胡 董 任 孔 曹 田 崔 许 杜 魏 姜 "
				+ "郑 何 吕 苏 房 梁 袁 冯 程 邱 谢 贾 范 庞 毕 鲁 尹 牛 侯 秦 邵 段 丁 薛 石 卢 林 邢 解 宁 燕").split(" ");

		private static final double[] SURNAME_WEIGHTS = { 8.5, 7.5, 7.4, 5.6, 3.3, 2.6, 2.2, 2.0, 1.9, 1.7, 1.5, 1.6,
				1.4, 1.3, 1.2, 1.2, 1.1, 1.0, 0.9, 1.0, 0.8, 0.6, 0.8, 0.8, 0.8, 0.7, 0.7, 0.7, 0.9, 0.6, 0.5, 0.6, 0.5,
				0.3, 0.5, 0.5, 0.6, 0.5, 0.4, 0.4, 0.5, 0.5, 0.3, 0.3, 0.3, 0.4, 0.4, 0.5, 0.4, 0.4, 0.4, 0.5, 0.4, 0.5,
				0.4, 0.4, 0.4, 0.2, 0.2, 0.1 };

		private static final String[] HUI_SURNAMES = { "马", "白", "金", "沙", "米", "杨", "刘", "丁" };

		/** Given names by birth decade (before 1950, 1950s–60s, 1970s–80s, 1990s–2000s, 2010 on) and sex. */
		private static final String[][] MALE_NAMES = {
				("德顺 富贵 长生 福林 宝山 振华 国栋 树林 春生 永年 守义 金堂 玉柱 庆云 兆祥 凤岐 广福 连生 殿臣 洪恩 "
						+ "山 林 海 福 贵 成 明 田 和").split(" "),
				("建国 建华 国庆 卫东 志刚 红军 建军 国强 立新 爱国 振东 跃进 永刚 学军 志强 庆华 明亮 继承 新民 胜利 "
						+ "卫国 建设 向阳 东升 铁军 援朝 忠 军 华 刚").split(" "),
				("海涛 建伟 志勇 晓东 文斌 海波 建波 宏伟 振宇 鹏飞 永强 春雷 晓明 金龙 立军 俊峰 晓峰 东亮 "
						+ "伟 磊 勇 军 涛 强 斌 鹏 超 刚 波 杰 亮 峰").split(" "),
				("浩然 子豪 宇航 俊杰 家豪 博文 明轩 昊天 文博 一鸣 思远 天佑 嘉乐 子健 晨阳 梓航 泽宇 云龙 "
						+ "浩 宇 凯 帅 鑫 阳").split(" "),
				("梓睿 沐宸 浩宇 宇轩 一诺 奕辰 皓轩 子墨 梓豪 博涵 睿泽 铭泽 承泽 思齐 景行 安然 "
						+ "睿 泽").split(" ") };

		private static final String[][] FEMALE_NAMES = {
				("秀英 桂英 玉兰 淑珍 凤英 兰英 桂兰 秀兰 玉珍 淑华 翠英 秀珍 素芳 桂芝 玉梅 淑贞 秀荣 金凤 "
						+ "英 兰 珍 芳 梅 凤 荣 娥").split(" "),
				("淑芬 秀云 红梅 丽华 桂香 玉华 秀梅 凤霞 爱华 玉芬 红霞 丽萍 建红 卫红 淑英 美玲 秀芹 春花 "
						+ "萍 红 霞 华 英 玲").split(" "),
				("丽娜 晓燕 海燕 秀丽 晓丽 婷婷 雪梅 丽丽 春燕 海霞 晓红 文静 艳红 玉洁 "
						+ "丽 静 敏 燕 娟 艳 霞 芳 颖 蕾 莉").split(" "),
				("欣怡 梓涵 诗涵 雨萱 佳怡 思琪 梦琪 子涵 雨桐 欣妍 可馨 雅琪 紫涵 语嫣 若曦 佳琪 晓雪 文慧 "
						+ "璐 琳 雪 瑶").split(" "),
				("一诺 欣妍 若汐 可欣 语桐 梓萱 诗琪 沐晴 芷若 依诺 梓萌 安琪 语汐 书瑶 "
						+ "悦 彤").split(" ") };

		private static final String[] ESTATE_SUFFIXES = { "小区", "北区", "南区", "东区", "新村" };

		private static final String[] MOBILE_PREFIXES = { "130", "131", "132", "133", "135", "136", "137", "138",
				"139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "176", "177", "180", "181", "182",
				"185", "186", "187", "188", "189", "199" };

		private static final String[] BANKS = { "中国工商银行", "中国农业银行", "中国建设银行", "济南农商银行", "中国邮政储蓄银行" };

		private static final double[] BANK_WEIGHTS = { 25, 15, 20, 20, 20 };

		/** Card BIN and length per bank (a second CCB kind with 16 digits). */
		private static final String[][] BANK_CARDS = { { "622202", "19" }, { "622848", "19" }, { "621700", "19" },
				{ "623196", "18" }, { "621799", "19" } };

		private static final String[] ELDERLY_HEALTH = { "高血压", "糖尿病", "冠心病", "行动不便，需人照料", "听力下降", "脑梗后遗症",
				"慢性支气管炎", "高血压、糖尿病" };

		/** Household kinds with their weights (share of households). */
		private enum Kind {

			SINGLE_ELDERLY(7), SINGLE_ADULT(11), ELDERLY_COUPLE(6), COUPLE(13), COUPLE_CHILD(29), COUPLE_TWO_CHILDREN(7),
			SINGLE_PARENT(5), THREE_GENERATIONS_UP(7), THREE_GENERATIONS_DOWN(6), ADULT_WITH_PARENT(6);

			final double weight;

			Kind(double weight) {
				this.weight = weight;
			}

		}

		private static final Kind[] KINDS = Kind.values();

		private static final double[] KIND_WEIGHTS = java.util.Arrays.stream(KINDS).mapToDouble(k -> k.weight).toArray();

		private static final LocalDate REGISTRATION_FROM = LocalDate.of(2000, 1, 1);

		private static final LocalDate REGISTRATION_TO = LocalDate.of(2024, 12, 31);

		private final CommunityTarget target;

		private final SplittableRandom rnd;

		private final LocalDate today;

		private final IdNumberPool idNumbers;

		private final double ruralShare;

		private final String[] estates;

		private final int buildings;

		private final Set<String> addresses = new HashSet<>();

		Synthesizer(CommunityTarget target, SplittableRandom rnd, LocalDate today, IdNumberPool idNumbers) {
			this.target = target;
			this.rnd = rnd;
			this.today = today;
			this.idNumbers = idNumbers;
			this.ruralShare = 0.03 + 0.09 * rnd.nextDouble();
			int estateCount = 1 + rnd.nextInt(3);
			this.estates = new String[estateCount];
			String base = target.name().endsWith("社区") ? target.name().substring(0, target.name().length() - 2)
					: target.name();
			int first = rnd.nextInt(ESTATE_SUFFIXES.length);
			for (int i = 0; i < estateCount; i++) {
				estates[i] = base + ESTATE_SUFFIXES[(first + i) % ESTATE_SUFFIXES.length];
			}
			this.buildings = Math.max(12, target.persons() / (40 * estateCount));
		}

		List<FamilyDraft> families() {
			List<FamilyDraft> families = new ArrayList<>(target.persons() / 2 + 1);
			int remaining = target.persons();
			while (remaining > 0) {
				FamilyDraft family = family();
				while (family.members.size() > remaining) {
					family.members.remove(family.members.size() - 1);
				}
				remaining -= family.members.size();
				families.add(family);
			}
			return families;
		}

		private FamilyDraft family() {
			FamilyDraft family = new FamilyDraft();
			family.residenceType = rnd.nextDouble() < ruralShare ? ResidenceType.RURAL : ResidenceType.URBAN;
			String ethnicity = ethnicity();
			int area = pick(AREA_CODES, AREA_WEIGHTS);
			Kind kind = KINDS[index(KIND_WEIGHTS)];
			PersonDraft head = switch (kind) {
				case SINGLE_ELDERLY -> person(Relation.HEAD, rnd.nextInt(10) < 7 ? Sex.FEMALE : Sex.MALE, elderlyAge(65));
				case SINGLE_ADULT -> person(Relation.HEAD, randomSex(0.6), skewLow(20, 64));
				case ELDERLY_COUPLE -> person(Relation.HEAD, Sex.MALE, skewLow(62, 92));
				case COUPLE -> person(Relation.HEAD, randomSex(0.8), chance(0.7) ? between(45, 62) : between(24, 40));
				case COUPLE_CHILD -> person(Relation.HEAD, randomSex(0.8), between(32, 62));
				case COUPLE_TWO_CHILDREN -> person(Relation.HEAD, randomSex(0.8), between(32, 58));
				case SINGLE_PARENT -> person(Relation.HEAD, randomSex(0.3), between(30, 66));
				case THREE_GENERATIONS_UP -> person(Relation.HEAD, randomSex(0.75), between(30, 56));
				case THREE_GENERATIONS_DOWN -> person(Relation.HEAD, randomSex(0.8), between(50, 72));
				case ADULT_WITH_PARENT -> person(Relation.HEAD, randomSex(0.55), between(26, 62));
			};
			head.surname = surname(ethnicity);
			family.members.add(head);
			switch (kind) {
				case SINGLE_ELDERLY -> head.maritalStatus = pickMarital(0.8, 0.12);
				case SINGLE_ADULT -> head.maritalStatus = age(head) < 35 ? (chance(0.85) ? MaritalStatus.UNMARRIED
						: MaritalStatus.DIVORCED) : pickMarital(0.15, 0.5);
				case ELDERLY_COUPLE, COUPLE -> addSpouse(family, ethnicity);
				case COUPLE_CHILD -> {
					addSpouse(family, ethnicity);
					addChild(family, gapBelow(head), ethnicity);
				}
				case COUPLE_TWO_CHILDREN -> {
					addSpouse(family, ethnicity);
					int first = Math.min(age(head), between(20, 30));
					addChild(family, first, ethnicity);
					addChild(family, Math.min(age(head), first + between(1, Math.min(10, 35 - first))), ethnicity);
				}
				case SINGLE_PARENT -> {
					head.maritalStatus = chance(age(head) > 50 ? 0.5 : 0.25) ? MaritalStatus.WIDOWED
							: MaritalStatus.DIVORCED;
					addChild(family, gapBelow(head), ethnicity);
				}
				case THREE_GENERATIONS_UP -> {
					addSpouse(family, ethnicity);
					int gap = gapBelow(head);
					addChild(family, gap, ethnicity);
					if (chance(0.3) && gap < 35) {
						addChild(family, Math.min(age(head), gap + between(1, Math.min(8, 35 - gap))), ethnicity);
					}
					addParents(family, chance(0.35) ? 2 : 1, ethnicity);
				}
				case THREE_GENERATIONS_DOWN -> {
					if (chance(0.8)) {
						addSpouse(family, ethnicity);
					}
					else {
						head.maritalStatus = MaritalStatus.WIDOWED;
					}
					addGenerationBelow(family, ethnicity);
				}
				case ADULT_WITH_PARENT -> {
					head.maritalStatus = chance(0.6) ? MaritalStatus.UNMARRIED : MaritalStatus.DIVORCED;
					addParents(family, chance(0.2) ? 2 : 1, ethnicity);
				}
			}
			completeHousehold(family, ethnicity, area);
			return family;
		}

		private void addSpouse(FamilyDraft family, String ethnicity) {
			PersonDraft head = family.head();
			int age = head.sex == Sex.MALE ? age(head) - skewLow(-1, 7) : age(head) + skewLow(-1, 7);
			PersonDraft spouse = person(Relation.SPOUSE, opposite(head.sex), Math.max(20, Math.min(age, 103)));
			spouse.surname = surname(ethnicity);
			head.maritalStatus = MaritalStatus.MARRIED;
			spouse.maritalStatus = MaritalStatus.MARRIED;
			family.members.add(spouse);
		}

		/** Children 20–35 years younger than the head (never born in the future). */
		private void addChild(FamilyDraft family, int yearsYounger, String ethnicity) {
			PersonDraft head = family.head();
			PersonDraft child = person(Relation.CHILD, randomSex(0.52), Math.max(0, age(head) - yearsYounger));
			child.surname = fatherSurname(family, ethnicity);
			int age = age(child);
			child.maritalStatus = age < 28 ? MaritalStatus.UNMARRIED
					: chance(0.7) ? MaritalStatus.UNMARRIED : chance(0.5) ? MaritalStatus.DIVORCED : MaritalStatus.MARRIED;
			family.members.add(child);
		}

		/** One or both parents of the head, 20–35 years older (a few past 100). */
		private void addParents(FamilyDraft family, int count, String ethnicity) {
			PersonDraft head = family.head();
			int motherAge = Math.min(age(head) + between(20, 35), 99);
			if (motherAge >= 85 && chance(0.015)) {
				motherAge = between(100, 104);
			}
			boolean both = count == 2;
			if (both || chance(0.3)) {
				PersonDraft father = person(Relation.PARENT, Sex.MALE,
						Math.min(motherAge + skewLow(-1, 6), both ? 99 : 103));
				father.surname = head.surname;
				father.maritalStatus = both ? MaritalStatus.MARRIED : MaritalStatus.WIDOWED;
				family.members.add(father);
			}
			if (both || family.members.stream().noneMatch(p -> p.relation == Relation.PARENT)) {
				PersonDraft mother = person(Relation.PARENT, Sex.FEMALE, motherAge);
				mother.surname = surname(ethnicity);
				mother.maritalStatus = both ? MaritalStatus.MARRIED : MaritalStatus.WIDOWED;
				family.members.add(mother);
			}
		}

		/** An elderly head's married child with its spouse and one or two grandchildren. */
		private void addGenerationBelow(FamilyDraft family, String ethnicity) {
			PersonDraft head = family.head();
			PersonDraft child = person(Relation.CHILD, randomSex(0.6), Math.max(22, age(head) - between(22, 32)));
			child.surname = fatherSurname(family, ethnicity);
			child.maritalStatus = MaritalStatus.MARRIED;
			family.members.add(child);
			PersonDraft inLaw = person(Relation.CHILD_IN_LAW, opposite(child.sex),
					Math.max(20, age(child) + between(-4, 4)));
			inLaw.surname = surname(ethnicity);
			inLaw.maritalStatus = MaritalStatus.MARRIED;
			family.members.add(inLaw);
			String grandchildSurname = child.sex == Sex.MALE ? child.surname : inLaw.surname;
			int grandchildren = chance(0.3) ? 2 : 1;
			int parentAge = Math.min(age(child), age(inLaw));
			int gap = Math.min(parentAge, between(22, 34));
			for (int i = 0; i < grandchildren; i++) {
				PersonDraft grandchild = person(Relation.GRANDCHILD, randomSex(0.52),
						Math.max(0, parentAge - gap - i * between(2, 8)));
				grandchild.surname = grandchildSurname;
				grandchild.maritalStatus = MaritalStatus.UNMARRIED;
				family.members.add(grandchild);
			}
		}

		/** Names, numbers, jobs, dates, address, phone and bank once the people are known. */
		private void completeHousehold(FamilyDraft family, String ethnicity, int familyArea) {
			PersonDraft head = family.head();
			for (PersonDraft p : family.members) {
				p.ethnicity = ethnicity;
				p.name = p.surname + givenName(p);
				int area = p == head || chance(0.7) ? familyArea : pick(AREA_CODES, AREA_WEIGHTS);
				String number = idNumbers.next(area, p.birthDate, p.sex, rnd);
				for (int i = 0; number == null; i++) {
					number = idNumbers.next(AREA_CODES[i % AREA_CODES.length], p.birthDate, p.sex, rnd);
				}
				p.idNumber = number;
				p.employment = employment(p, family.residenceType);
				p.healthNotes = healthNotes(p);
			}
			LocalDate latest = min(REGISTRATION_TO, today);
			head.validFrom = date(max(REGISTRATION_FROM, head.birthDate.plusYears(18)), latest);
			for (PersonDraft p : family.members) {
				if (p == head) {
					continue;
				}
				// joined with the head or some time later, but registered by the end of 2024 unless born since
				LocalDate from = switch (p.relation) {
					case SPOUSE -> chance(0.5) ? head.validFrom : head.validFrom.plusDays(rnd.nextInt(1, 3 * 365));
					case PARENT -> head.validFrom.plusDays(rnd.nextInt(0, 8 * 365));
					case CHILD_IN_LAW -> max(head.validFrom, p.birthDate.plusYears(22)).plusDays(rnd.nextInt(0, 2 * 365));
					default -> head.validFrom;
				};
				p.validFrom = min(max(min(from, max(latest, head.validFrom)), p.birthDate), today);
			}
			head.phone = phone(head);
			family.address = address(family.residenceType);
			if (chance(0.6)) {
				int bank = index(BANK_WEIGHTS);
				family.bankName = BANKS[bank];
				String bin = BANK_CARDS[bank][0];
				int length = Integer.parseInt(BANK_CARDS[bank][1]);
				if (bank == 2 && chance(0.3)) {
					bin = "436742";
					length = 16;
				}
				family.bankAccount = luhn(bin, length);
			}
		}

		private PersonDraft person(Relation relation, Sex sex, int age) {
			PersonDraft p = new PersonDraft();
			p.relation = relation;
			p.sex = sex;
			LocalDate latest = today.minusYears(age);
			LocalDate earliest = today.minusYears(age + 1L).plusDays(1);
			p.birthDate = date(earliest, latest);
			return p;
		}

		private String givenName(PersonDraft p) {
			int year = p.birthDate.getYear();
			int era = year < 1950 ? 0 : year < 1970 ? 1 : year < 1990 ? 2 : year < 2010 ? 3 : 4;
			String[] names = (p.sex == Sex.MALE ? MALE_NAMES : FEMALE_NAMES)[era];
			String given = names[rnd.nextInt(names.length)];
			return p.surname.length() + given.length() > 3 ? given.substring(0, 3 - p.surname.length()) : given;
		}

		private String fatherSurname(FamilyDraft family, String ethnicity) {
			PersonDraft head = family.head();
			if (head.sex == Sex.MALE) {
				return head.surname;
			}
			return family.members.stream()
				.filter(m -> m.relation == Relation.SPOUSE)
				.map(m -> m.surname)
				.findFirst()
				.orElseGet(() -> chance(0.7) ? surname(ethnicity) : head.surname);
		}

		private Employment employment(PersonDraft p, ResidenceType residence) {
			int age = age(p);
			if (age < 7) {
				return Employment.PRESCHOOL;
			}
			if (age < 18) {
				return Employment.STUDENT;
			}
			if (age < 23) {
				return chance(0.6) ? Employment.STUDENT : chance(0.75) ? Employment.EMPLOYED : Employment.UNEMPLOYED;
			}
			int retirement = p.sex == Sex.MALE ? 60 : (chance(0.5) ? 50 : 55);
			if (age >= retirement) {
				return age >= 80 && chance(0.3) ? Employment.UNABLE_TO_WORK
						: residence == ResidenceType.RURAL && chance(0.5) ? Employment.FARMING : Employment.RETIRED;
			}
			double r = rnd.nextDouble();
			if (residence == ResidenceType.RURAL && r < 0.2) {
				return Employment.FARMING;
			}
			return r < 0.65 ? Employment.EMPLOYED : r < 0.83 ? Employment.FLEXIBLE
					: r < 0.97 ? Employment.UNEMPLOYED : Employment.UNABLE_TO_WORK;
		}

		private String healthNotes(PersonDraft p) {
			int age = age(p);
			double share = age >= 75 ? 0.3 : age >= 60 ? 0.12 : 0.01;
			return chance(share) ? ELDERLY_HEALTH[rnd.nextInt(age >= 60 ? ELDERLY_HEALTH.length : 3)] : null;
		}

		private String phone(PersonDraft head) {
			if (age(head) >= 75 && chance(0.4)) {
				return "0531-8" + digits(7);
			}
			return MOBILE_PREFIXES[rnd.nextInt(MOBILE_PREFIXES.length)] + digits(8);
		}

		/** 济南市历城区洪苑小区12号楼3单元402, or for 农村 households 济南市历城区祝甸村5排12号; never twice. */
		private String address(ResidenceType residence) {
			String district = "济南市历城区";
			for (int attempt = 0;; attempt++) {
				String address;
				if (residence == ResidenceType.RURAL) {
					String village = target.name().endsWith("社区")
							? target.name().substring(0, target.name().length() - 2) : target.name();
					address = district + village + "村" + between(1, 30 + attempt) + "排" + between(1, 40) + "号";
				}
				else {
					address = district + estates[rnd.nextInt(estates.length)] + between(1, buildings + attempt / 10)
							+ "号楼" + between(1, 6) + "单元" + between(1, 7) + "0" + between(1, 3);
				}
				if (addresses.add(address)) {
					return address;
				}
			}
		}

		private String ethnicity() {
			double r = rnd.nextDouble();
			return r < 0.983 ? "汉族" : r < 0.997 ? "回族" : r < 0.999 ? "满族" : "蒙古族";
		}

		private String surname(String ethnicity) {
			if ("回族".equals(ethnicity) && chance(0.7)) {
				return HUI_SURNAMES[rnd.nextInt(HUI_SURNAMES.length)];
			}
			return SURNAMES[index(SURNAME_WEIGHTS)];
		}

		private MaritalStatus pickMarital(double widowed, double divorced) {
			double r = rnd.nextDouble();
			return r < widowed ? MaritalStatus.WIDOWED : r < widowed + divorced ? MaritalStatus.DIVORCED
					: MaritalStatus.UNMARRIED;
		}

		/** 65+ living alone or a parent: most in their seventies, fewer the older, now and then past 100. */
		private int elderlyAge(int min) {
			if (chance(0.004)) {
				return between(100, 104);
			}
			return skewLow(min, 99);
		}

		private int gapBelow(PersonDraft parent) {
			return Math.min(age(parent), between(20, 35));
		}

		private int age(PersonDraft p) {
			return Period.between(p.birthDate, today).getYears();
		}

		private String luhn(String bin, int length) {
			StringBuilder sb = new StringBuilder(bin).append(digits(length - bin.length() - 1));
			int sum = 0;
			for (int i = sb.length() - 1, position = 0; i >= 0; i--, position++) {
				int d = sb.charAt(i) - '0';
				if (position % 2 == 0) {
					d *= 2;
					if (d > 9) {
						d -= 9;
					}
				}
				sum += d;
			}
			return sb.append((10 - sum % 10) % 10).toString();
		}

		private String digits(int count) {
			StringBuilder sb = new StringBuilder(count);
			for (int i = 0; i < count; i++) {
				sb.append((char) ('0' + rnd.nextInt(10)));
			}
			return sb.toString();
		}

		private LocalDate date(LocalDate from, LocalDate to) {
			if (!to.isAfter(from)) {
				return to;
			}
			return from.plusDays(rnd.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
		}

		private static LocalDate max(LocalDate a, LocalDate b) {
			return a.isAfter(b) ? a : b;
		}

		private static LocalDate min(LocalDate a, LocalDate b) {
			return a.isBefore(b) ? a : b;
		}

		private static Sex opposite(Sex sex) {
			return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
		}

		private Sex randomSex(double male) {
			return chance(male) ? Sex.MALE : Sex.FEMALE;
		}

		private boolean chance(double p) {
			return rnd.nextDouble() < p;
		}

		private int between(int lo, int hi) {
			return lo >= hi ? lo : rnd.nextInt(lo, hi + 1);
		}

		/** lo..hi, denser towards lo (the smaller of two uniform draws). */
		private int skewLow(int lo, int hi) {
			return lo + (int) ((hi - lo + 1) * Math.min(rnd.nextDouble(), rnd.nextDouble()));
		}

		private int pick(int[] values, double[] weights) {
			return values[index(weights)];
		}

		private int index(double[] weights) {
			double total = 0;
			for (double w : weights) {
				total += w;
			}
			double r = rnd.nextDouble() * total;
			for (int i = 0; i < weights.length; i++) {
				r -= weights[i];
				if (r < 0) {
					return i;
				}
			}
			return weights.length - 1;
		}

	}

}
