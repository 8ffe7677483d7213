package cn.street.civil.household;

import cn.street.civil.household.spi.PageSection;
import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.TestIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A programme plugs its sections into the person and household pages without the registry knowing it. */
@IntegrationTest
class ExtensionPointsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HouseholdTestClient client;

	@Autowired
	StandInSections sections;

	@Test
	void aProgrammesSectionShowsOnThePersonAndHouseholdPagesWithBadgesAndLinks() throws Exception {
		// under 60: a person with no programme at all (the elderly module shows a section for every 60+ person)
		long id = client.register("hongyuan", "孔有保", TestIds.of("371702", java.time.LocalDate.of(1991, 9, 19), "015"));
		long person = jdbc.sql("select head_person_id from household where id = :id").param("id", id).query(Long.class).single();
		mvc.perform(get("/persons/{id}", person).with(users.as("hongyuan")))
			.andExpect(content().string(containsString("暂无该人员的低保")))
			.andExpect(content().string(not(containsString("测试救助"))));

		sections.persons.add(person);
		sections.households.add(id);
		mvc.perform(get("/persons/{id}", person).with(users.as("hongyuan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("测试救助"), containsString("保障 2 人，每月 660.00 元"),
					containsString("text-bg-success"), containsString("保障中"), containsString("href=\"/households\""),
					containsString("全部记录"))))
			.andExpect(content().string(not(containsString("暂无该人员的低保"))));
		mvc.perform(get("/households/{id}", id).with(users.as("hongyuan")))
			.andExpect(content().string(allOf(containsString("测试户级"), containsString("text-bg-warning"),
					containsString("待复核"))))
			.andExpect(content().string(not(containsString("暂无该户的低保"))));
		assertThat(sections.viewers).contains("hongyuan");

		// another community's caseworker never reaches the page, so no section is asked for them
		mvc.perform(get("/persons/{id}", person).with(users.as("xindian"))).andExpect(status().isNotFound());
		assertThat(sections.viewers).doesNotContain("xindian");
	}

	@Test
	void aSectionLinkMustStayInsideTheApplication() {
		assertThatThrownBy(() -> new PageSection.Link("外链", "https://example.org")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PageSection.Link("外链", "//example.org")).isInstanceOf(IllegalArgumentException.class);
	}

}
