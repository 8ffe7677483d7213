package cn.street.civil.household.demo;

import java.time.LocalDate;

import cn.street.civil.shared.idcard.Sex;

/**
 * Chinese names for generated residents: surnames as common as in Shandong (回族 mostly their own), given names
 * fitting sex and birth decade.
 */
final class ChineseNames {

	private static final String[] SURNAMES = ("王 张 李 刘 孙 赵 陈 杨 高 徐 马 于 韩 朱 宋 郭 周 吴 胡 董 任 孔 曹 田 崔 许 杜 魏 姜 "
			+ "郑 何 吕 苏 房 梁 袁 冯 程 邱 谢 贾 范 庞 毕 鲁 尹 牛 侯 秦 邵 段 丁 薛 石 卢 林 邢 解 宁 燕").split(" ");

	private static final double[] SURNAME_WEIGHTS = { 8.5, 7.5, 7.4, 5.6, 3.3, 2.6, 2.2, 2.0, 1.9, 1.7, 1.5, 1.6,
			1.4, 1.3, 1.2, 1.2, 1.1, 1.0, 0.9, 1.0, 0.8, 0.6, 0.8, 0.8, 0.8, 0.7, 0.7, 0.7, 0.9, 0.6, 0.5, 0.6, 0.5,
			0.3, 0.5, 0.5, 0.6, 0.5, 0.4, 0.4, 0.5, 0.5, 0.3, 0.3, 0.3, 0.4, 0.4, 0.5, 0.4, 0.4, 0.4, 0.5, 0.4, 0.5,
			0.4, 0.4, 0.4, 0.2, 0.2, 0.1 };

	private static final String[] HUI_SURNAMES = { "马", "白", "金", "沙", "米", "杨", "刘", "丁" };

	/** Given names by birth decade (before 1950, 1950s–60s, 1970s–80s, 1990s–2000s, 2010 on) and sex. */
	private static final String[][] MALE_NAMES = {
			("德顺 富贵 长生 福林 宝山 振华 国栋 树林 春生 永年 守义 金堂 玉柱 庆云 兆祥 凤岐 广福 连生 殿臣 洪恩 "
					+ "山 林 海 福 贵 成 明 田 和").split(" "),
			("建国 建华 国庆 卫东 志刚 红军 建军 国强 立新 爱国 振东 跃进 永刚 学军 志强 庆华 明亮 继承 新民 胜利 "
					+ "卫国 建设 向阳 东升 铁军 援朝 忠 军 华 刚").split(" "),
			("海涛 建伟 志勇 晓东 文斌 海波 建波 宏伟 振宇 鹏飞 永强 春雷 晓明 金龙 立军 俊峰 晓峰 东亮 "
					+ "伟 磊 勇 军 涛 强 斌 鹏 超 刚 波 杰 亮 峰").split(" "),
			("浩然 子豪 宇航 俊杰 家豪 博文 明轩 昊天 文博 一鸣 思远 天佑 嘉乐 子健 晨阳 梓航 泽宇 云龙 "
					+ "浩 宇 凯 帅 鑫 阳").split(" "),
			("梓睿 沐宸 浩宇 宇轩 一诺 奕辰 皓轩 子墨 梓豪 博涵 睿泽 铭泽 承泽 思齐 景行 安然 "
					+ "睿 泽").split(" ") };

	private static final String[][] FEMALE_NAMES = {
			("秀英 桂英 玉兰 淑珍 凤英 兰英 桂兰 秀兰 玉珍 淑华 翠英 秀珍 素芳 桂芝 玉梅 淑贞 秀荣 金凤 "
					+ "英 兰 珍 芳 梅 凤 荣 娥").split(" "),
			("淑芬 秀云 红梅 丽华 桂香 玉华 秀梅 凤霞 爱华 玉芬 红霞 丽萍 建红 卫红 淑英 美玲 秀芹 春花 "
					+ "萍 红 霞 华 英 玲").split(" "),
			("丽娜 晓燕 海燕 秀丽 晓丽 婷婷 雪梅 丽丽 春燕 海霞 晓红 文静 艳红 玉洁 "
					+ "丽 静 敏 燕 娟 艳 霞 芳 颖 蕾 莉").split(" "),
			("欣怡 梓涵 诗涵 雨萱 佳怡 思琪 梦琪 子涵 雨桐 欣妍 可馨 雅琪 紫涵 语嫣 若曦 佳琪 晓雪 文慧 "
					+ "璐 琳 雪 瑶").split(" "),
			("一诺 欣妍 若汐 可欣 语桐 梓萱 诗琪 沐晴 芷若 依诺 梓萌 安琪 语汐 书瑶 "
					+ "悦 彤").split(" ") };

	private final DemoRandom random;

	ChineseNames(DemoRandom random) {
		this.random = random;
	}

	String surname(String ethnicity) {
		if ("回族".equals(ethnicity) && random.chance(0.7)) {
			return random.oneOf(HUI_SURNAMES);
		}
		return SURNAMES[random.index(SURNAME_WEIGHTS)];
	}

	/** A given name of the birth decade, shortened so that the full name has at most three characters. */
	String givenName(String surname, Sex sex, LocalDate birthDate) {
		int year = birthDate.getYear();
		int era = year < 1950 ? 0 : year < 1970 ? 1 : year < 1990 ? 2 : year < 2010 ? 3 : 4;
		String given = random.oneOf((sex == Sex.MALE ? MALE_NAMES : FEMALE_NAMES)[era]);
		return surname.length() + given.length() > 3 ? given.substring(0, 3 - surname.length()) : given;
	}

}
