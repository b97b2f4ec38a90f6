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
    render(result, withFields, out, false);
  }

  /**
   * As {@link #render(ScanResult, boolean, PrintWriter)}; {@code terminal}: stdout is a terminal,
   * so CSV cells are escaped like the table's (into a file or pipe they stay exact).
   */
  public void render(ScanResult result, boolean withFields, PrintWriter out, boolean terminal) {
    switch (this) {
      case table -> InventoryTableRenderer.render(result, withFields, out);
      case csv -> InventoryCsvRenderer.render(result, withFields, out, terminal);
      case json -> InventoryJsonRenderer.render(result, withFields, out);
      default -> throw new IllegalStateException(name());
    }
  }
}
