package cn.street.civil.household.demo;

/** Payout bank accounts for generated households: the banks of Jinan, valid card numbers (Luhn). */
final class DemoBankAccounts {

	private static final String[] BANKS = { "中国工商银行", "中国农业银行", "中国建设银行", "济南农商银行",
			"中国邮政储蓄银行" };

	private static final double[] BANK_WEIGHTS = { 25, 15, 20, 20, 20 };

	/** Card BIN and length per bank (a second CCB kind with 16 digits). */
	private static final String[][] BANK_CARDS = { { "622202", "19" }, { "622848", "19" }, { "621700", "19" },
			{ "623196", "18" }, { "621799", "19" } };

	private final DemoRandom random;

	DemoBankAccounts(DemoRandom random) {
		this.random = random;
	}

	/** Most households (85 in 100) have registered an account (惠民惠农一卡通); the rest have none yet. */
	void assign(FamilyDraft family) {
		if (random.chance(0.85)) {
			int bank = random.index(BANK_WEIGHTS);
			family.bankName = BANKS[bank];
			String bin = BANK_CARDS[bank][0];
			int length = Integer.parseInt(BANK_CARDS[bank][1]);
			if (bank == 2 && random.chance(0.3)) {
				bin = "436742";
				length = 16;
			}
			family.bankAccount = luhn(bin, length);
		}
	}

	/** A card number of that length starting with the BIN, its last digit the Luhn check digit. */
	private String luhn(String bin, int length) {
		StringBuilder sb = new StringBuilder(bin).append(random.digits(length - bin.length() - 1));
		int sum = 0;
		for (int i = sb.length() - 1, position = 0; i >= 0; i--, position++) {
			int d = sb.charAt(i) - '0';
			if (position % 2 == 0) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return sb.append((10 - sum % 10) % 10).toString();
	}

}
