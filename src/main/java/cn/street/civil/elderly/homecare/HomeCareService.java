package cn.street.civil.elderly.homecare;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import cn.street.civil.elderly.roster.AbilityLevel;
import cn.street.civil.elderly.roster.ElderlyService;
import cn.street.civil.elderly.roster.ElderlyText;
import cn.street.civil.elderly.roster.RosterQueries;
import cn.street.civil.elderly.roster.RosterRow;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.text.HalfWidth;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.NotFoundException;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 居家养老服务: providers, workers and items (the street caseworker keeps them), the served elders' entitlements, the
 * service orders step by step with their refusals (a worker's overlapping orders, a check-out before the item's
 * minimum duration, an order over the elder's monthly quota), and the monthly settlement per provider (prepared by
 * the street caseworker, approved by the chief, never the preparer). Every change writes its audit row in the same
 * transaction; an order of another community answers 404.
 */
@Service
@Transactional
public class HomeCareService {

	static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(OFFICE);

	private final ProviderRepository providers;

	private final WorkerRepository workers;

	private final ServiceItemRepository items;

	private final EntitlementRepository entitlements;

	private final ServiceOrderRepository orders;

	private final SettlementRepository settlements;

	private final RosterQueries roster;

	private final ElderlyService elderly;

	private final Standards standards;

	private final ApplicationEventPublisher events;

	private final ElderlyText text;

	private final JdbcClient jdbc;

	private final Clock clock;

