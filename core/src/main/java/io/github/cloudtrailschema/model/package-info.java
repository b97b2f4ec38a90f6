/**
 * The immutable domain model of an AWS API: services, operations, shapes and members.
 *
 * <p>Shapes refer to each other by {@link io.github.cloudtrailschema.model.ShapeId}, resolved
 * through {@link io.github.cloudtrailschema.model.ServiceModel#expectShape}, so recursive shapes
 * never form object cycles. This package does no I/O and depends on nothing else in the project.
 */
package io.github.cloudtrailschema.model;
