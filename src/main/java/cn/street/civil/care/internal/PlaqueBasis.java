package cn.street.civil.care.internal;

/**
 * On what a household hangs its 光荣牌 (《悬挂光荣牌工作实施办法》, DOMAIN §7): 烈士遗属, 因公牺牲军人遗属, 病故军人遗属,
 * 现役军人家庭, 退役军人家庭. Every 优抚 category qualifies its household; the veterans' categories as 退役军人家庭.
 * Labels {@code care.plaque.basis.<NAME>}.
 */
public enum PlaqueBasis {

	MARTYR_FAMILY, DUTY_DEATH_FAMILY, ILLNESS_DEATH_FAMILY, ACTIVE_SERVICE_FAMILY, VETERAN_FAMILY;

	static PlaqueBasis of(CareCategory category) {
		return switch (category) {
			case MARTYR_FAMILY -> MARTYR_FAMILY;
			case DUTY_DEATH_FAMILY -> DUTY_DEATH_FAMILY;
			case ILLNESS_DEATH_FAMILY -> ILLNESS_DEATH_FAMILY;
			case ACTIVE_SERVICE_FAMILY -> ACTIVE_SERVICE_FAMILY;
			case DISABLED_VETERAN, DEMOBILISED, ILL_RETURNED, WAR_PARTICIPANT, RURAL_VETERAN -> VETERAN_FAMILY;
		};
	}

	/** The basis as SQL over {@code r.category}, in the order above (the first is a household's main basis). */
	static final String SQL_OF_CATEGORY = """
			case r.category when 'MARTYR_FAMILY' then 'MARTYR_FAMILY' when 'DUTY_DEATH_FAMILY' then 'DUTY_DEATH_FAMILY'
			                when 'ILLNESS_DEATH_FAMILY' then 'ILLNESS_DEATH_FAMILY'
			                when 'ACTIVE_SERVICE_FAMILY' then 'ACTIVE_SERVICE_FAMILY' else 'VETERAN_FAMILY' end""";

	static final String SQL_RANK = """
			case r.category when 'MARTYR_FAMILY' then 1 when 'DUTY_DEATH_FAMILY' then 2 when 'ILLNESS_DEATH_FAMILY' then 3
			                when 'ACTIVE_SERVICE_FAMILY' then 4 else 5 end""";

}
