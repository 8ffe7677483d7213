package cn.street.civil.household.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.street.civil.household.HouseholdDirectory;
import cn.street.civil.household.HouseholdMember;
import cn.street.civil.household.HouseholdSnapshot;
import cn.street.civil.household.PayoutAccount;
import cn.street.civil.household.PersonStatus;
import cn.street.civil.household.PersonSummary;
import cn.street.civil.household.Relation;
import cn.street.civil.household.ResidenceType;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.crypto.SensitiveDataProtector;
import cn.street.civil.shared.idcard.IdCardNumber;
import cn.street.civil.shared.idcard.InvalidIdCardNumberException;
import cn.street.civil.shared.idcard.Sex;
import cn.street.civil.shared.privacy.Masking;
import cn.street.civil.shared.security.DataScope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link HouseholdDirectory} over the registry's tables: set-based SQL, the scope in every WHERE clause. */
@Component
@Transactional(readOnly = true)
class RegistryDirectory implements HouseholdDirectory {

	private static final String PERSON_SELECT = """
			select p.id, p.name, p.id_no_prefix, p.id_no_tail, p.sex, p.birth_date, p.status, p.status_date,
			       p.community_id, m.household_id
			from person p left join household_membership m on m.person_id = p.id and m.valid_to is null
			where (:all or p.community_id in (:scopeIds))
			""";

	/** Membership on a date: started on or before it and not ended by it. */
	private static final String ON_DATE = "m.valid_from <= :on and (m.valid_to is null or m.valid_to > :on)";

	private final JdbcClient jdbc;

	private final SensitiveDataProtector protector;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RegistryDirectory(JdbcClient jdbc, SensitiveDataProtector protector, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.protector = protector;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Optional<PersonSummary> person(long personId, DataScope scope) {
		return persons(List.of(personId), scope).values().stream().findFirst();
	}

	@Override
	public Map<Long, PersonSummary> persons(Collection<Long> personIds, DataScope scope) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, PersonSummary> found = new LinkedHashMap<>();
		jdbc.sql(PERSON_SELECT + " and p.id in (:ids) order by p.id")
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.param("ids", personIds)
			.query(RegistryDirectory::personSummary)
			.list()
			.forEach(p -> found.put(p.id(), p));
		return found;
	}

	@Override
	public Optional<PersonSummary> personByIdNumber(String idNumber, DataScope scope) {
		return blindIndex(idNumber).flatMap(hash -> jdbc.sql(PERSON_SELECT + " and p.id_no_hash = :hash")
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.param("hash", hash)
			.query(RegistryDirectory::personSummary)
			.optional());
	}

	@Override
	public boolean hasIdNumber(long personId, String idNumber) {
		return blindIndex(idNumber)
			.map(hash -> jdbc.sql("select exists (select 1 from person where id = :id and id_no_hash = :hash)")
				.param("id", personId)
				.param("hash", hash)
				.query(Boolean.class)
				.single())
			.orElse(false);
	}

	@Override
	public Optional<HouseholdSnapshot> household(long householdId, LocalDate on, DataScope scope) {
		List<HouseholdMember> members = jdbc.sql("""
				select p.id, p.name, m.relation, p.sex, p.birth_date, p.status, m.valid_from
				from household_membership m join person p on p.id = m.person_id
				where m.household_id = :householdId and %s
				order by (m.relation = 'HEAD') desc, p.birth_date, p.id
				""".formatted(ON_DATE))
			.param("householdId", householdId)
			.param("on", on)
			.query((rs, n) -> new HouseholdMember(rs.getLong("id"), rs.getString("name"),
					Relation.valueOf(rs.getString("relation")), Sex.valueOf(rs.getString("sex")),
					rs.getObject("birth_date", LocalDate.class), PersonStatus.valueOf(rs.getString("status")),
					rs.getObject("valid_from", LocalDate.class)))
			.list();
		return jdbc.sql("""
				select h.id, h.household_no, h.community_id, h.residence_type, h.address, h.status, h.bank_name,
				       h.bank_account_holder, h.bank_account_tail, (h.bank_account_cipher is not null) as has_account
				from household h
				where h.id = :householdId and (:all or h.community_id in (:scopeIds))
				""")
			.param("householdId", householdId)
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.query((rs, n) -> new HouseholdSnapshot(rs.getLong("id"), rs.getString("household_no"),
					rs.getLong("community_id"), ResidenceType.valueOf(rs.getString("residence_type")),
					rs.getString("address"), "ACTIVE".equals(rs.getString("status")), on, members, payoutAccount(rs)))
			.optional();
	}

