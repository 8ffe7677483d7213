package cn.street.civil.shared.demo;

import java.util.List;

/**
 * The demo street's staff logins, shared by the demo accounts and the demo caseloads (who prepared, investigated,
 * reviewed and decided a demo case). Password of every demo account: {@link #PASSWORD}.
 */
public final class DemoStaff {

	public static final String PASSWORD = "Demo@2026";

	public static final String CHIEF = "chief";

	public static final String STREET_CASEWORKER = "jiedao";

	/** Community name → login of its caseworker, in the street's order. */
	public static final List<CommunityLogin> COMMUNITY_LOGINS = List.of(new CommunityLogin("洪苑", "hongyuan"),
			new CommunityLogin("世纪园", "shijiyuan"), new CommunityLogin("辛甸", "xindian"),
			new CommunityLogin("上海花园", "shanghaihuayuan"), new CommunityLogin("化纤", "huaxian"),
			new CommunityLogin("七里河", "qilihe"), new CommunityLogin("东风", "dongfeng"),
			new CommunityLogin("祝甸", "zhudian"), new CommunityLogin("洪楼", "honglou"),
			new CommunityLogin("西周", "xizhou"), new CommunityLogin("花园", "huayuan"));

	public record CommunityLogin(String community, String login) {
	}

	private DemoStaff() {
	}

}
