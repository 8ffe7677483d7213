package cn.street.civil.care;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.disability.DisabilityTestClient;
import cn.street.civil.support.TestIds;
import org.awaitility.Awaitility;

import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Families in any community, 优抚对象 and holiday visit campaigns, over HTTP as the users would. */
@Component
public class CareTestClient {

	public final DisabilityTestClient http;

	CareTestClient(DisabilityTestClient http) {
		this.http = http;
	}

	/** Family {household, head, spouse, headId, spouseId} registered by {@code user} in their community. */
	public Object[] family(String user, String headName) throws Exception {
		OffsetDateTime start = http.jdbc.sql("select now()").query(OffsetDateTime.class).single();
		String headId = TestIds.next(true);
		String spouseId = TestIds.next(false);
		long household = http.households.register(user, headName, headId);
		long head = http.households.personId(headId);
		long spouse = http.households.addMember(user, household, headName + "妻", spouseId, "SPOUSE");
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> http.jdbc.sql("""
				select count(*) from event_publication where completion_date is null and publication_date >= :start""")
			.param("start", start).query(Long.class).single() == 0);
		return new Object[] { household, head, spouse, headId, spouseId };
	}

	/** Registers a 优抚对象 (paid from next month) and returns its id. */
	public long recipient(String user, String idNumber, String category, String... extra) throws Exception {
		MockHttpServletRequestBuilder r = post("/care/recipients").with(http.users.as(user)).with(csrf())
			.param("idNumber", idNumber).param("certificateNo", "鲁优字第1号").param("category", category)
			.param("sinceMonth", YearMonth.from(LocalDate.now()).plusMonths(1).toString());
		for (int i = 0; i < extra.length; i += 2) {
			r.param(extra[i], extra[i + 1]);
		}
		String location = http.perform(r).getResponse().getRedirectedUrl();
		if (location == null || !location.startsWith("/care/recipients/")) {
			throw new AssertionError("recipient refused: " + location);
		}
		return Long.parseLong(location.substring("/care/recipients/".length()));
	}

	/** The chief opens a campaign of the holiday and year for these categories; returns its id. */
	public long open(String kind, int year, String standardCash, String... categories) throws Exception {
		MockHttpServletRequestBuilder r = post("/care/campaigns").with(http.users.as("chief")).with(csrf())
			.param("kind", kind).param("year", String.valueOf(year)).param("standardCash", standardCash)
			.param("categories", categories);
		String location = http.perform(r).getResponse().getRedirectedUrl();
		if (location == null || !location.startsWith("/care/campaigns/")) {
			throw new AssertionError("campaign refused: " + location);
		}
		return Long.parseLong(location.substring("/care/campaigns/".length()));
	}

	public long campaignVersion(long campaign) {
		return http.jdbc.sql("select version from care_campaign where id = :id").param("id", campaign)
			.query(Long.class).single();
	}

	/** The visit row of a household on the campaign's list, or null. */
	public Long visitOf(long campaign, long household) {
		return http.jdbc.sql("select id from care_campaign_visit where campaign_id = :c and household_id = :h")
			.param("c", campaign).param("h", household).query(Long.class).optional().orElse(null);
	}

	/** The chief takes every unvisited household but these off the list (as a chief would, one by one). */
	public void removeAllBut(long campaign, List<Long> keepHouseholds) throws Exception {
		List<Long> others = http.jdbc.sql("""
				select id from care_campaign_visit where campaign_id = :c and visited_on is null
				  and household_id not in (:keep)""")
			.param("c", campaign).param("keep", keepHouseholds).query(Long.class).list();
		for (long visit : others) {
			int status = http.perform(post("/care/campaigns/{c}/visits/{v}/remove", campaign, visit)
				.with(http.users.as("chief")).with(csrf()).param("version", "0")).getResponse().getStatus();
			if (status != 302) {
				throw new AssertionError("remove refused with " + status);
			}
		}
	}

}
