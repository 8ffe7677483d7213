package cn.street.civil.shared.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/** A real Tomcat on a known port: the demo data is in before the port answers. */
class DemoDataStartupTests {

	static final List<String> seen = new CopyOnWriteArrayList<>();

	@Test
	void theLoadersRunInTheirOrderBeforeTheWebServerAcceptsConnections() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
			.web(WebApplicationType.SERVLET)
			.properties("test.port=" + port)
			.run()) {
			assertThat(seen).containsExactly("communities, port answers: false", "accounts, port answers: false",
					"households, port answers: false");
			assertThat(answers(port)).as("the port answers once started").isTrue();
		}
	}

	static boolean answers(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	static int port(Environment env) {
		return env.getRequiredProperty("test.port", Integer.class);
	}

	@Configuration(proxyBeanMethods = false)
	@Import(DemoDataStartup.class)
	static class Application {

		@Bean
		TomcatServletWebServerFactory tomcat(Environment env) {
			return new TomcatServletWebServerFactory(port(env));
		}

		@Bean
		@Order(30)
		DemoDataLoader households(Environment env) {
			return () -> seen.add("households, port answers: " + answers(port(env)));
		}

		@Bean
		@Order(10)
		DemoDataLoader communities(Environment env) {
			return () -> seen.add("communities, port answers: " + answers(port(env)));
		}

		@Bean
		DemoDataLoader accounts(Environment env) {
			return new Accounts(port(env));
		}

	}

	/** Ordered by the interface instead of the annotation, as the benchmark's extra communities are. */
	record Accounts(int port) implements DemoDataLoader, Ordered {

		@Override
		public void load() {
			seen.add("accounts, port answers: " + answers(port));
		}

		@Override
		public int getOrder() {
			return 20;
		}

	}

}
