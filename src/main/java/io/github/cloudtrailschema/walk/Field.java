package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.Member;

/**
 * A named field of a structure.
 *
 * @param name the key as CloudTrail writes it
 * @param member the model member it comes from
 */
public record Field(String name, Member member, Node value) {}
