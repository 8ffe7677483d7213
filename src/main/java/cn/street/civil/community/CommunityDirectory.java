package cn.street.civil.community;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The read API of the community module for every other module. */
public interface CommunityDirectory {

	/** All communities, active first, by code. */
	List<CommunityRef> all();

	/** Active communities by code: what a form's select offers. */
	List<CommunityRef> active();

	Optional<CommunityRef> byId(long id);

	/** Looks a community up by its exact name or code (Excel import). */
	Optional<CommunityRef> byNameOrCode(String nameOrCode);

	/** id → name, for list pages (one query, no N+1). */
	Map<Long, String> names();

}
