/**
 * Turns model files into the {@code model} package's immutable types: C2J JSON (botocore's {@code
 * service-2.json} format) through {@link io.github.cloudtrailschema.loading.C2jParser}, and the
 * compact catalogue compiled at build time through {@link
 * io.github.cloudtrailschema.loading.ModelCodec}. Nothing outside this package reads raw JSON
 * models. Depends on {@code model} only.
 */
package io.github.cloudtrailschema.loading;
