package org.socialwork.flow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FlowApplication {
  public static void main(String[] args) {
    // The engine asks for a DatatypeFactory on every timer it creates (DurationHelper); without the property the JDK
    // looks for a provider through the class path's META-INF/services each time (2.6 % of the CPU under load).
    if (System.getProperty("javax.xml.datatype.DatatypeFactory") == null) {
      System.setProperty("javax.xml.datatype.DatatypeFactory",
          "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl");
    }
    SpringApplication.run(FlowApplication.class, args);
  }
}
