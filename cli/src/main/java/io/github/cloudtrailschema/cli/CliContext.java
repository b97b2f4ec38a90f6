package io.github.cloudtrailschema.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What a command may touch of the outside world, handed in by {@link Main} so that tests run
 * commands in-process with their own streams and environment.
 *
 * @param terminal whether stdout is a terminal (colour in {@code auto} mode)
 * @param stderrTerminal whether stderr is a terminal (progress output)
 */
public record CliContext(
    PrintWriter out,
    PrintWriter err,
    InputStream in,
    Map<String, String> env,
    boolean terminal,
    boolean stderrTerminal) {}
