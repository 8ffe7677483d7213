package cn.street.civil.household.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

import cn.street.civil.household.demo.GenerationPlan.CommunityTarget;
import cn.street.civil.household.internal.HouseholdEventType;
import cn.street.civil.shared.idcard.IdCardNumber;
import cn.street.civil.shared.privacy.Masking;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes generated households around JPA: ids reserved from the identity sequences, then person, household,
 * household_membership and household_event streamed with PostgreSQL {@code COPY} on the transaction's
 * connection, which {@link #close()} gives back.
 */
final class CopyWriter implements AutoCloseable {

	private static final String SYSTEM = StreetGenerator.SYSTEM;

	private static final String REASON = StreetGenerator.REASON;

	private final DataSource dataSource;

	private final Connection connection;

	private final CopyIn copy;

	private final JdbcClient jdbc;

	/** created_at and updated_at of every row. */
	private final String now;

	private CopyWriter(DataSource dataSource, Connection connection, CopyIn copy, JdbcClient jdbc, String now) {
		this.dataSource = dataSource;
		this.connection = connection;
		this.copy = copy;
		this.jdbc = jdbc;
		this.now = now;
	}

	/** A writer on the current transaction's connection. */
	static CopyWriter open(DataSource dataSource, JdbcClient jdbc, String now) throws SQLException {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return new CopyWriter(dataSource, connection, CopyIn.of(connection), jdbc, now);
		}
		catch (SQLException | RuntimeException ex) {
			DataSourceUtils.releaseConnection(connection, dataSource);
			throw ex;
		}
	}

	/** Gives every household and person its id, taken from the table's identity sequence. */
	void reserveIds(List<FamilyDraft> families) {
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

	/** One community's households with their persons, memberships and 立户 events (ids and ciphers already set). */
	void write(CommunityTarget target, List<FamilyDraft> families) throws SQLException, IOException {
		CopyRows persons = new CopyRows();
		CopyRows households = new CopyRows();
		CopyRows memberships = new CopyRows();
		CopyRows events = new CopyRows();
		for (FamilyDraft family : families) {
			PersonDraft head = family.head();
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
				.add(family.bankCipher).add(family.bankHash).add(family.bankAccountTail()).add(bank ? head.name : null)
				.add("ACTIVE").add(0).add(now).add(SYSTEM).add(now).add(SYSTEM).end();
			events.add(family.id).add(head.id).add(HouseholdEventType.REGISTERED.name()).add(head.validFrom).add(REASON)
				.add("地址: " + family.address + "\n户主身份证号: " + Masking.idNumber(head.idNumber)
						+ (bank ? "\n银行账号: " + Masking.bankAccount(family.bankAccountTail()) : ""))
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

	@Override
	public void close() {
		DataSourceUtils.releaseConnection(connection, dataSource);
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

}
