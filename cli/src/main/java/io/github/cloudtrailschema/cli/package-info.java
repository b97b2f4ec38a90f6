/**
 * The command line: picocli appears only here. Commands are thin: they parse, delegate to a domain
 * package and return an exit code from {@link io.github.cloudtrailschema.cli.ExitCodes}. Only
 * {@link io.github.cloudtrailschema.cli.Main} touches {@code System.out} and {@code System.exit}.
 */
package io.github.cloudtrailschema.cli;
