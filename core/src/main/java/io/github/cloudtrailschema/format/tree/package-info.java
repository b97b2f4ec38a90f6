/**
 * {@code tree}, the default: the event as JSON with each scalar replaced by its type and constraints, and {@link io.github.cloudtrailschema.format.tree.OperationPage}, the page {@code show} prints around it (header line, description, request and response).
 *
 * <p>Depends on {@code format} and what it may use; a format may quote another's values (examples)
 * but nothing above {@code format}.
 */
package io.github.cloudtrailschema.format.tree;
