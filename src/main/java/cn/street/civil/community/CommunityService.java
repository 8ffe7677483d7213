package cn.street.civil.community;

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
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CommunityService implements CommunityDirectory {

	private final CommunityRepository communities;

	private final ApplicationEventPublisher events;

	CommunityService(CommunityRepository communities, ApplicationEventPublisher events) {
		this.communities = communities;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CommunityRef> all() {
		return communities.findAllByOrderByActiveDescCodeAsc().stream().map(Community::toRef).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CommunityRef> active() {
		return all().stream().filter(CommunityRef::active).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CommunityRef> byId(long id) {
		return communities.findById(id).map(Community::toRef);
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
	@Transactional(readOnly = true)
	public Map<Long, String> names() {
		return communities.findAll().stream().collect(Collectors.toMap(Community::getId, Community::getName));
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
		return communities.findByCode(code).orElseGet(() -> communities.save(new Community(code, name, population)));
	}

}
