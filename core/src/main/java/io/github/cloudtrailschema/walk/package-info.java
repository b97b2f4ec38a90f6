/**
 * Expands an operation's input or output shape into the tree of fields CloudTrail logs: the walk
 * result every renderer consumes. Recursive shapes are cut per path (a shape already on the path
 * from the root is not expanded again) and the cut stays visible as a {@link
 * io.github.cloudtrailschema.walk.Node.Cut}. Depends on {@code model} and {@code trail}.
 */
package io.github.cloudtrailschema.walk;
