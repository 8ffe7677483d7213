package cn.street.civil.household.demo;

import java.util.Arrays;

/** The household kinds of the demo street, with their weights (share of households). */
enum FamilyKind {

	SINGLE_ELDERLY(7), SINGLE_ADULT(11), ELDERLY_COUPLE(6), COUPLE(13), COUPLE_CHILD(29), COUPLE_TWO_CHILDREN(7),
	SINGLE_PARENT(5), THREE_GENERATIONS_UP(7), THREE_GENERATIONS_DOWN(6), ADULT_WITH_PARENT(6);

	final double weight;

	FamilyKind(double weight) {
		this.weight = weight;
	}

	/** The weights in declaration order. */
	static double[] weights() {
		return Arrays.stream(values()).mapToDouble(k -> k.weight).toArray();
	}

}
