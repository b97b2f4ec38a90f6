package io.github.cloudtrailschema.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.cloudtrailschema.loading.InstalledModels;
import io.github.cloudtrailschema.loading.ModelsReport;
import io.github.cloudtrailschema.text.Style;
import io.github.cloudtrailschema.text.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** {@code cloudtrail-schema models}: the model sources in use and installed, as text or JSON. */
public final class ModelsReportRenderer {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ModelsReportRenderer() {}

  public static void text(ModelsReport r, Style style, PrintWriter out) {
    out.println(style.heading("In use") + ": " + r.inUse());
    out.println();
    out.println(style.heading("Model sources in use"));
    Table t = new Table("SOURCE", "MODELS", "VERSION", "DATE", "SERVICES", "OPERATIONS", "MERGE");
    for (ModelsReport.Source s : r.sources()) {
      t.row(
          s.kind(),
          s.location(),
          s.version(),
          s.date(),
          Integer.toString(s.services()),
          Integer.toString(s.operations()),
          s.kind().equals("embedded")
              ? ""
              : s.replaced() + " replaced, " + s.added() + " new, " + s.skipped() + " skipped");
    }
    t.print(out, style);
    out.println();
    out.println(
        style.heading("botocore installations found")
            + style.dim(" (newest first; the default, --models auto, uses the first)"));
    if (r.installed().isEmpty()) {
      out.println("  none");
    } else {
      Table i = new Table("VERSION", "SERVICES", "DATA FOLDER", "FOUND VIA");
      for (InstalledModels.Found f : r.installed()) {
        i.row(f.version(), Integer.toString(f.services()), f.data().toString(), f.how());
      }
      i.print(out, style);
    }
    if (r.newer() != null) {
      out.println();
      out.println(
          style.heading(
              r.missing().size() + " services in " + r.newer() + " that the embedded models lack"));
      for (String name : r.missing()) {
        out.println("  " + name);
      }
    }
    out.println();
    out.println(style.heading("Learned from your logs") + style.dim(" (cloudtrail-schema learn)"));
    ModelsReport.Learned l = r.learned();
    out.println(
        l == null
            ? "  nothing"
            : "  "
                + l.file()
                + ": "
                + l.events()
                + " event(s), "
                + l.unmodelled()
                + " of them in no model; "
                + l.fields()
                + " field path(s)");
  }

  public static void json(ModelsReport r, PrintWriter out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("inUse", r.inUse());
      g.writeArrayFieldStart("sources");
      for (ModelsReport.Source s : r.sources()) {
        g.writeStartObject();
        g.writeStringField("kind", s.kind());
        g.writeStringField("models", s.location());
        g.writeStringField("version", s.version());
        g.writeStringField("date", s.date());
        g.writeNumberField("services", s.services());
        g.writeNumberField("operations", s.operations());
        if (!s.kind().equals("embedded")) {
          g.writeNumberField("replaced", s.replaced());
          g.writeNumberField("added", s.added());
          g.writeNumberField("skipped", s.skipped());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("installed");
      for (InstalledModels.Found f : r.installed()) {
        g.writeStartObject();
        g.writeStringField("version", f.version());
        g.writeStringField("data", f.data().toString());
        g.writeNumberField("services", f.services());
        g.writeStringField("foundVia", f.how());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("comparedWith", r.newer());
      g.writeArrayFieldStart("missingFromEmbedded");
      for (String name : r.missing()) {
        g.writeString(name);
      }
      g.writeEndArray();
      if (r.learned() != null) {
        g.writeObjectFieldStart("learned");
        g.writeStringField("overlay", r.learned().file());
        g.writeNumberField("events", r.learned().events());
        g.writeNumberField("eventsInNoModel", r.learned().unmodelled());
        g.writeNumberField("fields", r.learned().fields());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
