package cn.street.civil.web;

import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Lists count exactly up to 1,000 matches and say so when they estimate (the test street has about 1,000 persons). */
@IntegrationTest
class ListTotalsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aListOfAThousandOrFewerShowsTheExactTotal() throws Exception {
		long households = jdbc.sql("select count(*) from household where status = 'ACTIVE'").query(Long.class).single();
		assertThat(households).isBetween(1L, 1_000L);
		assertThat(page("/households", "jiedao")).contains("共 %,d 条".formatted(households)).doesNotContain("共约");
	}

	@Test
	void aLongerListShowsAnEstimateAsSuchAndStillPagesOn() throws Exception {
		assertThat(jdbc.sql("select count(*) from person").query(Long.class).single())
			.as("the test street (civil.demo.scale=0.02) has 1,040 persons")
			.isGreaterThan(1_000L);
		String html = page("/persons", "jiedao");
		assertThat(html).contains("共约 ").contains("第 1 页").doesNotContain("第 1 / ");
		assertThat(html).containsPattern("<li class=\"page-item\">\\s*<a class=\"page-link\" href=\"\\?page=1\">下一页</a>");
	}

	@Test
	void aSearchOfAThousandOrFewerCountsExactly() throws Exception {
		long wang = jdbc.sql("select count(*) from person where name like '王%'").query(Long.class).single();
		assertThat(page("/persons?q=王", "jiedao")).contains("共 %,d 条".formatted(wang));
	}

	private String page(String url, String user) throws Exception {
		return mvc.perform(get(url).with(users.as(user))).andReturn().getResponse().getContentAsString();
	}

}
