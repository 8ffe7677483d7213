package cn.street.civil.payout;

import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ExploreTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void explore() {
		System.out.println("EXPLORE " + jdbc.sql("""
				select c.programme, c.state, count(*) as n, count(*) filter (where h.has_bank_account) as acc, count(*) filter (where h.bank_account_holder <> p.name) as mism, count(*) filter (where p.status <> 'ACTIVE') as gone
				from assistance_case c join registry_household h on h.id = c.household_id join registry_person p on p.id = c.applicant_person_id
				group by 1, 2""").query().listOfRows());
		System.out.println("EXPLORE months " + jdbc.sql("select min(effective_month), max(effective_month), count(*) from assistance_case_change").query().listOfRows());
	}

}
