package io.github.cloudtrailschema.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The findings of a lint run, in file and position order, as text or JSON. */
public final class LintReport {
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int files;
  private int skipped;

  /** Adds one file's result; a file that is none of the known kinds counts as skipped. */
  public void add(Linter.Result r) {
    files++;
    if (!r.recognised()) {
      skipped++;
    }
    diagnostics.addAll(r.diagnostics());
  }

  /** Whether there is nothing to say: no finding and no skipped file. */
  public boolean clean() {
    return diagnostics.isEmpty() && skipped == 0;
  }

  public long errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return diagnostics.size() - errors();
  }

  /** {@code N file(s): E error(s), W warning(s); skipped S ...}. */
  public String summary() {
    return files + " file(s): " + errors() + " error(s), " + warnings() + " warning(s)"
        + (skipped > 0
            ? "; skipped " + skipped + " file(s) that are no Custodian policy, EventBridge pattern"
                + " or CloudTrail Sigma rule"
            : "");
  }

  /** One {@code FILE:LINE:COLUMN: severity: message} line per finding. */
  public void text(PrintWriter out) {
    sorted().forEach(d -> out.println(d.text()));
  }

  /** A JSON array of {file, line, column, severity, message, suggestion}. */
  public void json(PrintWriter out) {
    try {
      JsonGenerator g = new JsonFactory().createGenerator(out);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartArray();
      for (Diagnostic d : sorted()) {
        g.writeStartObject();
        g.writeStringField("file", d.file());
        g.writeNumberField("line", d.position().line());
        g.writeNumberField("column", d.position().column());
        g.writeStringField("severity", d.severity().label());
        g.writeStringField("message", d.message());
        g.writeStringField("suggestion", d.suggestion().orElse(null));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.flush();
      out.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Diagnostic> sorted() {
    return diagnostics.stream().sorted(Diagnostic.ORDER).toList();
  }
}
