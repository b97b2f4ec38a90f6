/**
 * Expands an operation's input or output shape into the tree of fields CloudTrail logs: the walk
 * result every renderer consumes. Recursive shapes are cut per path (a shape already on the path
 * from the root is not expanded again) and the cut stays visible as a {@link
 * io.github.cloudtrailschema.walk.Node.Cut}. Fields learned from the user's logs go in beside the
 * model's ({@link io.github.cloudtrailschema.walk.LearnedFields}). Depends on {@code model}, {@code
 * trail} and {@code overlay} (the notation of learned paths).
 */
package io.github.cloudtrailschema.walk;
