/**
 * The API models' regular expressions as data: a parser for the Java/ECMA-262 dialect the models
 * write ({@link io.github.cloudtrailschema.pattern.PatternParser}), code-point sets and Unicode
 * classes, the rewrite into a form ECMA-262, Python's {@code re} and Java read alike ({@link
 * io.github.cloudtrailschema.pattern.PortablePattern}), and a sampler that finds a matching value
 * ({@link io.github.cloudtrailschema.pattern.RegexSample}).
 *
 * <p>Depends on nothing else in the project: the formats above use it for schemas and examples.
 */
package io.github.cloudtrailschema.pattern;
