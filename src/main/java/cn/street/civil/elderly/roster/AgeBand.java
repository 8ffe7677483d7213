package cn.street.civil.elderly.roster;

/** The roster's age bands (completed years at the reference date). */
public enum AgeBand {

	FROM_60(60, 69), FROM_70(70, 79), FROM_80(80, 89), FROM_90(90, 99), FROM_100(100, null);

	private final int min;

	private final Integer max;

	AgeBand(int min, Integer max) {
		this.min = min;
		this.max = max;
	}

	public int min() {
		return min;
	}

	/** The highest age of the band, null for the open one. */
	public Integer max() {
		return max;
	}

	public static AgeBand of(int age) {
		AgeBand band = FROM_60;
		for (AgeBand b : values()) {
			if (age >= b.min) {
				band = b;
			}
		}
		return band;
	}

}
