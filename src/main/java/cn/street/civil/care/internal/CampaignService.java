package cn.street.civil.care.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holiday visit campaigns' use cases, each in one transaction with its audit row: the chief opens a campaign,
 * generates its list by the rules, hand-picks needy households, takes an unvisited one off, completes it once every
 * household was visited; a caseworker records a visit in their own community (a visit elsewhere is not found).
 */
@Service
@Transactional
public class CampaignService {

	private final CareCampaignRepository campaigns;

	private final CampaignVisitRepository visits;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	CampaignService(CareCampaignRepository campaigns, CampaignVisitRepository visits, JdbcClient jdbc,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.campaigns = campaigns;
		this.visits = visits;
		this.jdbc = jdbc;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@careAccess.reads()")
	public CareCampaign get(long id) {
		return campaigns.findById(id).orElseThrow(() -> new NotFoundException("CareCampaign", id));
	}

	/** A visit of the campaign in the user's scope; another community's is not found. */
	@Transactional(readOnly = true)
	@PreAuthorize("@careAccess.reads()")
	public CampaignVisit visit(long campaignId, long visitId, CurrentUser user) {
		return visits.findByIdAndCampaignId(visitId, campaignId)
			.filter(v -> user.scope().includes(v.getCommunityId()))
			.orElseThrow(() -> new NotFoundException("CampaignVisit", visitId));
	}

	@PreAuthorize("@careAccess.manages()")
	public long open(CampaignForm form, CurrentUser user) {
		if (campaigns.existsByKindAndYear(form.getKind(), form.getYear())) {
			throw new FieldRuleException("year", "care.campaign.exists", String.valueOf(form.getYear()),
					msg("care.campaign.kind." + form.getKind()));
		}
		CareCampaign c = new CareCampaign(form.getKind(), form.getYear(),
				msg("care.campaign.title", String.valueOf(form.getYear()), msg("care.campaign.kind." + form.getKind())),
				form.getCategories(), form.getStandardCash(), user.getUsername());
		campaigns.saveAndFlush(c);
		events.publishEvent(AuditRecord.of(CareService.MODULE, "CAMPAIGN_OPEN", "CareCampaign", c.getId(), null,
				msg("care.audit.campaign-open", c.getTitle())));
		return c.getId();
	}

	/** Generates the list by the rules (again: adds who newly qualifies); returns how many households were added. */
	@PreAuthorize("@careAccess.manages()")
	public int generate(long id, long version, CurrentUser user) {
		CareCampaign c = get(id);
		OptimisticLock.check(c, version, id);
		c.generated(user.getUsername(), Instant.now(clock));
		int added = jdbc.sql(CampaignSql.GENERATE)
			.param("campaign", id)
			.param("categories", c.categoryList().stream().map(Enum::name).toList())
			.param("order", Arrays.stream(CareCategory.values()).map(Enum::name).collect(Collectors.joining(",")))
			.update();
		campaigns.saveAndFlush(c);
		events.publishEvent(AuditRecord.of(CareService.MODULE, "CAMPAIGN_GENERATE", "CareCampaign", id, null,
				msg("care.audit.campaign-generate", c.getTitle(), added)));
		return added;
	}

	/** Adds hand-picked needy households of one basis; only households that really are such (in scope) are added. */
	@PreAuthorize("@careAccess.manages()")
	public int pick(long id, NeedyBasis basis, List<Long> householdIds, CurrentUser user) {
		CareCampaign c = get(id);
		c.requireOpen();
		if (c.getGeneratedAt() == null) {
			throw new BusinessRuleException("care.campaign.pick.not-generated");
		}
		if (householdIds == null || householdIds.isEmpty()) {
			throw new BusinessRuleException("care.campaign.pick.none");
		}
		int added = jdbc.sql("insert into care_campaign_visit (campaign_id, household_id, person_id, community_id, "
				+ "basis, hand_picked) select :campaign, x.household_id, x.person_id, h.community_id, :basis, true "
				+ CampaignSql.NEEDY.formatted(CampaignSql.source(basis))
				+ " and x.household_id in (:households) on conflict (campaign_id, household_id) do nothing")
			.param("campaign", id).param("basis", basis.name()).param("month", today().withDayOfMonth(1))
			.param("all", user.scope().all()).param("scopeIds", user.scope().idsForQuery())
			.param("communityId", null).param("households", householdIds)
			.update();
		campaigns.saveAndFlush(c); // touches the campaign: who changed its list and when
		events.publishEvent(AuditRecord.of(CareService.MODULE, "CAMPAIGN_PICK", "CareCampaign", id, null,
				msg("care.audit.campaign-pick", c.getTitle(), msg("care.campaign.basis." + basis), added)));
		return added;
	}

	@PreAuthorize("@careAccess.manages()")
	public void remove(long id, long visitId, long version, CurrentUser user) {
		CareCampaign c = get(id);
		c.requireOpen();
		CampaignVisit v = visit(id, visitId, user);
		checkVersion(v, version);
		if (v.visited()) {
			throw new BusinessRuleException("care.campaign.remove.visited");
		}
		visits.delete(v);
		visits.flush();
		events.publishEvent(AuditRecord.of(CareService.MODULE, "CAMPAIGN_REMOVE", "CampaignVisit", visitId,
				v.getCommunityId(), msg("care.audit.campaign-remove", c.getTitle(), v.getHouseholdId())));
	}

	@PreAuthorize("@careAccess.writes()")
	public void record(long id, long visitId, VisitForm form, CurrentUser user) {
		CareCampaign c = get(id);
		CampaignVisit v = visit(id, visitId, user);
		c.requireOpen();
		checkVersion(v, form.getVersion());
		LocalDate opened = LocalDate.ofInstant(c.getCreatedAt(), ZoneId.systemDefault());
		if (form.getVisitedOn().isBefore(opened)) {
			throw new FieldRuleException("visitedOn", "care.visit.date.before-open", opened);
		}
		if (form.getVisitedOn().isAfter(today())) {
			throw new FieldRuleException("visitedOn", "care.visit.date.future");
		}
		boolean correction = v.visited();
		v.record(form.getVisitedOn(), form.getVisitors(), form.getCash(), form.getGoods(), form.getGoodsValue(),
				form.getNotes(), user.getUsername(), Instant.now(clock));
		visits.saveAndFlush(v);
		events.publishEvent(AuditRecord.of(CareService.MODULE, correction ? "VISIT_CORRECT" : "VISIT", "CampaignVisit",
				visitId, v.getCommunityId(), msg("care.audit.visit", c.getTitle(), v.getHouseholdId(),
						v.getVisitedOn(), v.getCash() == null ? "0" : v.getCash().toPlainString(),
						v.getGoods() == null ? "—" : v.getGoods())));
	}

	@PreAuthorize("@careAccess.manages()")
	public void close(long id, long version, CurrentUser user) {
		CareCampaign c = get(id);
		OptimisticLock.check(c, version, id);
		c.close(user.getUsername(), Instant.now(clock), visits.countByCampaignIdAndVisitedOnIsNull(id));
		campaigns.saveAndFlush(c);
		events.publishEvent(AuditRecord.of(CareService.MODULE, "CAMPAIGN_CLOSE", "CareCampaign", id, null,
				msg("care.audit.campaign-close", c.getTitle())));
	}

	/** The printed sign-off sheet is a disclosure of names: each print is audited. */
	@PreAuthorize("@careAccess.reads()")
	public void printed(long id, Long communityId, int rows, CurrentUser user) {
		events.publishEvent(AuditRecord.of(CareService.MODULE, "CAMPAIGN_PRINT", "CareCampaign", id,
				communityId != null ? communityId : user.scope().singleCommunity(),
				msg("care.audit.campaign-print", get(id).getTitle(), rows)));
	}

	private static void checkVersion(CampaignVisit v, long seen) {
		if (v.getVersion() != seen) {
			throw new ObjectOptimisticLockingFailureException(CampaignVisit.class, v.getId());
		}
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
