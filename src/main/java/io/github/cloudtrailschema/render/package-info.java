/**
 * Output formats: each renderer turns the walk result ({@link
 * io.github.cloudtrailschema.walk.EventStructure}) or a catalogue listing into text. Output is
 * deterministic: model order, sorted maps, fixed example values. Depends on {@code walk}, {@code
 * trail}, {@code model} and the catalogue summaries of {@code loading}; the inventory renderers
 * also read the immutable results of {@code scan}.
 */
package io.github.cloudtrailschema.render;
