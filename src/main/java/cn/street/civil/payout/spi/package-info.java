/**
 * The payout module's plug-in point: a programme implements {@link cn.street.civil.payout.spi.PayoutProgramme}
 * and is paid every month without the payout module knowing it.
 */
@org.springframework.modulith.NamedInterface("spi")
package cn.street.civil.payout.spi;
