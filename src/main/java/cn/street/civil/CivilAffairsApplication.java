package cn.street.civil;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** 街道民政业务系统: one monolith, one feature package per business capability (see docs/architecture.md). */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "街道民政业务系统", sharedModules = "shared")
public class CivilAffairsApplication {

	public static void main(String[] args) {
		SpringApplication.run(CivilAffairsApplication.class, args);
	}

}
