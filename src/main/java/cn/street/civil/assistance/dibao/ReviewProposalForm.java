package cn.street.civil.assistance.dibao;

import java.time.YearMonth;

import cn.street.civil.assistance.casework.TerminationReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The caseworker's proposal that ends a 复核: the outcome, the month it takes effect, the reason. */
public class ReviewProposalForm {

	private long version;

	@NotNull(message = "{dibao.review.form.outcome.required}")
	private ReviewOutcome outcome;

	@NotNull(message = "{dibao.review.form.month.required}")
	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth effectiveMonth;

	private TerminationReason terminationReason;

	@Size(max = 1000, message = "{assistance.form.size1000}")
	private String proposal;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public ReviewOutcome getOutcome() {
		return outcome;
	}

	public void setOutcome(ReviewOutcome outcome) {
		this.outcome = outcome;
	}

	public YearMonth getEffectiveMonth() {
		return effectiveMonth;
	}

	public void setEffectiveMonth(YearMonth effectiveMonth) {
		this.effectiveMonth = effectiveMonth;
	}

	public TerminationReason getTerminationReason() {
		return terminationReason;
	}

	public void setTerminationReason(TerminationReason terminationReason) {
		this.terminationReason = terminationReason;
	}

	public String getProposal() {
		return proposal;
	}

	public void setProposal(String proposal) {
		this.proposal = proposal;
	}

}
