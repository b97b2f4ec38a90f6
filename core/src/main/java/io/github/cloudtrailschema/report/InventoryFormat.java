package io.github.cloudtrailschema.report;

import io.github.cloudtrailschema.scan.ScanResult;
import java.io.PrintWriter;

/** The output formats of a scan inventory; lower-case names are what {@code --format} takes. */
public enum InventoryFormat {
  table,
  csv,
  json;

  /** Renders the inventory; {@code withFields} adds the observed field paths per event. */
  public void render(ScanResult result, boolean withFields, PrintWriter out) {
    switch (this) {
      case table -> InventoryTableRenderer.render(result, withFields, out);
      case csv -> InventoryCsvRenderer.render(result, withFields, out);
      case json -> InventoryJsonRenderer.render(result, withFields, out);
      default -> throw new IllegalStateException(name());
    }
  }
}
