package cn.street.civil.household.demo;

import java.time.LocalDate;

import cn.street.civil.household.ResidenceType;
import cn.street.civil.household.internal.Employment;
import cn.street.civil.shared.idcard.Sex;

/**
 * What a generated resident gets once sex, birth date and surname are known: ethnicity, full name, a unique
 * 身份证号 with a Jinan area code, employment, health notes, and for a head of household a phone number.
 */
final class DemoPeople {

	/** 身份证号 area codes of Jinan (GB/T 2260, including old ones that stay on old cards), with weights. */
	private static final int[] AREA_CODES = { 370112, 370102, 370103, 370104, 370105, 370113, 370181, 370124,
			370125, 370126 };

	private static final double[] AREA_WEIGHTS = { 38, 22, 8, 7, 9, 3, 4, 3, 3, 3 };

	private static final String[] MOBILE_PREFIXES = { "130", "131", "132", "133", "135", "136", "137", "138", "139",
			"150", "151", "152", "153", "155", "156", "157", "158", "159", "176", "177", "180", "181", "182", "185",
			"186", "187", "188", "189", "199" };

	private static final String[] ELDERLY_HEALTH = { "高血压", "糖尿病", "冠心病", "行动不便，需人照料", "听力下降",
			"脑梗后遗症", "慢性支气管炎", "高血压、糖尿病" };

	private final DemoRandom random;

	private final LocalDate today;

	private final IdNumberPool idNumbers;

	private final ChineseNames names;

	DemoPeople(DemoRandom random, LocalDate today, IdNumberPool idNumbers, ChineseNames names) {
		this.random = random;
		this.today = today;
		this.idNumbers = idNumbers;
		this.names = names;
	}

	/** Mostly 汉族, some 回族, a few 满族 and 蒙古族. */
	String ethnicity() {
		double r = random.nextDouble();
		return r < 0.983 ? "汉族" : r < 0.997 ? "回族" : r < 0.999 ? "满族" : "蒙古族";
	}

	/** A Jinan area code, as likely as people born there live in the street. */
	int areaCode() {
		return random.pick(AREA_CODES, AREA_WEIGHTS);
	}

	/** Fills in the rest of a member: the head's 身份证号 has the family's area code, most others too. */
	void complete(PersonDraft p, boolean head, int familyArea, String ethnicity, ResidenceType residence) {
		p.ethnicity = ethnicity;
		p.name = p.surname + names.givenName(p.surname, p.sex, p.birthDate);
		int area = head || random.chance(0.7) ? familyArea : areaCode();
		String number = idNumbers.next(area, p.birthDate, p.sex, random);
		for (int i = 0; number == null; i++) {
			number = idNumbers.next(AREA_CODES[i % AREA_CODES.length], p.birthDate, p.sex, random);
		}
		p.idNumber = number;
		p.employment = employment(p, residence);
		p.healthNotes = healthNotes(p);
	}

	/** A mobile number, or for some of the very old a Jinan landline. */
	String phone(PersonDraft p) {
		if (p.ageOn(today) >= 75 && random.chance(0.4)) {
			return "0531-8" + random.digits(7);
		}
		return random.oneOf(MOBILE_PREFIXES) + random.digits(8);
	}

	private Employment employment(PersonDraft p, ResidenceType residence) {
		int age = p.ageOn(today);
		if (age < 7) {
			return Employment.PRESCHOOL;
		}
		if (age < 18) {
			return Employment.STUDENT;
		}
		if (age < 23) {
			return random.chance(0.6) ? Employment.STUDENT
					: random.chance(0.75) ? Employment.EMPLOYED : Employment.UNEMPLOYED;
		}
		int retirement = p.sex == Sex.MALE ? 60 : (random.chance(0.5) ? 50 : 55);
		if (age >= retirement) {
			return age >= 80 && random.chance(0.3) ? Employment.UNABLE_TO_WORK
					: residence == ResidenceType.RURAL && random.chance(0.5) ? Employment.FARMING : Employment.RETIRED;
		}
		double r = random.nextDouble();
		if (residence == ResidenceType.RURAL && r < 0.2) {
			return Employment.FARMING;
		}
		return r < 0.65 ? Employment.EMPLOYED : r < 0.83 ? Employment.FLEXIBLE
				: r < 0.97 ? Employment.UNEMPLOYED : Employment.UNABLE_TO_WORK;
	}

	/** Chronic conditions, common among the old. */
	private String healthNotes(PersonDraft p) {
		int age = p.ageOn(today);
		double share = age >= 75 ? 0.3 : age >= 60 ? 0.12 : 0.01;
		return random.chance(share) ? ELDERLY_HEALTH[random.nextInt(age >= 60 ? ELDERLY_HEALTH.length : 3)] : null;
	}

}
