/**
 * {@code json-schema}: JSON Schema 2020-12 of the whole record, self-contained or in the shared layout of an export ({@code $defs}/{@code $ref} for recursion and repeated shapes).
 *
 * <p>Depends on {@code format} and what it may use; a format may quote another's values (examples)
 * but nothing above {@code format}.
 */
package io.github.cloudtrailschema.format.jsonschema;
