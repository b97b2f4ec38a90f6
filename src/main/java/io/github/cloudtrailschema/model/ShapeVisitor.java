package io.github.cloudtrailschema.model;

/** Double dispatch over the sealed {@link Shape} hierarchy. */
public interface ShapeVisitor<R> {
  R structure(StructureShape shape);

  R list(ListShape shape);

  R map(MapShape shape);

  R scalar(ScalarShape shape);

  /** A visitor whose every method answers {@link #otherwise(Shape)} unless overridden. */
  abstract class Default<R> implements ShapeVisitor<R> {
    protected abstract R otherwise(Shape shape);

    @Override
    public R structure(StructureShape shape) {
      return otherwise(shape);
    }

    @Override
    public R list(ListShape shape) {
      return otherwise(shape);
    }

    @Override
    public R map(MapShape shape) {
      return otherwise(shape);
    }

    @Override
    public R scalar(ScalarShape shape) {
      return otherwise(shape);
    }
  }
}
