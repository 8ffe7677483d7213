package cn.street.civil.elderly.roster;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A new 老年人能力评估: the level, the day and who assessed. */
public record AssessmentForm(@NotNull(message = "{elderly.assessment.level.required}") AbilityLevel level,
		@NotNull(message = "{elderly.assessment.date.required}") @PastOrPresent(message = "{elderly.assessment.date.future}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
		@NotBlank(message = "{elderly.assessment.assessor.required}") @Size(max = 100, message = "{elderly.assessment.assessor.size}") String assessor,
		@Size(max = 500, message = "{elderly.note.size}") String note) {

	static AssessmentForm empty(LocalDate today) {
		return new AssessmentForm(null, today, null, null);
	}

}
