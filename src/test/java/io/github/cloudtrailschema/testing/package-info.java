/** Test support: in-process CLI runs, golden files, fixture models. */
package io.github.cloudtrailschema.testing;
