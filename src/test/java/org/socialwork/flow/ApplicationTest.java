package org.socialwork.flow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The whole application on a random port with MockMvc beside it. Every Spring test uses this one
 * configuration so they share one context (one engine) per run, on H2 or, with the mysql profile, MariaDB.
 * The engine's runtime and task services are spies, so a test can make the engine fail and check that
 * nothing of the domain was stored.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@MockitoSpyBean(types = {RuntimeService.class, TaskService.class})
public @interface ApplicationTest {
}
