package cn.street.civil.elderly.roster;

/** The programmes the roster shows and filters by: the assistance module's and the age allowance. */
public enum RosterProgramme {

	DIBAO, TEKUN, EDGE, ALLOWANCE

}
