package io.github.cloudtrailschema.model;

import java.util.List;
import java.util.Optional;

/**
 * A leaf value.
 *
 * @param enumValues the allowed values of an enum string, in model order; empty otherwise
 * @param timestampFormat the model's wire format for timestamps ({@code iso8601}, {@code
 *     unixTimestamp}, {@code rfc822}), when the model states one
 * @param streaming a streamed body (S3 objects, Lambda payloads): CloudTrail never logs it
 */
public record ScalarShape(
    ShapeId id,
    ScalarKind kind,
    List<String> enumValues,
    Constraints constraints,
    Optional<String> timestampFormat,
    String documentation,
    boolean sensitive,
    boolean streaming)
    implements Shape {

  public ScalarShape {
    enumValues = List.copyOf(enumValues);
  }
}
