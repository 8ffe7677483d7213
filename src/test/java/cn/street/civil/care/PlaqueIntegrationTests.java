package cn.street.civil.care;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.street.civil.disability.DisabilityTestClient;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 光荣牌 over HTTP: a household qualifies through a 优抚对象 among its members and is listed without a plaque until
 * one is recorded as hung; a second one only as a replacement with its reason; a disqualified recipient takes the
 * household off the list; the household page shows it; scope (404) and roles on every route.
 */
@IntegrationTest
class PlaqueIntegrationTests {

	@Autowired
	DisabilityTestClient client;

	long recipient(String user, String idNumber, String category) throws Exception {
		String location = client.perform(post("/care/recipients").with(client.users.as(user)).with(csrf())
			.param("idNumber", idNumber).param("certificateNo", "鲁烈字第9号").param("category", category)
			.param("sinceMonth", YearMonth.from(LocalDate.now()).plusMonths(1).toString()))
			.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/care/recipients/");
		return Long.parseLong(location.substring("/care/recipients/".length()));
	}

	MockHttpServletRequestBuilder hang(String user, long household, String... params) {
		MockHttpServletRequestBuilder r = post("/care/plaques/households/{h}", household).with(client.users.as(user))
			.with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			r.param(params[i], params[i + 1]);
		}
		return r;
	}

	List<Map<String, Object>> plaques(long household) {
		return client.jdbc.sql("select * from care_plaque where household_id = :h order by id").param("h", household)
			.query().listOfRows();
	}

	private long todoCount(String user) throws Exception {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("符合条件尚未悬挂光荣牌 (\\d+) 户")
			.matcher(client.page(user, "/"));
		return m.find() ? Long.parseLong(m.group(1)) : 0;
	}

	private long listTotal(String user, String url) throws Exception {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("共 ([\\d,]+) 条").matcher(client.page(user, url));
		assertThat(m.find()).as("total on " + url).isTrue();
		return Long.parseLong(m.group(1).replace(",", ""));
	}

	@Test
	void aMartyrsFamilyIsListedWithoutAPlaqueUntilOneIsHungAndThenOnlyReplaced() throws Exception {
		Object[] f = client.family("光荣甲");
		long household = (long) f[0];
		long martyrFamily = recipient("hongyuan", (String) f[4], "MARTYR_FAMILY");
		String page = "/care/plaques/households/" + household;
		assertThat(client.page("hongyuan", "/care/plaques?without=true&q=" + client.householdNo(household)))
			.contains("household-" + household).contains("烈士遗属").contains("光荣甲妻").contains("未悬挂");
		assertThat(client.page("hongyuan", "/households/" + household)).contains("光荣牌").contains("未悬挂");
		assertThat(client.page("hongyuan", "/")).contains("符合条件尚未悬挂光荣牌");
		for (String user : List.of("hongyuan", "jiedao")) {
			// the home page's count (its own query) is the list's total, in the user's scope
			assertThat(todoCount(user)).as(user).isEqualTo(listTotal(user, "/care/plaques?without=true"));
		}
		long before = todoCount("hongyuan");

		String future = client.body(hang("hongyuan", household, "recipientId", String.valueOf(martyrFamily),
				"hungOn", LocalDate.now().plusDays(3).toString(), "hungBy", "街道退役军人服务站 王站长"));
		assertThat(future).contains("悬挂日期不能晚于今天");
		String noOne = client.body(hang("hongyuan", household, "hungOn", LocalDate.now().toString(), "hungBy", " "));
		assertThat(noOne).contains("请填写悬挂人");
		assertThat(plaques(household)).isEmpty();

		LocalDate hungOn = LocalDate.now().minusDays(20);
		assertThat(client.perform(hang("hongyuan", household, "recipientId", String.valueOf(martyrFamily), "hungOn",
				hungOn.toString(), "hungBy", "街道退役军人服务站 王站长")).getResponse().getRedirectedUrl()).isEqualTo(page);
		assertThat(todoCount("hongyuan")).isEqualTo(before - 1);
		assertThat(todoCount("hongyuan")).isEqualTo(listTotal("hongyuan", "/care/plaques?without=true"));
		assertThat(plaques(household)).singleElement().satisfies(p -> {
			assertThat(p.get("basis")).isEqualTo("MARTYR_FAMILY");
			assertThat(p.get("recipient_id")).isEqualTo(martyrFamily);
			assertThat(p.get("hung_by")).isEqualTo("街道退役军人服务站 王站长");
			assertThat(p.get("recorded_by")).isEqualTo("hongyuan");
		});
		assertThat(client.page("hongyuan", "/care/plaques?without=true&q=" + client.householdNo(household)))
			.doesNotContain("household-" + household);
		assertThat(client.page("hongyuan", "/households/" + household)).contains(hungOn + " 已悬挂");
		// a second plaque is a replacement, never a second hanging
		assertThat(client.body(hang("hongyuan", household, "hungOn", LocalDate.now().toString(), "hungBy", "社区")))
			.contains("该户已于 " + hungOn + " 悬挂光荣牌");
		long first = (long) plaques(household).get(0).get("id");
		String replace = "/care/plaques/" + first + "/replace";
		assertThat(client.body(post(replace).with(client.users.as("hongyuan")).with(csrf())
			.param("hungOn", LocalDate.now().toString()).param("hungBy", "社区居委会 李主任")))
			.contains("更换光荣牌须写明原因");
		assertThat(client.body(post(replace).with(client.users.as("hongyuan")).with(csrf())
			.param("hungOn", hungOn.minusDays(1).toString()).param("hungBy", "社区居委会 李主任").param("reason", "褪色")))
			.contains("更换日期不能早于原光荣牌的悬挂日期");
		assertThat(client.perform(post(replace).with(client.users.as("shijiyuan")).with(csrf())
			.param("hungOn", LocalDate.now().toString()).param("hungBy", "社区").param("reason", "褪色"))
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(client.perform(post(replace).with(client.users.as("chief")).with(csrf())
			.param("hungOn", LocalDate.now().toString()).param("hungBy", "社区").param("reason", "褪色"))
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(client.perform(post(replace).with(client.users.as("hongyuan")).with(csrf())
			.param("hungOn", LocalDate.now().toString()).param("hungBy", "社区居委会 李主任").param("reason", "台风损坏"))
			.getResponse().getRedirectedUrl()).isEqualTo(page);
		List<Map<String, Object>> rows = plaques(household);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get("replaces_id")).isEqualTo(first);
		assertThat(rows.get(1).get("replacement_reason")).isEqualTo("台风损坏");
		assertThat(client.page("hongyuan", page)).contains("更换前一块：台风损坏").contains("已被更换");
		// the replaced plaque cannot be replaced again
		assertThat(client.body(post(replace).with(client.users.as("hongyuan")).with(csrf())
			.param("hungOn", LocalDate.now().toString()).param("hungBy", "社区").param("reason", "再换")))
			.contains("只能更换该户现有的光荣牌");
		assertThat(plaques(household)).hasSize(2);
		assertThat(client.jdbc.sql("select count(*) from audit_entry where module = 'care' and action like 'PLAQUE_%' and object_id in (:ids)")
			.param("ids", rows.stream().map(r -> String.valueOf(r.get("id"))).toList()).query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void plaquesAreScopedLimitedToTheRolesAndFollowTheRecipients() throws Exception {
		Object[] f = client.family("光荣乙");
		long household = (long) f[0];
		String page = "/care/plaques/households/" + household;
		assertThat(client.status("hongyuan", page)).as("no recipient: does not qualify").isEqualTo(404);
		long veteran = recipient("hongyuan", (String) f[3], "WAR_PARTICIPANT");
		assertThat(client.status("hongyuan", page)).isEqualTo(200);
		assertThat(client.page("hongyuan", page)).contains("退役军人家庭");
		assertThat(client.status("chief", page)).isEqualTo(200);
		assertThat(client.status("shijiyuan", page)).isEqualTo(404);
		assertThat(client.status("admin", page)).isEqualTo(403);
		assertThat(client.status("auditor", "/care/plaques")).isEqualTo(403);
		assertThat(client.status("hongyuan", "/care/plaques/export")).isEqualTo(200);
		assertThat(client.perform(hang("shijiyuan", household, "hungOn", LocalDate.now().toString(), "hungBy", "社区"))
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(client.perform(hang("chief", household, "hungOn", LocalDate.now().toString(), "hungBy", "社区"))
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(client.page("shijiyuan", "/care/plaques?q=" + client.householdNo(household)))
			.doesNotContain("household-" + household);
		assertThat(plaques(household)).isEmpty();
		// disqualified: the household no longer qualifies
		assertThat(client.perform(post("/care/recipients/{id}/stop", veteran).with(client.users.as("hongyuan"))
			.with(csrf()).param("version", "0").param("reason", "DISQUALIFIED")).getResponse().getStatus()).isEqualTo(302);
		assertThat(client.status("hongyuan", page)).isEqualTo(404);
	}

}
