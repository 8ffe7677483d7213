package cn.street.civil.shared.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link DemoDataLoader}s once the application context is complete and before the web server
 * starts: a lifecycle phase below the web server's, which Boot starts in
 * {@code WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 1024}. So the login page answers only when
 * the demo street is there. Outside the {@code demo} profile there are no loaders and this does nothing.
 */
@Component
class DemoDataStartup implements SmartLifecycle {

	/** Before the web server (and after everything in the default phase 0, such as the database). */
	static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;

	private static final Logger log = LoggerFactory.getLogger(DemoDataStartup.class);

	private final ObjectProvider<DemoDataLoader> loaders;

	private volatile boolean running;

	DemoDataStartup(ObjectProvider<DemoDataLoader> loaders) {
		this.loaders = loaders;
	}

	@Override
	public void start() {
		List<DemoDataLoader> ordered = loaders.orderedStream().toList();
		if (!ordered.isEmpty()) {
			log.info("演示数据加载中… / loading the demo data ({} loaders)", ordered.size());
			long started = System.nanoTime();
			ordered.forEach(DemoDataLoader::load);
			log.info("演示数据加载完毕，用时 {} ms / demo data loaded", (System.nanoTime() - started) / 1_000_000);
		}
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
