package cn.street.civil.shared.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Modules react to each other through events handled by {@code @ApplicationModuleListener}: after the
 * publishing transaction commits, on Boot's task executor, in a transaction of their own. The
 * publication is stored (table {@code event_publication}) with the publishing transaction, so a
 * listener's failure neither rolls back the change nor loses the event. The audit trail is not one of
 * these: it is a plain synchronous listener inside the business transaction. Scheduling is on for the
 * nightly cleanup of completed publications.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class EventsConfiguration {

}
