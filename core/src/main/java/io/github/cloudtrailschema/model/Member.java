package io.github.cloudtrailschema.model;

import java.util.Optional;

/**
 * A member of a structure, or the element/key/value of a list or map.
 *
 * @param name the model's member name ({@code PolicyName})
 * @param target the member's shape
 * @param required listed in the parent's {@code required} list
 * @param locationName the wire name, when the model gives one (EC2 {@code instancesSet}, rest
 *     headers {@code x-amz-acl})
 * @param queryName EC2 query-string name, when the model gives one
 * @param xmlAttribute serialised as an XML attribute (rest-xml)
 */
public record Member(
    String name,
    ShapeId target,
    boolean required,
    Location location,
    Optional<String> locationName,
    Optional<String> queryName,
    String documentation,
    boolean deprecated,
    boolean idempotencyToken,
    boolean jsonValue,
    boolean xmlAttribute,
    boolean hostLabel) {

  /** A plain body member, as list elements and map keys/values are. */
  public static Member of(String name, ShapeId target) {
    return new Member(
        name,
        target,
        false,
        Location.BODY,
        Optional.empty(),
        Optional.empty(),
        "",
        false,
        false,
        false,
        false,
        false);
  }

  public Member withRequired(boolean value) {
    return new Member(
        name,
        target,
        value,
        location,
        locationName,
        queryName,
        documentation,
        deprecated,
        idempotencyToken,
        jsonValue,
        xmlAttribute,
        hostLabel);
  }
}
