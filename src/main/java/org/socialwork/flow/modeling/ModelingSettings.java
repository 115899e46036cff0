package org.socialwork.flow.modeling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of process administration ({@code socialwork.modeling.*}).
 *
 * @param maxFileSize the largest model file (BPMN, DMN or form) accepted, through the pages and /engine-rest alike
 */
@ConfigurationProperties("socialwork.modeling")
public record ModelingSettings(@DefaultValue("5MB") DataSize maxFileSize) {
}
