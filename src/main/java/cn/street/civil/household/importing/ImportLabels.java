package cn.street.civil.household.importing;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.street.civil.household.Relation;
import cn.street.civil.household.ResidenceType;
import cn.street.civil.household.internal.Employment;
import cn.street.civil.household.internal.MaritalStatus;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The texts of the import as users write them: column headers and the labels of relations, 城乡类别,
 * 婚姻状况 and 就业状况, all from {@code messages.properties} (a label like 儿媳/女婿 also accepts each
 * half), and the Chinese reasons of refused rows.
 */
@Component
class ImportLabels {

	static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	private final Map<ImportColumn, String> headers = new EnumMap<>(ImportColumn.class);

	private final Map<String, Relation> relations;

	private final Map<String, ResidenceType> residenceTypes;

	private final Map<String, MaritalStatus> maritalStatuses;

	private final Map<String, Employment> employments;

	ImportLabels(MessageSource messages) {
		this.messages = messages;
		for (ImportColumn column : ImportColumn.values()) {
			headers.put(column, message(column.messageKey()));
		}
		relations = labels("relation.", Relation.values());
		residenceTypes = labels("household.residence.", ResidenceType.values());
		maritalStatuses = labels("marital.", MaritalStatus.values());
		employments = labels("employment.", Employment.values());
	}

	String header(ImportColumn column) {
		return headers.get(column);
	}

	List<String> headers() {
		return Arrays.stream(ImportColumn.values()).map(this::header).toList();
	}

	Optional<Relation> relation(String label) {
		return Optional.ofNullable(relations.get(label));
	}

	Optional<ResidenceType> residenceType(String label) {
		return Optional.ofNullable(residenceTypes.get(label));
	}

	Optional<MaritalStatus> maritalStatus(String label) {
		return Optional.ofNullable(maritalStatuses.get(label));
	}

	Optional<Employment> employment(String label) {
		return Optional.ofNullable(employments.get(label));
	}

	/** The labels a user may write for the relation, as shown in a reason: 户主、配偶、… */
	String relationChoices() {
		return choices("relation.", Relation.values());
	}

	String maritalChoices() {
		return choices("marital.", MaritalStatus.values());
	}

	String employmentChoices() {
		return choices("employment.", Employment.values());
	}

	String relationLabel(Relation relation) {
		return message("relation." + relation.name());
	}

	String message(String code, Object... args) {
		return messages.getMessage(code, args, LOCALE);
	}

	String message(MessageSourceResolvable resolvable) {
		return messages.getMessage(resolvable, LOCALE);
	}

	private <E extends Enum<E>> Map<String, E> labels(String prefix, E[] values) {
		Map<String, E> map = new LinkedHashMap<>();
		for (E value : values) {
			String label = message(prefix + value.name()).strip();
			map.put(label, value);
			for (String part : label.split("/")) {
				map.putIfAbsent(part.strip(), value);
			}
		}
		return Map.copyOf(map);
	}

	private <E extends Enum<E>> String choices(String prefix, E[] values) {
		return String.join("、", Arrays.stream(values).map(v -> message(prefix + v.name())).toList());
	}

}
