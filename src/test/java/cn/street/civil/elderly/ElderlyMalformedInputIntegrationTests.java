package cn.street.civil.elderly;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The elderly pages take garbage without a server error: wrong types, huge and empty values on every list filter and
 * form; and what a user types comes back escaped.
 */
@IntegrationTest
class ElderlyMalformedInputIntegrationTests {

	@Autowired
	ElderlyTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noServerErrorOnMalformedInput() throws Exception {
		long[] e = client.elder("hongyuan", "畸形输入", LocalDate.of(1943, 3, 3), true);
		String huge = "长".repeat(10_000);
		List<String> failures = new ArrayList<>();
		for (String url : List.of("/elderly?on=昨天", "/elderly?band=OLD", "/elderly?level=X&programme=Y",
				"/elderly?communityId=abc", "/elderly?page=-5&sort=drop%20table", "/elderly?q=" + huge,
				"/elderly/export?on=2026-13-45", "/elderly/allowance?month=2026-99", "/elderly/allowance?tier=X",
				"/elderly/allowance/eligible?communityId=x&page=abc", "/elderly/allowance/abc", "/elderly/persons/abc",
				"/elderly/allowance/eligible/99999999", "/elderly/home-care/orders?month=垃圾&status=X",
				"/elderly/home-care/orders/abc", "/elderly/home-care/statistics?month=2026-00",
				"/elderly/home-care/orders/new?personId=abc", "/elderly/home-care/entitlements/-1")) {
			int status = client.status("hongyuan", url);
			if (status >= 500) {
				failures.add("GET " + url + " → " + status);
			}
		}
		String person = "/elderly/persons/" + e[1];
		String[][] posts = { { person + "/profile", "version", "abc", "livesAlone", "maybe" },
				{ person + "/profile", "contactName", huge, "contactPhone", huge, "version", "0" },
				{ person + "/assessments", "level", "BAD", "assessedOn", "昨天", "assessor", "" },
				{ person + "/assessments", "level", "", "assessedOn", "", "assessor", huge },
				{ "/elderly/allowance/eligible/" + e[1], "survivalConfirmed", "yes?", "survivalCheckedOn", "x" },
				{ "/elderly/allowance/eligible/" + e[1], "survivalConfirmed", "true", "survivalCheckedOn",
						LocalDate.now().toString(), "backpayReason", "OTHER", "backpayFrom", "上个月" },
				{ "/elderly/home-care/entitlements/" + e[1], "kind", "X", "providerId", "y", "fromMonth", "z", "reason", huge },
				{ "/elderly/home-care/orders", "personId", String.valueOf(e[1]), "itemId", "x", "plannedStart", "明天",
						"plannedMinutes", "-1" },
				{ "/elderly/home-care/orders", "personId", "", "itemId", "", "plannedStart", "", "plannedMinutes", "" },
				{ "/elderly/home-care/items", "code", "小写", "name", huge, "hourlyPrice", "免费", "minMinutes", "0" },
				{ "/elderly/home-care/providers", "name", "", "contact", huge, "phone", "电话" } };
		for (String[] post : posts) {
			String[] params = java.util.Arrays.copyOfRange(post, 1, post.length);
			int status = client.post(post[0].startsWith("/elderly/home-care/items") || post[0].startsWith("/elderly/home-care/providers")
					? "jiedao" : "hongyuan", post[0], params).getResponse().getStatus();
			if (status >= 500) {
				failures.add("POST " + post[0] + " " + String.join(",", params).substring(0, 40) + " → " + status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void whatIsTypedComesBackEscaped() throws Exception {
		long[] e = client.elder("hongyuan", "转义老人", LocalDate.of(1946, 6, 6), true);
		String xss = "\"><script>alert(1)</script>";
		client.post("hongyuan", "/elderly/persons/" + e[1] + "/profile", "contactName", xss, "contactPhone", "13912345678",
				"contactRelation", "<b>子", "note", xss, "version", "0");
		client.post("hongyuan", "/elderly/persons/" + e[1] + "/assessments", "level", "MILD", "assessedOn",
				LocalDate.now().toString(), "assessor", xss, "note", xss);
		for (String url : List.of("/elderly/persons/" + e[1], "/elderly?q=转义老人")) {
			String page = client.page("hongyuan", url);
			assertThat(page).as(url).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
		}
		assertThat(jdbc.sql("select contact_name from elderly_profile where person_id = :p").param("p", e[1])
			.query(String.class).single()).isEqualTo(xss);
		assertThat(new String(client.page("hongyuan", "/elderly/persons/" + e[1]).getBytes(StandardCharsets.UTF_8),
				StandardCharsets.UTF_8)).contains("转义老人");
	}

}
