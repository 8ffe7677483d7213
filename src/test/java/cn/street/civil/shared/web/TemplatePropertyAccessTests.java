package cn.street.civil.shared.web;

import java.io.File;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.support.StaticApplicationContext;
import org.springframework.data.domain.PageImpl;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cached property reads answer every expression exactly as Thymeleaf's own evaluation context does: the
 * same values, the same refusals (Thymeleaf's access control), maps and beans unchanged, and the same results
 * when one expression meets objects of different classes.
 */
class TemplatePropertyAccessTests {

	record Row(long id, String name, Row parent) {
	}

	public static class Bean {

		public String getTitle() {
			return "题目";
		}

		public boolean isActive() {
			return true;
		}

		public String name() {
			return "bean";
		}

	}

	private final StaticApplicationContext application = new StaticApplicationContext();

	private final SpelExpressionParser parser = new SpelExpressionParser();

	@Test
	void answersLikeThymeleafsOwnContext() {
		Row row = new Row(7, "王晓", new Row(1, "张一鸣", null));
		List<Object[]> cases = List.of(new Object[] { "id", row }, new Object[] { "name", row },
				new Object[] { "parent.name", row }, new Object[] { "parent?.parent?.name", row },
				new Object[] { "title", new Bean() }, new Object[] { "active", new Bean() },
				new Object[] { "name", new Bean() }, new Object[] { "name", Map.of("name", "映射") },
				new Object[] { "missing", row }, new Object[] { "content[0].name", new PageImpl<>(List.of(row)) },
				new Object[] { "totalElements", new PageImpl<>(List.of(row)) }, new Object[] { "class", row },
				new Object[] { "class.classLoader", row }, new Object[] { "absolutePath", new File("x") },
				new Object[] { "empty", "" }, new Object[] { "bytes", "abc" }, new Object[] { "contextClassLoader", Thread.currentThread() });
		for (Object[] c : cases) {
			String expression = (String) c[0];
			// twice: the second read goes through the cache
			for (int i = 0; i < 2; i++) {
				assertThat(outcome(withCache(), expression, c[1])).as("%s on %s", expression, c[1].getClass())
					.isEqualTo(outcome(plain(), expression, c[1]));
			}
		}
	}

	@Test
	void oneExpressionMeetingDifferentClasses() {
		Expression name = this.parser.parseExpression("name");
		ThymeleafEvaluationContext context = withCache();
		assertThat(name.getValue(context, new Row(1, "甲", null))).isEqualTo("甲");
		assertThat(name.getValue(context, Map.of("name", "乙"))).isEqualTo("乙");
		assertThat(name.getValue(context, new Bean())).isEqualTo("bean");
		assertThat(name.getValue(context, new Row(2, "丙", null))).isEqualTo("丙");
	}

	private ThymeleafEvaluationContext plain() {
		return new ThymeleafEvaluationContext(this.application, null);
	}

	private ThymeleafEvaluationContext withCache() {
		ThymeleafEvaluationContext context = plain();
		TemplatePropertyAccess.CachedReads.installInto(context);
		TemplatePropertyAccess.CachedReads.installInto(context); // once only
		assertThat(context.getPropertyAccessors()).filteredOn(TemplatePropertyAccess.CachedReads.class::isInstance)
			.hasSize(1);
		return context;
	}

	private String outcome(ThymeleafEvaluationContext context, String expression, Object root) {
		try {
			Object value = this.parser.parseExpression(expression).getValue(context, root);
			return "value " + (value instanceof byte[] bytes ? new String(bytes) : value);
		}
		catch (Exception ex) {
			return "refused " + ex.getClass().getSimpleName();
		}
	}

}
