package cn.street.civil.household.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an import file is checked against in the database, in a few set-based queries instead of one per
 * row: persons already registered (by the blind index of their 身份证号) and 户号 already used.
 */
@Component
class ImportLookups {

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	ImportLookups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Blind index → community of the person already registered with it. */
	Map<String, Long> registeredPersons(Collection<String> idNoHashes) {
		Map<String, Long> found = new HashMap<>();
		for (List<String> chunk : chunks(idNoHashes)) {
			jdbc.sql("select id_no_hash, community_id from person where id_no_hash in (:hashes)")
				.param("hashes", chunk)
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
				.list()
				.forEach(e -> found.put(e.getKey(), e.getValue()));
		}
		return found;
	}

	/** The given 户号 that a household already has. */
	Set<String> usedHouseholdNumbers(Collection<String> numbers) {
		Set<String> used = new HashSet<>();
		for (List<String> chunk : chunks(numbers)) {
			used.addAll(jdbc.sql("select household_no from household where household_no in (:numbers)")
				.param("numbers", chunk)
				.query(String.class)
				.list());
		}
		return used;
	}

	private static List<List<String>> chunks(Collection<String> values) {
		List<String> all = new ArrayList<>(new HashSet<>(values));
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			chunks.add(all.subList(i, Math.min(i + CHUNK, all.size())));
		}
		return chunks;
	}

}
