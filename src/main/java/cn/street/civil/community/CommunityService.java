package cn.street.civil.community;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.audit.Changes;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
@Transactional
class CommunityService implements CommunityDirectory {

	/**
	 * How long a read of the directory serves {@link #all()}, {@link #active()}, {@link #byId} and {@link #names()}.
	 * Changes made through this service are seen at once; changes made elsewhere (another instance, SQL) within
	 * this time. The directory is a dozen rows that change a few times a year, and the list and detail pages asked
	 * for it on every view: 5 % of the household list's and 14 % of the household page's JVM time (JFR).
	 */
	static final Duration FRESH_FOR = Duration.ofSeconds(10);

	private final CommunityRepository communities;

	private final ApplicationEventPublisher events;

	private volatile Directory directory;

	CommunityService(CommunityRepository communities, ApplicationEventPublisher events) {
		this.communities = communities;
		this.events = events;
	}

	/** The communities as read at {@code readAt} (System.nanoTime), active first, by code. */
	private record Directory(List<CommunityRef> all, Map<Long, CommunityRef> byId, long readAt) {

		boolean fresh() {
			return System.nanoTime() - readAt < FRESH_FOR.toNanos();
		}

	}

	private Directory directory() {
		Directory current = directory;
		if (current == null || !current.fresh()) {
			long readAt = System.nanoTime();
			List<CommunityRef> all = communities.findAllByOrderByActiveDescCodeAsc().stream().map(Community::toRef).toList();
			current = new Directory(all, all.stream().collect(Collectors.toUnmodifiableMap(CommunityRef::id, c -> c)),
					readAt);
			directory = current;
		}
		return current;
	}

	/** After a change: read again now, and again once the change is committed or rolled back. */
	private void forgetDirectory() {
		directory = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					directory = null;
				}
			});
		}
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<CommunityRef> all() {
		return directory().all();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<CommunityRef> active() {
		return all().stream().filter(CommunityRef::active).toList();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<CommunityRef> byId(long id) {
		return Optional.ofNullable(directory().byId().get(id));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CommunityRef> byNameOrCode(String nameOrCode) {
		if (nameOrCode == null || nameOrCode.isBlank()) {
			return Optional.empty();
		}
		String key = nameOrCode.trim();
		return communities.findByName(key).or(() -> communities.findByCode(key)).map(Community::toRef);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Map<Long, String> names() {
		return all().stream().collect(Collectors.toMap(CommunityRef::id, CommunityRef::name));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	List<Community> list() {
		return communities.findAllByOrderByActiveDescCodeAsc();
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	Community get(long id) {
		return communities.findById(id).orElseThrow(() -> new NotFoundException("community", id));
	}

	@PreAuthorize("hasRole('ADMIN')")
	Community create(CommunityForm form) {
		checkUnique(form, 0L);
		forgetDirectory();
		Community community = communities.save(new Community(form.code(), form.name(), form.population()));
		events.publishEvent(AuditRecord.of("community", "CREATE", "Community", community.getId(), community.getId(),
				"新建社区 " + community.getName()));
		return community;
	}

	@PreAuthorize("hasRole('ADMIN')")
	Community update(long id, CommunityForm form) {
		Community community = get(id);
		OptimisticLock.check(community, form.version() == null ? -1 : form.version(), id);
		checkUnique(form, id);
		forgetDirectory();
		Changes changes = new Changes().field("编码", community.getCode(), form.code())
			.field("名称", community.getName(), form.name())
			.field("户籍人口", community.getPopulation(), form.population());
		community.rename(form.code(), form.name(), form.population());
		events.publishEvent(AuditRecord.of("community", "UPDATE", "Community", id, id, "修改社区 " + form.name())
			.withDetails(changes.toString()));
		return community;
	}

	@PreAuthorize("hasRole('ADMIN')")
	void setActive(long id, boolean active) {
		Community community = get(id);
		if (community.isActive() == active) {
			return;
		}
		forgetDirectory();
		community.setActive(active);
		events.publishEvent(AuditRecord.of("community", active ? "ENABLE" : "DISABLE", "Community", id, id,
				(active ? "启用社区 " : "停用社区 ") + community.getName()));
	}

	private void checkUnique(CommunityForm form, long id) {
		if (communities.existsByCodeAndIdNot(form.code(), id)) {
			throw new BusinessRuleException("community.code.taken", form.code());
		}
		if (communities.existsByNameAndIdNot(form.name(), id)) {
			throw new BusinessRuleException("community.name.taken", form.name());
		}
	}

	/** Demo and first-start seeding: creates the community unless one with that code exists. */
	Community ensure(String code, String name, int population) {
		return communities.findByCode(code).orElseGet(() -> {
			forgetDirectory();
			return communities.save(new Community(code, name, population));
		});
	}

}
