package io.github.cloudtrailschema.format.jsonschema;

/**
 * Where the schemas of a shared export live relative to each other: every event's schema at {@code
 * <service>/<event>.json} refers to the record envelope, written once at {@link #RECORD}, by a
 * relative {@code $ref}. Each file's {@code $id} is {@code base} followed by its path in the
 * export, so a relative reference resolves the same whether a validator maps {@code base} to the
 * export's folder or the folder is served at {@code base}.
 *
 * @param base an absolute URI ending in {@code /}
 */
public record SharedSchemaLayout(String base) {
  /**
   * The default base: a name under {@code .invalid} (RFC 2606), so that a validator asked to
   * fetch it fails at once instead of reaching some host; {@code --base-uri} sets a real one.
   */
  public static final String DEFAULT_BASE = "https://cloudtrail-schema.invalid/schemas/";

  /** The envelope's schema, relative to the export's folder. */
  public static final String RECORD = "shared/record.json";

  public SharedSchemaLayout {
    if (!base.endsWith("/")) {
      base = base + "/";
    }
  }

  /** The {@code $id} of the schema at {@code file} (a path relative to the export's folder). */
  public String id(String file) {
    return base + file;
  }

  /** The reference from the schema at {@code file} to the envelope's schema. */
  String recordRef(String file) {
    StringBuilder up = new StringBuilder();
    for (int i = file.indexOf('/'); i >= 0; i = file.indexOf('/', i + 1)) {
      up.append("../");
    }
    return up + RECORD;
  }
}
