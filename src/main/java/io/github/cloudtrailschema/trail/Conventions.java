package io.github.cloudtrailschema.trail;

import io.github.cloudtrailschema.model.ServiceMetadata;

/** The CloudTrail conventions for one service: its member naming. */
public record Conventions(NamingStrategy naming) {

  /** The conventions CloudTrail uses for a service. */
  public static Conventions forService(ServiceMetadata metadata) {
    return new Conventions(NamingStrategy.lowerFirst());
  }
}