	HomeCareService(ProviderRepository providers, WorkerRepository workers, ServiceItemRepository items,
			EntitlementRepository entitlements, ServiceOrderRepository orders, SettlementRepository settlements,
			RosterQueries roster, ElderlyService elderly, Standards standards, ApplicationEventPublisher events,
			ElderlyText text, JdbcClient jdbc, Clock clock) {
		this.providers = providers;
		this.workers = workers;
		this.items = items;
		this.entitlements = entitlements;
		this.orders = orders;
		this.settlements = settlements;
		this.roster = roster;
		this.elderly = elderly;
		this.standards = standards;
		this.events = events;
		this.text = text;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	static Instant instant(LocalDateTime officeTime) {
		return officeTime.atZone(OFFICE).toInstant();
	}

	static String time(Instant at) {
		return at == null ? "" : TIME.format(at);
	}

	private void audit(String action, String type, Object id, Long community, String summary) {
		events.publishEvent(AuditRecord.of("elderly", action, type, id, community, summary));
	}

	// ---- providers, workers, items ----

	@Transactional(readOnly = true)
	public List<Provider> providers() {
		return providers.findAllByOrderByActiveDescNameAsc();
	}

	@Transactional(readOnly = true)
	public Provider provider(long id) {
		return providers.findById(id).orElseThrow(() -> new NotFoundException("Provider", id));
	}

	@Transactional(readOnly = true)
	public List<Worker> workers(long providerId) {
		return workers.findByProviderIdOrderByActiveDescNameAsc(providerId);
	}

	@Transactional(readOnly = true)
	public List<ServiceItem> items() {
		return items.findAllByOrderByActiveDescCodeAsc();
	}

	@PreAuthorize(Roles.STREET_PREPARE)
	public Provider saveProvider(Long id, ProviderForm form) {
		Provider p;
		if (id == null) {
			if (providers.existsByName(form.name().strip())) {
				throw new FieldRuleException("name", "homecare.provider.name.taken");
			}
			p = new Provider(form.name().strip(), form.contact().strip(), form.phone().strip());
		}
		else {
			p = provider(id);
			OptimisticLock.check(p, form.version() == null ? -1 : form.version(), id);
			p.update(form.name().strip(), form.contact().strip(), form.phone().strip(), !Boolean.FALSE.equals(form.active()));
		}
		p = providers.saveAndFlush(p);
		audit(id == null ? "PROVIDER_CREATE" : "PROVIDER_UPDATE", "HomeCareProvider", p.getId(), null,
				text.msg("homecare.audit.provider", p.getName()));
		return p;
	}

	@PreAuthorize(Roles.STREET_PREPARE)
	public Worker addWorker(long providerId, WorkerForm form) {
		Provider p = provider(providerId);
		Worker w = workers.saveAndFlush(new Worker(p.getId(), form.name().strip(), form.phone().strip()));
		audit("WORKER_CREATE", "HomeCareWorker", w.getId(), null, text.msg("homecare.audit.worker", p.getName(), w.getName()));
		return w;
	}

	@PreAuthorize(Roles.STREET_PREPARE)
	public ServiceItem saveItem(Long id, ItemForm form) {
		ServiceItem item;
		if (id == null) {
			String code = HalfWidth.of(form.code()).strip();
			if (items.existsByCode(code)) {
				throw new FieldRuleException("code", "homecare.item.code.taken");
			}
			item = new ServiceItem(code, form.name().strip(), form.hourlyPrice(), form.minMinutes());
		}
		else {
			item = items.findById(id).orElseThrow(() -> new NotFoundException("ServiceItem", id));
			OptimisticLock.check(item, form.version() == null ? -1 : form.version(), id);
			item.update(form.name().strip(), form.hourlyPrice(), form.minMinutes(), !Boolean.FALSE.equals(form.active()));
		}
		item = items.saveAndFlush(item);
		audit(id == null ? "ITEM_CREATE" : "ITEM_UPDATE", "HomeCareItem", item.getId(), null,
				text.msg("homecare.audit.item", item.getName(), item.getHourlyPrice(), item.getMinMinutes()));
		return item;
	}

	// ---- entitlements ----

	/** The elder (60+, in scope; else 404). */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public RosterRow elder(long personId, CurrentUser user) {
		return roster.person(personId, today(), user.scope())
			.orElseThrow(() -> new NotFoundException("ElderlyPerson", personId));
	}

	@Transactional(readOnly = true)
	public Optional<Entitlement> entitlementIn(long personId, YearMonth month) {
		return entitlements.findByPersonIdOrderByValidFromDescIdDesc(personId).stream().filter(e -> e.covers(month)).findFirst();
	}

	@Transactional(readOnly = true)
	public List<Entitlement> entitlements(long personId) {
		return entitlements.findByPersonIdOrderByValidFromDescIdDesc(personId);
	}

	/**
	 * The quota in hours of {@code month} for the elder's ability level: the latest assessment up to the month's end
	 * (a reassessment during the month sets the month's quota); empty without assessment.
	 */
	@Transactional(readOnly = true)
	public Optional<Integer> quotaHours(long personId, YearMonth month) {
		return elderly.levelOn(personId, month.atEndOfMonth())
			.map(level -> standards.integer(StandardParameter.HOME_CARE_QUOTA_HOURS, level.dimensionCode(), month));
	}

	@Transactional(readOnly = true)
	public long minutesUsed(long personId, YearMonth month) {
		return orders.minutesInMonth(personId, month.atDay(1), -1);
	}

	/**
	 * Free service only for 低保/特困/边缘 elders who are disabled (an assessment below 能力完好), 80 or older, or
	 * living alone; free and low-cost need an ability assessment (the quota depends on it).
	 */
	@PreAuthorize(Roles.CASE_WRITE)
	public Entitlement setEntitlement(long personId, EntitlementForm form, CurrentUser user) {
		RosterRow elder = elder(personId, user);
		YearMonth from = parseMonth(form.fromMonth(), "fromMonth");
		if (from.isBefore(YearMonth.from(today()))) {
			throw new FieldRuleException("fromMonth", "homecare.entitlement.from.past");
		}
		Provider provider = providers.findById(form.providerId()).filter(Provider::isActive)
			.orElseThrow(() -> new FieldRuleException("providerId", "homecare.entitlement.provider.required"));
		Optional<AbilityLevel> level = elderly.levelOn(personId, today());
		if (form.kind().hasQuota() && level.isEmpty()) {
			throw new FieldRuleException("kind", "homecare.entitlement.needs-assessment");
		}
		if (form.kind() == EntitlementKind.FREE) {
			boolean assisted = elder.dibao() || elder.tekun() || elder.edge();
			boolean needy = level.map(AbilityLevel::disabled).orElse(false) || elder.age() >= 80 || elder.livesAlone();
			if (!assisted || !needy) {
				throw new FieldRuleException("kind", "homecare.entitlement.free-not-eligible");
			}
		}
		for (Entitlement e : entitlements.findByPersonIdOrderByValidFromDescIdDesc(personId)) {
			if (e.getValidTo() == null || e.getValidTo().isAfter(from)) {
				if (!e.getValidFrom().isBefore(from)) {
					throw new FieldRuleException("fromMonth", "homecare.entitlement.from.taken", e.getValidFrom());
				}
				e.endBefore(from);
				entitlements.saveAndFlush(e);
			}
		}
		Entitlement e = entitlements.saveAndFlush(new Entitlement(personId, form.kind(), provider.getId(), from,
				form.reason().strip()));
		audit("ENTITLEMENT", "HomeCareEntitlement", e.getId(), elder.communityId(), text.msg("homecare.audit.entitlement",
				elder.name(), text.msg("homecare.kind." + form.kind()), provider.getName(), from));
		return e;
	}

	static YearMonth parseMonth(String text, String field) {
		try {
			return YearMonth.parse(HalfWidth.of(text).strip());
		}
		catch (RuntimeException ex) {
			throw new FieldRuleException(field, "elderly.month.format");
		}
	}

	/**
	 * The registry says the elder died or moved out on {@code date}: the entitlement in force then ends from the next
	 * month, orders planned or dispatched after that day are cancelled.
	 */
	void endByRegistry(long personId, long communityId, LocalDate date, String reasonKey) {
		YearMonth next = YearMonth.from(date).plusMonths(1);
		String reason = text.msg(reasonKey, date);
		for (Entitlement e : entitlements.findByPersonIdOrderByValidFromDescIdDesc(personId)) {
			// one starting only after the event is left as it is: no order can be planned for someone not living
			if (e.getValidFrom().isBefore(next) && (e.getValidTo() == null || e.getValidTo().isAfter(next))) {
				e.endBefore(next);
				entitlements.saveAndFlush(e);
				audit("ENTITLEMENT", "HomeCareEntitlement", e.getId(), communityId, reason);
			}
		}
		Instant after = date.plusDays(1).atStartOfDay(OFFICE).toInstant();
		for (ServiceOrder o : orders.openAfter(personId, after)) {
			o.cancel(reason);
			orders.saveAndFlush(o);
			audit("ORDER_CANCEL", "HomeCareOrder", o.getId(), o.getCommunityId(), text.msg("homecare.audit.cancel", o.getId(), reason));
		}
	}

	// ---- orders ----

	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public ServiceOrder order(long id, CurrentUser user) {
		return orders.findInScope(id, user.scope()).orElseThrow(() -> new NotFoundException("ServiceOrder", id));
	}

	@Transactional(readOnly = true)
	public ServiceItem item(long id) {
		return items.findById(id).orElseThrow(() -> new NotFoundException("ServiceItem", id));
	}

	@Transactional(readOnly = true)
	public Optional<Worker> worker(Long id) {
		return id == null ? Optional.empty() : workers.findById(id);
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public ServiceOrder plan(PlanForm form, CurrentUser user) {
		RosterRow elder = elder(form.personId(), user);
		Instant start = instant(form.plannedStart());
		YearMonth month = YearMonth.from(form.plannedStart());
		Entitlement entitlement = entitlementIn(elder.personId(), month)
			.orElseThrow(() -> new FieldRuleException("plannedStart", "homecare.order.no-entitlement", month));
		ServiceItem item = items.findById(form.itemId()).filter(ServiceItem::isActive)
			.orElseThrow(() -> new FieldRuleException("itemId", "homecare.order.item.required"));
		if (form.plannedMinutes() < item.getMinMinutes()) {
			throw new FieldRuleException("plannedMinutes", "homecare.order.minutes.below-minimum", item.getName(),
					item.getMinMinutes());
		}
		if (entitlement.getKind().hasQuota()) {
			int quota = quotaHours(elder.personId(), month)
				.orElseThrow(() -> new FieldRuleException("personId", "homecare.entitlement.needs-assessment"));
			long used = orders.minutesInMonth(elder.personId(), month.atDay(1), -1);
			if (used + form.plannedMinutes() > quota * 60L) {
				throw new FieldRuleException("plannedMinutes", "homecare.order.over-quota", quota, hours(used),
						hours(form.plannedMinutes()));
			}
		}
		ServiceOrder order = orders.saveAndFlush(new ServiceOrder(elder.personId(), elder.communityId(), entitlement, item,
				start, form.plannedMinutes(), month, user.getUsername()));
		audit("ORDER_PLAN", "HomeCareOrder", order.getId(), order.getCommunityId(),
				text.msg("homecare.audit.plan", elder.name(), item.getName(), time(start)));
		return order;
	}

	static String hours(long minutes) {
		return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	private ServiceOrder step(long id, StepForm form, CurrentUser user) {
		ServiceOrder o = order(id, user);
		OptimisticLock.check(o, form.versionSeen(), id);
		return o;
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void dispatch(long id, StepForm form, CurrentUser user) {
		ServiceOrder o = step(id, form, user);
		Worker w = worker(form.workerId()).orElseThrow(() -> new FieldRuleException("workerId", "homecare.order.worker.required"));
		List<ServiceOrder> clash = orders.overlapping(w.getId(), o.getPlannedStart(), o.getPlannedEnd(), o.getId());
		if (!clash.isEmpty()) {
			ServiceOrder other = clash.get(0);
			throw new FieldRuleException("workerId", "homecare.order.overlap", w.getName(), other.getId(),
					time(other.getPlannedStart()), time(other.getPlannedEnd()));
		}
		o.dispatch(w);
		orders.saveAndFlush(o);
		audit("ORDER_DISPATCH", "HomeCareOrder", id, o.getCommunityId(), text.msg("homecare.audit.dispatch", id, w.getName()));
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void checkIn(long id, StepForm form, CurrentUser user) {
		ServiceOrder o = step(id, form, user);
		o.checkIn(at(form));
		orders.saveAndFlush(o);
		audit("ORDER_CHECK_IN", "HomeCareOrder", id, o.getCommunityId(), text.msg("homecare.audit.check-in", id, time(o.getCheckedInAt())));
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void checkOut(long id, StepForm form, CurrentUser user) {
		ServiceOrder o = step(id, form, user);
		Entitlement e = entitlements.findById(o.getEntitlementId()).orElseThrow();
		BigDecimal share = e.getKind() == EntitlementKind.LOW_COST
				? standards.ratio(StandardParameter.HOME_CARE_COPAY_SHARE, null, o.getServiceMonth()) : null;
		o.checkOut(at(form), item(o.getItemId()), e.getKind(), share);
		orders.saveAndFlush(o);
		audit("ORDER_CHECK_OUT", "HomeCareOrder", id, o.getCommunityId(),
				text.msg("homecare.audit.check-out", id, o.getMinutes(), o.getAmount()));
	}

	private Instant at(StepForm form) {
		if (form.at() == null) {
			throw new FieldRuleException("at", "homecare.order.at.required");
		}
		Instant at = instant(form.at());
		if (at.isAfter(clock.instant().plusSeconds(300))) {
			throw new FieldRuleException("at", "homecare.order.at.future");
		}
		return at;
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void confirm(long id, StepForm form, CurrentUser user) {
		ServiceOrder o = step(id, form, user);
		if (form.signer() == null || form.signer().isBlank()) {
			throw new FieldRuleException("signer", "homecare.order.signer.required");
		}
		o.confirm(form.signer().strip());
		orders.saveAndFlush(o);
		audit("ORDER_CONFIRM", "HomeCareOrder", id, o.getCommunityId(), text.msg("homecare.audit.confirm", id, form.signer().strip()));
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void followUp(long id, StepForm form, CurrentUser user) {
		ServiceOrder o = step(id, form, user);
		if (form.satisfaction() == null) {
			throw new FieldRuleException("satisfaction", "homecare.order.satisfaction.required");
		}
		o.followUp(form.satisfaction(), form.note() == null || form.note().isBlank() ? null : form.note().strip());
		orders.saveAndFlush(o);
		audit("ORDER_FOLLOW_UP", "HomeCareOrder", id, o.getCommunityId(),
				text.msg("homecare.audit.follow-up", id, text.msg("homecare.satisfaction." + form.satisfaction())));
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void cancel(long id, StepForm form, CurrentUser user) {
		ServiceOrder o = step(id, form, user);
		if (form.note() == null || form.note().isBlank()) {
			throw new FieldRuleException("note", "homecare.order.cancel.reason.required");
		}
		o.cancel(form.note().strip());
		orders.saveAndFlush(o);
		audit("ORDER_CANCEL", "HomeCareOrder", id, o.getCommunityId(), text.msg("homecare.audit.cancel", id, form.note().strip()));
	}

	// ---- settlements ----

	@Transactional(readOnly = true)
	@PreAuthorize(HomeCareRoles.SETTLEMENT_READ)
	public Settlement settlement(long id) {
		return settlements.findById(id).orElseThrow(() -> new NotFoundException("Settlement", id));
	}

	@Transactional(readOnly = true)
	@PreAuthorize(HomeCareRoles.SETTLEMENT_READ)
	public List<Settlement> settlements() {
		return settlements.newestFirst();
	}

	/**
	 * Prepares (or, while not approved, refreshes) the provider's settlement of an ended month: every confirmed order
	 * of that provider and month, in one set-based update; the totals are the orders' sums.
	 */
	@PreAuthorize(Roles.STREET_PREPARE)
	public Settlement prepare(long providerId, YearMonth month, CurrentUser user) {
		Provider provider = provider(providerId);
		if (!month.isBefore(YearMonth.from(today()))) {
			throw new FieldRuleException("month", "homecare.settlement.month.not-ended");
		}
		Settlement s = settlements.findOne(providerId, month.atDay(1)).orElseGet(() -> new Settlement(providerId, month));
		if (s.getStatus() == SettlementStatus.APPROVED) {
			throw new BusinessRuleException("homecare.settlement.approved");
		}
		s.totals(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, user.getUsername(), clock.instant());
		s = settlements.saveAndFlush(s);
		jdbc.sql("""
				update home_care_order set settlement_id = :s
				where provider_id = :p and service_month = :m and status in ('CONFIRMED', 'FOLLOWED_UP')
				  and (settlement_id is null or settlement_id = :s)""")
			.param("s", s.getId()).param("p", providerId).param("m", month.atDay(1)).update();
		var totals = jdbc.sql("""
				select count(*) as n, coalesce(sum(minutes), 0) as minutes, coalesce(sum(amount), 0) as amount,
				       coalesce(sum(government_amount), 0) as government, coalesce(sum(elder_amount), 0) as elder
				from home_care_order where settlement_id = :s""").param("s", s.getId()).query().singleRow();
		s.totals(((Number) totals.get("n")).intValue(), ((Number) totals.get("minutes")).intValue(),
				(BigDecimal) totals.get("amount"), (BigDecimal) totals.get("government"), (BigDecimal) totals.get("elder"),
				user.getUsername(), clock.instant());
		s = settlements.saveAndFlush(s);
		audit("SETTLEMENT_PREPARE", "HomeCareSettlement", s.getId(), null,
				text.msg("homecare.audit.settlement.prepare", provider.getName(), month, s.getOrderCount(), s.getAmount()));
		return s;
	}

	@PreAuthorize(Roles.APPROVE)
	public void approve(long id, long versionSeen, CurrentUser user) {
		Settlement s = settlement(id);
		OptimisticLock.check(s, versionSeen, id);
		s.approve(user.getUsername(), clock.instant());
		settlements.saveAndFlush(s);
		audit("SETTLEMENT_APPROVE", "HomeCareSettlement", id, null, text.msg("homecare.audit.settlement.approve",
				provider(s.getProviderId()).getName(), s.getMonth(), s.getAmount()));
	}

	/** Confirmed-not-settled and checked-out-not-confirmed orders of a provider and month (a warning before preparing). */
	@Transactional(readOnly = true)
	public long unconfirmed(long providerId, YearMonth month) {
		return jdbc.sql("""
				select count(*) from home_care_order where provider_id = :p and service_month = :m
				and status in ('PLANNED', 'DISPATCHED', 'CHECKED_IN', 'CHECKED_OUT')""")
			.param("p", providerId).param("m", month.atDay(1)).query(Long.class).single();
	}

}
