package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelCache;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.search.SearchIndex;
import io.github.cloudtrailschema.search.build.CatalogIndexes;

/**
 * The search index of the models in use ({@code search}, {@code serve}): compiled into the jar for
 * the embedded models; for any other, built once (progress on a terminal's stderr) and cached.
 */
final class SearchIndexes {
  private SearchIndexes() {}

  static SearchIndex open(ModelCatalog catalog, CliContext ctx) {
    Line line = ctx.stderrTerminal() ? new Line(ctx) : null;
    try {
      return CatalogIndexes.of(
          catalog,
          ModelCache.root(ctx.env()),
          line == null ? CatalogIndexes.Progress.NONE : line::services);
    } finally {
      if (line != null) {
        line.close();
      }
    }
  }

  /** One line of stderr, rewritten at most ten times a second, erased when done. */
  private static final class Line {
    private final CliContext ctx;
    private long last;
    private boolean shown;

    Line(CliContext ctx) {
      this.ctx = ctx;
    }

    synchronized void services(int done, int total) {
      long now = System.nanoTime();
      if (done != total && now - last < 100_000_000L) {
        return;
      }
      last = now;
      shown = true;
      ctx.err()
          .print(
              "\rcloudtrail-schema: indexing the models in use for search (once; cached): "
                  + done
                  + "/"
                  + total
                  + " services\u001b[K");
      ctx.err().flush();
    }

    synchronized void close() {
      if (shown) {
        ctx.err().print("\r\u001b[K");
        ctx.err().flush();
      }
    }
  }
}
