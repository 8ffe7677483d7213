package cn.street.civil.shared.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Modules react to each other through events handled by {@code @ApplicationModuleListener}: after the
 * publishing transaction commits, on Boot's task executor, in a transaction of their own. The
 * publication is stored (table {@code event_publication}) with the publishing transaction, so a
 * listener's failure neither rolls back the change nor loses the event. The audit trail is not one of
 * these: it is a plain synchronous listener inside the business transaction.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventsConfiguration {

}
