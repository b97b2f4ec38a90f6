package io.github.cloudtrailschema.model;

/**
 * The wire protocol of a service's API, from the model's {@code metadata.protocol} (or a Smithy
 * protocol trait): it decides how CloudTrail names and shapes the service's parameters. {@link
 * #toString()} is the C2J name.
 */
public enum Protocol {
  QUERY("query"),
  EC2("ec2"),
  JSON("json"),
  REST_JSON("rest-json"),
  REST_XML("rest-xml"),
  SMITHY_RPC_V2_CBOR("smithy-rpc-v2-cbor"),
  /** The project's curated models of non-API events: no wire protocol, names as written. */
  CLOUDTRAIL("cloudtrail"),
  /** A protocol newer than this list: treated like JSON where a rule must choose. */
  OTHER("other");

  private final String c2jName;

  Protocol(String c2jName) {
    this.c2jName = c2jName;
  }

  @Override
  public String toString() {
    return c2jName;
  }

  /** The protocol a model names; {@link #OTHER} for one this list does not know. */
  public static Protocol of(String c2jName) {
    for (Protocol p : values()) {
      if (p.c2jName.equals(c2jName)) {
        return p;
      }
    }
    return OTHER;
  }
}