	@Override
	public Optional<HouseholdSnapshot> householdOf(long personId, LocalDate on, DataScope scope) {
		return jdbc.sql("select m.household_id from household_membership m where m.person_id = :personId and "
				+ ON_DATE + " order by m.valid_from desc limit 1")
			.param("personId", personId)
			.param("on", on)
			.query(Long.class)
			.optional()
			.flatMap(householdId -> household(householdId, on, scope));
	}

	@Override
	public Optional<PayoutAccount> payoutAccount(long householdId, DataScope scope) {
		return household(householdId, LocalDate.now(clock), scope).flatMap(HouseholdSnapshot::account);
	}

	@Override
	@Transactional
	public Map<Long, String> revealPayoutAccounts(Collection<Long> householdIds, String purpose, DataScope scope) {
		if (householdIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> revealed = new LinkedHashMap<>();
		jdbc.sql("""
				select id, bank_account_cipher from household
				where id = any(cast(:ids as bigint[])) and bank_account_cipher is not null
				  and (:all or community_id in (:scopeIds))
				order by id
				""")
			.param("ids", idArray(householdIds))
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.query((rs, n) -> Map.entry(rs.getLong(1), protector.decrypt(rs.getString(2))))
			.list()
			.forEach(e -> revealed.put(e.getKey(), e.getValue()));
		audit("Household", "导出完整银行账号 " + revealed.size() + " 个：" + purpose);
		return revealed;
	}

	@Override
	@Transactional
	public Map<Long, String> revealIdNumbers(Collection<Long> personIds, String purpose, DataScope scope) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> revealed = new LinkedHashMap<>();
		jdbc.sql("""
				select id, id_no_cipher from person
				where id = any(cast(:ids as bigint[])) and (:all or community_id in (:scopeIds)) order by id
				""")
			.param("ids", idArray(personIds))
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.query((rs, n) -> Map.entry(rs.getLong(1), protector.decrypt(rs.getString(2))))
			.list()
			.forEach(e -> revealed.put(e.getKey(), e.getValue()));
		audit("Person", "导出完整身份证号 " + revealed.size() + " 个：" + purpose);
		return revealed;
	}

	/** Ids as one array literal: a bank file reveals tens of thousands at once, beyond a bind-parameter list. */
	private static String idArray(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
	}

	private void audit(String objectType, String summary) {
		events.publishEvent(AuditRecord.of("household", "REVEAL", objectType, null, null, summary));
	}

	private Optional<String> blindIndex(String idNumber) {
		try {
			return Optional.of(protector.blindIndex(IdCardNumber.parse(idNumber, LocalDate.now(clock)).value()));
		}
		catch (InvalidIdCardNumberException ex) {
			return Optional.empty();
		}
	}

	private static PayoutAccount payoutAccount(ResultSet rs) throws SQLException {
		return rs.getBoolean("has_account") ? new PayoutAccount(rs.getLong("id"), rs.getString("bank_name"),
				rs.getString("bank_account_holder"), Masking.bankAccount(rs.getString("bank_account_tail"))) : null;
	}

	private static PersonSummary personSummary(ResultSet rs, int row) throws SQLException {
		return new PersonSummary(rs.getLong("id"), rs.getString("name"),
				Masking.idNumber(rs.getString("id_no_prefix"), rs.getString("id_no_tail")),
				Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
				PersonStatus.valueOf(rs.getString("status")), rs.getObject("status_date", LocalDate.class),
				rs.getLong("community_id"), (Long) rs.getObject("household_id"));
	}

}
