package cn.street.civil.shared.demo;

/**
 * Puts one part of the demo data into the database, at start-up, before the web server takes its first
 * request: implement it in a {@code @Component @Profile("demo")} of your module and order it with
 * {@link org.springframework.core.annotation.Order @Order} (communities 10, accounts 20, households 30; a
 * programme's caseload after the households, from 100 on). {@link DemoDataStartup} runs all of them, one after
 * the other, in that order. A loader must leave a database that already has its data alone, since it runs at
 * every start.
 */
public interface DemoDataLoader {

	void load();

}
