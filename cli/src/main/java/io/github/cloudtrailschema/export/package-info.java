/**
 * {@code export}: every event of the catalogue in one format, to stdout or one file per event under
 * {@code --out} (safe names, whole-file writes, an {@code index.json}), the json-schema export's
 * shared layout, and the static web explorer. A name from a model never leaves {@code --out}.
 *
 * <p>Depends on {@code format}, {@code serve} (the static site), {@code walk}, {@code loading},
 * {@code trail}, {@code model} and {@code text}; only {@code cli} depends on it.
 */
package io.github.cloudtrailschema.export;
