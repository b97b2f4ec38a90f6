/**
 * Learns from the user's own CloudTrail logs what the models lack ({@code cloudtrail-schema
 * learn}): reads records as {@code scan} does (its sources, filters and reader, files in parallel),
 * asks {@code check} which leaves no model explains, and keeps their names and JSON types, never a
 * value, with counts and first/last seen, as an {@link io.github.cloudtrailschema.overlay.Overlay}.
 * Depends on {@code scan}, {@code check}, {@code overlay} and below.
 */
package io.github.cloudtrailschema.learn;
