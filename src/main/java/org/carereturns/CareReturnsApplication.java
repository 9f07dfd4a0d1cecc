package org.carereturns;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application: the job repository, the jobs and their steps. Started by cli.Main. */
@SpringBootApplication
public class CareReturnsApplication {
}
