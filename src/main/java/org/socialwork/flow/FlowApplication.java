package org.socialwork.flow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FlowApplication {
  public static void main(String[] args) {
    SpringApplication.run(FlowApplication.class, args);
  }
}
