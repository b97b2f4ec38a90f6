/**
 * {@code example}: a complete, deterministic record whose values satisfy the model's enums, patterns and ranges, and the example values other formats quote.
 *
 * <p>Depends on {@code format} and what it may use; a format may quote another's values (examples)
 * but nothing above {@code format}.
 */
package io.github.cloudtrailschema.format.example;
