package cn.street.civil.assistance.dibao;

import java.time.LocalDate;

import cn.street.civil.assistance.casework.CommunityReviews;

import org.springframework.format.annotation.DateTimeFormat;

/** The 民主评议 form: the day, invited / present / agreeing representatives, the opinion, the version seen. */
public class CommunityReviewForm {

	private long version;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	private Integer invited;

	private Integer attended;

	private Integer agreed;

	private String opinion;

	CommunityReviews.Command toCommand() {
		return new CommunityReviews.Command(heldOn, invited, attended, agreed, opinion);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public Integer getInvited() {
		return invited;
	}

	public void setInvited(Integer invited) {
		this.invited = invited;
	}

	public Integer getAttended() {
		return attended;
	}

	public void setAttended(Integer attended) {
		this.attended = attended;
	}

	public Integer getAgreed() {
		return agreed;
	}

	public void setAgreed(Integer agreed) {
		this.agreed = agreed;
	}

	public String getOpinion() {
		return opinion;
	}

	public void setOpinion(String opinion) {
		this.opinion = opinion;
	}

}
