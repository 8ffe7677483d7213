package cn.street.civil.shared.events;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completed event publications stay in {@code event_publication} for a while (to see what a listener got and
 * when), then are deleted nightly; incomplete ones are never touched here.
 */
@Component
class CompletedPublicationsCleanup {

	private final CompletedEventPublications completed;

	private final Duration keep;

	CompletedPublicationsCleanup(CompletedEventPublications completed,
			@Value("${civil.events.keep-completed:30d}") Duration keep) {
		this.completed = completed;
		this.keep = keep;
	}

	@Scheduled(cron = "${civil.events.cleanup-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
	void deleteOldCompletedPublications() {
		completed.deletePublicationsOlderThan(keep);
	}

}
