package cn.street.civil.shared.idcard;

/** 性别，由身份证号第17位推得（奇数为男，偶数为女）。 */
public enum Sex {

	MALE("男"),
	FEMALE("女");

	private final String label;

	Sex(String label) {
		this.label = label;
	}

	/** 中文标签：男 / 女。 */
	public String label() {
		return label;
	}
}
