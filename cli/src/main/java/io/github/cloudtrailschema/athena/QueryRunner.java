package io.github.cloudtrailschema.athena;

import java.util.List;
import java.util.function.Consumer;

/** Runs the inventory's SQL on an engine and hands back its rows, as {@link InventoryRows} reads. */
public interface QueryRunner extends AutoCloseable {
  /**
   * The rows of the query's result, each as its column values in text (null for SQL NULL).
   *
   * @param progress told of each step, for a terminal
   */
  List<List<String>> run(String sql, Consumer<String> progress) throws QueryException;

  @Override
  void close();
}
