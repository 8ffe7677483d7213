package cn.street.civil.elderly.homecare;

public enum SettlementStatus {

	PREPARED, APPROVED

}
