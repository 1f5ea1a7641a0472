package dev.pylogging;

/**
 * Finds which class in a type's ancestry declares a method, so that a class can tell once, when
 * it is set up, whether a subclass overrides one of its hooks and take a faster path when none does.
 */
final class DeclaringClass {

    private DeclaringClass() {
    }

    /**
     * Returns the class that declares the method, public or not, looking up from {@code type};
     * {@code null} when none does.
     */
    static Class<?> of(Class<?> type, String name, Class<?>... parameterTypes) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod(name, parameterTypes);
                return c;
            } catch (NoSuchMethodException e) {
                // Not declared here; look further up.
            }
        }
        return null;
    }
}
