package cn.street.civil.shared.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The embedded database cannot be started, for a reason the person starting the application can act on:
 * printed as Boot's short "APPLICATION FAILED TO START" report (what happened, what to do) instead of a stack
 * trace.
 */
class StartRefusedException extends IllegalStateException {

	private final String description;

	private final String action;

	StartRefusedException(String description, String action) {
		super(description + "\n" + action);
		this.description = description;
		this.action = action;
	}

	/** Registered in {@code META-INF/spring.factories}. */
	static class Analyzer extends AbstractFailureAnalyzer<StartRefusedException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, StartRefusedException cause) {
			return new FailureAnalysis(cause.description, cause.action, cause);
		}

	}

}
