package io.github.cloudtrailschema.loading.build;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The enum behind an SDK v2 string member. {@code sdkFields()} types enum members as plain strings;
 * the generated class still pairs the getter {@code acl()} (returning the enum) with {@code
 * aclAsString()}, so the enum is found through that pair.
 */
final class SdkEnums {
  private SdkEnums() {}

  /**
   * The enum type of {@code member}: the getter {@code x()} that has a sibling {@code xAsString()}.
   */
  static Optional<Class<?>> enumType(Class<?> owner, String member) {
    for (Method m : owner.getMethods()) {
      if (m.getParameterCount() == 0
          && m.getName().endsWith("AsString")
          && m.getName().substring(0, m.getName().length() - 8).equalsIgnoreCase(member)) {
        try {
          Class<?> t =
              owner.getMethod(m.getName().substring(0, m.getName().length() - 8)).getReturnType();
          return t.isEnum() ? Optional.of(t) : Optional.empty();
        } catch (NoSuchMethodException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The element enum type of a list member: {@code List<E> x()} beside {@code xAsStrings()}. */
  static Optional<Class<?>> listEnumType(Class<?> owner, String member) {
    for (Method m : owner.getMethods()) {
      if (m.getParameterCount() == 0
          && m.getName().endsWith("AsStrings")
          && m.getName().substring(0, m.getName().length() - 9).equalsIgnoreCase(member)) {
        try {
          Type t =
              owner
                  .getMethod(m.getName().substring(0, m.getName().length() - 9))
                  .getGenericReturnType();
          if (t instanceof ParameterizedType p
              && p.getActualTypeArguments()[0] instanceof Class<?> c
              && c.isEnum()) {
            return Optional.of(c);
          }
        } catch (NoSuchMethodException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  static List<String> enumValues(Class<?> enumType) {
    List<String> values = new ArrayList<>();
    for (Object c : enumType.getEnumConstants()) {
      if (!((Enum<?>) c).name().equals("UNKNOWN_TO_SDK_VERSION")) {
        values.add(c.toString());
      }
    }
    return values;
  }
}
