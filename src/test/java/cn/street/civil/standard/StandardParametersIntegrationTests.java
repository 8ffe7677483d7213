package cn.street.civil.standard;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enum, the table and the bundle agree: every {@link StandardParameter} is a row of {@code standard_parameter}
 * with the same kind (the foreign key of {@code standard_value} checks values against it), and has its label, hint,
 * unit and choice labels; every dimension code has its label.
 */
@IntegrationTest
class StandardParametersIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void theParameterTableListsExactlyTheEnumWithItsKinds() {
		Map<String, String> table = jdbc.sql("select code, value_kind from standard_parameter")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<String, String> code = Arrays.stream(StandardParameter.values())
			.collect(Collectors.toMap(Enum::name, p -> p.kind().name()));
		assertThat(table).isEqualTo(code);
	}

	@Test
	void everyParameterDimensionAndChoiceHasItsWords() {
		List<String> missing = new java.util.ArrayList<>();
		for (StandardParameter p : StandardParameter.values()) {
			check(missing, "standard.parameter." + p.name());
			check(missing, "standard.hint." + p.name());
			check(missing, "standard.group." + p.group().name());
			if (p.kind() == ValueKind.CHOICE) {
				assertThat(p.choices()).as(p.name()).isNotEmpty();
				p.choices().forEach(c -> check(missing, "standard.choice." + p.name() + "." + c));
			}
			else {
				assertThat(p.choiceType()).as(p.name()).isNull();
				check(missing, "standard.unit." + p.name());
			}
			if (p.dimension() != StandardDimension.NONE) {
				check(missing, "standard.item." + p.dimension().name());
			}
		}
		for (StandardDimension d : StandardDimension.values()) {
			d.codes().forEach(c -> check(missing, "standard.dimension." + c));
		}
		assertThat(missing).isEmpty();
	}

	private void check(List<String> missing, String key) {
		if (messages.getMessage(key, null, null, Locale.CHINA) == null) {
			missing.add(key);
		}
	}

}
