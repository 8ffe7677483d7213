package cn.street.civil.audit;

import java.io.ByteArrayInputStream;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Test
	void auditRowsCommitAndRollBackWithTheChange() {
		tx.executeWithoutResult(status -> events
			.publishEvent(AuditRecord.of("test", "COMMITTED", "Thing", "c-1", null, "提交的变更")));
		tx.executeWithoutResult(status -> {
			events.publishEvent(AuditRecord.of("test", "ROLLED_BACK", "Thing", "r-1", null, "回滚的变更"));
			status.setRollbackOnly();
		});
		assertThat(count("COMMITTED")).isEqualTo(1);
		assertThat(count("ROLLED_BACK")).isZero();
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAuditRows() {
		tx.executeWithoutResult(status -> events
			.publishEvent(AuditRecord.of("test", "IMMUTABLE", "Thing", "i-1", null, "不可修改")));
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set summary = 'x' where action = 'IMMUTABLE'").update()).rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where action = 'IMMUTABLE'").update()).rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).rootCause().hasMessageContaining("append-only");
		assertThat(jdbc.sql("select summary from audit_entry where action = 'IMMUTABLE'").query(String.class).single())
			.isEqualTo("不可修改");
	}

	@Test
	void auditorFiltersByUserAndActionAndSeesCaseModules() throws Exception {
		tx.executeWithoutResult(status -> events
			.publishEvent(AuditRecord.of("household", "UPDATE", "Household", "h-77", 1L, "修改户 h-77")));
		mvc.perform(get("/audit").param("action", "UPDATE").param("objectId", "h-77").with(users.as("auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("修改户 h-77")));
		mvc.perform(get("/audit").param("objectId", "h-77").with(users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("修改户 h-77"))));
	}

	@Test
	void exportIsAnXlsxAndIsItselfAudited() throws Exception {
		long before = count("EXPORT");
		byte[] xlsx = mvc.perform(get("/audit/export").param("module", "login").with(users.as("auditor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间");
		}
		assertThat(count("EXPORT")).isEqualTo(before + 1);
	}

	private long count(String action) {
		return jdbc.sql("select count(*) from audit_entry where action = :a").param("a", action).query(Long.class).single();
	}

}
