package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.Member;
import java.util.List;

/**
 * A named field of a structure.
 *
 * @param name the key as CloudTrail writes it
 * @param alternatives other keys CloudTrail is known to write for the same member (Secrets Manager
 *     logs {@code aRN} in some operations and {@code arn} in others); empty for most
 * @param member the model member it comes from (synthetic for fields CloudTrail adds, such as EC2's
 *     {@code requestId} or S3's {@code Host})
 */
public record Field(String name, List<String> alternatives, Member member, Node value) {
  public Field {
    alternatives = List.copyOf(alternatives);
  }

  public static Field of(String name, Member member, Node value) {
    return new Field(name, List.of(), member, value);
  }
}
