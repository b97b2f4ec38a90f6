/**
 * Text the tool writes, whatever it says: terminal-safe echoes and one-line messages ({@link
 * io.github.cloudtrailschema.text.TerminalText}), colour ({@link
 * io.github.cloudtrailschema.text.Style}), aligned tables, JSON and YAML writing, and the models'
 * HTML documentation as plain text.
 *
 * <p>Depends on nothing else in the project, and on Jackson's streaming writer only.
 */
package io.github.cloudtrailschema.text;
