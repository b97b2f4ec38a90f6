package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ServiceMetadata;

/** What the service listing needs, without loading the service's shapes. */
public record ServiceSummary(ServiceMetadata metadata, int operationCount) {
  public String name() {
    return metadata.name();
  }
}
